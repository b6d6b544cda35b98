"""The contact list: rows of contacts handed over by a search; the model never reads the vault."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from outreach.notes.contacts import Contact
from outreach.notes.search import MatchedIn, NotesHit

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ContactListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Contact, bool]] = []  # (contact, matched in a note or place)

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._rows = [(c, False) for c in contacts]
        self.endResetModel()

    def set_hits(self, hits: list[NotesHit]) -> None:
        self.beginResetModel()
        self._rows = [(h.contact, h.matched_in is MatchedIn.ENCOUNTER) for h in hits]
        self.endResetModel()

    def clear(self) -> None:
        self.set_contacts([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def contact_at(self, row: int) -> Contact | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int) -> int:
        return next((i for i, (c, _) in enumerate(self._rows) if c.id == contact_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact, in_note = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [contact.alias]
            if contact.tags:
                parts.append(", ".join(contact.tags))
            text = "  ·  ".join(parts)
            if contact.do_not_contact:
                text += "  ·  " + self.tr("do not contact")
            if in_note:
                text += "  ·  " + self.tr("found in a note")
            return text
        if role == CONTACT_ID_ROLE:
            return contact.id
        return None
