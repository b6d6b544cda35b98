"""The slip on paper: one layout for print, preview and PDF; nothing a person must read or dial
is split across lines; one service on one page; the region's paper (issue 12, item 3)."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from outreach.directory import facts
from outreach.gui.slip import print_slip, save_slip_pdf, slip_document, slip_page_size
from tests.pdf_support import pdf_lines

# A Monday in March, 15:00 UTC = 10:00 in Chicago.
MONDAY = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
PAGE_POINTS = {"A5": (420, 595), "A4": (595, 842), "Letter": (612, 792)}

# Six numbers with extensions, as SAMHSA lists them for an opioid treatment programme.
CROWDED_PHONES = [
    {"number": "(386) 487-0800", "description": "Main"},
    {"number": "(386) 487-0800", "extension": 2001, "description": "Intake"},
    {"number": "(800) 330-5615", "extension": 2001, "description": "Intake"},
    {"number": "(386) 487-0800", "extension": 8064, "description": "Main"},
    {"number": "(352) 374-5600", "extension": 2001, "description": "Intake"},
    {"number": "(386) 357-0556", "description": "Main (OTP directory)"},
]


@pytest.fixture
def crowded_record(sample_data: Path) -> dict[str, Any]:
    """The full HSDS 3 example with everything a slip can carry at once: a referral note,
    six phones, a web address and email, a week of hours, who can go, what to bring."""
    record: dict[str, Any] = json.loads(
        (sample_data / "hsds-3.0-examples" / "service_full.json").read_text()
    )
    record["name"] = "Meridian Behavioral Healthcare Inc Columbia County Campus"
    record["phones"] = [dict(phone, id=f"p{n}") for n, phone in enumerate(CROWDED_PHONES)]
    record["email"] = "intake.columbia-county@meridianbehavioralhealthcare.example.org"
    record["x_timezone"] = "America/Chicago"
    record["schedules"] = [
        {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "08:00", "closes_at": "17:00"},
        {"freq": "WEEKLY", "byday": "SA", "opens_at": "09:00", "closes_at": "12:00"},
    ]
    return record


def _words(text: str) -> set[str]:
    return set(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("paper", ["A5", "A4", "Letter"])
def test_numbers_addresses_and_words_stay_whole(qtbot, crowded_record, tmp_path, paper) -> None:  # type: ignore[no-untyped-def]
    size = QPageSize(getattr(QPageSize.PageSizeId, paper))
    pdf = save_slip_pdf(crowded_record, tmp_path / "slip.pdf", MONDAY, "ABC234", size)
    lines = pdf_lines(pdf)
    for phone in facts.phones(crowded_record):
        assert any(phone.dial_text in line for line in lines), (phone.dial_text, lines)
    for whole in (crowded_record["email"], crowded_record["url"], "Address", "Phone"):
        assert any(whole in line for line in lines), (whole, lines)
    # A word cut in two ("Addres" / "s") leaves pieces that are not words of the slip.
    source = _words(slip_document(crowded_record, MONDAY, "ABC234").toPlainText())
    pieces = {word for line in lines for word in line.split()} - source
    assert not pieces, f"broken words on {paper}: {sorted(pieces)}"


@pytest.mark.parametrize("paper", ["A5", "A4", "Letter"])
def test_one_service_fits_one_page_of_its_size(qtbot, crowded_record, tmp_path, paper) -> None:  # type: ignore[no-untyped-def]
    size = QPageSize(getattr(QPageSize.PageSizeId, paper))
    pdf = save_slip_pdf(crowded_record, tmp_path / "slip.pdf", MONDAY, "ABC234", size)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == PAGE_POINTS[paper]
    text = " ".join(pdf_lines(pdf))
    for part in ("ABC234", "Who can go", "What to bring", "Sat 14", "09:00–12:00"):
        assert part in text, part
    assert not re.search(r"(?m)^\s*1\s*$", "\n".join(pdf_lines(pdf))), "no page number"


@pytest.mark.parametrize(
    ("locale", "paper"),
    [
        ("en_US", QPageSize.PageSizeId.Letter),
        ("es_US", QPageSize.PageSizeId.Letter),
        ("fr_CA", QPageSize.PageSizeId.Letter),
        ("es_MX", QPageSize.PageSizeId.Letter),
        ("es_ES", QPageSize.PageSizeId.A4),
        ("en_GB", QPageSize.PageSizeId.A4),
        ("de_DE", QPageSize.PageSizeId.A4),
    ],
)
def test_paper_follows_the_region(locale: str, paper: QPageSize.PageSizeId) -> None:
    assert slip_page_size(QLocale(locale)).id() == paper


def test_saved_pdf_uses_the_machines_region(qtbot, crowded_record, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = save_slip_pdf(crowded_record, tmp_path / "slip.pdf", MONDAY)
    box = PdfReader(pdf).pages[0].mediabox
    expected = slip_page_size().size(QPageSize.Unit.Point)
    assert (round(float(box.width)), round(float(box.height))) == (
        expected.width(),
        expected.height(),
    )


def test_print_opens_a_preview_of_one_page(qtbot, crowded_record) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, int] = {}

    def look_then_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):
            return
        widget = dialog.findChild(QPrintPreviewWidget)
        if widget is not None and widget.pageCount() > 0:
            seen["pages"] = widget.pageCount()
            room = dialog.screen().availableGeometry()
            seen["roomy"] = int(dialog.width() >= min(820, room.width() - 40))
            dialog.reject()

    # The preview is modal: look at it from a timer while print_slip waits in exec().
    timer = QTimer()
    timer.timeout.connect(look_then_close)
    timer.start(20)
    printed = print_slip(None, crowded_record, MONDAY, code="ABC234")
    timer.stop()
    assert printed is False, "closing the preview prints nothing"
    assert seen == {"pages": 1, "roomy": 1}, "one page, shown big enough to read"
