"""File → Back up vault…: choose a file and a backup passphrase; the copy is encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from outreach.gui.session import Session
from outreach.vault.backup import write_backup


def _ask_passphrase(parent: QWidget, label: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, parent.tr("Backup passphrase"), label, QLineEdit.EchoMode.Password
    )
    return text if ok else None


def run_backup(parent: QWidget, session: Session) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Save encrypted backup"),
        "outreach-backup.ocbackup",
        parent.tr("Outreach backups (*.ocbackup)"),
    )
    if not path:
        return
    first = _ask_passphrase(parent, parent.tr("A passphrase for this backup (8+ characters):"))
    if first is None:
        return
    second = _ask_passphrase(parent, parent.tr("Repeat the backup passphrase:"))
    if second is None:
        return
    if first != second:
        QMessageBox.warning(parent, "Outreach Companion", parent.tr("The two passphrases differ."))
        return

    def saved(_: object) -> None:
        QMessageBox.information(
            parent, "Outreach Companion", parent.tr("Encrypted backup saved to %s.") % path
        )

    session.write(lambda vault: write_backup(vault, Path(path), first)).owned_by(parent).on_success(
        saved
    ).run()
