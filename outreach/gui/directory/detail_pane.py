"""The detail pane: the full record of the selected result, with Copy links and a referral slip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QWidget

from outreach.directory.store import get_record
from outreach.gui.directory.detail_html import COPY_SCHEME, render_detail
from outreach.gui.errors import Failure
from outreach.gui.forms import child
from outreach.gui.session import Session
from outreach.gui.slip_words import localized_slip_text


class DetailPane(QObject):
    """Fetches a record on the database worker and shows it; only the latest request wins."""

    #: Emitted with the service id once its record is on screen.
    shown = Signal(str)

    def __init__(self, form: QWidget, clock: Callable[[], datetime]) -> None:
        super().__init__(form)
        self.browser = child(form, QTextBrowser, "detailBrowser")
        self.referral_button = child(form, QPushButton, "copyReferralButton")
        self.print_button = child(form, QPushButton, "printSlipButton")
        self.pdf_button = child(form, QPushButton, "pdfSlipButton")
        self.refer_button = child(form, QPushButton, "referButton")
        self.copied_label = child(form, QLabel, "copiedLabel")
        self.clock = clock
        self.record: dict[str, Any] | None = None
        self.copy_targets: dict[str, str] = {}
        self._session: Session | None = None
        self._copied: str | None = None
        self._feedback = QTimer(self)
        self._feedback.setSingleShot(True)
        self._feedback.setInterval(4000)
        self._feedback.timeout.connect(self.copied_label.clear)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.installEventFilter(self)  # a new theme redraws the record in its colours
        self.referral_button.clicked.connect(self.copy_referral)
        self.print_button.clicked.connect(self.print_slip)
        self.pdf_button.clicked.connect(self.save_slip_pdf)
        self._slip_buttons = (
            self.refer_button,
            self.referral_button,
            self.print_button,
            self.pdf_button,
        )

    @property
    def service_id(self) -> str | None:
        return None if self.record is None else str(self.record.get("id"))

    def show_service(self, session: Session, service_id: str) -> None:
        if service_id == self.service_id:
            return
        self._session = session
        session.query(lambda conn: get_record(conn, service_id)).owned_by(
            self, lane="record"
        ).on_success(self._arrived).on_failure(self._failed).run()

    def _arrived(self, record: dict[str, Any] | None) -> None:
        if record is None:  # removed by an update since the search ran
            self.clear()
            self.browser.setPlainText(self.tr("This service is no longer in the directory."))
            return
        content = render_detail(record, self.clock())
        self.record = record
        self.copy_targets = content.copy_targets
        self.browser.setHtml(content.html)
        for button in self._slip_buttons:
            button.setEnabled(True)
        self.shown.emit(str(record.get("id")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        redraw = watched is self.browser and event.type() == QEvent.Type.PaletteChange
        if redraw and self.record is not None:
            position = self.browser.verticalScrollBar().value()
            self.browser.setHtml(render_detail(self.record, self.clock()).html)
            self.browser.verticalScrollBar().setValue(position)
        return super().eventFilter(watched, event)

    def _failed(self, failure: Failure) -> None:
        self.clear()
        # Never the exception text: it could carry record data into a log or a dialog.
        self.browser.setPlainText(
            self.tr("This service could not be shown (%s).") % type(failure.exc).__name__
        )

    def copy_target(self, key: str) -> bool:
        """Copy one of the pane's Copy links ("phone:0", "address:0", "website")."""
        value = self.copy_targets.get(key)
        if value is None:
            return False
        feedback = {
            "phone": self.tr("Copied the phone number."),
            "address": self.tr("Copied the address."),
            "website": self.tr("Copied the web address."),
        }
        self._copy(value, feedback.get(key.split(":")[0], self.tr("Copied the text.")))
        return True

    def copy_referral(self) -> None:
        if self.record is not None:
            text = localized_slip_text(self.record, self.clock())
            self._copy(text, self.tr("Copied the referral slip."))

    def print_slip(self) -> None:
        from outreach.gui.slip import print_slip

        if self.record is not None:
            print_slip(self.browser.window(), self.record, self.clock())

    def save_slip_pdf(self) -> None:
        from outreach.gui.slip import ask_save_slip_pdf

        if self.record is None:
            return
        saved = ask_save_slip_pdf(self.browser.window(), self.record, self.clock())
        if saved is not None:
            self.copied_label.setText(self.tr("Saved the slip to %s.") % saved.name)
            self._feedback.start()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:
            self.copy_target(url.path())

    def _copy(self, value: str, feedback: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self._copied = value
        self.copied_label.setText(feedback)
        self._feedback.start()

    def clear(self) -> None:
        """Forget the record; a fetch still on its way is dropped when it arrives."""
        if self._session is not None:
            self._session.tasks.drop(self)
        self.record = None
        self.copy_targets = {}
        self.browser.clear()
        self.browser.document().clear()
        self.browser.clearHistory()
        for button in self._slip_buttons:
            button.setEnabled(False)
        self.copied_label.clear()

    def forget_clipboard(self) -> None:
        """On lock: take back what we copied if it is still on the clipboard."""
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
