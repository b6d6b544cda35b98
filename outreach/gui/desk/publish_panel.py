"""The Publish, Health and Invites tabs of the Coordinator view.

Passphrases are asked in a dialog for each step that signs, handed to that one step, and
dropped when it ends: they are never kept on the view, in settings or in any file.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QObject, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QPixmap,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from outreach.desk.health import remaining_text, schedule_text, this_platform
from outreach.desk.setup import create_invite, key_sheet_html, qr_png
from outreach.desk.targets import FolderTarget, PublishTarget, RsyncTarget, S3Target
from outreach.desk.workspace import DeskPublishResult
from outreach.gui.colours import Role, text_style
from outreach.gui.desk.dialogs import KeyPassphrasesDialog, S3TargetDialog
from outreach.gui.desk.state import DeskState, read_state
from outreach.gui.errors import classify
from outreach.gui.forms import child

if TYPE_CHECKING:
    from outreach.gui.desk.view import CoordinatorView

PLATFORMS = (("linux", "Linux (cron)"), ("windows", "Windows (Task Scheduler)"),
             ("macos", "macOS (launchd)"))  # fmt: skip
ROTATABLE = ("online", "targets", "root")


class PublishPanel(QObject):
    """Wires the Publish, Health and Invites tabs to the view's desk."""

    def __init__(self, view: CoordinatorView, form: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self.targets = child(form, QListWidget, "targets")
        self.add_folder = child(form, QPushButton, "addFolderTarget")
        self.add_rsync = child(form, QPushButton, "addRsyncTarget")
        self.add_s3 = child(form, QPushButton, "addS3Target")
        self.remove_target = child(form, QPushButton, "removeTarget")
        self.publish_warnings = child(form, QLabel, "publishWarnings")
        self.allow_large = child(form, QCheckBox, "allowLargeChange")
        self.publish_button = child(form, QPushButton, "publish")
        self.bar = child(form, QProgressBar, "publishProgress")
        self.result = child(form, QLabel, "publishResult")
        self.history = child(form, QListWidget, "history")
        self.health_summary = child(form, QLabel, "healthSummary")
        self.health = child(form, QTableWidget, "health")
        self.refresh_button = child(form, QPushButton, "refresh")
        self.bundle_button = child(form, QPushButton, "bundle")
        self.key_sheet_button = child(form, QPushButton, "keySheet")
        self.rotate_role = child(form, QComboBox, "rotateRole")
        self.rotate_button = child(form, QPushButton, "rotate")
        self.platform = child(form, QComboBox, "platform")
        self.schedule = child(form, QPlainTextEdit, "schedule")
        self.copy_schedule = child(form, QPushButton, "copySchedule")
        self.feed_url = child(form, QLineEdit, "feedUrl")
        self.create_invite_button = child(form, QPushButton, "createInvite")
        self.qr = child(form, QLabel, "qrCode")
        self.invite_info = child(form, QLabel, "inviteInfo")
        self.invites = child(form, QListWidget, "invites")
        self.passphrase_dialog: KeyPassphrasesDialog | None = None
        self.s3_dialog: S3TargetDialog | None = None
        self.publish_warnings.setStyleSheet(text_style(Role.ERROR))
        self.bar.hide()
        self.health.setColumnCount(4)
        self.health.setHorizontalHeaderLabels(
            [self.tr("Signature"), self.tr("Valid until"), self.tr("Left"), self.tr("State")]
        )
        self.health.verticalHeader().setVisible(False)
        self.health.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        role_names = {
            "online": self.tr("Online key (snapshot and timestamp)"),
            "targets": self.tr("Targets key (publishing)"),
            "root": self.tr("Root key"),
        }
        for role in ROTATABLE:
            self.rotate_role.addItem(role_names[role], role)
        labels = {
            "linux": self.tr("Linux (cron)"),
            "windows": self.tr("Windows (Task Scheduler)"),
            "macos": self.tr("macOS (launchd)"),
        }
        for key, _label in PLATFORMS:
            self.platform.addItem(labels[key], key)
        self.platform.setCurrentIndex(max(0, self.platform.findData(this_platform())))

        self.add_folder.clicked.connect(self._add_folder)
        self.add_rsync.clicked.connect(self._add_rsync)
        self.add_s3.clicked.connect(self._add_s3)
        self.remove_target.clicked.connect(self._remove_target)
        self.targets.currentRowChanged.connect(lambda _row: self.enable(self._idle()))
        self.publish_button.clicked.connect(self.start_publish)
        self.view.progress.reported.connect(self._progress)
        self.refresh_button.clicked.connect(self._refresh)
        self.bundle_button.clicked.connect(self._bundle)
        self.key_sheet_button.clicked.connect(self.print_key_sheet)
        self.rotate_button.clicked.connect(self._rotate)
        self.platform.currentIndexChanged.connect(self._fill_schedule)
        self.copy_schedule.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.schedule.toPlainText())
        )
        self.create_invite_button.clicked.connect(self._create_invite)
        self.allow_large.toggled.connect(lambda _on: self.enable(self._idle()))

    # -- showing --------------------------------------------------------------------------

    def _idle(self) -> bool:
        return not self.view.busy and self.view.tasks is not None

    def show_state(self, state: DeskState | None) -> None:
        self.targets.clear()
        self.history.clear()
        self.health.setRowCount(0)
        self.invites.clear()
        if state is None:
            self.publish_warnings.clear()
            self.result.clear()
            self.schedule.clear()
            self.qr.clear()
            return
        for target in state.targets:
            self.targets.addItem(target.describe())
        for item in reversed(state.settings.published):
            line = self.tr("Version %1, %2: %3").replace("%1", str(item.get("version")))
            line = line.replace("%2", str(item.get("published_at", ""))[:16].replace("T", " "))
            self.history.addItem(line.replace("%3", str(item.get("summary", ""))))
        review = state.review
        warnings = review.warnings if review else ()
        self.publish_warnings.setText(
            "\n".join(f"⚠ {w.message}" for w in warnings)
            + (
                "\n" + self.tr("Check the export. Publish only if the change is real.")
                if warnings
                else ""
            )
        )
        self.allow_large.setVisible(bool(warnings))
        if not warnings:
            self.allow_large.setChecked(False)
        self.health.setRowCount(len(state.health))
        states = {
            "ok": self.tr("Fine"),
            "warning": self.tr("Renew soon"),
            "expired": self.tr("EXPIRED"),
        }
        for row, item in enumerate(state.health):
            cells = [
                item.role,
                item.expires.strftime("%Y-%m-%d %H:%M UTC"),
                remaining_text(item.remaining) if item.state != "expired" else "—",
                states[item.state],
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.state != "ok":
                    cell.setForeground(Qt.GlobalColor.red)
                self.health.setItem(row, column, cell)
        worst = [h for h in state.health if h.state != "ok"]
        self.health_summary.setText(
            "\n".join(h.describe() for h in worst)
            if worst
            else self.tr("All signatures are valid. Refresh daily (below) to keep it so.")
        )
        self.health_summary.setStyleSheet(text_style(Role.ERROR if worst else Role.OK))
        self._fill_schedule()
        if state.settings.feed_url and not self.feed_url.text():
            self.feed_url.setText(state.settings.feed_url)
        for invite in state.invites:
            self.invites.addItem(f"{invite.created[:10]}  {invite.url}  {invite.path}")
        if state.invites:
            self._show_qr(state.invites[-1].qr_text, state.fingerprint)

    def _fill_schedule(self) -> None:
        state = self.view.state
        if state is None:
            return
        key_dir = state.settings.key_dir or self.tr("KEYFOLDER")
        self.schedule.setPlainText(
            schedule_text(state.desk.feed_dir.resolve(), Path(key_dir), self.platform.currentData())
        )

    def enable(self, idle: bool) -> None:
        state = self.view.state
        has_feed = state is not None
        has_draft = bool(state and state.review and not state.review.is_empty)
        blocked = bool(state and state.review and state.review.warnings) and not (
            self.allow_large.isChecked()
        )
        for button in (self.add_folder, self.add_rsync, self.add_s3, self.refresh_button,
                       self.bundle_button, self.key_sheet_button, self.rotate_button,
                       self.create_invite_button):  # fmt: skip
            button.setEnabled(idle and has_feed)
        self.remove_target.setEnabled(idle and has_feed and self.targets.currentRow() >= 0)
        self.publish_button.setEnabled(idle and has_draft and not blocked)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setMaximum(total)
        self.bar.setValue(done)
        self.bar.setFormat(message if total == 0 else f"{message} (%p%)")

    # -- targets --------------------------------------------------------------------------

    def _change_targets(self, change: Any) -> None:
        state = self.view.state
        if state is None:
            return
        desk = state.desk

        def work() -> DeskState:
            change(desk)
            return read_state(desk.feed_dir)

        self.view.run_step(work, self.view._show_state, self._show_result_error)

    def add_target(self, target: PublishTarget) -> None:
        self._change_targets(lambda desk: desk.add_target(target))

    def _add_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self.view, self.tr("The folder the web server serves")
        )
        if chosen:
            self.add_target(FolderTarget(Path(chosen)))

    def _add_rsync(self) -> None:
        text, ok = QInputDialog.getText(
            self.view,
            self.tr("Publish over SSH"),
            self.tr("Where to copy the feed (user@host:/var/www/feed):"),
        )
        if ok and text.strip():
            target = RsyncTarget(text.strip())
            try:
                target.check()
            except Exception as exc:  # a TargetInvalid: say so where the result shows
                # Through the one error policy: a bug is logged and never shows its message.
                self._show_result_error(classify(exc, "rsync target").text)
                return
            self.add_target(target)

    def _add_s3(self) -> None:
        dialog = S3TargetDialog(self.view)
        self.s3_dialog = dialog

        def accepted() -> None:
            bucket = dialog.bucket.text().strip()
            if bucket:
                self.add_target(
                    S3Target(
                        bucket,
                        dialog.prefix.text().strip(),
                        dialog.endpoint.text().strip() or None,
                        dialog.region.text().strip() or None,
                        dialog.profile.text().strip() or None,
                    )
                )

        dialog.accepted.connect(accepted)
        dialog.open()

    def _remove_target(self) -> None:
        row = self.targets.currentRow()
        if row >= 0:
            self._change_targets(lambda desk: desk.remove_target(row + 1))

    # -- signing steps --------------------------------------------------------------------

    def _key_dir(self) -> Path | None:
        state = self.view.state
        if state is None:
            return None
        if state.settings.key_dir:
            return Path(state.settings.key_dir)
        chosen = QFileDialog.getExistingDirectory(self.view, self.tr("Where are this feed's keys?"))
        return Path(chosen) if chosen else None

    def ask_passphrases(self, intro: str, slots: tuple[str, ...], then: Any) -> None:
        """Open the passphrase dialog; ``then(passphrase_for)`` runs once with them."""
        dialog = KeyPassphrasesDialog(intro, slots, self.view)
        self.passphrase_dialog = dialog

        def accepted() -> None:
            secrets = dialog.secrets()

            def passphrase_for(slot: str) -> str:
                return secrets[slot]

            then(passphrase_for, secrets)

        dialog.accepted.connect(accepted)
        dialog.open()

    def start_publish(self) -> None:
        state = self.view.state
        key_dir = self._key_dir()
        if state is None or key_dir is None:
            return
        desk, allow = state.desk, self.allow_large.isChecked()
        intro = self.tr("Publishing signs version %1 with the targets and online keys.").replace(
            "%1", str(state.latest_version + 1)
        )

        def sign(passphrase_for: Any, secrets: dict[str, str]) -> None:
            def work() -> tuple[DeskPublishResult, DeskState]:
                try:
                    result = desk.publish(
                        key_dir,
                        passphrase_for,
                        allow_large_change=allow,
                        progress=self.view.progress.report,
                    )
                finally:
                    secrets.clear()
                return result, read_state(desk.feed_dir)

            self.result.setStyleSheet("")
            self.result.setText(self.tr("Publishing…"))
            self.bar.setValue(0)
            self.bar.show()
            self.view.run_step(work, self._published, self._show_result_error)

        self.ask_passphrases(intro, ("targets", "online"), sign)

    def _published(self, outcome: tuple[DeskPublishResult, DeskState]) -> None:
        result, state = outcome
        self.bar.hide()
        self.view._show_state(state)
        published = result.published
        text = self.tr("Version %1 is live. Full pack %2 bytes.")
        text = text.replace("%1", str(published.version)).replace("%2", f"{published.full_bytes:,}")
        if published.delta_bytes is not None:
            text += " " + self.tr("Workers download an update of %1 bytes.").replace(
                "%1", f"{published.delta_bytes:,}"
            )
        for upload in result.uploads:
            text += "\n" + self.tr("Copied to %1: %2 files, %3 bytes.").replace(
                "%1", upload.target
            ).replace("%2", str(upload.files)).replace("%3", f"{upload.bytes:,}")
        if not result.uploads:
            text += "\n" + self.tr(
                "No place to copy it to is set: add one above, or copy the feed folder yourself."
            )
        self.result.setStyleSheet(text_style(Role.OK))
        self.result.setText(text)

    def _show_result_error(self, message: str) -> None:
        self.bar.hide()
        self.result.setStyleSheet(text_style(Role.ERROR))
        self.result.setText(message)

    def _show_health_error(self, message: str) -> None:
        self.health_summary.setStyleSheet(text_style(Role.ERROR))
        self.health_summary.setText(message)

    def _refresh(self) -> None:
        state = self.view.state
        key_dir = self._key_dir()
        if state is None or key_dir is None:
            return
        desk = state.desk

        def sign(passphrase_for: Any, secrets: dict[str, str]) -> None:
            def work() -> DeskState:
                try:
                    desk.refresh(key_dir, passphrase_for, progress=self.view.progress.report)
                finally:
                    secrets.clear()
                return read_state(desk.feed_dir)

            self.view.run_step(work, self.view._show_state, self._show_health_error)

        self.ask_passphrases(
            self.tr("Refreshing re-signs the snapshot and timestamp with the online key."),
            ("online",),
            sign,
        )

    def _bundle(self) -> None:
        from outreach.feed.bundle import make_bundle

        state = self.view.state
        key_dir = self._key_dir()
        if state is None or key_dir is None:
            return
        out, _ = QFileDialog.getSaveFileName(
            self.view, self.tr("Save the USB bundle"), "feed-bundle.zip", "ZIP (*.zip)"
        )
        if not out:
            return
        desk = state.desk

        def sign(passphrase_for: Any, secrets: dict[str, str]) -> None:
            def work() -> DeskState:
                try:
                    make_bundle(desk.repo, Path(out), key_dir, passphrase_for,
                                valid=timedelta(days=14))  # fmt: skip
                finally:
                    secrets.clear()
                desk.upload()  # the timestamp was re-signed: serve the new one too
                return read_state(desk.feed_dir)

            self.view.run_step(work, self.view._show_state, self._show_health_error)

        self.ask_passphrases(
            self.tr("A bundle re-signs the timestamp to stay valid for 14 days."),
            ("online",),
            sign,
        )

    def _rotate(self) -> None:
        state = self.view.state
        key_dir = self._key_dir()
        if state is None or key_dir is None:
            return
        role = str(self.rotate_role.currentData())
        desk = state.desk
        intro = self.tr(
            "Rotating makes a new %1 key (the old file is kept, marked retired) and a new root "
            "naming it, signed by the root key. Workers follow the change at their next sync; "
            "the old key is refused from then on. The new key keeps the same passphrase."
        ).replace("%1", role)

        def sign(passphrase_for: Any, secrets: dict[str, str]) -> None:
            def work() -> DeskState:
                try:
                    desk.repo.rotate_key(key_dir, role, passphrase_for)
                finally:
                    secrets.clear()
                desk.upload()
                return read_state(desk.feed_dir)

            self.view.run_step(work, self.view._show_state, self._show_health_error)

        self.ask_passphrases(intro, ("root", "targets", "online"), sign)

    # -- key sheet and invites ------------------------------------------------------------

    def _sheet_document(self) -> QTextDocument | None:
        state = self.view.state
        if state is None:
            return None
        document = QTextDocument()
        document.setHtml(key_sheet_html(state.desk.repo, Path(state.settings.key_dir or "")))
        return document

    def print_key_sheet(self) -> None:
        document = self._sheet_document()
        if document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.view)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document.print_(printer)

    def save_key_sheet_pdf(self, path: str | None = None) -> Path | None:
        document = self._sheet_document()
        if document is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.view, self.tr("Save the key sheet"), "feed-keys.pdf", "PDF (*.pdf)"
            )
        if not path:
            return None
        writer = QPdfWriter(str(path))
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        document.print_(writer)
        del writer
        return Path(path)

    def _create_invite(self) -> None:
        state = self.view.state
        url = self.feed_url.text().strip()
        if state is None:
            return
        if not url:
            self.invite_info.setText(self.tr("Type the address the feed is served at."))
            self.invite_info.setStyleSheet(text_style(Role.ERROR))
            return
        out, _ = QFileDialog.getSaveFileName(
            self.view, self.tr("Save the invite"), "feed.invite", "Invite (*.invite)"
        )
        if not out:
            return
        desk = state.desk

        def work() -> DeskState:
            create_invite(desk, url, Path(out))
            return read_state(desk.feed_dir)

        def created(new_state: DeskState) -> None:
            self.invite_info.setStyleSheet("")
            self.view._show_state(new_state)

        def failed(message: str) -> None:
            self.invite_info.setStyleSheet(text_style(Role.ERROR))
            self.invite_info.setText(message)

        self.view.run_step(work, created, failed)

    def _show_qr(self, text: str, fingerprint: str) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(text, scale=4))
        self.qr.setPixmap(pixmap)
        self.invite_info.setText(
            self.tr("Feed URL: %1\nRoot fingerprint: %2\nSend the invite file to workers.")
            .replace("%1", text.split("#", 1)[0])
            .replace("%2", fingerprint)
        )
