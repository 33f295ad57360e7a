"""What stands in for the views while the database opens: the main window's first paint (ui/main_window.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


class Opening(QWidget):
    """Stands in for a view until the database is open; its first paint means the window is on screen.

    Centred by stretches rather than Qt.AlignmentFlag: the first use of the Qt namespace builds all of
    its Python enums (15 ms), which the first paint need not wait for."""

    painted = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        label = QLabel(QCoreApplication.translate("MainWindow", "Opening the database…"), self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
