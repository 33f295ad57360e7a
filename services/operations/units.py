"""Use cases of the units view: units and their names, the roster (通讯录) by hand or from a workbook."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from services.operations.changes import CONTACTS, UNITS, Done, changed
from services.operations.run import write
from services.storage.database import Ledger
from services.units.roster_import import RosterPreview, commit_roster

T = TypeVar("T")


def change_units(ledger: Ledger, work: Callable[[Session], T]) -> Done[T]:
    """One edit of the unit list (add, rename, alias, kind and parent, merge) from services/units/registry:
    unit names show in every view, so every view that lists units reloads."""
    return Done(write(ledger, work), changed(UNITS))


def change_contacts(ledger: Ledger, work: Callable[[Session], T]) -> Done[T]:
    """One edit of the roster (add, change, delete a person, set the primary liaison) from
    services/units/contacts: only the units view and the reminders' liaison names show them."""
    return Done(write(ledger, work), changed(CONTACTS))


def import_roster(ledger: Ledger, preview: RosterPreview) -> Done[int]:
    """Write a previewed roster workbook, all or nothing, a safety copy first."""
    written = write(ledger, lambda s: commit_roster(s, preview), backup="roster")
    return Done(written, changed(CONTACTS, UNITS))
