"""The task editor: details and owners, targets, progress history, attachments and change history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import tasks as task_service
from services.errors import EditConflict, InvalidValue, NotFound
from services.task_detail import TaskDetail, load_detail
from ui.context import AppContext
from ui.errors import show_error
from ui.task_tabs import AttachmentsTab, HistoryTab, ProgressTab

UNIT_SEPARATORS = "、，,；; "


def split_units(text: str) -> tuple[str, ...]:
    for sep in UNIT_SEPARATORS[1:]:
        text = text.replace(sep, "、")
    return tuple(part for part in (p.strip() for p in text.split("、")) if part)


def parse_number(text: str, label: str) -> float | None:
    text = text.strip().replace("，", "").replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError as exc:
        raise InvalidValue(f"“{label}”应填数字，填写的是“{text}”。") from exc


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
        self.setWindowTitle(self.tr("New task") if item_id is None else self.tr("Edit task"))
        self.resize(820, 620)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.targets = QTableWidget(0, 4, self)
        self.targets.setHorizontalHeaderLabels(
            [self.tr("Target"), self.tr("Quantity"), self.tr("Unit"), self.tr("Done")]
        )
        self.targets.horizontalHeader().setStretchLastSection(False)
        self.targets.setColumnWidth(0, 420)
        self.progress_tab = ProgressTab(context, self)
        self.attachments_tab = AttachmentsTab(context, self)
        self.history_tab = HistoryTab(self)
        if item_id is not None:
            self.tabs.addTab(self.targets, self.tr("Targets"))
            self.tabs.addTab(self.progress_tab, self.tr("Progress"))
            self.tabs.addTab(self.attachments_tab, self.tr("Attachments"))
            self.tabs.addTab(self.history_tab, self.tr("Change history"))
            self.progress_tab.recorded.connect(self.refresh)
            self.attachments_tab.changed.connect(self.refresh)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.refresh()
        if start_tab == "progress" and item_id is not None:
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
        for edit in (self.lead, self.co):
            edit.setPlaceholderText(self.tr("Separate several units with 、"))
        form.addRow(self.tr("No."), self.number)
        form.addRow(self.tr("Task"), self.title_edit)
        form.addRow(self.tr("Full text"), self.text)
        form.addRow(self.tr("Domain"), self.domain)
        form.addRow(self.tr("Due"), due_row)
        form.addRow(self.tr("Lead units"), self.lead)
        form.addRow(self.tr("Co-responsible units"), self.co)
        return page

    def refresh(self) -> None:
        if self.item_id is None:
            self.no_due.setChecked(True)
            return
        try:
            self.detail = load_detail(
                self.context.ledger, self.item_id, self.context.data_dir, self.context.light_rule()
            )
        except Exception as exc:
            show_error(self, exc)
            return
        if self.detail is None:
            show_error(self, NotFound("这个任务已被删除。"))
            self.reject()
            return
        row = self.detail.row
        self.number.setText(row.number or "")
        self.title_edit.setText(row.title)
        self.text.setPlainText(row.text or "")
        self.domain.setText(row.domain or "")
        self.no_due.setChecked(row.due is None or row.recurring == "yearly")
        if row.due:
            self.due.setDate(QDate(row.due.year, row.due.month, row.due.day))
        self.lead.setText("、".join(row.lead_units))
        self.co.setText("、".join(row.co_units))
        self.targets.setRowCount(0)
        for target in row.targets:
            self._add_target_row(target.id, target.text, target.quantity, target.unit, target.done)
        self._add_target_row(None, "", None, None, None)
        self.progress_tab.show_task(self.item_id, self.detail.progress)
        self.attachments_tab.show_task(self.item_id, self.detail.attachments)
        self.history_tab.show_changes(self.detail.changes)

    def _add_target_row(self, target_id, text, quantity, unit, done) -> None:
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
        for row in range(self.targets.rowCount()):
            cells = [self.targets.item(row, c).text() if self.targets.item(row, c) else "" for c in range(4)]
            target_id = (
                self.targets.item(row, 0).data(Qt.ItemDataRole.UserRole)
                if self.targets.item(row, 0)
                else None
            )
            if target_id is None and not any(cell.strip() for cell in cells):
                continue
            yield (
                target_id,
                cells[0].strip(),
                parse_number(cells[1], self.tr("Quantity")),
                cells[2].strip() or None,
                parse_number(cells[3], self.tr("Done")),
            )

    def save(self) -> None:
        changes = self._changes()
        try:
            with self.context.action() as session:
                if self.item_id is None:
                    draft = task_service.TaskDraft(**changes)
                    new_id = task_service.create_task(session, self.plan_id, self.parent_id, draft)
                    change_id = None
                else:
                    version = self.detail.row.version if self.detail else None
                    change_id = task_service.edit_task(session, self.item_id, version, **changes)
                    for target_id, text, quantity, unit, done in list(self._target_rows()):
                        task_service.set_target(
                            session,
                            self.item_id,
                            target_id,
                            text=text,
                            quantity=quantity,
                            unit=unit,
                            done=done,
                        )
        except Exception as exc:
            show_error(self, exc)
            if isinstance(exc, EditConflict):
                self.refresh()
            return
        if change_id is not None:
            self.context.push_undo(change_id, self.tr("edit task"))
            self.context.status_message.emit(self.tr("Saved: {title}").format(title=changes["title"][:30]))
        else:
            self.context.status_message.emit(self.tr("Task created (No. {id})").format(id=new_id))
        self.context.ledger_changed.emit()
        self.accept()
