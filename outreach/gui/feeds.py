"""Settings → Feeds: trust a feed from its invite file and see how each feed is doing.

Trust comes from the root metadata inside the invite (``outreach.feed.client.add_feed``);
the list shows each feed's URL, when it was last checked and verified, and its last problem
(kept as codes, worded here in the interface language).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from outreach.changes import FEEDS
from outreach.errors import FeedError
from outreach.feed.client import Feed, add_feed, list_feeds
from outreach.gui.errors import Failure, FailureKind, error_style, show_failure
from outreach.gui.session import Session
from outreach.gui.sync_words import sync_result_text
from outreach.vault import Vault

#: An invite is a small JSON file; anything bigger is refused before reading it all.
MAX_INVITE_FILE = 1024 * 1024


def read_invite_file(path: Path) -> bytes:
    """The invite's bytes, or a FeedError naming the file (never a traceback)."""
    try:
        if path.stat().st_size > MAX_INVITE_FILE:
            text = QCoreApplication.translate("FeedInvite", "%1: too large to be a feed invite.")
            raise FeedError(text.replace("%1", path.name))
        return path.read_bytes()
    except OSError as exc:
        text = QCoreApplication.translate("FeedInvite", "Cannot read %1: %2.")
        reason = str(exc.strerror or exc)
        raise FeedError(text.replace("%1", path.name).replace("%2", reason)) from None


class FeedsTab(QObject):
    """Drives the Feeds tab's ``feeds`` list and ``addFeed`` button for an open session."""

    #: Emitted after a feed was added (with its name).
    feed_added = Signal(str)
    #: Emitted after the list was (re)loaded.
    loaded = Signal()

    def __init__(
        self,
        parent: QWidget,
        feeds: QListWidget,
        add_button: QPushButton,
        error_label: QLabel,
        session: Session | None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.list = feeds
        self.add_button = add_button
        self.error = error_label
        self.error.setStyleSheet(error_style())
        self.error.hide()
        self.session = session
        self.feeds: list[Feed] = []
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        add_button.clicked.connect(self.choose_invite)
        if session is None:
            add_button.setEnabled(False)
            self._placeholder(self.tr("Unlock the vault to manage feeds."))
        else:
            self.reload()

    def reload(self) -> None:
        if self.session is None:
            return
        self.session.query(list_feeds).owned_by(self, lane="list").on_success(self._show).run()

    def choose_invite(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Open a feed invite"),
            "",
            self.tr("Feed invites (*.json *.invite);;All files (*)"),
        )
        if path:
            self.add_from_file(Path(path))

    def add_from_file(self, path: Path) -> None:
        """Trust the feed described by the invite at ``path`` (database worker)."""
        if self.session is None:
            return
        self.add_button.setEnabled(False)
        self.error.hide()

        def job(vault: Vault) -> Feed:
            return add_feed(vault, read_invite_file(path), where=path.name)

        self.session.write(job).owned_by(self).announces(lambda _feed: FEEDS).on_success(
            self._added
        ).on_failure(self._add_failed).run()

    def _added(self, feed: Feed) -> None:
        self.add_button.setEnabled(True)
        self.feed_added.emit(feed.name)
        self.reload()

    def _add_failed(self, failure: Failure) -> None:
        self.add_button.setEnabled(True)
        if failure.kind is FailureKind.USER:
            # Shown in the tab, next to the list, so the user can pick another file at once.
            self.error.setText(failure.text)
            self.error.show()
        else:
            show_failure(self.parent_widget, failure)

    def _show(self, feeds: list[Feed]) -> None:
        self.feeds = feeds
        self.list.clear()
        if not feeds:
            self._placeholder(
                self.tr("No feed yet. Open the invite file your coordinator sent you.")
            )
        for feed in feeds:
            item = QListWidgetItem(self.describe(feed))
            item.setData(Qt.ItemDataRole.UserRole, feed.name)
            item.setToolTip(feed.url)
            self.list.addItem(item)
        self.loaded.emit()

    def describe(self, feed: Feed) -> str:
        """Several lines: name and URL, last check and verification, last error."""
        never = self.tr("never")
        lines = [
            f"{feed.name} — {feed.url}",
            self.tr("Last checked: %1 · Last verified: %2")
            .replace("%1", _when(feed.last_checked_at) or never)
            .replace("%2", _when(feed.last_verified_at) or never),
        ]
        if feed.last_problem is not None:
            problem = sync_result_text(feed.last_problem)
            lines.append(self.tr("Last problem: %1").replace("%1", problem))
        return "\n".join(lines)

    def _placeholder(self, text: str) -> None:
        self.list.clear()
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)


def _when(value: str | None) -> str:
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
