"""What the data holds as codes and facts is worded in the interface language when shown:
categories, SAMHSA's code names, the payments a record lists; and Settings says when a new
language takes effect."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from outreach.directory import samhsa_codes
from outreach.directory.derive import category_names
from outreach.gui.data_words import CATEGORIES, SAMHSA_NAMES, category_name, samhsa_name
from outreach.gui.directory.detail_html import render_detail
from outreach.gui.settings_dialog import SettingsDialog
from outreach.settings import Settings

NOW = datetime(2026, 3, 16, 15, 0, tzinfo=UTC)
RECORD = {
    "id": "s1",
    "name": "Harbor Clinic",
    "x_samhsa_codes": "DT SP NP ZZZ",
    "x_accepted_payments": ["Medicaid", "cash"],
    "phones": [
        {"id": "p1", "number": "410-555-0100", "description": "Main"},
        {"id": "p2", "number": "410-555-0101", "description": "Call after 5"},
    ],
}


def _mapped_names() -> set[str]:
    book = samhsa_codes.code_book()
    names = {group.name for group in samhsa_codes.groups()}
    for code, meaning in samhsa_codes.all_meanings().items():
        uses = (meaning.categories, meaning.language, meaning.free, meaning.walk_in, meaning.ages)
        if any(uses):  # the app files it under a category or a filter
            names.add(book[code].name)
    return names


def test_every_category_and_mapped_samhsa_name_is_listed_for_translation() -> None:
    assert set(CATEGORIES) == set(category_names())
    assert _mapped_names() <= set(SAMHSA_NAMES)


def test_every_listed_name_has_spanish(spanish) -> None:  # type: ignore[no-untyped-def]
    same_in_both = {"Crisis", "Disulfiram", "Hindi", "Hmong", "Ojibwa", "Yupik"}
    untranslated = [n for n in CATEGORIES if category_name(n) == n and n not in same_in_both]
    untranslated += [n for n in SAMHSA_NAMES if samhsa_name(n) == n and n not in same_in_both]
    assert untranslated == []


def test_the_detail_pane_words_codes_and_payments_in_english() -> None:
    html = render_detail(dict(RECORD), NOW).html
    assert "Detoxification" in html
    assert "Payment accepted: Medicaid, cash" in html
    assert "ZZZ" in html, "a code the app does not know is still shown"


def test_the_detail_pane_words_codes_and_payments_in_spanish(spanish) -> None:  # type: ignore[no-untyped-def]
    html = render_detail(dict(RECORD), NOW).html
    assert "Desintoxicación" in html
    assert "Tipo de atención" in html
    assert "Español" in html
    assert "Formas de pago aceptadas: Medicaid, cash" in html
    assert "Principal" in html, "the starter directory's phone label"
    assert "Call after 5" in html, "a source's own words stay as written"
    assert "Payment accepted" not in html
    assert "Detox / withdrawal" not in html, "the categories line is worded too"
    assert "Desintoxicación / abstinencia" in html


def test_the_category_filter_speaks_spanish(qtbot, spanish) -> None:  # type: ignore[no-untyped-def]
    from outreach.gui.directory.view import DirectoryView
    from outreach.gui.view import ViewContext, system_clock

    view = DirectoryView(ViewContext(Settings(), system_clock))
    qtbot.addWidget(view)
    view.filters.fill([("Shelter", 3), ("Food", 2)], [])
    combo = view.filters.category
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[1:] == ["Albergue (3)", "Comida (2)"]
    assert combo.itemData(1) == "Shelter", "the filter still asks for the stored name"


def test_settings_words_system_default_and_says_when_the_new_language_shows(qtbot, spanish) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.itemText(0) == QCoreApplication.translate(
        "SettingsDialog", "System default"
    )
    assert dialog.language.itemText(0) != "System default"
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isHidden()
    assert dialog.language_note.text() == "La ventana cambia al nuevo idioma al pulsar Aceptar."
    dialog.language.setCurrentIndex(dialog.language.findData(""))
    assert dialog.language_note.isHidden(), "back to the language in use: nothing to say"
