"""Tabs of the task editor that act on their own: record progress and attachments (ui/task_history.py
has the change history)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.ledger.attachments import AttachmentView, attachment_file
from services.ledger.progress import ProgressReport, ProgressView, progress_warnings
from services.operations import task_parts, tasks
from ui.context import AppContext
from ui.errors import show_error
from ui.form_input import check_the_figures, parse_number
from ui.ops import CollectionOp

NO_PROGRESS = -1


# Columns of long text: they take the spare width, and their cells carry the whole text as a tooltip.
TEXT_COLUMNS = (3, 4, 5)


def _number(text: str, label: str) -> float | None:
    return parse_number(text, label)


def _paragraph_edit(parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    margins = 2 * (edit.frameWidth() + int(edit.document().documentMargin()))
    edit.setFixedHeight(3 * edit.fontMetrics().lineSpacing() + margins)
    return edit


def _cell(text: str) -> QTableWidgetItem:
    """One line of the text in the cell, all of it in the tooltip."""
    item = QTableWidgetItem(" ".join(text.split()) if "\n" in text else text)
    if text:
        item.setToolTip(text)
    return item


def read_only_table(table: QTableWidget, *, stretch: tuple[int, ...]) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)


class ProgressTab(QWidget):
    """The history of dated reports (newest first) and a form to add one; history is never edited."""

    recorded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: int | None = None
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Progress"),
                self.tr("Done (period / total)"),
                self.tr("Situation"),
                self.tr("Problems"),
                self.tr("Next steps"),
                self.tr("Recorded by"),
            ]
        )
        read_only_table(self.table, stretch=TEXT_COLUMNS)
        box = QGroupBox(self.tr("Record progress"), self)
        grid = QGridLayout(box)
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
        # Units report paragraphs, not phrases: three visible lines each.
        self.situation, self.problems, self.next_steps = (_paragraph_edit(box) for _ in range(3))
        self.record_button = QPushButton(self.tr("Record"), box)
        self.record_button.clicked.connect(self.record)
        pairs = (
            (self.tr("Date"), self.reported_on, self.tr("Progress"), self.percent),
            (self.tr("Done this period"), self.done_period, self.tr("Done in total"), self.done_total),
        )
        for row, (label, edit, label2, edit2) in enumerate(pairs):
            grid.addWidget(QLabel(label, box), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(QLabel(label2, box), row, 2)
            grid.addWidget(edit2, row, 3)
        texts = ((self.tr("Situation"), self.situation), (self.tr("Problems"), self.problems))
        for row, (label, edit) in enumerate((*texts, (self.tr("Next steps"), self.next_steps)), start=2):
            grid.addWidget(QLabel(label, box), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(edit, row, 1, 1, 3)
        grid.addWidget(self.record_button, 5, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        from ui.progress_corrections import EntryActions

        self.entry_actions = EntryActions(context, self.table, self)
        self.entry_actions.changed.connect(self.recorded)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.entry_actions)
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
                entry.next_steps or "",
                entry.recorded_by,
            ]
            for column, value in enumerate(values):
                cell = _cell(value)
                if entry.voided is not None:  # struck through and greyed: it stays, it no longer counts
                    font = cell.font()
                    font.setStrikeOut(True)
                    cell.setFont(font)
                    cell.setForeground(QColor("#888888"))
                    cell.setToolTip(self.tr("Void: %1").replace("%1", entry.voided))
                elif entry.corrects_id is not None and column == 0:
                    cell.setToolTip(self.tr("Correction of an earlier entry"))
                self.table.setItem(row, column, cell)
        self.entry_actions.show_history(history)

    def has_input(self) -> bool:
        """Whether the form holds a report that Record has not stored yet (the date alone is no report)."""
        edits = (self.done_period, self.done_total)
        texts = (self.situation, self.problems, self.next_steps)
        return (
            self.percent.value() != NO_PROGRESS
            or any(e.text().strip() for e in edits)
            or any(t.toPlainText().strip() for t in texts)
        )

    def report(self) -> ProgressReport:
        """The typed report; raises InvalidValue for a figure that is not a number."""
        day = self.reported_on.date()
        return ProgressReport(
            reported_on=date(day.year(), day.month(), day.day()),
            progress=None if self.percent.value() == NO_PROGRESS else self.percent.value(),
            done_this_period=_number(self.done_period.text(), self.tr("Done this period")),
            done_total=_number(self.done_total.text(), self.tr("Done in total")),
            situation=self.situation.toPlainText().strip() or None,
            problems=self.problems.toPlainText().strip() or None,
            next_steps=self.next_steps.toPlainText().strip() or None,
        )

    def record(self) -> None:
        if self.item_id is None:
            return
        try:
            report = self.report()
            if not self.confirmed(report):
                return
        except Exception as exc:
            show_error(self, exc)
            return
        item_id = self.item_id

        def done(_done) -> None:
            self.context.status_message.emit(self.tr("Progress recorded."))
            self.clear_form()
            self.recorded.emit()

        CollectionOp(self, lambda ledger: tasks.record_task_progress(ledger, item_id, report)).undo(
            self.tr("record progress")
        ).busy(self.record_button).success(done).run_in_background()

    def confirmed(self, report: ProgressReport) -> bool:
        """The same checks as the returns import (over target, a falling cumulative figure): the clerk
        decides, knowing. True when nothing is odd or the clerk records it anyway."""
        if self.item_id is None:
            return True
        with self.context.read() as session:
            warnings = progress_warnings(session, self.item_id, report)
        return not warnings or check_the_figures(self, warnings, self.tr("Record anyway"))

    def clear_form(self) -> None:
        for edit in (self.done_period, self.done_total, self.situation, self.problems, self.next_steps):
            edit.clear()
        self.percent.setValue(NO_PROGRESS)


class AttachmentsTab(QWidget):
    """Evidence files; drop files here or add them with the button."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: int | None = None
        self.setAcceptDrops(True)
        self.files = QTableWidget(0, 4, self)
        self.files.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("Added by"), self.tr("Added on")]
        )
        read_only_table(self.files, stretch=(0,))
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.itemDoubleClicked.connect(lambda item: self._open(item.row()))
        add = QPushButton(self.tr("Add files…"), self)
        self.empty_hint = QLabel(
            self.tr("No attachments yet. Drop files here, or click “{button}”.").format(button=add.text()),
            self,
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        remove = QPushButton(self.tr("Remove"), self)
        open_button = QPushButton(self.tr("Open"), self)
        add.clicked.connect(self._choose)
        remove.clicked.connect(self._remove)
        open_button.clicked.connect(lambda: self._open(self.files.currentRow()))
        buttons = QHBoxLayout()
        for button in (add, open_button, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        place = context.attachment_place()
        # A server ledger without a shared attachments folder: say where the files go and who cannot see them.
        self.local_note = QLabel(
            self.tr(
                "Files added here are kept on this PC only ({folder}): other PCs using this database cannot"
                " open them. To share them, set a shared attachments folder in Settings."
            ).format(folder=place.folder),
            self,
        )
        self.local_note.setWordWrap(True)
        self.local_note.setStyleSheet("color: #8a6d3b;")
        self.local_note.setVisible(not place.shared)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local_note)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.empty_hint, 1)
        layout.addLayout(buttons)
        self.empty_hint.hide()

    def show_task(self, item_id: int, attachments: tuple[AttachmentView, ...]) -> None:
        self.item_id = item_id
        self.files.setRowCount(len(attachments))
        for row, a in enumerate(attachments):
            size = f"{a.size / 1048576:.1f} MB" if a.size >= 1048576 else f"{max(1, round(a.size / 1024))} KB"
            for column, value in enumerate((a.file_name, size, a.added_by, f"{a.added_at:%Y-%m-%d %H:%M}")):
                self.files.setItem(row, column, _cell(value))
            self.files.item(row, 0).setData(Qt.ItemDataRole.UserRole, (a.id, str(a.path)))
        self.files.setVisible(bool(attachments))
        self.empty_hint.setVisible(not attachments)

    def add_files(self, paths: list[Path]) -> None:
        if self.item_id is None or not paths:
            return
        item_id, base = self.item_id, self.context.attachments_base

        def done(_done) -> None:
            self.context.status_message.emit(self.tr("%n file(s) attached.", "", len(paths)))
            self.changed.emit()

        CollectionOp(self, lambda ledger: task_parts.add_attachments(ledger, item_id, paths, base)).success(
            done
        ).run_in_background()

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        self.add_files([Path(n) for n in names])

    def _attachment(self, row: int) -> tuple[int, str] | None:
        item = self.files.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _remove(self) -> None:
        attachment = self._attachment(self.files.currentRow())
        if attachment is None:
            return
        CollectionOp(self, lambda ledger: task_parts.remove_attachment(ledger, attachment[0])).success(
            lambda _done: self.changed.emit()
        ).run_in_background()

    def _open(self, row: int) -> None:
        attachment = self._attachment(row)
        if attachment is None:
            return
        try:  # the file is checked first: inside the attachments folder, and the content recorded
            with self.context.read() as session:
                path = attachment_file(session, attachment[0], self.context.attachments_base)
        except Exception as exc:
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
