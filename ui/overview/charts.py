"""A horizontal bar chart drawn with QPainter (Qt Charts is not in PySide6-Essentials).

Horizontal because the categories are long Chinese unit and domain names. Each bar is clickable:
``bar_clicked(index)`` tells the overview which figure the user wants to see behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW_HEIGHT = 22
BAR_COLOR = QColor("#4472c4")
BAR_HOVER = QColor("#2f5597")
TRACK_COLOR = QColor("#eceff4")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0–100
    tooltip: str = ""


class BarChart(QWidget):
    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self._hover = -1
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self._hover = -1
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(len(self.bars), 1) * ROW_HEIGHT + 8)

    def bar_at(self, y: float) -> int:
        index = int((y - 4) // ROW_HEIGHT)
        return index if 0 <= index < len(self.bars) else -1

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 10, int(self.width() * 0.45))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        if not self.bars:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            return
        label_width = self._label_width()
        value_width = metrics.horizontalAdvance("100%") + 10
        track = max(self.width() - label_width - value_width, 20)
        for index, bar in enumerate(self.bars):
            top = 4 + index * ROW_HEIGHT
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, label_width - 10)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRect(0, top, label_width - 6, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            bar_rect = QRect(label_width, top + 4, track, ROW_HEIGHT - 8)
            painter.fillRect(bar_rect, TRACK_COLOR)
            filled = QRect(bar_rect)
            filled.setWidth(int(track * max(0.0, min(bar.value, 100.0)) / 100))
            painter.fillRect(filled, BAR_HOVER if index == self._hover else BAR_COLOR)
            painter.drawText(
                QRect(label_width + track + 4, top, value_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{bar.value:.0f}%",
            )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().y())
        if index != self._hover:
            self._hover = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor)
            self.setToolTip(self.bars[index].tooltip if index >= 0 else "")
            self.update()

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.bar_at(event.position().y())
            if index >= 0:
                self.bar_clicked.emit(index)
