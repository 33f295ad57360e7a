"""Dialogs of the units view: a contact's details, a unit's kind/parent/aliases, the roster import preview."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.units.contacts import LIAISON, ROLES, ContactInput, ContactView
from services.units.directory import UnitView
from services.units.roster_import import RosterPreview
from ui.screen_fit import fit_to_screen
from ui.units.model import KIND_LABELS, kind_label


class ContactDialog(QDialog):
    """Add or edit one person; the service checks the phones and says what is wrong."""

    def __init__(
        self,
        units: list[UnitView],
        unit_id: int | None,
        contact: ContactView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add contact"))
        self.role = QComboBox(self)
        self.role.addItems(list(ROLES))
        self.name = QLineEdit(self)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("(no unit)"), None)
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.title = QLineEdit(self)
        self.office_phone = QLineEdit(self)
        # Hints with x's: a grey full number would pass for the contact's own.
        self.office_phone.setPlaceholderText(self.tr("e.g. 0513-8xxxxxxx ext. 123"))
        self.mobile = QLineEdit(self)
        self.mobile.setPlaceholderText(self.tr("11-digit mobile number"))
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.primary = QCheckBox(self.tr("Primary liaison officer of the unit"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Role in the group"), self.role)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Office phone"), self.office_phone)
        form.addRow(self.tr("Mobile"), self.mobile)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.primary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Room for a phone number with its extension; wider if the labels need it.
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())
        self.role.currentTextChanged.connect(lambda role: self.primary.setEnabled(role == LIAISON))
        self.role.setCurrentText(contact.role if contact else LIAISON)
        self.primary.setEnabled(self.role.currentText() == LIAISON)
        self.unit.setCurrentIndex(max(self.unit.findData(contact.unit_id if contact else unit_id), 0))
        if contact:
            self.name.setText(contact.name)
            self.title.setText(contact.title or "")
            self.office_phone.setText(contact.office_phone or "")
            self.mobile.setText(contact.mobile or "")
            self.notes.setPlainText(contact.notes or "")
            self.primary.setChecked(contact.is_primary)

    def value(self) -> ContactInput:
        return ContactInput(
            role=self.role.currentText(),
            name=self.name.text(),
            unit_id=self.unit.currentData(),
            title=self.title.text(),
            office_phone=self.office_phone.text(),
            mobile=self.mobile.text(),
            notes=self.notes.toPlainText(),
            is_primary=self.primary.isChecked() and self.primary.isEnabled(),
        )


class UnitDialog(QDialog):
    """A unit's kind, parent and aliases (one per line)."""

    def __init__(self, unit: UnitView, units: list[UnitView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit unit {name}").format(name=unit.name))
        self.kind = QComboBox(self)
        for key in KIND_LABELS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setCurrentIndex(max(self.kind.findData(unit.kind), 0))
        self.parent_unit = QComboBox(self)
        self.parent_unit.addItem(self.tr("(none)"), None)
        for u in units:
            if u.id != unit.id:
                self.parent_unit.addItem(u.name, u.id)
        self.parent_unit.setCurrentIndex(max(self.parent_unit.findData(unit.parent_id), 0))
        self.aliases = QPlainTextEdit("\n".join(unit.aliases), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Parent unit"), self.parent_unit)
        form.addRow(self.tr("Aliases (one per line)"), self.aliases)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.toPlainText().splitlines() if line.strip()]


ACTION_COLOURS = {"add": "#cdebd3", "update": "#fbe9a6", "problem": "#f8d0cc", "unchanged": "#ffffff"}


class RosterPreviewDialog(QDialog):
    """What importing the roster would do, row by row; OK only when no row has a problem."""

    def __init__(self, preview: RosterPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import roster: {file}").format(file=preview.file_name))
        fit_to_screen(self, QSize(1000, 520))
        actions = {
            "add": self.tr("New"),
            "update": self.tr("Update"),
            "unchanged": self.tr("No change"),
            "problem": self.tr("Problem"),
        }
        summary = self.tr("{add} new, {update} updated, {same} unchanged, {problems} with problems.").format(
            add=preview.count("add"),
            update=preview.count("update"),
            same=preview.count("unchanged"),
            problems=len(preview.problems),
        )
        if preview.new_units():
            summary += " " + self.tr("New units will be registered: {units}").format(
                units="、".join(preview.new_units())
            )
        if preview.problems:
            summary += "\n" + self.tr("Nothing can be imported until every problem is fixed in the workbook.")
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(preview.rows), 8, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Action"),
                self.tr("Role"),
                self.tr("Name"),
                self.tr("Unit"),
                self.tr("Office phone"),
                self.tr("Mobile"),
                self.tr("Problem"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, r in enumerate(preview.rows):
            values = [
                str(r.row),
                actions[r.action],
                r.role,
                r.name,
                r.unit,
                r.office_phone or "",
                r.mobile or "",
            ]
            values.append(r.problem or "")
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(ACTION_COLOURS[r.action])))
                if j == 7:
                    item.setToolTip(text)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not preview.problems)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
