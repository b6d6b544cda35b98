"""Referral slips from real records: text, HTML escaping, QR payload, clipboard and PDF."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import segno
from PySide6.QtWidgets import QApplication

from outreach.directory.slip import qr_payload, slip_facts, slip_html, slip_text
from outreach.gui.slip import SlipNotSaved, copy_slip_text, qr_image, save_slip_pdf, slip_document
from outreach.importers import import_path

# A Monday in March, 15:00 UTC = 10:00 in Chicago.
MONDAY = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)


@pytest.fixture
def full_record(sample_data: Path) -> dict[str, Any]:
    return json.loads((sample_data / "hsds-3.0-examples" / "service_full.json").read_text())


@pytest.fixture
def helpline(sample_data: Path) -> dict[str, Any]:
    """A record from the HSDS 1.1 sample, as the importer makes it (hours Monday 9-17)."""
    result = import_path(sample_data / "hsds-1.1-sample", timezone="America/Chicago")
    return next(r for r in result.records if r["name"] == "Never Homeless Helpline")


def _pdf_title(data: bytes) -> str:
    """The /Title of a PDF's info dictionary (QPdfWriter writes it as UTF-16BE with a BOM)."""
    found = re.search(rb"/Title \((.*?)\)\n", data, re.S)
    assert found is not None
    raw = found.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\")
    return raw.decode("utf-16")


def test_slip_facts_of_the_full_hsds_example(full_record) -> None:  # type: ignore[no-untyped-def]
    facts = slip_facts(full_record, MONDAY)
    assert facts.name == "Community Counselling"
    assert facts.organization == "Example Organization Inc."
    assert facts.addresses == ["1-30 Main Street, MyVillage, MyCity, MyState ABC 1234"]
    assert facts.phones == ["+44 1234 234567 ext. 100"]
    assert facts.url == "http://example.com/counselling"
    assert facts.documents[0].startswith("Any official identification document")


def test_hours_today_and_this_week(helpline) -> None:  # type: ignore[no-untyped-def]
    facts = slip_facts(helpline, MONDAY)
    assert facts.today == "Open until 17:00"
    assert facts.week[0] == ("Mon 9", "09:00–17:00")
    text = slip_text(helpline, MONDAY)
    assert "Today: Open until 17:00" in text
    assert "Bring: Sample required document" in text


def test_qr_payload_holds_contact_details_only(full_record) -> None:  # type: ignore[no-untyped-def]
    payload = qr_payload(full_record)
    assert payload.startswith("MECARD:N:Community Counselling;")
    assert "TEL:+44 1234 234567;" in payload
    assert "ADR:1-30 Main Street\\, MyVillage" in payload
    assert "URL:http\\://example.com/counselling;" in payload
    assert "COVID" not in payload, "descriptions and alerts stay off the code"
    # The image really encodes that payload: same module matrix as a fresh code.
    image = qr_image(full_record, scale=1)
    size = segno.make(qr_payload(full_record), error="m").symbol_size(scale=1, border=2)
    assert (image.width(), image.height()) == size


def test_html_is_escaped(full_record) -> None:  # type: ignore[no-untyped-def]
    record = dict(full_record, name="<script>alert(1)</script> & Co")
    html = slip_html(record, MONDAY)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html


def test_copy_slip_text(qtbot, full_record) -> None:  # type: ignore[no-untyped-def]
    text = copy_slip_text(full_record, MONDAY)
    assert QApplication.clipboard().text() == text
    assert text.splitlines()[0] == "Community Counselling"


def test_document_round_trip_holds_the_slip(qtbot, helpline) -> None:  # type: ignore[no-untyped-def]
    document = slip_document(helpline, MONDAY)
    plain = document.toPlainText()
    for expected in ("Never Homeless Helpline", "09:00–17:00", "Sample required document"):
        assert expected in plain


def test_slip_pdf_is_written(qtbot, full_record, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = save_slip_pdf(full_record, tmp_path / "slip.pdf", MONDAY)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 5_000, "text and the QR image make a real page"
    assert _pdf_title(data) == "Community Counselling"
    assert b"/Image" in data, "the QR code is embedded as an image"


def test_slip_pdf_to_an_unwritable_place_leaves_nothing(qtbot, full_record, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "missing-folder" / "slip.pdf"
    with pytest.raises(SlipNotSaved, match=r"slip\.pdf"):
        save_slip_pdf(full_record, target, MONDAY)
    assert not target.exists()
