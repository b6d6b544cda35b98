"""A progress dialog with Cancel for long core tasks that run on worker threads.

Core functions take ``progress(done, total, message)`` and a :class:`CancelToken`. The
callback is called on a worker thread, so it only emits a signal; Qt queues it to the GUI
thread, where the dialog is updated. Cancel sets the token; the task notices between chunks,
raises ``Cancelled`` and rolls back, and the dialog closes when the task reports back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from outreach.cancel import CancelToken
from outreach.gui import wording


class ProgressRelay(QObject):
    """Carries the core's ``progress(done, total, message)`` reports from any thread to the
    GUI thread: hand :meth:`report` to the core and connect :attr:`reported` to the widget."""

    #: ``(done, total, message)``; the message object as the core gave it (a ``Step`` keeps
    #: its stage, so it can be worded in the interface language).
    reported = Signal(int, int, object)

    def report(self, done: int, total: int, message: str) -> None:
        """The core's ``Progress`` callback (any thread)."""
        self.reported.emit(int(done), int(total), message)


class TaskProgress(QProgressDialog):
    """Window-modal progress for one task; :attr:`cancel_token` is handed to the core.

    :meth:`report` is safe to call from any thread. Call :meth:`finish` when the task has
    reported back (success, failure or cancel) to close the dialog.
    """

    def __init__(
        self, parent: QWidget | None, title: str, label: str, *, cancellable: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(label)
        self.cancellable = cancellable
        if cancellable:
            self.setCancelButtonText(self.tr("Cancel"))
        else:  # work that must run to its end (a rekey): no button, and Escape does nothing
            self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy until the first report with a total
        self.setMinimumWidth(380)
        self.cancel_token = CancelToken()
        self.cancelled = False
        self._relay = ProgressRelay()
        self._relay.reported.connect(self._show_report, Qt.ConnectionType.QueuedConnection)
        self.canceled.connect(self._on_cancel)

    def report(self, done: int, total: int, message: str) -> None:
        """The core's ``Progress`` callback (any thread)."""
        self._relay.report(done, total, message)

    def reject(self) -> None:
        if self.cancellable:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cancellable:
            super().closeEvent(event)
        else:
            event.ignore()

    @Slot(int, int, object)
    def _show_report(self, done: int, total: int, message: str) -> None:
        if self.cancelled:
            return
        if total > 0:
            # QProgressDialog works in ints; scale big totals so they fit in 32 bits.
            self.setRange(0, 1000)
            self.setValue(min(1000, int(done * 1000 / total)))
        else:
            self.setRange(0, 0)
        if message:
            self.setLabelText(wording.progress_text(message))

    def _on_cancel(self) -> None:
        self.cancelled = True
        self.cancel_token.cancel()
        self.setLabelText(self.tr("Cancelling… nothing will be changed."))
        # Keep the dialog up until the task has really stopped and rolled back.
        self.show()

    def finish(self) -> None:
        """Close the dialog (the task is over)."""
        self._relay.reported.disconnect()
        self.canceled.disconnect(self._on_cancel)
        self.reset()
        self.hide()
        self.deleteLater()
