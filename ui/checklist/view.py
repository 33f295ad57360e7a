"""The task checklist: the plan tree beside a filtered, sortable table, with edit actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QByteArray, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from services import tasks as task_service
from services.ledger import ChecklistData, load_checklist
from services.ledger_filter import RowFilter, RowIndex
from ui import settings
from ui.checklist.filters import FilterBar
from ui.checklist.model import LedgerTableModel
from ui.checklist.tree import PlanTree
from ui.context import AppContext
from ui.empty_state import NoPlanPage
from ui.errors import show_error


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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((44, 110, 290, 120, 100, 84, 120, 46, 64)):
            self.table.setColumnWidth(column, width)
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
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        # A new sort order is arranged once, on the click, rather than on the next keystroke.
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self.index.prepare(self.model.sort_order())
        )
        context.ledger_changed.connect(self.reload)
        self._restore_layout()
        self._pending = False
        self._loading = False
        self._update_actions()

    # --- layout -----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.new_action = QAction(self.tr("New task"), self, shortcut=QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("Edit…"), self, shortcut=QKeySequence("Return"))
        self.progress_action = QAction(self.tr("Record progress…"), self, shortcut=QKeySequence("Ctrl+P"))
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
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        settings.CHECKLIST_SPLITTER.set(self.splitter.saveState())
        settings.CHECKLIST_HEADER.set(self.table.horizontalHeader().saveState())

    # --- loading ----------------------------------------------------------------------------------

    def current_filter(self) -> RowFilter:
        flt = self.filters.row_filter()
        scope = self.tree.scope()
        if scope is None:
            return flt
        plan_id, node_id = scope
        inside = frozenset(self.tree.subtree_ids(node_id)) if node_id is not None else None
        return replace(flt, plan_id=plan_id, inside=inside)

    def reload(self) -> None:
        """Read the ledger again in the background; while a read runs, one more is queued at most."""
        self._pending = True
        if not self._loading:
            self._start_load()

    def _start_load(self) -> None:
        self._pending = False
        self._loading = True
        ledger, as_of, rule = self.context.ledger, self.as_of or date.today(), self.context.light_rule()
        order = self.model.sort_order()

        def work(_progress):
            with ledger.session_factory() as session:
                data = load_checklist(session, as_of=as_of, rule=rule)
            # The search keys, and the rows in the table's order, are made off the GUI thread too.
            index = RowIndex(data.rows)
            index.prepare(order)
            return data, index

        self.context.runner.run(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[ChecklistData, RowIndex]) -> None:
        self._loading = False
        if self._pending:
            self._start_load()
            return
        data, self.index = result
        self.tree.blockSignals(True)
        self.tree.set_plans([(pid, title, list(nodes)) for pid, title, nodes in data.plans])
        self.tree.blockSignals(False)
        self.filters.set_units(list(data.units))
        self.pages.setCurrentWidget(self.splitter if data.plans else self.empty)
        self.apply_filters()
        self.loaded.emit()

    def apply_filters(self) -> None:
        """Narrow the loaded rows in memory: this runs on every keystroke."""
        selected = self.selected_id()
        order = self.model.sort_order()
        rows = self.index.filter(self.current_filter(), self.as_of or date.today(), order)
        self.model.set_rows(rows, ordered=True)
        self.count_label.setText(self.tr("%n item(s)", "", len(rows)))
        if selected is not None:
            self.select_id(selected)
        self._update_actions()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
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
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_id(self, item_id: int) -> None:
        row = self.model.row_of_id(item_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        row = self._selected_row()
        for action in (self.edit_action, self.progress_action, self.delete_action):
            action.setEnabled(row is not None)
        self.close_action.setEnabled(row is not None and row.status == "open")
        self.reopen_action.setEnabled(row is not None and row.status == "closed")
        self.new_action.setEnabled(self.tree.scope() is not None)

    # --- actions ----------------------------------------------------------------------------------

    def _selected_row(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _apply(self, work, description: str, message: str) -> bool:
        try:
            with self.context.action() as session:
                change_id = work(session)
        except Exception as exc:
            show_error(self, exc)
            self.context.ledger_changed.emit()
            return False
        self.context.push_undo(change_id, description)
        self.context.status_message.emit(message)
        self.context.ledger_changed.emit()
        return True

    def new_task(self) -> None:
        from ui.task_editor import TaskEditorDialog

        scope = self.tree.scope()
        if scope is None:
            return
        dialog = TaskEditorDialog(self.context, None, self, plan_id=scope[0], parent_id=scope[1])
        dialog.exec()

    def edit_selected(self) -> None:
        from ui.task_editor import TaskEditorDialog

        item_id = self.selected_id()
        if item_id is not None:
            TaskEditorDialog(self.context, item_id, self).exec()

    def record_progress(self) -> None:
        from ui.task_editor import TaskEditorDialog

        item_id = self.selected_id()
        if item_id is not None:
            TaskEditorDialog(self.context, item_id, self, start_tab="progress").exec()

    def close_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        self._apply(
            lambda s: task_service.close_task(s, row.id, row.version),
            self.tr("close task"),
            self.tr("Closed: {title}").format(title=row.title[:30]),
        )

    def reopen_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        self._apply(
            lambda s: task_service.reopen_task(s, row.id, row.version),
            self.tr("reopen task"),
            self.tr("Reopened: {title}").format(title=row.title[:30]),
        )

    def delete_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete task"),
            self.tr("Delete “{title}” with its progress history?\nYou can undo this with Ctrl+Z.").format(
                title=row.title[:60]
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._apply(
            lambda s: task_service.delete_task(s, row.id, row.version),
            self.tr("delete task"),
            self.tr("Deleted: {title} (Ctrl+Z to undo)").format(title=row.title[:30]),
        )
