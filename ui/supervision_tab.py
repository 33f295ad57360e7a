"""The task editor's 督办 tab: the item's 督办编号, source, 责任领导 and where it stands (交办 → 签收 → 反馈 → 办结).

签收 is marked here (or by the unit's first return); 反馈 is the Progress tab's report and 办结 the
checklist's Close, so neither is done a second way here. A task of a plan becomes an item once it is
given a 交办 day.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.ledger.supervision import SOURCE_LABELS
from services.ledger.supervision_list import STATE_LABELS, ItemView
from services.operations import items as item_ops
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp
from ui.supervision_dialogs import date_edit, day_of


def _day(value) -> str:
    return value.isoformat() if value else "—"


class SupervisionTab(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: ItemView | None = None
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Given when the item is assigned, e.g. 督〔2024〕12号"))
        self.source = QComboBox(self)
        self.source.addItem("", None)
        for code, label in SOURCE_LABELS.items():
            self.source.addItem(label, code.value)
        self.leader = QComboBox(self)
        self.leader.setEditable(True)
        self.assigned = date_edit(self)
        self.is_item = QCheckBox(self.tr("Assigned (a supervision item)"), self)
        self.is_item.toggled.connect(self.assigned.setEnabled)
        assigned_row = QHBoxLayout()
        assigned_row.addWidget(self.is_item)
        assigned_row.addWidget(self.assigned)
        assigned_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save supervision details"), self)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Supervision No."), self.number)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Responsible leader"), self.leader)
        form.addRow(self.tr("Assigned on"), assigned_row)
        form.addRow("", self.save_button)

        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.signed_on = date_edit(self)
        self.signed_by = QComboBox(self)
        self.sign_button = QPushButton(self.tr("Mark signed"), self)
        self.sign_button.clicked.connect(self.sign)
        sign_row = QHBoxLayout()
        sign_row.addWidget(QLabel(self.tr("Signed on"), self))
        sign_row.addWidget(self.signed_on)
        sign_row.addWidget(QLabel(self.tr("by"), self))
        sign_row.addWidget(self.signed_by, 1)
        sign_row.addWidget(self.sign_button)
        states = QGroupBox(self.tr("Assigned → signed → reported → closed"), self)
        states_layout = QVBoxLayout(states)
        states_layout.addWidget(self.state)
        states_layout.addLayout(sign_row)
        hint = QLabel(
            self.tr(
                "A report is recorded on the Progress tab (or by the unit's return, which also marks it signed);"
                " the item is closed with Close task in the checklist."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(states)
        layout.addWidget(hint)
        layout.addStretch(1)

    def show_task(self, item_id: int) -> None:
        try:
            self.view = item_ops.item(self.context.ledger, item_id)
            leaders = item_ops.leaders(self.context.ledger)
        except Exception as exc:
            show_error(self, exc)
            return
        v = self.view
        self.number.setText(v.supervision_no or "")
        self.source.setCurrentIndex(max(self.source.findData(v.source), 0))
        self.leader.clear()
        self.leader.addItems(["", *leaders])
        self.leader.setCurrentText(v.leader or "")
        self.is_item.setChecked(v.assigned_on is not None)
        self.assigned.setEnabled(v.assigned_on is not None)
        if v.assigned_on:
            self.assigned.setDate(QDate(v.assigned_on.year, v.assigned_on.month, v.assigned_on.day))
        self.signed_by.clear()
        self.signed_by.addItem("", None)
        for unit in (*v.lead_units, *v.co_units):
            self.signed_by.addItem(unit, unit)
        state = STATE_LABELS.get(v.state) if v.state else self.tr("not a supervision item")
        by = f"（{v.signed_by}）" if v.signed_by else ""
        self.state.setText(
            self.tr(
                "Now: {state}. Assigned {assigned}; signed {signed}; last report {reported}; closed {closed}."
            ).format(
                state=state,
                assigned=_day(v.assigned_on),
                signed=_day(v.signed_on) + by,
                reported=_day(v.reported_on),
                closed=_day(v.closed_on),
            )
        )
        can_sign = v.assigned_on is not None and v.signed_on is None
        for widget in (self.signed_on, self.signed_by, self.sign_button):
            widget.setEnabled(can_sign)

    def save(self) -> None:
        if self.view is None:
            return
        changes = {
            "source": self.source.currentData(),
            "leader": self.leader.currentText(),
            "assigned_on": day_of(self.assigned.date()) if self.is_item.isChecked() else None,
        }
        if self.view.assigned_on is None and changes["assigned_on"] is None:
            changes.pop("assigned_on")  # a plan's task left as it was
        if self.number.text().strip() != (self.view.supervision_no or ""):
            changes["number"] = self.number.text()
        view = self.view
        self._run(
            lambda ledger: item_ops.edit_item(ledger, view.id, view.version, **changes),
            self.tr("edit supervision details"),
        )

    def sign(self) -> None:
        if self.view is None:
            return
        item_id, version = self.view.id, self.view.version
        on, unit = day_of(self.signed_on.date()), self.signed_by.currentData()
        self._run(
            lambda ledger: item_ops.sign_item(ledger, item_id, on, unit, version), self.tr("mark signed")
        )

    def _run(self, op, description: str) -> None:
        def done(result) -> None:
            self.show_task(result.value.id)
            self.changed.emit()

        CollectionOp(self, op).undo(description).success(done).failure(
            lambda exc: show_error(self, exc)
        ).run_in_background()
