"""Each task's copy of its lead units (LedgerItem.lead_unit_ids, read by the reminders) follows its
assignments at every flush, whoever changed them: no writer has to remember it."""

from __future__ import annotations

from sqlalchemy import select

from models import Assignment, LedgerItem, Role
from services.ledger.tasks import edit_task, revert_change
from services.storage.database import user_action
from services.units.registry import merge_units
from services.units.resolve import find_unit


def _copies_match_assignments(session) -> dict[int, tuple[str | None, str | None]]:
    """Tasks whose copy differs from what their lead assignments say: id -> (copy, truth)."""
    wrong = {}
    for item in session.scalars(select(LedgerItem).where(LedgerItem.kind != "section")):
        leads = session.scalars(
            select(Assignment.unit_id)
            .where(Assignment.item_id == item.id, Assignment.role == Role.LEAD)
            .order_by(Assignment.position)
        ).all()
        truth = ",".join(map(str, leads)) or None
        if item.lead_unit_ids != truth:
            wrong[item.id] = (item.lead_unit_ids, truth)
    return wrong


def _measure(session, number: str) -> LedgerItem:
    return session.scalar(select(LedgerItem).where(LedgerItem.number == number, LedgerItem.kind == "measure"))


def test_the_copy_follows_an_import_an_edit_an_undo_a_merge_and_a_bare_delete(ledger, plan_id) -> None:
    with user_action(ledger) as s:
        assert _copies_match_assignments(s) == {}
        first = _measure(s, "1")
        assert first.lead_unit_ids == str(find_unit(s, "区发改委").id)
        change = edit_task(s, first.id, first.version, lead_units=["区卫健委", "区发改委"], co_units=[])
    with user_action(ledger) as s:
        first = _measure(s, "1")
        assert first.lead_unit_ids == f"{find_unit(s, '区卫健委').id},{find_unit(s, '区发改委').id}"
        assert _copies_match_assignments(s) == {}
        revert_change(s, change)
    with user_action(ledger) as s:
        assert _measure(s, "1").lead_unit_ids == str(find_unit(s, "区发改委").id)
        assert _copies_match_assignments(s) == {}
        merge_units(s, find_unit(s, "区发改委").id, find_unit(s, "区卫健委").id)
    with user_action(ledger) as s:
        health = find_unit(s, "区卫健委").id
        assert _measure(s, "1").lead_unit_ids == str(health)
        assert _copies_match_assignments(s) == {}
        # Even an assignment removed by hand, by code that knows nothing of the copy.
        second = _measure(s, "2")
        s.delete(s.scalar(select(Assignment).where(Assignment.item_id == second.id)))
    with user_action(ledger) as s:
        assert _measure(s, "2").lead_unit_ids is None
        assert _copies_match_assignments(s) == {}
