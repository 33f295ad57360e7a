"""Pick the columns of a table the reader could not read by itself: which holds the task, which the units.

One of the two ways the marking dialog offers for a document with no measure the reader knows (the
other is ticking lines). The table's first rows are shown under a row of choosers, one per column,
prefilled from the header's words where the reader recognises any.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.plans.parser.picked import TableChoice
from services.plans.parser.tables import Row, column_of

_SHOWN_ROWS = 200  # enough to see the table's shape; all rows are read
_GUESS = {"task": "task", "lead": "lead", "owner": "lead", "co": "co", "due": "due", "seq": "seq"}


class TablePicker(QWidget):
    changed = Signal()

    def __init__(self, tables: list[list[Row]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables = tables
        self.roles = [
            ("", self.tr("Not used")),
            ("task", self.tr("Task")),
            ("lead", self.tr("Lead units")),
            ("co", self.tr("Co-operating units")),
            ("due", self.tr("Deadline")),
            ("seq", self.tr("No.")),
        ]
        explanation = QLabel(
            self.tr(
                "Choose the table that lists the tasks, then say above each column what it holds. "
                "Each row below the header becomes a task; columns left unused stay in its text."
            )
        )
        explanation.setWordWrap(True)
        self.table_choice = QComboBox()
        for index, rows in enumerate(tables):
            first = " | ".join(cell.replace("\n", " ")[:8] for cell in rows[0])
            self.table_choice.addItem(
                self.tr("Table {n}: {rows} rows × {columns} columns — {first}").format(
                    n=index + 1, rows=len(rows), columns=len(rows[0]), first=first
                )
            )
        self.has_header = QCheckBox(self.tr("The first row is the header"))
        self.has_header.setChecked(True)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.table_choice, 1)
        top.addWidget(self.has_header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        self.table_choice.currentIndexChanged.connect(self._show_table)
        self.has_header.toggled.connect(self._mark_header)
        self._show_table(0)

    def choosers(self) -> list[QComboBox]:
        return [self.grid.cellWidget(0, column) for column in range(self.grid.columnCount())]

    def choice(self) -> TableChoice | None:
        """The picked table and columns, or None while no column is picked as the task."""
        roles = tuple(
            (column, chooser.currentData())
            for column, chooser in enumerate(self.choosers())
            if chooser.currentData()
        )
        if not any(role == "task" for _, role in roles):
            return None
        return TableChoice(self.table_choice.currentIndex(), roles, self.has_header.isChecked())

    def settings(self) -> tuple[int, bool, tuple[str, ...]]:
        """The table shown, whether its first row is the header, and each column's role: what a picker read
        again from an edited text takes over (`keep_settings`)."""
        roles = tuple(chooser.currentData() or "" for chooser in self.choosers())
        return self.table_choice.currentIndex(), self.has_header.isChecked(), roles

    def keep_settings(self, settings: tuple[int, bool, tuple[str, ...]]) -> None:
        """The clerk's choices on the picker this one replaces, where they still fit: the same table still
        there with as many columns. A table whose shape the edit changed keeps the header's guesses."""
        index, header, roles = settings
        if index >= len(self.tables) or len(self.tables[index][0]) != len(roles):
            return
        self.table_choice.setCurrentIndex(index)
        self.has_header.setChecked(header)
        for chooser, role in zip(self.choosers(), roles, strict=True):
            chooser.blockSignals(True)
            chooser.setCurrentIndex(max(chooser.findData(role), 0))
            chooser.blockSignals(False)
        self.changed.emit()

    def _show_table(self, index: int) -> None:
        rows = self.tables[index]
        width = len(rows[0])
        self.grid.clear()
        self.grid.setColumnCount(width)
        self.grid.setRowCount(1 + min(len(rows), _SHOWN_ROWS))
        self.grid.setVerticalHeaderLabels(["", *(str(n + 1) for n in range(len(rows)))])
        taken: set[str] = set()
        for column in range(width):
            chooser = QComboBox()
            for key, label in self.roles:
                chooser.addItem(label, key)
            guess = _GUESS.get(column_of(rows[0][column]) or "", "")
            if guess and guess not in taken:  # one column a role: the first the header names
                taken.add(guess)
                chooser.setCurrentIndex(chooser.findData(guess))
            chooser.currentIndexChanged.connect(lambda _index, c=column: self._picked(c))
            self.grid.setCellWidget(0, column, chooser)
        for row_index, row in enumerate(rows[:_SHOWN_ROWS], start=1):
            for column, cell in enumerate(row):
                item = QTableWidgetItem(cell.replace("\n", " "))
                item.setToolTip(cell)
                self.grid.setItem(row_index, column, item)
        self._mark_header(self.has_header.isChecked())
        self.grid.resizeColumnsToContents()
        for column in range(width):
            self.grid.setColumnWidth(column, min(max(self.grid.columnWidth(column), 110), 320))
        self.changed.emit()

    def _mark_header(self, checked: bool) -> None:
        """The header row in bold, so the clerk sees which row is read as column names, not a task."""
        for column in range(self.grid.columnCount()):
            item = self.grid.item(1, column)
            if item is not None:
                font = item.font()
                font.setBold(checked)
                item.setFont(font)
        self.changed.emit()

    def _picked(self, column: int) -> None:
        """A role given to one column is taken from any other that had it."""
        role = self.choosers()[column].currentData()
        for other, chooser in enumerate(self.choosers()):
            if other != column and role and chooser.currentData() == role:
                chooser.blockSignals(True)
                chooser.setCurrentIndex(0)
                chooser.blockSignals(False)
        self.changed.emit()
