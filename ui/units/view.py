"""单位与联系人: search units and people (pinyin initials too), a unit's page, merge, rename, the roster.

Every method that asks the user something takes the answer as an optional argument too, so tests
(and the smoke test) drive the view without dialogs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.errors import UnitLooksLikeExisting
from services.operations.changes import CONTACTS, PLANS, ROUNDS, TASKS, UNITS, Changes
from services.storage.database import read_action
from services.units import registry as unit_registry
from services.units.contacts import ContactInput
from services.units.directory import UnitPage, UnitView, list_units, load_unit_page
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp, follow_changes
from ui.units import contact_actions, roster_actions
from ui.units.dialogs import UnitDialog
from ui.units.model import UnitListModel
from ui.units.page import UnitPageWidget


class UnitsView(QWidget):
    loaded = Signal(int)  # units shown after a reload
    page_loaded = Signal(int)  # the unit whose page is shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.as_of: date | None = None
        self.units: list[UnitView] = []
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search unit, alias, person or phone; pinyin initials work too (fgw → 区发改委) (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.new_unit_button = QPushButton(self.tr("New unit…"), self)
        self.import_button = QPushButton(self.tr("Import roster…"), self)
        self.excel_button = QPushButton(self.tr("Roster to Excel…"), self)
        self.pdf_button = QPushButton(self.tr("Print roster (PDF)…"), self)
        self.suggestions = QLabel(self)
        self.suggestions.setWordWrap(True)
        self.suggestions.setStyleSheet("color: #8a5a00")
        self.model = UnitListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.page = UnitPageWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.page)
        splitter.setSizes([560, 760])
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.new_unit_button, self.import_button, self.excel_button, self.pdf_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.suggestions)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._search)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._open_selected())
        self.new_unit_button.clicked.connect(lambda: self.new_unit())
        self.import_button.clicked.connect(lambda: self.import_roster())
        self.excel_button.clicked.connect(lambda: self.export_roster(kind="xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export_roster(kind="pdf"))
        self.page.rename_button.clicked.connect(lambda: self.rename_unit())
        self.page.merge_button.clicked.connect(lambda: self.merge_into())
        self.page.edit_unit_button.clicked.connect(lambda: self.edit_unit())
        self.page.add_contact_button.clicked.connect(lambda: self.add_contact())
        self.page.edit_contact_button.clicked.connect(lambda: self.edit_contact())
        self.page.remove_contact_button.clicked.connect(lambda: self.remove_contact())
        self.page.primary_button.clicked.connect(lambda: self.make_primary())
        follow_changes(self, context, self.wants, self.reload)
        self.reload()

    @property
    def search_field(self) -> QLineEdit:
        """Where Ctrl+F (the main window's Find) puts the cursor."""
        return self.search

    def today(self) -> date:
        return self.as_of or date.today()

    # --- loading --------------------------------------------------------------------------------

    @staticmethod
    def wants(changes: Changes) -> bool:
        """Units with their roster, task counts and return history."""
        return changes.touches(UNITS, CONTACTS, TASKS, PLANS, ROUNDS)

    def reload(self) -> None:
        ledger = self.context.ledger

        def work(_progress):
            with read_action(ledger) as session:
                return list_units(session), unit_registry.similar_units(session)

        self.context.runner.run(work, self._show, lambda exc: show_error(self, exc))

    def _show(self, result) -> None:
        units, similar = result
        current = self.current_unit_id()
        self.units = units
        self.model.set_units(units)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 140), 220))
        # Long alias lists would push the liaison officer's phone out of sight: it is what clerks want.
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 90))
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 180))
        if similar:
            pairs = "；".join(f"{p.first} / {p.second}" for p in similar[:5])
            self.suggestions.setText(
                self.tr("These units look like one (names differ only by 区, spaces or abbreviation, or a bureau renamed in the reform): {pairs}. "
                        "Open one and use “Merge into…” if they are the same; otherwise keep both.").format(pairs=pairs)
            )  # fmt: skip
        self.suggestions.setVisible(bool(similar))
        if current is not None and (row := self.model.row_of(current)) is not None:
            self.table.selectRow(row)
        self.loaded.emit(self.model.rowCount())

    def _search(self, text: str) -> None:
        self.model.set_query(text)
        if self.model.rowCount() == 1 or (self.model.rowCount() and text.strip()):
            self.table.selectRow(0)
        self.loaded.emit(self.model.rowCount())

    def current_unit_id(self) -> int | None:
        return self.page.page.unit.id if self.page.page else None

    def select_unit(self, unit_id: int) -> None:
        row = self.model.row_of(unit_id)
        if row is not None:
            self.table.selectRow(row)
        else:
            self._load_page(unit_id, None)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        found = self.model.found_at(rows[0].row())
        self._load_page(found.unit.id, found.person.id if found.person else None)

    def _load_page(self, unit_id: int, contact_id: int | None) -> None:
        ledger, as_of, rule = self.context.ledger, self.today(), self.context.light_rule()

        def work(_progress):
            with read_action(ledger) as session:
                return load_unit_page(session, unit_id, as_of=as_of, rule=rule)

        def done(page: UnitPage) -> None:
            self.page.show_page(page, select_contact=contact_id)
            self.page_loaded.emit(page.unit.id)

        self.context.runner.run(work, done, lambda exc: show_error(self, exc))

    # --- edits ----------------------------------------------------------------------------------

    def run_edit(
        self, change, message: str, *, reselect: int | None = None, contacts: bool = False, failed=None
    ) -> None:
        """Run one edit as one use case off the GUI thread (services/operations/units.py); on success say
        so in the status bar and show the unit again. contacts: a roster edit, which only this view shows."""
        from services.operations import units as unit_ops

        op = unit_ops.change_contacts if contacts else unit_ops.change_units

        def done(result) -> None:
            self.context.status_message.emit(message)
            if reselect is not None:
                self._load_page(reselect, None)

        CollectionOp(self, lambda ledger: op(ledger, change)).success(done).failure(
            failed or (lambda exc: show_error(self, exc))
        ).run_in_background()

    def _ask(self, title: str, text: str, buttons: dict[str, QMessageBox.ButtonRole]) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        made = {box.addButton(label, role): key for key, (label, role) in buttons.items()}
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return made.get(box.clickedButton())

    def new_unit(self, name: str | None = None, decision: str | None = None) -> None:
        """decision: None (ask), "alias" (add the name to the look-alike unit) or "keep_both"."""
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("New unit"), self.tr("Unit name as documents write it:")
            )
            if not ok or not name.strip():
                return

        def failed(exc: BaseException) -> None:
            nonlocal decision
            if not isinstance(exc, UnitLooksLikeExisting):
                show_error(self, exc)
                return
            if decision is None:
                decision = self._ask(
                    self.tr("Same unit?"),
                    str(exc),
                    {
                        "alias": (self.tr("Add as alias of {unit}").format(unit=exc.existing), QMessageBox.ButtonRole.AcceptRole),
                        "keep_both": (self.tr("Create anyway"), QMessageBox.ButtonRole.DestructiveRole),
                    },
                )  # fmt: skip
            if decision == "alias":
                existing = next(u for u in self.units if u.name == exc.existing)
                self.run_edit(
                    lambda s: unit_registry.add_alias(s, existing.id, name),
                    self.tr("“{alias}” added as an alias of {unit}.").format(
                        alias=name.strip(), unit=existing.name
                    ),
                    reselect=existing.id,
                )
            elif decision == "keep_both":
                self.new_unit(name, "keep_both")

        def done(result) -> None:
            self.context.status_message.emit(self.tr("Unit {name} added.").format(name=name.strip()))
            self._load_page(result.value, None)

        from services.operations.units import change_units

        keep_both = decision == "keep_both"
        CollectionOp(
            self,
            lambda ledger: change_units(
                ledger, lambda s: unit_registry.add_unit(s, name, keep_both=keep_both)
            ),
        ).success(done).failure(failed).run_in_background()

    def rename_unit(self, new_name: str | None = None) -> None:
        unit_id = self.current_unit_id()
        if unit_id is None:
            return
        old = self.page.page.unit.name
        if new_name is None:
            new_name, ok = QInputDialog.getText(
                self, self.tr("Rename unit"), self.tr("New name (the old one stays as an alias):"), text=old
            )
            if not ok:
                return
        self.run_edit(
            lambda s: unit_registry.rename_unit(s, unit_id, new_name),
            self.tr("{old} renamed to {new}.").format(old=old, new=new_name.strip()),
            reselect=unit_id,
        )

    def merge_into(self, target_id: int | None = None, confirmed: bool = False) -> None:
        """Merge the open unit into another: its tasks, contacts and returns move; its name becomes an alias."""
        source_id = self.current_unit_id()
        if source_id is None:
            return
        source = self.page.page.unit.name
        others = [u for u in self.units if u.id != source_id]
        if target_id is None:
            names = [u.name for u in others]
            choice, ok = QInputDialog.getItem(
                self,
                self.tr("Merge unit"),
                self.tr("Merge {unit} into:").format(unit=source),
                names,
                0,
                False,
            )
            if not ok:
                return
            target_id = others[names.index(choice)].id
        target = next((u.name for u in others if u.id == target_id), "")
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Merge unit"),
                self.tr("Move every task, contact and return of {source} to {target}, and keep “{source}” "
                        "as an alias of {target}?").format(source=source, target=target),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run_edit(
            lambda s: unit_registry.merge_units(s, source_id, target_id),
            self.tr("{source} merged into {target}.").format(source=source, target=target),
            reselect=target_id,
        )

    def edit_unit(
        self, kind: str | None = None, parent_id: int | None = None, aliases: list[str] | None = None
    ) -> None:
        unit = self.page.page.unit if self.page.page else None
        if unit is None:
            return
        if kind is None:
            dialog = UnitDialog(unit, self.units, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            kind, parent_id, aliases = (
                dialog.kind.currentData(),
                dialog.parent_unit.currentData(),
                dialog.alias_list(),
            )
        wanted = list(dict.fromkeys(aliases if aliases is not None else unit.aliases))

        def change(session) -> None:
            unit_registry.set_kind_and_parent(session, unit.id, kind, parent_id)
            for alias in unit.aliases:
                if alias not in wanted:
                    unit_registry.remove_alias(session, unit.id, alias)
            for alias in wanted:
                unit_registry.add_alias(session, unit.id, alias)

        self.run_edit(change, self.tr("Unit {name} saved.").format(name=unit.name), reselect=unit.id)

    # --- contacts (ui/units/contact_actions.py) -----------------------------------------------

    def add_contact(self, data: ContactInput | None = None, keep_both: bool | None = None) -> None:
        contact_actions.add_contact(self, data, keep_both)

    def edit_contact(self, data: ContactInput | None = None, keep_both: bool | None = None) -> None:
        contact_actions.edit_contact(self, data, keep_both)

    def remove_contact(self, confirmed: bool = False) -> None:
        contact_actions.remove_contact(self, confirmed)

    def make_primary(self) -> None:
        contact_actions.make_primary(self)

    # --- the roster ---------------------------------------------------------------------------

    def export_roster(self, path: Path | None = None, kind: str = "xlsx") -> None:
        roster_actions.export_roster(self, path, kind)

    def import_roster(self, path: Path | None = None, confirm=None) -> None:
        """``confirm(preview) -> bool`` replaces the preview dialog (tests)."""
        roster_actions.import_roster(self, path, confirm)
