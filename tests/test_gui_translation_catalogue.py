"""The Spanish translation: complete, compiled, and used by code and Designer forms alike."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from outreach.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"


def test_every_message_is_translated() -> None:
    root = ET.parse(TRANSLATIONS / "outreach_es.ts").getroot()
    assert root.get("language") == "es"
    messages = list(root.iter("message"))
    assert len(messages) > 150
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "obsolete")  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    root = ET.parse(TRANSLATIONS / "outreach_es.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation")
        for marker in ("%1", "%2", "%3", "%4", "%5", "%6", "%s", "%d"):
            assert source.count(marker) == (translation or "").count(marker), source


def test_code_and_forms_use_spanish(qtbot, spanish) -> None:  # type: ignore[no-untyped-def]
    from outreach.gui.import_dialog import ImportDialog

    assert QCoreApplication.translate("SyncController", "Sync") == "Sincronizar"
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Importar directorio"
    assert dialog.import_button.text() == "&Importar"
    labels = [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert "&Zona horaria:" in labels, "the .ui form is translated too"
