"""The copy of each task's lead units kept on the task itself (`LedgerItem.lead_unit_ids`, migration 0006).

`assignment` is the truth; the copy lets the reminders read a task's lead units with the task. No writer
has to remember it: `keep_lead_unit_ids` is a flush listener on every session of an open ledger
(services/storage/database.open_ledger), so whatever changes a task's assignments — its editor, a plan
import, two units merged — the copy follows in the same flush.
"""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from models import Assignment, LedgerItem, Role


def keep_lead_unit_ids(sessions: sessionmaker[Session]) -> None:
    """Keep every task's copy in step with its assignments, in every session these make."""
    event.listen(sessions, "before_flush", _before_flush)


def _before_flush(session: Session, _context, _instances) -> None:
    with session.no_autoflush:
        for item in _touched(session):
            leads = sorted(
                (a for a in item.assignments if a.role == Role.LEAD and a not in session.deleted),
                key=lambda a: a.position,
            )
            copy = ",".join(str(a.unit_id) for a in leads) or None
            if item.lead_unit_ids != copy:
                item.lead_unit_ids = copy


def _touched(session: Session) -> set[LedgerItem]:
    """The tasks whose assignments this flush adds, changes or removes."""
    touched: set[LedgerItem] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Assignment):
            item = obj.item if obj.item is not None else session.get(LedgerItem, obj.item_id)
            if item is not None and item not in session.deleted:
                touched.add(item)
        elif isinstance(obj, LedgerItem) and obj not in session.deleted:
            state = inspect(obj)
            if "assignments" in state.dict and state.attrs.assignments.history.has_changes():
                touched.add(obj)
    return touched
