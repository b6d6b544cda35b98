"""The results list: a model of lightweight search hits and a delegate that draws them.

The model only holds :class:`~outreach.directory.search.SearchHit` rows handed to it; it never
touches the database, so scrolling and painting cost nothing however slow the vault is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from outreach.directory.search import SearchHit
from outreach.gui import wording

#: The hit itself, for the view and the delegate.
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The service id, to fetch the full record.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

# Badge colours: green for open, grey for closed, a neutral outline for unknown, so that
# "hours unknown" can never be mistaken for "closed" at a glance.
_BADGE_COLOURS = {
    True: (QColor("#1b7a34"), QColor("white")),
    False: (QColor("#6b6b6b"), QColor("white")),
    None: (QColor("#e9e2c8"), QColor("#5a4a00")),
}


def badge_text(open_now: bool | None) -> str:
    """The short badge for an open state: OPEN, CLOSED or HOURS ? (unknown)."""
    if open_now is None:
        return QCoreApplication.translate("ServiceList", "HOURS ?")
    if open_now:
        return QCoreApplication.translate("ServiceList", "OPEN")
    return QCoreApplication.translate("ServiceList", "CLOSED")


def open_text(hit: SearchHit) -> str:
    """The hit's open label in the interface language ("Open until 17:00")."""
    if hit.open_state is None or hit.label_now is None:
        return wording.hours_unknown() if hit.open_now is None else hit.open_label
    return wording.open_state_label(hit.open_state, hit.label_now)


def title_text(hit: SearchHit) -> str:
    """The name, and the second name that tells apart programs of one place:
    "Brattleboro Retreat — Buprenorphine Clinic"."""
    return f"{hit.name} — {hit.alternate_name}" if hit.alternate_name else hit.name


def where_line(hit: SearchHit) -> str:
    """Second name · organization · address: tells apart programs and branches of one
    organization (the second name first, so a narrow list still shows it)."""
    parts = [hit.alternate_name] if hit.alternate_name else []
    if hit.organization and hit.organization != hit.name:
        parts.append(hit.organization)
    if hit.address:
        parts.append(hit.address)
    return " · ".join(parts)


def state_line(hit: SearchHit) -> str:
    """Distance · open label · verified date, leaving out what is missing."""
    parts: list[str] = []
    if hit.distance_km is not None:
        parts.append(wording.distance_text(hit.distance_km, hit.approximate_location))
    parts.append(open_text(hit))
    if hit.assured_date:
        parts.append(
            QCoreApplication.translate("ServiceList", "verified %1").replace("%1", hit.assured_date)
        )
    return " · ".join(parts)


def secondary_line(hit: SearchHit) -> str:
    """Everything under the name, on one line (tooltips and screen readers)."""
    return " · ".join(p for p in (where_line(hit), state_line(hit)) if p)


def accessible_text(hit: SearchHit) -> str:
    """Everything the row shows, as one sentence for screen readers."""
    return f"{hit.name}. {secondary_line(hit)}."


class ServiceListModel(QAbstractListModel):
    """Search hits in rank order. Replace them all at once with :meth:`set_hits`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title_text(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (hit.name, secondary_line(hit)) if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(hit)
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.id
        return None

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def hits(self) -> list[SearchHit]:
        return list(self._hits)


class ServiceDelegate(QStyledItemDelegate):
    """Three lines per result: the name with an open badge, where it is, and its state."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 3 + self.PADDING * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget is not None else None
        # Background, selection and focus the platform way; the text is ours.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        # Where the keys go must show: the picked row is solid while the list has the focus
        # and framed in the focus colour; with the focus in the search box it is only tinted.
        list_focused = option.widget is not None and option.widget.hasFocus()
        selected = bool(option.state & QStyle.StateFlag.State_Selected) and list_focused
        tinted = bool(option.state & QStyle.StateFlag.State_Selected) and not list_focused
        if tinted:
            plain.state &= ~QStyle.StateFlag.State_Selected
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        if tinted:
            tint = QColor(highlight)
            tint.setAlpha(60)
            painter.fillRect(option.rect, tint)
        if list_focused and option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(highlight.darker(160), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = option.palette.color(group)
        rect = option.rect.adjusted(self.PADDING, self.PADDING // 2, -self.PADDING, 0)
        metrics = QFontMetrics(option.font)
        line = metrics.height()

        label = badge_text(hit.open_now)
        fill, ink = _BADGE_COLOURS[hit.open_now]
        badge_font = QFont(option.font)
        badge_font.setBold(True)
        badge_font.setPointSizeF(max(option.font.pointSizeF() * 0.8, 6.0))
        badge_metrics = QFontMetrics(badge_font)
        badge_width = badge_metrics.horizontalAdvance(label) + 10
        badge = QRect(rect.right() - badge_width, rect.top() + 2, badge_width, line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(badge_font)
        painter.setPen(ink)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text_colour)
        name_rect = QRect(rect.left(), rect.top(), rect.width() - badge_width - 8, line + 2)
        name = QFontMetrics(name_font).elidedText(
            hit.name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        painter.setFont(option.font)
        top = rect.top() + line + self.PADDING
        for text_line in (where_line(hit), state_line(hit)):
            if not selected:
                painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            line_rect = QRect(rect.left(), top, rect.width(), line)
            elided = metrics.elidedText(text_line, Qt.TextElideMode.ElideRight, line_rect.width())
            painter.drawText(
                line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
            top += line
        painter.restore()
