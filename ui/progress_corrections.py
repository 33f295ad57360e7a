"""Correct or void a progress entry of the task's history, with a reason (留痕).

The history itself is never edited: a voided entry stays, struck through, with who, when and why; a
correction is a new entry that replaces it (services/ledger/corrections.py). Both can be undone like
any edit while nothing newer touched the task.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from services.ledger.progress import ProgressReport, ProgressView
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp

NO_PROGRESS = -1


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class CorrectionDialog(QDialog):
    """The entry's figures to correct, and why."""

    def __init__(self, entry: ProgressView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Correct a progress entry"))
        self.percent = QSpinBox(self)
        self.percent.setRange(NO_PROGRESS, 100)
        self.percent.setSpecialValueText(self.tr("not given"))
        self.percent.setSuffix("%")
        self.percent.setValue(NO_PROGRESS if entry.progress is None else entry.progress)
        self.done_period = QLineEdit(_figure(entry.done_this_period), self)
        self.done_total = QLineEdit(_figure(entry.done_total), self)
        self.situation = QPlainTextEdit(entry.situation or "", self)
        self.problems = QPlainTextEdit(entry.problems or "", self)
        self.next_steps = QPlainTextEdit(entry.next_steps or "", self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. the unit reported 6 instead of 60; checked by phone"))
        form = QFormLayout(self)
        form.addRow(self.tr("Progress"), self.percent)
        form.addRow(self.tr("Done this period"), self.done_period)
        form.addRow(self.tr("Done in total"), self.done_total)
        form.addRow(self.tr("Situation"), self.situation)
        form.addRow(self.tr("Problems"), self.problems)
        form.addRow(self.tr("Next steps"), self.next_steps)
        form.addRow(self.tr("Reason for the correction"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save correction"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def report(self) -> ProgressReport:
        from ui.form_input import parse_number

        return ProgressReport(
            reported_on=self.entry.reported_on,
            progress=None if self.percent.value() == NO_PROGRESS else self.percent.value(),
            done_this_period=parse_number(self.done_period.text(), self.tr("Done this period")),
            done_total=parse_number(self.done_total.text(), self.tr("Done in total")),
            situation=self.situation.toPlainText().strip() or None,
            problems=self.problems.toPlainText().strip() or None,
            next_steps=self.next_steps.toPlainText().strip() or None,
        )


class EntryActions(QWidget):
    """Correct… and Void… for the entry selected in the history table."""

    changed = Signal()

    def __init__(self, context: AppContext, table: QTableWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = table
        self.history: tuple[ProgressView, ...] = ()
        self.correct_button = QPushButton(self.tr("Correct entry…"), self)
        self.correct_button.setToolTip(
            self.tr("Replace the selected entry by a corrected one, with a reason")
        )
        self.void_button = QPushButton(self.tr("Void entry…"), self)
        self.void_button.setToolTip(
            self.tr("Mark the selected entry as void, with a reason; it stays in the history")
        )
        self.correct_button.clicked.connect(self.correct)
        self.void_button.clicked.connect(self.void)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.correct_button)
        layout.addWidget(self.void_button)
        table.itemSelectionChanged.connect(self._update)
        self._update()

    def show_history(self, history: tuple[ProgressView, ...]) -> None:
        self.history = history
        self._update()

    def selected(self) -> ProgressView | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.history) or not self.table.selectionModel().hasSelection():
            return None
        return self.history[row]

    def _update(self) -> None:
        entry = self.selected()
        usable = entry is not None and entry.voided is None
        self.correct_button.setEnabled(usable)
        self.void_button.setEnabled(usable)

    def void(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void a progress entry"),
            self.tr("Why is the entry of %1 void? (kept in the history and the ledger's trace)").replace(
                "%1", entry.reported_on.isoformat()
            ),
        )
        if not ok:
            return
        from services.operations.task_parts import void_progress_entry

        entry_id = entry.id
        CollectionOp(self, lambda ledger: void_progress_entry(ledger, entry_id, reason)).undo(
            self.tr("void progress entry")
        ).success(self._done).run_in_background()

    def correct(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        from services.operations.task_parts import correct_progress_entry

        dialog, entry_id = CorrectionDialog(entry, self), entry.id

        def again(exc: BaseException) -> None:
            show_error(self, exc)  # the dialog comes back, with what was typed
            ask()

        def ask() -> None:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            try:
                report = dialog.report()
            except Exception as exc:
                again(exc)
                return
            reason = dialog.reason.text()
            CollectionOp(self, lambda ledger: correct_progress_entry(ledger, entry_id, report, reason)).undo(
                self.tr("correct progress entry")
            ).success(self._done).failure(again).run_in_background()

        ask()

    def _done(self, _done) -> None:
        self.context.status_message.emit(self.tr("The entry is kept in the history with the reason."))
        self.changed.emit()
