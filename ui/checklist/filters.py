"""The filter bar above the checklist: search, unit, status, light and due window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from services.ledger.filtering import RowFilter
from services.ledger.lights import Light

if TYPE_CHECKING:  # SQLAlchemy: not imported before the checklist's first screen
    from services.ledger.rows import LedgerFilter

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search tasks, units, numbers… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.unit = QComboBox(self)
        self.unit.setMinimumContentsLength(10)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open"), "open")
        self.status.addItem(self.tr("Closed"), "closed")
        self.light = QComboBox(self)
        self.light.addItem(self.tr("All lights"), None)
        self.light.addItem(self.tr("Red and yellow"), "red+yellow")
        self.light.addItem(self.tr("Red"), "red")
        self.light.addItem(self.tr("Yellow"), "yellow")
        self.light.addItem(self.tr("Green"), "green")
        self.due = QComboBox(self)
        self.due.addItem(self.tr("Any due date"), None)
        self.due.addItem(self.tr("Overdue"), "overdue")
        self.due.addItem(self.tr("Due within 7 days"), 7)
        self.due.addItem(self.tr("Due within 30 days"), 30)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("Unit"), self.unit),
            (self.tr("Status"), self.status),
            (self.tr("Light"), self.light),
            (self.tr("Due"), self.due),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.unit, self.status, self.light, self.due):
            combo.currentIndexChanged.connect(self.changed)
        self.set_units([])

    def set_units(self, units: list[tuple[int, str]]) -> None:
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        found = self.unit.findData(current)
        self.unit.setCurrentIndex(max(found, 0))
        self.unit.blockSignals(False)

    def row_filter(self) -> RowFilter:
        """What the clerk asked for, to filter the loaded rows in memory."""
        unit = self.unit.currentText() if self.unit.currentData() is not None else None
        return RowFilter(unit=unit, **self._asked())

    def current(self, plan_id: int | None) -> LedgerFilter:
        # Imported here: row_filter() runs while the first screen shows, before SQLAlchemy is imported,
        # and an import of it on the GUI thread would wait for the thread importing it to finish.
        from services.ledger.rows import LedgerFilter

        return LedgerFilter(plan_id=plan_id, unit_id=self.unit.currentData(), **self._asked())

    def _asked(self) -> dict:
        light = self.light.currentData()
        lights = frozenset()
        if light == "red+yellow":
            lights = frozenset({Light.RED, Light.YELLOW})
        elif light:
            lights = frozenset({Light(light)})
        due = self.due.currentData()
        return {
            "status": self.status.currentData(),
            "lights": lights,
            "due_within_days": due if isinstance(due, int) else None,
            "overdue": due == "overdue",
            "search": self.search.text().strip(),
        }

    def clear(self) -> None:
        for combo in (self.unit, self.status, self.light, self.due):
            combo.setCurrentIndex(0)
        self.search.clear()
