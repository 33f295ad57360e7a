"""Tabs of the task editor that act on their own: record progress, attachments, change history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.attachments import AttachmentView, add_attachment, remove_attachment
from services.changelog import ChangeView, history
from services.progress import ProgressReport, ProgressView, record_progress
from ui.context import AppContext
from ui.errors import show_error

NO_PROGRESS = -1


def _number(text: str) -> float | None:
    from ui.task_editor import parse_number

    return parse_number(text, "数量")


class ProgressTab(QWidget):
    """The history of dated reports (newest first) and a form to add one; history is never edited."""

    recorded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: int | None = None
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Progress"),
                self.tr("Done (period / total)"),
                self.tr("Situation"),
                self.tr("Problems"),
                self.tr("Recorded by"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setColumnWidth(3, 260)
        box = QGroupBox(self.tr("Record progress"), self)
        form = QFormLayout(box)
        self.reported_on = QDateEdit(QDate.currentDate(), box)
        self.reported_on.setCalendarPopup(True)
        self.reported_on.setDisplayFormat("yyyy-MM-dd")
        self.percent = QSpinBox(box)
        self.percent.setRange(NO_PROGRESS, 100)
        self.percent.setSpecialValueText(self.tr("not given"))
        self.percent.setSuffix("%")
        self.percent.setValue(NO_PROGRESS)
        self.done_period = QLineEdit(box)
        self.done_total = QLineEdit(box)
        self.situation = QLineEdit(box)
        self.problems = QLineEdit(box)
        self.next_steps = QLineEdit(box)
        self.record_button = QPushButton(self.tr("Record"), box)
        self.record_button.clicked.connect(self.record)
        form.addRow(self.tr("Date"), self.reported_on)
        form.addRow(self.tr("Progress"), self.percent)
        form.addRow(self.tr("Done this period"), self.done_period)
        form.addRow(self.tr("Done in total"), self.done_total)
        form.addRow(self.tr("Situation"), self.situation)
        form.addRow(self.tr("Problems"), self.problems)
        form.addRow(self.tr("Next steps"), self.next_steps)
        form.addRow("", self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)

    def show_task(self, item_id: int, history: tuple[ProgressView, ...]) -> None:
        self.item_id = item_id
        self.table.setRowCount(len(history))
        for row, entry in enumerate(history):
            done = "/".join(
                "—" if v is None else f"{v:g}" for v in (entry.done_this_period, entry.done_total)
            )
            values = [
                entry.reported_on.isoformat(),
                "—" if entry.progress is None else f"{entry.progress}%",
                done,
                entry.situation or "",
                entry.problems or "",
                entry.recorded_by,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def record(self) -> None:
        if self.item_id is None:
            return
        day = self.reported_on.date()
        try:
            report = ProgressReport(
                reported_on=date(day.year(), day.month(), day.day()),
                progress=None if self.percent.value() == NO_PROGRESS else self.percent.value(),
                done_this_period=_number(self.done_period.text()),
                done_total=_number(self.done_total.text()),
                situation=self.situation.text().strip() or None,
                problems=self.problems.text().strip() or None,
                next_steps=self.next_steps.text().strip() or None,
            )
            with self.context.action() as session:
                record_progress(session, self.item_id, report)
                change_id = history(session, "task", self.item_id)[0].id
        except Exception as exc:
            show_error(self, exc)
            return
        self.context.push_undo(change_id, self.tr("record progress"))
        self.context.status_message.emit(self.tr("Progress recorded."))
        for edit in (self.done_period, self.done_total, self.situation, self.problems, self.next_steps):
            edit.clear()
        self.percent.setValue(NO_PROGRESS)
        self.context.ledger_changed.emit()
        self.recorded.emit()


class AttachmentsTab(QWidget):
    """Evidence files; drop files here or add them with the button."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: int | None = None
        self.setAcceptDrops(True)
        self.files = QListWidget(self)
        self.files.itemDoubleClicked.connect(self._open)
        add = QPushButton(self.tr("Add files…"), self)
        remove = QPushButton(self.tr("Remove"), self)
        open_button = QPushButton(self.tr("Open"), self)
        add.clicked.connect(self._choose)
        remove.clicked.connect(self._remove)
        open_button.clicked.connect(lambda: self._open(self.files.currentItem()))
        buttons = QHBoxLayout()
        for button in (add, open_button, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files)
        layout.addLayout(buttons)

    def show_task(self, item_id: int, attachments: tuple[AttachmentView, ...]) -> None:
        self.item_id = item_id
        self.files.clear()
        for a in attachments:
            item = QListWidgetItem(
                f"{a.file_name}    {a.size // 1024 + 1} KB    {a.added_by} {a.added_at:%Y-%m-%d}"
            )
            item.setData(256, a.id)
            item.setData(257, str(a.path))
            self.files.addItem(item)

    def add_files(self, paths: list[Path]) -> None:
        if self.item_id is None or not paths:
            return
        try:
            with self.context.action() as session:
                for path in paths:
                    add_attachment(session, self.item_id, path, self.context.data_dir)
        except Exception as exc:
            show_error(self, exc)
            return
        self.context.status_message.emit(self.tr("%n file(s) attached.", "", len(paths)))
        self.changed.emit()

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        self.add_files([Path(n) for n in names])

    def _remove(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        try:
            with self.context.action() as session:
                remove_attachment(session, item.data(256))
        except Exception as exc:
            show_error(self, exc)
            return
        self.changed.emit()

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(257)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])


ACTION_LABELS = {
    "create": "新建",
    "edit": "修改",
    "close": "办结",
    "reopen": "重新打开",
    "delete": "删除",
    "undo": "撤销",
    "progress": "记录进展",
    "attach": "添加附件",
    "detach": "移除附件",
}


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_changes(self, changes: tuple[ChangeView, ...]) -> None:
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            details = "；".join(
                f"{key}: {change.before.get(key, '')} → {value}" for key, value in change.after.items()
            )
            values = [
                f"{change.at:%Y-%m-%d %H:%M}",
                change.who,
                ACTION_LABELS.get(change.action, change.action),
                details,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
