"""Settings → Feeds: trust a feed from its invite file, see how each feed is doing, remove one.

Trust comes from the root metadata inside the invite (``outreach.feed.client.add_feed``);
the list shows each feed's URL, when it was last checked and verified, and its last problem
(kept as codes, worded here in the interface language). Removing a feed (``remove_feed``)
stops trusting it; what it delivered stays.
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
    QMessageBox,
    QPushButton,
    QWidget,
)

from outreach.changes import FEEDS
from outreach.errors import FeedError
from outreach.feed.client import Feed, add_feed, list_feeds, remove_feed
from outreach.gui.errors import Failure, FailureKind, error_style, show_failure
from outreach.gui.session import Session
from outreach.gui.sync_words import sync_result_text
from outreach.paths import feed_cache_dir
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
    """Drives the Feeds tab's ``feeds`` list and its add and remove buttons for an open session."""

    #: Emitted after a feed was added (with its name).
    feed_added = Signal(str)
    #: Emitted after a feed was removed (with its name).
    feed_removed = Signal(str)
    #: Emitted after the list was (re)loaded.
    loaded = Signal()

    def __init__(
        self,
        parent: QWidget,
        feeds: QListWidget,
        add_button: QPushButton,
        error_label: QLabel,
        session: Session | None,
        remove_button: QPushButton | None = None,
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
        if remove_button is None:  # a page without one: removing stays possible by code
            remove_button = QPushButton(parent)
            remove_button.hide()
        self.remove_button = remove_button
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.ask_to_remove)
        self.list.currentItemChanged.connect(lambda *_: self._update_remove())
        self.confirm_box: QMessageBox | None = None
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

    def selected_feed(self) -> Feed | None:
        item = self.list.currentItem()
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((feed for feed in self.feeds if feed.name == name), None)

    def _update_remove(self) -> None:
        busy = self.confirm_box is not None
        self.remove_button.setEnabled(
            self.session is not None and not busy and bool(self.selected_feed())
        )

    def ask_to_remove(self) -> None:
        """Ask first (what happens to its services, said plainly), then remove the feed."""
        feed = self.selected_feed()
        if feed is None or self.session is None or self.confirm_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove a feed"),
            self.tr("Stop trusting the feed “%1”?").replace("%1", feed.name),
            QMessageBox.StandardButton.Cancel,
            self.parent_widget,
        )
        box.setInformativeText(
            self.tr(
                "Sync will no longer check it. The services it delivered stay in your directory "
                "and can still be searched, but nothing updates them any more: opening hours "
                "and phone numbers grow older until you add the feed again from its invite "
                "file. Your notes are not touched."
            )
        )
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        self._update_remove()
        box.finished.connect(lambda _r: self._answered(feed.name, box.clickedButton() is remove))
        box.open()

    def _answered(self, name: str, yes: bool) -> None:
        self.confirm_box = None
        self._update_remove()
        if yes:
            self.remove(name)

    def remove(self, name: str) -> None:
        """Stop trusting the feed ``name`` (database worker); its public cache goes too."""
        if self.session is None:
            return
        self.remove_button.setEnabled(False)
        self.error.hide()
        cache = feed_cache_dir(self.session.vault_path)
        self.session.write(lambda vault: remove_feed(vault, name, cache)).owned_by(self).announces(
            lambda _none: FEEDS
        ).on_success(lambda _none: self._removed(name)).on_failure(self._remove_failed).run()

    def _removed(self, name: str) -> None:
        self.feed_removed.emit(name)
        self.reload()

    def _remove_failed(self, failure: Failure) -> None:
        self._update_remove()
        if failure.kind is FailureKind.USER:
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
        if feeds:
            self.list.setCurrentRow(0)
        self._update_remove()
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
