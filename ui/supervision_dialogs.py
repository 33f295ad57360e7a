"""督办事项 typed by hand: a new item list (a plan without a document) and a new item, numbered and 交办.

The item is stored by services/operations/items.py in one transaction; a refusal (a 督办编号 already
given, a unit not in the registry, a due date before the 交办 day) keeps the dialog open with what the
clerk typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from services.errors import InvalidValue
from services.ledger.supervision import DEFAULT_PREFIX, SOURCE_LABELS, ItemDraft
from services.operations import items as item_ops
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.form_input import split_units
from ui.ops import CollectionOp
from ui.screen_fit import fit_to_screen
from ui.unit_completer import UnitListCompleter


def day_of(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def date_edit(parent: QWidget, day: date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
    return edit


class NewListDialog(QDialog):
    """A list to hold items that come without a plan: 2024年领导批示督办事项, 区委常委会议定事项…"""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan_id: int | None = None
        self.setWindowTitle(self.tr("New item list"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. 2024 leaders' instructions to supervise"))
        self.doc_number = QLineEdit(self)
        self.doc_number.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.title_edit)
        form.addRow(self.tr("Document No."), self.doc_number)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def save(self) -> None:
        title, number = self.title_edit.text(), self.doc_number.text()

        def saved(done) -> None:
            self.plan_id = done.value
            self.context.status_message.emit(
                self.tr("Item list created: {title}").format(title=title.strip())
            )
            self.accept()

        CollectionOp(self, lambda ledger: item_ops.create_list(ledger, title, number)).success(saved).failure(
            lambda exc: show_error(self, exc)
        ).run_in_background()


class NewItemDialog(QDialog):
    """One 督办事项: its source, words, units, 责任领导, 交办 day, due date and 督办编号 (automatic unless typed)."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, plan_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: int | None = None
        self.setWindowTitle(self.tr("New supervision item"))
        with context.read() as session:
            from services.ledger.plan_list import plan_titles
            from services.ledger.supervision_list import leader_names
            from services.units.registry import unit_names

            plans = plan_titles(session)
            units, leaders = unit_names(session), leader_names(session)
        self.plan = QComboBox(self)
        for pid, title in plans:
            self.plan.addItem(title, pid)
        if plan_id is not None:
            self.plan.setCurrentIndex(max(self.plan.findData(plan_id), 0))
        self.source = QComboBox(self)
        for code, label in SOURCE_LABELS.items():
            self.source.addItem(label, code.value)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("What is to be done, in one line"))
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("The instruction or decision as written (optional)"))
        self.text.setFixedHeight(90)
        self.lead, self.co = QLineEdit(self), QLineEdit(self)
        for edit in (self.lead, self.co):
            edit.setPlaceholderText(self.tr("Separate several units with 、"))
            edit.setCompleter(UnitListCompleter(units, edit))
        self.new_units = QCheckBox(self.tr("Register units not yet in the registry"), self)
        self.leader = QComboBox(self)
        self.leader.setEditable(True)
        self.leader.addItems(["", *leaders])
        self.leader.lineEdit().setPlaceholderText(self.tr("A member of the leadership group, or type a name"))
        self.assigned = date_edit(self)
        self.due = date_edit(self)
        self.no_due = QCheckBox(self.tr("No fixed due date"), self)
        self.no_due.toggled.connect(lambda checked: self.due.setEnabled(not checked))
        self.no_due.setChecked(True)  # a due date is typed, not guessed: untick to give one
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.no_due)
        due_row.addStretch(1)
        self.prefix = QLineEdit(settings.SUPERVISION_PREFIX.get(), self)
        self.prefix.setMaximumWidth(90)
        self.prefix.setToolTip(
            self.tr("The office's prefix, e.g. 督 or 区委督; remembered for the next item")
        )
        self.number = QLineEdit(self)
        number_row = QHBoxLayout()
        number_row.addWidget(self.prefix)
        number_row.addWidget(self.number, 1)
        self.assigned.dateChanged.connect(self._show_next_number)
        self.prefix.textChanged.connect(self._show_next_number)
        form = QFormLayout()
        form.addRow(self.tr("Item list"), self.plan)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Item"), self.title_edit)
        form.addRow(self.tr("Original text"), self.text)
        form.addRow(self.tr("Lead units"), self.lead)
        form.addRow(self.tr("Co-responsible units"), self.co)
        form.addRow("", self.new_units)
        form.addRow(self.tr("Responsible leader"), self.leader)
        assigned_row = QHBoxLayout()
        assigned_row.addWidget(self.assigned)
        assigned_row.addStretch(1)
        form.addRow(self.tr("Assigned on"), assigned_row)
        form.addRow(self.tr("Due"), due_row)
        form.addRow(self.tr("Supervision No."), number_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(640, 560))
        self._show_next_number()

    def _show_next_number(self) -> None:
        """The number the item will get when none is typed: the next free one of the 交办 year."""
        try:
            shown = item_ops.next_number(
                self.context.ledger, self.assigned.date().year(), self.prefix.text().strip() or DEFAULT_PREFIX
            )
        except Exception:  # only a hint: the save says what is wrong
            shown = ""
        self.number.setPlaceholderText(self.tr("Automatic: {number}").format(number=shown))

    def draft(self) -> ItemDraft:
        return ItemDraft(
            title=self.title_edit.text(),
            source=self.source.currentData(),
            lead_units=split_units(self.lead.text()),
            co_units=split_units(self.co.text()),
            leader=self.leader.currentText(),
            assigned_on=day_of(self.assigned.date()),
            due_on=None if self.no_due.isChecked() else day_of(self.due.date()),
            text=self.text.toPlainText(),
            number=self.number.text().strip() or None,
            prefix=self.prefix.text(),
            new_units=self.new_units.isChecked(),
        )

    def save(self) -> None:
        plan_id = self.plan.currentData()
        if plan_id is None:
            show_error(self, InvalidValue(self.tr("Create an item list first (New item list…).")))
            return
        draft = self.draft()

        def saved(done) -> None:
            self.item_id = done.value.id
            if draft.number is None and draft.prefix.strip():
                settings.SUPERVISION_PREFIX.set(draft.prefix.strip())
            self.context.status_message.emit(
                self.tr("Item {number} assigned: {title}").format(
                    number=done.value.supervision_no, title=done.value.title[:30]
                )
            )
            self.accept()

        CollectionOp(self, lambda ledger: item_ops.add_item(ledger, plan_id, draft)).success(saved).failure(
            lambda exc: show_error(self, exc)
        ).run_in_background()
