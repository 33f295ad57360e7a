"""Contacts (the roster, 通讯录) edited by hand from the units view: each edit one use case
(services/operations/units.py change_contacts) run off the GUI thread by UnitsView.run_edit."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from services.errors import DuplicateContact
from services.units import contacts as contact_service
from services.units.directory import UnitView
from ui.errors import show_error
from ui.units.dialogs import ContactDialog
from ui.units.page import UnitPageWidget


class UnitsView(Protocol):
    """What these actions use of the units view (a QWidget, the dialogs' parent). Named here, not
    imported from ui/units/view.py, which imports this module: the two would import each other."""

    units: list[UnitView]
    page: UnitPageWidget

    def current_unit_id(self) -> int | None: ...

    def run_edit(
        self, change, message: str, *, reselect: int | None = None, contacts: bool = False, failed=None
    ) -> None: ...


def add_contact(
    view: UnitsView, data: contact_service.ContactInput | None = None, keep_both: bool | None = None
) -> None:
    if data is None:
        dialog = ContactDialog(view.units, view.current_unit_id(), parent=view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.value()
    _save_contact(view, lambda s, both: contact_service.add_contact(s, data, keep_both=both), data, keep_both)


def edit_contact(
    view: UnitsView, data: contact_service.ContactInput | None = None, keep_both: bool | None = None
) -> None:
    contact = view.page.selected_contact()
    if contact is None:
        return
    if data is None:
        dialog = ContactDialog(view.units, contact.unit_id, contact, parent=view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.value()
    _save_contact(
        view,
        lambda s, both: contact_service.update_contact(s, contact.id, data, keep_both=both),
        data,
        keep_both,
    )


def _save_contact(view: UnitsView, save, data: contact_service.ContactInput, keep_both: bool | None) -> None:
    def failed(exc: BaseException) -> None:
        if isinstance(exc, DuplicateContact) and keep_both is None:
            if (
                QMessageBox.question(view, QCoreApplication.translate("UnitsView", "Same person?"), str(exc))
                == QMessageBox.StandardButton.Yes
            ):
                _save_contact(view, save, data, True)
            return
        show_error(view, exc)

    both = bool(keep_both)
    view.run_edit(
        lambda s: save(s, both),
        QCoreApplication.translate("UnitsView", "{name} saved.").format(name=data.name.strip()),
        reselect=data.unit_id,
        contacts=True,
        failed=failed,
    )


def remove_contact(view: UnitsView, confirmed: bool = False) -> None:
    contact = view.page.selected_contact()
    if contact is None:
        return
    if not confirmed:
        answer = QMessageBox.question(
            view,
            QCoreApplication.translate("UnitsView", "Remove contact"),
            QCoreApplication.translate("UnitsView", "Remove {name} from the roster?").format(
                name=contact.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    view.run_edit(
        lambda s: contact_service.delete_contact(s, contact.id),
        QCoreApplication.translate("UnitsView", "{name} removed from the roster.").format(name=contact.name),
        reselect=view.current_unit_id(),
        contacts=True,
    )


def make_primary(view: UnitsView) -> None:
    contact = view.page.selected_contact()
    if contact is not None:
        view.run_edit(
            lambda s: contact_service.set_primary(s, contact.id),
            QCoreApplication.translate("UnitsView", "{name} is now the primary liaison officer.").format(
                name=contact.name
            ),
            reselect=view.current_unit_id(),
            contacts=True,
        )
