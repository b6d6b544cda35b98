"""A bar per month for one row of the report; a hidden cell is drawn as an empty bar."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class MonthChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[str] = []
        self.cells: list[str] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_row(self, months: list[str], cells: list[str]) -> None:
        self.months, self.cells = months, cells
        self.setAccessibleDescription(
            ", ".join(f"{m}: {c}" for m, c in zip(months, cells, strict=True))
        )
        self.update()

    def clear(self) -> None:
        self.show_row([], [])

    @staticmethod
    def value(cell: str) -> int | None:
        return int(cell) if cell.isdigit() else None

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.months:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top, bottom = 18.0, float(self.height() - 22)
        width = self.width() / len(self.months)
        highest = max([self.value(c) or 0 for c in self.cells] + [5])
        bar_color = self.palette().highlight().color()
        for index, (month, cell) in enumerate(zip(self.months, self.cells, strict=True)):
            x = index * width + width * 0.15
            value = self.value(cell)
            height = (bottom - top) * ((value if value is not None else 4) / highest)
            rect = QRectF(x, bottom - height, width * 0.7, height)
            if value is None:  # hidden: an outline only, never a height that reveals it
                painter.setPen(QPen(QColor("#888888"), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bar_color)
            painter.drawRect(rect)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x - 10, rect.top() - 16, width * 0.7 + 20, 14),
                Qt.AlignmentFlag.AlignCenter,
                cell,
            )
            painter.drawText(
                QRectF(index * width, bottom + 4, width, 16),
                Qt.AlignmentFlag.AlignCenter,
                month[2:],
            )
        painter.end()
