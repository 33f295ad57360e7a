"""The task editor's Milestones tab: the dated steps inside a measure, added by hand or marked reached.

Steps found in the plan's text arrive with the plan (services/plans/store.py); each has its own light in
the reminders and on the calendar until the office marks it reached.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.ledger.milestones import MilestoneView
from ui.context import AppContext
from ui.ops import CollectionOp


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class MilestonesTab(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: int | None = None
        self.milestones: tuple[MilestoneView, ...] = ()
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Milestone"), self.tr("Reached on")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            1, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.due = QDateEdit(QDate.currentDate(), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("e.g. complete the survey of key equipment"))
        self.add_button = QPushButton(self.tr("Add milestone"), self)
        self.reached_button = QPushButton(self.tr("Mark reached today"), self)
        self.add_button.clicked.connect(self.add)
        self.reached_button.clicked.connect(self.reached)
        self.table.itemSelectionChanged.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(self.due)
        row.addWidget(self.words, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.reached_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._update()

    def show_task(self, item_id: int, milestones: tuple[MilestoneView, ...]) -> None:
        self.item_id, self.milestones = item_id, milestones
        self.table.setRowCount(len(milestones))
        for n, m in enumerate(milestones):
            for column, text in enumerate(
                (m.due_on.isoformat(), m.text or "", m.done_on.isoformat() if m.done_on else "")
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(n, column, cell)
        self._update()

    def selected(self) -> MilestoneView | None:
        row = self.table.currentRow()
        has = self.table.selectionModel().hasSelection()
        return self.milestones[row] if has and 0 <= row < len(self.milestones) else None

    def _update(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self.item_id is not None)
        self.reached_button.setEnabled(chosen is not None and chosen.done_on is None)

    def add(self) -> None:
        if self.item_id is None:
            return
        from services.operations.task_parts import add_milestone

        item_id, due, words = self.item_id, _day(self.due.date()), self.words.text()

        def done(_done) -> None:
            self.words.clear()
            self.changed.emit()

        CollectionOp(self, lambda ledger: add_milestone(ledger, item_id, due, words)).success(
            done
        ).run_in_background()

    def reached(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        from services.operations.task_parts import milestone_reached

        milestone_id, today = chosen.id, date.today()
        CollectionOp(self, lambda ledger: milestone_reached(ledger, milestone_id, today)).success(
            lambda _done: self.changed.emit()
        ).run_in_background()
