"""One unit's page: its contacts, the tasks it leads or co-owns in every plan, its returns and history."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.units.contacts import ContactView
from services.units.directory import UnitPage
from ui.lights import BACKGROUND, light_label
from ui.units.model import kind_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int] | None = None) -> None:
    table.setRowCount(len(rows))
    for i, values in enumerate(rows):
        for j, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if ids is not None and j == 0:
                item.setData(ID_ROLE, ids[i])
            table.setItem(i, j, item)
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), 360))


class UnitPageWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: UnitPage | None = None
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.edit_unit_button = QPushButton(self.tr("Kind, parent, aliases…"), self)
        self.add_contact_button = QPushButton(self.tr("Add contact…"), self)
        self.edit_contact_button = QPushButton(self.tr("Edit contact…"), self)
        self.remove_contact_button = QPushButton(self.tr("Remove contact"), self)
        self.primary_button = QPushButton(self.tr("Make primary liaison"), self)
        unit_bar = QHBoxLayout()
        for button in (self.rename_button, self.merge_button, self.edit_unit_button):
            unit_bar.addWidget(button)
        unit_bar.addStretch(1)
        contact_bar = QHBoxLayout()
        for button in (
            self.add_contact_button,
            self.edit_contact_button,
            self.remove_contact_button,
            self.primary_button,
        ):
            contact_bar.addWidget(button)
        contact_bar.addStretch(1)

        self.tabs = QTabWidget(self)
        self.contacts = _table(
            self,
            [
                self.tr("Role"),
                self.tr("Name"),
                self.tr("Title"),
                self.tr("Office phone"),
                self.tr("Mobile"),
                self.tr("Notes"),
            ],
        )
        contacts_tab = QWidget(self)
        contacts_layout = QVBoxLayout(contacts_tab)
        contacts_layout.addLayout(contact_bar)
        contacts_layout.addWidget(self.contacts, 1)
        self.tasks = _table(
            self,
            [
                self.tr("Light"),
                self.tr("Part"),
                self.tr("Plan"),
                self.tr("No."),
                self.tr("Task"),
                self.tr("Due"),
            ],
        )
        self.returns = _table(
            self,
            [
                self.tr("Received"),
                self.tr("Plan"),
                self.tr("Period"),
                self.tr("File"),
                self.tr("Rows"),
                self.tr("Problems"),
            ],
        )
        self.history = _table(self, [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")])
        self.tabs.addTab(contacts_tab, self.tr("Contacts"))
        self.tabs.addTab(self.tasks, self.tr("Tasks"))
        self.tabs.addTab(self.returns, self.tr("Returns"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(unit_bar)
        layout.addWidget(self.tabs, 1)
        self.contacts.itemSelectionChanged.connect(self.update_buttons)
        self.show_page(None)

    def show_page(self, page: UnitPage | None, select_contact: int | None = None) -> None:
        self.page = page
        if page is None:
            self.header.setText(self.tr("Choose a unit on the left to see its people, tasks and returns."))
            for table in (self.contacts, self.tasks, self.returns, self.history):
                table.setRowCount(0)
            self.update_buttons()
            return
        unit = page.unit
        lines = [f"<b style='font-size:15pt'>{unit.name}</b>　{kind_label(unit.kind)}"]
        if unit.parent:
            lines.append(self.tr("Under: {parent}").format(parent=unit.parent))
        if unit.aliases:
            lines.append(self.tr("Also written as: {aliases}").format(aliases="、".join(unit.aliases)))
        lines.append(
            self.tr("Leads {lead} and co-owns {co} tasks in all plans.").format(
                lead=unit.lead_tasks, co=unit.co_tasks
            )
        )
        self.header.setText("<br>".join(lines))
        _fill(
            self.contacts,
            [self._contact_row(c) for c in unit.contacts],
            [c.id for c in unit.contacts],
        )
        lead, co = self.tr("Lead"), self.tr("Co")
        _fill(
            self.tasks,
            [
                [
                    light_label(r.light),
                    lead if page.roles[r.id] == "lead" else co,
                    page.plans.get(r.plan_id, ""),
                    r.number or "",
                    r.title,
                    r.due.isoformat() if r.due else "—",
                ]
                for r in page.tasks
            ],
            [r.id for r in page.tasks],
        )
        for i, r in enumerate(page.tasks):
            self.tasks.item(i, 0).setBackground(QBrush(BACKGROUND[r.light]))
        self.tasks.setColumnWidth(2, min(self.tasks.columnWidth(2), 180))
        _fill(
            self.returns,
            [
                [
                    r.received_at.strftime("%Y-%m-%d %H:%M"),
                    r.plan,
                    r.period,
                    r.file_name,
                    "" if r.rows is None else str(r.rows),
                    "" if r.problems is None else str(r.problems),
                ]
                for r in page.returns
            ],
        )
        _fill(
            self.history,
            [
                [e.at.strftime("%Y-%m-%d %H:%M"), e.who, self._action(e.entity, e.action), self._details(e)]
                for e in page.history
            ],
        )
        self.tabs.setTabText(1, self.tr("Tasks (%n)", "", len(page.tasks)))
        self.tabs.setTabText(2, self.tr("Returns (%n)", "", len(page.returns)))
        if select_contact is not None:
            self.select_contact(select_contact)
        self.update_buttons()

    def _contact_row(self, c: ContactView) -> list[str]:
        role = c.role + (self.tr(" (primary)") if c.is_primary else "")
        return [role, c.name, c.title or "", c.office_phone or "", c.mobile or "", c.notes or ""]

    def _action(self, entity: str, action: str) -> str:
        labels = {
            "create": self.tr("Added"),
            "edit": self.tr("Edited"),
            "delete": self.tr("Removed"),
            "rename": self.tr("Renamed"),
            "merge": self.tr("Merged another unit in"),
            "add_alias": self.tr("Alias added"),
            "remove_alias": self.tr("Alias removed"),
        }
        what = self.tr("Contact") if entity == "contact" else self.tr("Unit")
        return f"{what}: {labels.get(action, action)}"

    @staticmethod
    def _details(entry) -> str:
        """The changed fields as before → after; a person's name says whom a contact entry is about."""
        parts = [json.dumps(part, ensure_ascii=False) for part in (entry.before, entry.after) if part]
        return " → ".join(parts)

    def select_contact(self, contact_id: int) -> None:
        for row in range(self.contacts.rowCount()):
            if self.contacts.item(row, 0).data(ID_ROLE) == contact_id:
                self.contacts.selectRow(row)
                self.tabs.setCurrentIndex(0)
                return

    def selected_contact(self) -> ContactView | None:
        if self.page is None:
            return None
        rows = {i.row() for i in self.contacts.selectedItems()}
        if not rows:
            return None
        contact_id = self.contacts.item(min(rows), 0).data(ID_ROLE)
        return next((c for c in self.page.unit.contacts if c.id == contact_id), None)

    def update_buttons(self) -> None:
        has_unit = self.page is not None
        contact = self.selected_contact()
        for button in (self.rename_button, self.merge_button, self.edit_unit_button, self.add_contact_button):
            button.setEnabled(has_unit)
        self.edit_contact_button.setEnabled(contact is not None)
        self.remove_contact_button.setEnabled(contact is not None)
        self.primary_button.setEnabled(
            contact is not None and contact.role == "联络员" and not contact.is_primary
        )
