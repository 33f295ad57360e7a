"""The task checklist: the plan tree beside a filtered, sortable table, with edit actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from services.ledger.filtering import RowFilter, RowIndex
from services.operations.changes import PLANS, TASKS, UNITS, Changes
from ui import settings
from ui.checklist.filters import FilterBar
from ui.checklist.first_screen import in_first_order, read_first_screen
from ui.checklist.model import TITLE_COLUMN, LedgerTableModel
from ui.checklist.row_actions import apply_op, close_rows, delete_row, row_menu, tasks
from ui.checklist.tree import PlanTree, tree_parts
from ui.context import AppContext
from ui.empty_state import NoPlanPage
from ui.errors import show_error
from ui.ledger_read import ReadWaiter
from ui.ops import follow_changes
from ui.supervision_items import add_item_actions
from ui.table_tips import copy_rows, fitted_columns

if TYPE_CHECKING:  # SQLAlchemy: the checklist is built before it is imported (first_screen.py)
    from services.ledger.ledger_read import LedgerRows
    from services.ledger.rows import ChecklistData

# The widest a column grows to fit its content (pixels at 100%): 序号, 章节/领域, –, 牵头单位, 责任单位, 期限,
# 目标与完成, 进度, 状态. Beyond it the cell is cut and its tooltip shows the whole text.
COLUMN_CAPS = {0: 60, 1: 200, 3: 220, 4: 200, 5: 96, 6: 260, 7: 64, 8: 150}
# The long-text columns that narrow first on a small screen: 章节/领域, 牵头单位, 责任单位, 目标与完成.
GIVE_WAY = frozenset({1, 3, 4, 6})


class ChecklistView(QWidget):
    """Reloads in the background whenever a filter or the ledger changes."""

    loaded = Signal()
    open_sample_requested = Signal()
    import_plan_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.as_of: date | None = None  # None: today
        self.index = RowIndex(())
        self.model = LedgerTableModel(self)
        self.tree = PlanTree(self)
        self.filters = FilterBar(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows: copied together (Ctrl+C) and closed together; edit and progress take the current.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # One row height, scroll bar always on: a search emptying the table refits no column (issue 16).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Columns as wide as what they hold, up to a cap; the task's title takes the rest, and a cut
        # cell shows its whole text as a tooltip. On a narrow window the capped columns give way
        # first, so the light (the last column) stays in view at 1280×720.
        self.columns = fitted_columns(self.table, TITLE_COLUMN, COLUMN_CAPS, GIVE_WAY)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.count_label = QLabel(self)
        self._build_actions()
        self.empty = self._build_empty_state()

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.toolbar)
        right_layout.addWidget(self.filters)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.count_label)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1000])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)

        self.filters.changed.connect(self.apply_filters)
        self.tree.scope_changed.connect(self.apply_filters)
        self.table.doubleClicked.connect(lambda *_: self.edit_action.trigger())  # not while disabled
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        # A new sort order is arranged once, on the click, rather than on the next keystroke.
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self.index.prepare(self.model.sort_order())
        )
        # The rows of the read every view shares, as soon as they are read (the figures come after).
        self.reads = ReadWaiter(context, self._read, self._failed, rows_only=True)
        follow_changes(self, context, self.wants, self.reload)
        self._restore_layout()
        self._pending = False
        self._loading = False
        self.first_screen = False  # the first screenful read at start is in the table (first_screen.py)
        self._update_actions()

    @property
    def search_field(self):
        """Where Ctrl+F (the main window's Find) puts the cursor."""
        return self.filters.search

    # --- layout -----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.new_action = QAction(self.tr("New task"), self, shortcut=QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("Edit…"), self, shortcut=QKeySequence("Return"))
        # Ctrl+P is Print everywhere in Windows; recording progress takes Ctrl+Shift+P.
        self.progress_action = QAction(
            self.tr("Record progress…"), self, shortcut=QKeySequence("Ctrl+Shift+P")
        )
        self.close_action = QAction(self.tr("Close task"), self, shortcut=QKeySequence("Ctrl+K"))
        self.reopen_action = QAction(self.tr("Reopen"), self)
        self.delete_action = QAction(self.tr("Delete"), self, shortcut=QKeySequence.StandardKey.Delete)
        for action, slot in (
            (self.new_action, self.new_task),
            (self.edit_action, self.edit_selected),
            (self.progress_action, self.record_progress),
            (self.close_action, self.close_selected),
            (self.reopen_action, self.reopen_selected),
            (self.delete_action, self.delete_selected),
        ):
            action.triggered.connect(slot)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(action)
            self.addAction(action)
        # On the table only: Ctrl+C in the search field copies the field's text.
        self.copy_action = QAction(self.tr("Copy rows"), self.table, shortcut=QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.table.addAction(self.copy_action)
        add_item_actions(self)  # 督办事项 without a plan: new list, new item, the items by state

    def _context_menu(self, position) -> None:
        self.context_menu = row_menu(self, position)  # kept for tests; a new one each time

    def copy_selected(self) -> None:
        count = copy_rows(self.table)
        if count:
            self.context.status_message.emit(
                self.tr("Copied %n row(s): paste them into Excel or WPS.", "", count)
            )

    def _build_empty_state(self) -> QWidget:
        page = NoPlanPage(
            self.tr(
                "Import the plan your office received (.docx or .txt) and the ledger fills itself:\n"
                "measures, lead and co-responsible units, targets and deadlines.\n"
                "Or open the sample plan to look around first."
            ),
            self,
        )
        page.sample_requested.connect(self.open_sample_requested)
        page.import_requested.connect(self.import_plan_requested)
        self.sample_button, self.import_button = page.sample_button, page.import_button
        return page

    def _restore_layout(self) -> None:
        splitter = settings.CHECKLIST_SPLITTER.get()
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.CHECKLIST_HEADER.get()
        if isinstance(header, QByteArray) and self.table.horizontalHeader().restoreState(header):
            # Widths the clerk dragged stay; otherwise they follow the content and the window again.
            self.columns.user_sized = settings.CHECKLIST_COLUMNS_DRAGGED.get()

    def save_layout(self) -> None:
        settings.CHECKLIST_SPLITTER.set(self.splitter.saveState())
        settings.CHECKLIST_HEADER.set(self.table.horizontalHeader().saveState())
        settings.CHECKLIST_COLUMNS_DRAGGED.set(self.columns.user_sized)

    # --- loading ----------------------------------------------------------------------------------

    def current_filter(self) -> RowFilter:
        flt = self.filters.row_filter()
        if (scope := self.tree.scope()) is None:
            return flt
        inside = frozenset(self.tree.subtree_ids(scope[1])) if scope[1] is not None else None
        return replace(flt, plan_id=scope[0], inside=inside)

    @staticmethod
    def wants(changes: Changes) -> bool:
        """The rows show tasks of plans with their units' names; not the roster, files or reminder notes."""
        return changes.touches(TASKS, PLANS, UNITS)

    def reload(self) -> None:
        """Read the ledger again in the background; while a read runs, one more is queued at most."""
        self._pending = True
        if not self._loading:
            self._start_load()

    def _start_load(self) -> None:
        self._pending, self._loading = False, True
        if self.model.rowCount() == 0 and in_first_order(self):
            read_first_screen(self)  # queued before the whole read, which the next line asks for
        self.reads.ask(self.as_of)

    def _read(self, read: LedgerRows) -> None:
        # The search keys, and the rows in the table's order, are made off the GUI thread too.
        data, order = read.checklist, self.model.sort_order()

        def work(_progress):
            index = RowIndex(data.rows)
            index.prepare(order)
            return data, index, tree_parts(data.plans)

        self.context.runner.run(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[ChecklistData, RowIndex, tuple]) -> None:
        if self._pending:
            self._start_load()
            return
        data, self.index, (plans, children) = result
        self.tree.blockSignals(True)
        self.tree.set_plans(plans, children)
        self.tree.blockSignals(False)
        self.filters.set_units(list(data.units))
        self.pages.setCurrentWidget(self.splitter if data.plans else self.empty)
        # The rows at the next turn of the event loop: at 100,000 tasks the tree's work and the table's
        # are then two short waits of the GUI thread rather than one long one.
        QTimer.singleShot(0, self, self._show_rows)  # not after the view is gone

    def _show_rows(self) -> None:
        self._loading = False  # only now: until the rows are in the table, they are being loaded
        scrolled, fitted = self.table.verticalScrollBar().value(), self.first_screen
        self.apply_filters()
        if fitted:  # the clerk may have scrolled it: the whole read stays there
            self.first_screen = False
            self.table.verticalScrollBar().setValue(scrolled)
        else:  # the first screenful was fitted, on the rows the whole read has on top: the same widths
            self.columns.fit()  # (at 100,000 tasks a fit beside the background's work froze 40-100 ms)
        self.loaded.emit()
        if self._pending:
            self._start_load()

    def apply_filters(self) -> None:
        """Narrow the loaded rows in memory: this runs on every keystroke."""
        if self.first_screen and (self._loading or self.context.ledger is None):
            return  # only a screenful read yet: the whole read applies the filter when it comes
        selected = self.selected_id()
        order = self.model.sort_order()
        rows = self.index.filter(self.current_filter(), self.as_of or date.today(), order)
        self.model.set_rows(rows, ordered=True)
        self.count_label.setText(self.tr("%n item(s)", "", len(rows)))
        if selected is not None and (row := self.index.row_of(selected)) is not None:
            self.table.selectRow(row)  # the filter knows where it put the row: no scan of the rows
        self._update_actions()

    def _failed(self, exc: BaseException | None) -> None:
        self._loading = False
        if exc is not None:  # None: the shared read failed and has said so
            show_error(self, exc)

    def show_filtered(
        self,
        *,
        plan_id: int | None = None,
        node_id: int | None = None,
        light: str | None = None,
        status: str | None = None,
        unit_id: int | None = None,
        unit_name: str = "",
        search: str = "",
        item_id: int | None = None,
    ) -> None:
        """Show what a figure elsewhere (the overview) counts: a plan or section, a light ("red",
        "red+yellow"…), a status, a unit, search words; ``item_id`` is selected once loaded."""
        bar = self.filters
        bar.blockSignals(True)
        bar.clear()
        if unit_id is not None and bar.unit.findData(unit_id) < 0:
            bar.unit.addItem(unit_name or str(unit_id), unit_id)  # the unit list is not loaded yet
        for combo, value in ((bar.unit, unit_id), (bar.light, light), (bar.status, status)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        bar.search.setText(search)
        bar.blockSignals(False)
        self.tree.blockSignals(True)
        if plan_id is None:
            self.tree.setCurrentIndex(QModelIndex())
        else:
            self.tree.select_scope(plan_id, node_id)
        self.tree.blockSignals(False)
        if item_id is not None:

            def select() -> None:
                self.loaded.disconnect(select)
                self.select_id(item_id)

            self.loaded.connect(select)
        self.reload()

    # --- selection --------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        row = self._selected_row()
        return row.id if row is not None else None

    def selected_rows(self) -> list:
        """Every selected row, in the table's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    def select_id(self, item_id: int) -> None:
        row = self.model.row_of_id(item_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        opened = self.context.ledger is not None  # not yet while the first screen shows: nothing to edit
        self.toolbar.setEnabled(opened)
        row = self._selected_row() if opened else None
        rows = self.selected_rows()
        for action in (self.edit_action, self.progress_action, self.delete_action):
            action.setEnabled(row is not None)
        self.close_action.setEnabled(opened and any(r.status == "open" for r in rows))
        self.reopen_action.setEnabled(row is not None and row.status == "closed")
        self.copy_action.setEnabled(bool(rows))
        self.new_action.setEnabled(self.tree.scope() is not None)

    # --- actions ----------------------------------------------------------------------------------

    def _selected_row(self):
        """The row edited, recorded or deleted: the current one when it is selected, else the first."""
        selection = self.table.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            return self.model.row_at(current.row())
        rows = selection.selectedRows()
        return self.model.row_at(min(r.row() for r in rows)) if rows else None

    def new_task(self) -> None:
        from ui.task_editor import TaskEditorDialog

        scope = self.tree.scope()
        if scope is None:
            return
        dialog = TaskEditorDialog(self.context, None, self, plan_id=scope[0], parent_id=scope[1])
        dialog.exec()

    def edit_selected(self) -> None:
        self._open_editor()

    def record_progress(self) -> None:
        self._open_editor(start_tab="progress")

    def _open_editor(self, **options) -> None:
        from ui.task_editor import TaskEditorDialog

        item_id = self.selected_id()
        if item_id is not None:
            TaskEditorDialog(self.context, item_id, self, **options).exec()

    def close_selected(self) -> None:
        """Close (销号) every selected open task."""
        close_rows(self, [r for r in self.selected_rows() if r.status == "open"])

    def reopen_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        apply_op(
            self,
            lambda ledger: tasks().reopen_task(ledger, row.id, row.version),
            self.tr("reopen task"),
            self.tr("Reopened: {title}").format(title=row.title[:30]),
        )

    def delete_selected(self) -> None:
        delete_row(self, self._selected_row())
