"""Reporting rounds: make the units' templates, import what comes back, see who is late and chase them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.ledger.plan_list import plan_titles
from services.operations import returns
from services.operations.changes import PLANS, ROUNDS, TASKS, UNITS, Changes
from services.returns.importing import list_batches
from services.returns.rounds import (
    LATE,
    RETURNED,
    RoundStatus,
    RoundView,
    list_rounds,
    round_status,
    unit_history,
)
from services.storage.database import read_action
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp, follow_changes
from ui.rounds.chase_actions import ChaseActions
from ui.rounds.import_dialog import ImportDialog
from ui.rounds.status_model import UNIT_ID_ROLE, RoundStatusModel
from ui.rounds.templates_dialog import TemplatesDialog


@dataclass(frozen=True)
class _Loaded:
    rounds: tuple[RoundView, ...]
    status: RoundStatus | None
    plans: tuple[tuple[int, str], ...]


class RoundsView(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.as_of: date | None = None
        self.data = _Loaded((), None, ())
        self.rounds = QComboBox(self)
        # Sized by a fixed length, not by the longest plan title, so the buttons beside it stay on screen.
        self.rounds.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rounds.setMinimumContentsLength(14)  # the buttons beside it fit at 150% on 1366×768
        self.templates_button = QPushButton(self.tr("New round…"), self)
        self.templates_button.setToolTip(self.tr("Make the units' templates for a new reporting round"))
        self.import_button = QPushButton(self.tr("Import returns…"), self)
        self.chase_button = QPushButton(self.tr("Chase late units (PDF)…"), self)
        self.chase_button.setToolTip(self.tr("A chase notice listing the units whose returns are late"))
        self.undo_button = QPushButton(self.tr("Undo last import…"), self)
        self.summary = QLabel(self)
        self.model = RoundStatusModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.history_label = QLabel(self.tr("Select a unit to see its returns."), self)
        self.history = QTreeWidget(self)
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [
                self.tr("Period"),
                self.tr("Plan"),
                self.tr("File"),
                self.tr("Received"),
                self.tr("Tasks"),
                self.tr("Warnings"),
            ]
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Round:"), self))
        bar.addWidget(self.rounds, 1)
        for button in (self.templates_button, self.import_button, self.chase_button, self.undo_button):
            bar.addWidget(button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_label)
        lower_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([420, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        # The 催报 as text or Word sits on the summary's line: the bar must fit 1366 pixels at 150%.
        self.chase_actions = ChaseActions(self)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.chase_actions)
        layout.addLayout(summary_row)
        layout.addWidget(splitter, 1)
        self.rounds.activated.connect(lambda _i: self.reload())
        self.templates_button.clicked.connect(self.new_round)
        self.import_button.clicked.connect(lambda: self.open_import())
        self.chase_button.clicked.connect(lambda: self.write_chase())
        self.undo_button.clicked.connect(lambda: self.undo_last_import())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_history())
        follow_changes(self, context, self.wants, self.reload)
        self.reload()

    def today(self) -> date:
        return self.as_of or date.today()

    def round_id(self) -> int | None:
        return self.rounds.currentData()

    # --- loading ------------------------------------------------------------------------------------

    @staticmethod
    def wants(changes: Changes) -> bool:
        """Rounds, and which units owe a return on which tasks."""
        return changes.touches(ROUNDS, PLANS, TASKS, UNITS)

    def reload(self) -> None:
        ledger, wanted, as_of = self.context.ledger, self.round_id(), self.today()

        def work(_progress) -> _Loaded:
            with read_action(ledger) as session:
                rounds = tuple(list_rounds(session))
                chosen = wanted if any(r.id == wanted for r in rounds) else (rounds[0].id if rounds else None)
                status = round_status(session, chosen, as_of=as_of) if chosen else None
                plans = tuple(plan_titles(session))
            return _Loaded(rounds, status, plans)

        self.context.runner.run(work, self._show, lambda exc: show_error(self, exc))

    def _show(self, data: _Loaded) -> None:
        self.data = data
        self.rounds.clear()
        for r in data.rounds:
            self.rounds.addItem(f"{r.plan_title[:24]} — {r.label()}", r.id)
            self.rounds.setItemData(self.rounds.count() - 1, r.plan_title, Qt.ItemDataRole.ToolTipRole)
        status = data.status
        if status is not None:
            self.rounds.setCurrentIndex(self.rounds.findData(status.round.id))
        self.model.set_units(status.units if status else ())
        if status is None:
            self.summary.setText(
                self.tr("No reporting round yet: make the templates of a round to start one.")
            )
        else:
            self.summary.setText(
                self.tr("%1 of %2 units returned; %3 late.")
                .replace("%1", str(status.count(RETURNED)))
                .replace("%2", str(len(status.units)))
                .replace("%3", str(status.count(LATE)))
            )
        has_round = status is not None
        self.import_button.setEnabled(bool(data.plans))
        self.chase_button.setEnabled(has_round and status.count(LATE) > 0)
        self.chase_actions.setEnabled(self.chase_button.isEnabled())
        self.undo_button.setEnabled(has_round)
        self.history.clear()
        self.loaded.emit()

    def show_history(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        unit_id = rows[0].data(UNIT_ID_ROLE)
        unit = rows[0].data()
        with self.context.read() as session:
            records = unit_history(session, unit_id)
        self.history_label.setText(self.tr("Returns of %1:").replace("%1", unit))
        self.history.clear()
        for r in records:
            QTreeWidgetItem(
                self.history,
                [
                    r.period,
                    r.plan_title,
                    r.file_name,
                    r.received_at.strftime("%Y-%m-%d %H:%M"),
                    str(r.rows or 0),
                    str(r.problems or 0),
                ],
            )

    # --- actions ------------------------------------------------------------------------------------

    def new_round(self) -> None:
        dialog = TemplatesDialog(self.data.plans, self.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.make_templates(*dialog.values())

    def make_templates(self, plan_id: int, period: str, due: date, out_dir: Path) -> None:
        office = settings.OFFICE_NAME.get()

        def done(made) -> None:
            self.context.status_message.emit(
                self.tr("%n template(s) written to %1", "", len(made.value.files)).replace("%1", str(out_dir))
            )

        CollectionOp(
            self,
            lambda ledger, progress: returns.make_round_templates(
                ledger, plan_id, period, out_dir, due_on=due, office=office, progress=progress
            ),
        ).with_progress(self.tr("Writing templates…")).success(done).run_in_background()

    def open_import(self, paths: list[Path] | None = None) -> ImportDialog:
        dialog = ImportDialog(self.context, self.round_id(), self)
        if paths:
            dialog.add_paths(paths)
        if not self.property("quiet"):
            dialog.exec()
        return dialog

    def write_chase(self, path: Path | None = None) -> None:
        round_id = self.round_id()
        if round_id is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chase notice"),
                f"催报通知-{self.today():%Y%m%d}.pdf",
                self.tr("PDF (*.pdf)"),
            )
            if not name:
                return
            path = Path(name)
        as_of, office = self.today(), settings.OFFICE_NAME.get()
        CollectionOp(
            self, lambda ledger: returns.write_chase(ledger, round_id, path, as_of=as_of, office=office)
        ).success(
            lambda done: self.context.status_message.emit(
                self.tr("Chase notice for %n unit(s) saved: %1", "", len(done.value.units)).replace(
                    "%1", str(path)
                )
            )
        ).run_in_background()

    def undo_last_import(self, confirm: bool = True) -> None:
        with self.context.read() as session:
            batch = next((b for b in list_batches(session) if b.undone_at is None), None)
        if batch is None:
            QMessageBox.information(self, self.tr("Undo import"), self.tr("There is no import to undo."))
            return
        question = self.tr("Undo the import of %1 (%2)? The tasks get back the figures they had before it.")
        question = question.replace("%1", batch.summary or "").replace(
            "%2", f"{batch.created_at:%Y-%m-%d %H:%M}"
        )
        if (
            confirm
            and QMessageBox.question(self, self.tr("Undo import"), question) != QMessageBox.StandardButton.Yes
        ):
            return
        CollectionOp(self, lambda ledger: returns.undo_returns_import(ledger, batch.id)).success(
            lambda _done: self.context.status_message.emit(
                self.tr("Import undone: %1").replace("%1", batch.summary or "")
            )
        ).run_in_background()
