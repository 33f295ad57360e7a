"""The copy of each task's lead units kept on the task itself (`LedgerItem.lead_unit_ids`, migration 0006).

`assignment` is the truth; the copy lets the reminders read a task's lead units with the task. Whatever
changes a task's lead assignments calls `refresh_lead_unit_ids` for it in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Assignment, LedgerItem, Role


def lead_unit_ids(assignments: Iterable[Assignment]) -> str | None:
    """ "3,17" for the lead assignments in plan order; None when the task has no lead unit."""
    leads = sorted((a for a in assignments if a.role == Role.LEAD), key=lambda a: a.position)
    return ",".join(str(a.unit_id) for a in leads) or None


def refresh_lead_unit_ids(session: Session, item_ids: Iterable[int]) -> None:
    wanted = set(item_ids)
    if not wanted:
        return
    session.flush()
    found: dict[int, list[str]] = {item_id: [] for item_id in wanted}
    rows = session.execute(
        select(Assignment.item_id, Assignment.unit_id)
        .where(Assignment.item_id.in_(wanted), Assignment.role == Role.LEAD)
        .order_by(Assignment.item_id, Assignment.position)
    )
    for item_id, unit_id in rows:
        found[item_id].append(str(unit_id))
    for item in session.scalars(select(LedgerItem).where(LedgerItem.id.in_(wanted))):
        item.lead_unit_ids = ",".join(found[item.id]) or None
    session.flush()
