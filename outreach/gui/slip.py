"""Referral slips: copy, print or save as PDF (the HTML comes from outreach.directory.slip).

Entry points for the directory view's "Print slip…" button. ``now`` comes from the caller's
clock (``outreach.clock``): the slip's "today" and week are worked out for that moment.

- ``copy_slip_text(record, now)``
- ``print_slip(parent, record, now) -> bool`` (the system print dialog)
- ``save_slip_pdf(record, path, now) -> Path``
- ``ask_save_slip_pdf(parent, record, now) -> Path | None`` (asks where, then saves)
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from outreach.directory.slip import QR_IMAGE_URL, qr_payload
from outreach.errors import UserFacingError
from outreach.gui.errors import show_error
from outreach.gui.slip_words import localized_slip_html, localized_slip_text


class SlipNotSaved(UserFacingError):
    """The PDF could not be written (the message names the file)."""


#: Printed size of the slip's text, in points (readable when handed over on the street).
SLIP_FONT_POINTS = 11


def qr_image(record: Mapping[str, Any], scale: int = 4) -> QImage:
    """The slip's QR code (MECARD with phones, address and web address) as an image."""
    buffer = io.BytesIO()
    segno.make(qr_payload(record), error="m").save(buffer, kind="png", scale=scale, border=2)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


def slip_document(record: Mapping[str, Any], now: datetime, code: str = "") -> QTextDocument:
    """The slip as a QTextDocument with its QR image, ready to print or paint.

    ``code`` is a referral's code; a referral's slip carries it and the service, never the
    person's alias."""
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSize(SLIP_FONT_POINTS)
    document.setDefaultFont(font)
    document.addResource(
        QTextDocument.ResourceType.ImageResource, QUrl(QR_IMAGE_URL), qr_image(record)
    )
    document.setHtml(localized_slip_html(record, now, code=code))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, str(record.get("name") or "")
    )
    return document


def copy_slip_text(record: Mapping[str, Any], now: datetime, code: str = "") -> str:
    """Put the slip's text on the clipboard (and return it)."""
    text = localized_slip_text(record, now, code)
    QApplication.clipboard().setText(text)
    return text


def print_slip(
    parent: QWidget | None, record: Mapping[str, Any], now: datetime, code: str = ""
) -> bool:
    """Show the print dialog and print the slip; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(str(record.get("name") or _referral_slip()))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Slip", "Print referral slip"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    slip_document(record, now, code).print_(printer)
    return True


def save_slip_pdf(
    record: Mapping[str, Any], path: str | Path, now: datetime, code: str = ""
) -> Path:
    """Write the slip as a one-page A4/Letter-agnostic PDF (A5 fits in a pocket) to ``path``."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setTitle(str(record.get("name") or _referral_slip()))
    writer.setCreator("Outreach Companion")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = slip_document(record, now, code)
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes away
    # QPdfWriter fails silently (missing folder, read-only stick): check what is on disk.
    if not target.is_file() or target.stat().st_size == 0:
        target.unlink(missing_ok=True)
        message = QCoreApplication.translate("Slip", "Could not write the slip to %1.")
        raise SlipNotSaved(message.replace("%1", str(target)))
    return target


def ask_save_slip_pdf(
    parent: QWidget, record: Mapping[str, Any], now: datetime, code: str = ""
) -> Path | None:
    """Ask where to save, then :func:`save_slip_pdf`; None when the user cancelled."""
    stem = re.sub(r"[^\w\- ]+", "", str(record.get("name") or "slip")).strip()[:60] or "slip"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Slip", "Save referral slip"),
        f"{stem}.pdf",
        QCoreApplication.translate("Slip", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    try:
        return save_slip_pdf(record, path, now, code)
    except SlipNotSaved as exc:
        show_error(parent, exc)
        return None


def _referral_slip() -> str:
    return QCoreApplication.translate("Slip", "Referral slip")
