"""The contact's timeline as a tree: open follow-ups, then encounters with their referrals.

A referral's outcome is set in two keystrokes: O (or Enter) opens the outcome menu, whose
entries each have a mnemonic letter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem

from outreach.gui.notes import words
from outreach.notes.referrals import Referral, Status
from outreach.notes.timeline import Timeline

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class TimelineTree(QObject):
    """Fills the tree and turns O/Enter on a referral into ``outcome_chosen(referral, status)``."""

    outcome_chosen = Signal(int, str)

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        self.notes: dict[int, str] = {}  # encounter id -> its note, shown below the tree
        tree.installEventFilter(self)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.setColumnWidth(0, 260)
        tree.setColumnWidth(1, 420)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tree.setColumnWidth(2, 200)

    def clear(self) -> None:
        self.tree.clear()
        self.notes = {}

    def show(self, timeline: Timeline) -> None:
        """Fill the tree; the row that was current stays current (an outcome just set)."""
        current = self.tree.currentItem()
        keep = (current.data(0, KIND_ROLE), current.data(0, ID_ROLE)) if current else None
        self.clear()
        open_items = [f for f in timeline.follow_ups if not f.done_at]
        for follow_up in open_items:
            item = QTreeWidgetItem(
                [words.day(follow_up.due_on), words.follow_up_text(follow_up), self.tr("Follow-up")]
            )
            item.setData(0, KIND_ROLE, "follow_up")
            item.setData(0, ID_ROLE, follow_up.id)
            self.tree.addTopLevelItem(item)
        for entry in timeline.encounters:
            encounter = entry.encounter
            when = words.moment(encounter.occurred_at)
            if encounter.entered_later:
                when += " " + self.tr("(entered later)")
            summary = [encounter.place] if encounter.place else []
            summary += [words.need_label(n) for n in encounter.needs]
            summary += [f"{words.supply_label(k)} ×{n}" for k, n in encounter.supplies]
            first_line = encounter.note.strip().split("\n", 1)[0][:80]
            if first_line:
                summary.append(first_line)
            item = QTreeWidgetItem([when, " · ".join(summary), ""])
            item.setData(0, KIND_ROLE, "encounter")
            item.setData(0, ID_ROLE, encounter.id)
            self.notes[encounter.id] = encounter.note
            for referral in entry.referrals:
                item.addChild(self._referral_item(referral))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        if timeline.more:
            more = QTreeWidgetItem(["", self.tr("Older encounters are not shown."), ""])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(more)
        again = self._find(keep) if keep else None
        first = again or self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _find(self, wanted: tuple[object, object]) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is None:
                continue
            for candidate in (item, *(item.child(i) for i in range(item.childCount()))):
                if (
                    candidate is not None
                    and (
                        candidate.data(0, KIND_ROLE),
                        candidate.data(0, ID_ROLE),
                    )
                    == wanted
                ):
                    return candidate
        return None

    def _referral_item(self, referral: Referral) -> QTreeWidgetItem:
        service = referral.service.name
        if referral.service.organization and referral.service.organization != service:
            service += f" ({referral.service.organization})"
        text = self.tr("Referred to %1 · code %2")
        text = text.replace("%1", service).replace("%2", referral.code)
        status = words.status_label(referral.status)
        if referral.status is not Status.MADE:
            status += f" · {words.day(referral.status_on)}"
        item = QTreeWidgetItem(["", text, status])
        item.setData(0, KIND_ROLE, "referral")
        item.setData(0, ID_ROLE, referral.id)
        return item

    def current_referral(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "referral":
            return None
        return int(item.data(0, ID_ROLE))

    def current_encounter(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.data(0, KIND_ROLE) == "referral":
            item = item.parent()
        if item is None or item.data(0, KIND_ROLE) != "encounter":
            return None
        return int(item.data(0, ID_ROLE))

    def outcome_menu(self) -> QMenu:
        menu = QMenu(self.tree)
        for status, label in words.outcome_choices():
            action = menu.addAction(label)
            action.setData(status.value)
        return menu

    def ask_outcome(self, at: QPoint | None = None) -> None:
        referral = self.current_referral()
        if referral is None:
            return
        item = self.tree.currentItem()
        if at is None and item is not None:
            rect = self.tree.visualItemRect(item)
            at = self.tree.viewport().mapToGlobal(rect.bottomLeft())
        menu = self.outcome_menu()
        chosen = menu.exec(at) if at is not None else menu.exec()
        if chosen is not None:
            self.outcome_chosen.emit(referral, str(chosen.data()))

    def _context_menu(self, pos: QPoint) -> None:
        if self.current_referral() is not None:
            self.ask_outcome(self.tree.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_O, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.current_referral() is not None
        ):
            self.ask_outcome()
            return True
        return False
