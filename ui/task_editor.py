"""The task editor: details and owners, targets, progress history, attachments and change history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.errors import EditConflict, InvalidValue, NotFound
from services.ledger import tasks as task_service
from services.ledger.progress import ProgressReport
from services.ledger.task_detail import TaskDetail, load_detail
from services.operations.tasks import TaskSave, save_task
from ui.context import AppContext
from ui.errors import show_error
from ui.form_input import ask, check_the_figures, parse_number, split_units
from ui.ops import CollectionOp
from ui.screen_fit import fit_to_screen, scrolling
from ui.task_history import HistoryTab
from ui.task_tabs import AttachmentsTab, ProgressTab
from ui.unit_completer import UnitListCompleter


class TaskEditorDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        item_id: int | None,
        parent: QWidget | None = None,
        *,
        plan_id: int | None = None,
        parent_id: int | None = None,
        start_tab: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id = item_id
        self.plan_id = plan_id
        self.parent_id = parent_id
        self.detail: TaskDetail | None = None
        # What the form showed when loaded, to tell typed-but-unsaved input from the stored task.
        self._loaded: tuple[dict, list[list[str]]] | None = None
        self.setWindowTitle(self.tr("New task") if item_id is None else self.tr("Edit task"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        # Targets, progress, attachments and history hang on the task's id: a new task gets them once saved.
        self.targets: QTableWidget | None = None
        self.progress_tab: ProgressTab | None = None
        self.attachments_tab: AttachmentsTab | None = None
        self.history_tab: HistoryTab | None = None
        if item_id is not None:
            self._build_item_tabs()
        self.buttons = buttons = QDialogButtonBox(  # disabled while a save runs (ui/ops.py busy)
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The tabs scroll on a small screen; Save and Cancel stay in view below them.
        layout.addWidget(scrolling(self.tabs, self))
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(820, 620))
        self.refresh()
        if start_tab == "progress" and self.progress_tab is not None:
            self.tabs.setCurrentWidget(self.progress_tab)

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.number = QLineEdit(page)
        self.title_edit = QLineEdit(page)
        self.text = QPlainTextEdit(page)
        self.domain = QLineEdit(page)
        self.due = QDateEdit(page)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate())
        self.no_due = QCheckBox(self.tr("No fixed due date"), page)
        self.no_due.toggled.connect(lambda checked: self.due.setEnabled(not checked))
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.no_due)
        due_row.addStretch(1)
        self.lead = QLineEdit(page)
        self.co = QLineEdit(page)
        names = self._unit_names()
        for edit in (self.lead, self.co):
            edit.setPlaceholderText(self.tr("Separate several units with 、"))
            edit.setCompleter(UnitListCompleter(names, edit))
        form.addRow(self.tr("No."), self.number)
        form.addRow(self.tr("Task"), self.title_edit)
        form.addRow(self.tr("Full text"), self.text)
        form.addRow(self.tr("Domain"), self.domain)
        form.addRow(self.tr("Due"), due_row)
        form.addRow(self.tr("Lead units"), self.lead)
        form.addRow(self.tr("Co-responsible units"), self.co)
        return page

    def _unit_names(self) -> list[str]:
        from services.units.registry import unit_names

        with self.context.read() as session:
            return unit_names(session)

    def _build_item_tabs(self) -> None:
        page = QWidget(self.tabs)
        self.targets = QTableWidget(0, 4, page)
        self.targets.setHorizontalHeaderLabels(
            [self.tr("Target"), self.tr("Quantity"), self.tr("Unit"), self.tr("Done")]
        )
        header = self.targets.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.targets.setColumnWidth(column, 110)
        self.targets.itemChanged.connect(self._keep_blank_target_row)
        hint = QLabel(self.tr("To add a target, fill in the empty last row (marked +)."), page)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.targets)
        page_layout.addWidget(hint)
        self.tabs.addTab(page, self.tr("Targets"))
        self.progress_tab = ProgressTab(self.context, self.tabs)
        self.attachments_tab = AttachmentsTab(self.context, self.tabs)
        self.history_tab = HistoryTab(self.tabs)
        from ui.milestones_tab import MilestonesTab
        from ui.supervision_tab import SupervisionTab

        self.milestones_tab = MilestonesTab(self.context, self.tabs)
        # 督办: number, source, leader, 交办 → 签收 → 反馈 → 办结
        self.supervision_tab = SupervisionTab(self.context, self.tabs)
        self.tabs.addTab(self.progress_tab, self.tr("Progress"))
        self.tabs.addTab(self.milestones_tab, self.tr("Milestones"))
        self.tabs.addTab(self.supervision_tab, self.tr("Supervision"))
        self.tabs.addTab(self.attachments_tab, self.tr("Attachments"))
        self.tabs.addTab(self.history_tab, self.tr("Change history"))
        self.progress_tab.recorded.connect(lambda: self.refresh(keep_typed=True))
        self.attachments_tab.changed.connect(lambda: self.refresh(keep_typed=True))
        self.milestones_tab.changed.connect(lambda: self.refresh(keep_typed=True))
        self.supervision_tab.changed.connect(lambda: self.refresh(keep_typed=True))

    def refresh(self, keep_typed: bool = False) -> None:
        """Load the task; with keep_typed (after the user's own progress report or attachment, which bump
        the task's version) unsaved details and targets stay as typed."""
        if self.item_id is None:
            self.no_due.setChecked(True)
            self._loaded = self._form_state()
            return
        try:
            self.detail = load_detail(
                self.context.ledger, self.item_id, self.context.attachments_base, self.context.light_rule()
            )
        except Exception as exc:
            show_error(self, exc)
            return
        if self.detail is None:
            show_error(self, NotFound("这个任务已被删除。"))
            QDialog.reject(self)  # nothing left to save, so nothing to ask about
            return
        if not (keep_typed and self._has_unsaved_edits()):
            self._fill(self.detail.row)
            self._loaded = self._form_state()
        self.progress_tab.show_task(self.item_id, self.detail.progress)
        self.attachments_tab.show_task(self.item_id, self.detail.attachments)
        self.milestones_tab.show_task(self.item_id, self.detail.milestones)
        self.supervision_tab.show_task(self.item_id)
        self.history_tab.show_changes(self.detail.changes)

    def _fill(self, row) -> None:
        for edit, value in (
            (self.number, row.number),
            (self.title_edit, row.title),
            (self.domain, row.domain),
            (self.lead, "、".join(row.lead_units)),
            (self.co, "、".join(row.co_units)),
        ):
            edit.setText(value or "")
            edit.setCursorPosition(0)  # the start of a long title, not its tail
        self.text.setPlainText(row.text or "")
        self.no_due.setChecked(row.due is None or row.recurring == "yearly")
        if row.due:
            self.due.setDate(QDate(row.due.year, row.due.month, row.due.day))
        self.targets.blockSignals(True)
        self.targets.setRowCount(0)
        for target in row.targets:
            self._add_target_row(target.id, target.text, target.quantity, target.unit, target.done)
        self.targets.blockSignals(False)
        self._add_target_row(None, "", None, None, None)

    def _add_target_row(self, target_id, text, quantity, unit, done) -> None:
        self.targets.blockSignals(True)
        row = self.targets.rowCount()
        self.targets.insertRow(row)
        cells = [
            text or "",
            "" if quantity is None else f"{quantity:g}",
            unit or "",
            "" if done is None else f"{done:g}",
        ]
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, target_id)
            self.targets.setItem(row, column, item)
        self.targets.setVerticalHeaderItem(row, QTableWidgetItem("+" if target_id is None else str(row + 1)))
        self.targets.blockSignals(False)

    def _keep_blank_target_row(self, item: QTableWidgetItem) -> None:
        """Once the blank row gets text it is a new target; another blank row takes its place."""
        if item.row() == self.targets.rowCount() - 1 and item.text().strip():
            self.targets.setVerticalHeaderItem(item.row(), QTableWidgetItem(str(item.row() + 1)))
            self._add_target_row(None, "", None, None, None)

    def _target_cells(self) -> list[list[str]]:
        if self.targets is None:
            return []
        return [
            [self.targets.item(r, c).text() if self.targets.item(r, c) else "" for c in range(4)]
            for r in range(self.targets.rowCount())
        ]

    def _form_state(self) -> tuple[dict, list[list[str]]]:
        return self._changes(), self._target_cells()

    def _has_unsaved_edits(self) -> bool:
        return self._loaded is not None and self._form_state() != self._loaded

    def _changes(self) -> dict:
        due = None
        if not self.no_due.isChecked():
            qdate = self.due.date()
            due = date(qdate.year(), qdate.month(), qdate.day())
        return {
            "number": self.number.text().strip() or None,
            "title": self.title_edit.text().strip(),
            "text": self.text.toPlainText().strip() or None,
            "domain": self.domain.text().strip() or None,
            "due_on": due,
            "lead_units": split_units(self.lead.text()),
            "co_units": split_units(self.co.text()),
        }

    def _target_rows(self):
        """The targets whose row differs from what was loaded (new rows included)."""
        loaded = self._loaded[1] if self._loaded else []
        for row, cells in enumerate(self._target_cells()):
            if row < len(loaded) and cells == loaded[row]:
                continue
            item = self.targets.item(row, 0)
            target_id = item.data(Qt.ItemDataRole.UserRole) if item else None
            if target_id is None and not any(cell.strip() for cell in cells):
                continue
            yield (
                target_id,
                cells[0].strip(),
                parse_number(cells[1], self.tr("Quantity")),
                cells[2].strip() or None,
                parse_number(cells[3], self.tr("Done")),
            )

    def _progress_to_record(self) -> tuple[bool, ProgressReport | None]:
        """Whether to go on saving, and the typed progress report to record with this save, if any."""
        if self.progress_tab is None or not self.progress_tab.has_input():
            return True, None
        choice = ask(
            self,
            self.tr("Progress not recorded"),
            self.tr("The Progress tab holds a report you have not recorded. Record it with this save?"),
            (
                (self.tr("Record and save"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Discard this progress"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
            ),
        )
        if choice != 0:
            return choice == 1, None
        try:
            report = self.progress_tab.report()
            return (True, report) if self.progress_tab.confirmed(report) else (False, None)
        except InvalidValue as exc:
            self.tabs.setCurrentWidget(self.progress_tab)
            show_error(self, exc)
            return False, None

    def _targets_confirmed(self) -> bool:
        """Done above a target is asked about, as the returns import warns about it."""
        try:
            edits = [task_service.TargetEdit(*row) for row in self._target_rows()]
            with self.context.read() as session:
                warnings = task_service.target_warnings(session, edits)
        except Exception as exc:
            show_error(self, exc)
            return False
        return not warnings or check_the_figures(self, warnings, self.tr("Save anyway"))

    def save(self) -> None:
        go_on, report = self._progress_to_record()
        if not go_on:
            return
        changes = self._changes()
        edited = self._loaded is None or changes != self._loaded[0]
        if self.item_id is not None and not self._targets_confirmed():
            return
        try:
            targets = (
                [] if self.item_id is None else [task_service.TargetEdit(*row) for row in self._target_rows()]
            )
        except Exception as exc:
            show_error(self, exc)
            return
        save = TaskSave(
            plan_id=self.plan_id,
            item_id=self.item_id,
            fields=changes,
            parent_id=self.parent_id,
            version=self.detail.row.version if self.detail else None,
            edited=edited,
            targets=targets,
            report=report,
        )

        def saved(done) -> None:
            # Each part its own Ctrl+Z step, named as the history names it.
            if done.value.edit_id is not None:
                self.context.push_undo(done.value.edit_id, self.tr("edit task"))
            if done.value.progress_id is not None:
                self.context.push_undo(
                    done.value.progress_id, QCoreApplication.translate("ProgressTab", "record progress")
                )
            if done.value.new_id is not None:
                self.context.status_message.emit(
                    self.tr("Task created (No. {id})").format(id=done.value.new_id)
                )
            else:
                self.context.status_message.emit(
                    self.tr("Saved: {title}").format(title=changes["title"][:30])
                )
            self.accept()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            if isinstance(exc, EditConflict):
                self.refresh()

        CollectionOp(self, lambda ledger: save_task(ledger, save)).busy(self.buttons).success(saved).failure(
            failed
        ).run_in_background()

    def reject(self) -> None:
        """Cancel, Escape and the close button: ask before typed input is thrown away."""
        lost = []
        if self.progress_tab is not None and self.progress_tab.has_input():
            lost.append(self.tr("The progress report you typed has not been recorded."))
        if self._has_unsaved_edits():
            lost.append(self.tr("Your changes to this task have not been saved."))
        if lost and self.isVisible():
            choice = ask(
                self,
                self.tr("Discard unsaved input?"),
                "\n".join(lost),
                (
                    (self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole),
                    (self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole),
                ),
            )
            if choice != 1:
                return
        super().reject()
