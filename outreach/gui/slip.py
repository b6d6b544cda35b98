"""Referral slips: copy, print or save as PDF (the HTML comes from outreach.directory.slip).

Entry points for the directory view's "Print slip…" button. ``now`` comes from the caller's
clock (``outreach.clock``): the slip's "today" and week are worked out for that moment.

- ``copy_slip_text(record, now)``
- ``print_slip(parent, record, now) -> bool`` (a print preview, whose Print button prints)
- ``save_slip_pdf(record, path, now) -> Path``
- ``ask_save_slip_pdf(parent, record, now) -> Path | None`` (asks where, then saves)

Print, preview and PDF share one renderer, :func:`paint_slip`: the document is laid out once
at 96 dots per inch on the page's printable width, words wrap only between words, and each
page is painted scaled to the device. (``QTextDocument.print`` added its own 2 cm margins on
top of the page's and a page number, which left a narrow column on A5.)
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from outreach.directory.slip import QR_IMAGE_URL, qr_payload
from outreach.errors import UserFacingError
from outreach.gui.errors import show_error
from outreach.gui.slip_words import localized_slip_html, localized_slip_text


class SlipNotSaved(UserFacingError):
    """The PDF could not be written (the message names the file)."""


#: Printed size of the slip's text, in points (readable when handed over on the street).
SLIP_FONT_POINTS = 11
#: The slip is laid out in CSS pixels, whatever the printer's resolution.
LAYOUT_DPI = 96
#: Margins on every side of the page, in millimetres.
SLIP_MARGIN_MM = 10
#: How far a crowded slip may shrink to stay on one page.
SMALLEST_SCALE = 0.78
#: Where paper is Letter, not A4: CLDR's paper-size data (supplementalData.xml, "US-Letter":
#: BZ CA CL CO CR GT MX NI PA PH PR SV US VE).
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.PuertoRico,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Belize,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.ElSalvador,
        QLocale.Country.Guatemala,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.Philippines,
        QLocale.Country.Venezuela,
    }
)


def slip_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the machine's region uses it, A4 elsewhere. The region, not the
    interface language: a worker in Texas using the app in Spanish still has Letter paper."""
    territory = (locale or QLocale.system()).territory()
    letter = territory in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def slip_page_layout(page_size: QPageSize) -> QPageLayout:
    """``page_size`` upright with the slip's margins."""
    margins = QMarginsF(SLIP_MARGIN_MM, SLIP_MARGIN_MM, SLIP_MARGIN_MM, SLIP_MARGIN_MM)
    return QPageLayout(
        page_size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


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
    # Measured at a fixed resolution (not the screen's), so every device gets the same page.
    ruler = QImage(1, 1, QImage.Format.Format_RGB32)
    ruler.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    ruler.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    document.documentLayout().setPaintDevice(ruler)
    document._ruler = ruler  # type: ignore[attr-defined]  # the layout does not own it
    document.setUseDesignMetrics(True)
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never "Addres/s"
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
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


def fit_slip(document: QTextDocument, page: QSizeF) -> float:
    """Lay ``document`` out for a page of ``page`` (layout pixels) and return the scale to
    paint it at: 1, or less when that makes a crowded service fit one page, or a long email
    address that must not break fit across. Never below :data:`SMALLEST_SCALE` (11 pt text
    stays above 8.5 pt); a service longer than that takes a second page."""
    scale = 1.0
    while True:
        document.setPageSize(page / scale)
        too_wide = document.idealWidth() > page.width() / scale + 0.5
        if scale <= SMALLEST_SCALE or (not too_wide and document.pageCount() == 1):
            return scale
        scale = max(SMALLEST_SCALE, scale - 0.04)


def paint_slip(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Paint ``document`` on ``device`` (a printer or a PDF writer) inside its page layout's
    margins, page after page; returns the number of pages."""
    paint_rect = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
    scale = fit_slip(
        document, QSizeF(paint_rect.width() * LAYOUT_DPI, paint_rect.height() * LAYOUT_DPI)
    )
    page = document.pageSize()
    pages = max(1, document.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.scale(
                scale * device.logicalDpiX() / LAYOUT_DPI, scale * device.logicalDpiY() / LAYOUT_DPI
            )
            painter.translate(0, -number * page.height())
            document.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
    finally:
        painter.end()
    return pages


def print_slip(
    parent: QWidget | None, record: Mapping[str, Any], now: datetime, code: str = ""
) -> bool:
    """Show the slip in a print preview (its Print button asks for the printer, then
    prints); False when closed without printing."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(str(record.get("name") or _referral_slip()))
    margins = QMarginsF(SLIP_MARGIN_MM, SLIP_MARGIN_MM, SLIP_MARGIN_MM, SLIP_MARGIN_MM)
    printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    document = slip_document(record, now, code)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(QCoreApplication.translate("Slip", "Print referral slip"))
    preview.paintRequested.connect(lambda device: paint_slip(document, device))
    # Big enough to read the page before printing it (Qt's default showed it at a third).
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    preview.resize(min(820, room.width() - 40), min(960, room.height() - 40))
    return preview.exec() == QDialog.DialogCode.Accepted


def save_slip_pdf(
    record: Mapping[str, Any],
    path: str | Path,
    now: datetime,
    code: str = "",
    page_size: QPageSize | None = None,
) -> Path:
    """Write the slip as a PDF to ``path``, on the region's paper (:func:`slip_page_size`)
    unless ``page_size`` is given."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setTitle(str(record.get("name") or _referral_slip()))
    writer.setCreator("Outreach Companion")
    writer.setResolution(300)
    writer.setPageLayout(slip_page_layout(page_size or slip_page_size()))
    paint_slip(slip_document(record, now, code), writer)
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
