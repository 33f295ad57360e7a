"""The ledger read once for every view that shows it: the checklist's rows, the overview's figures, the
tray's lights and whether anything is urgent enough to open the reminders first.

At 100,000 tasks one read of the rows takes seconds and a few hundred megabytes; the checklist, the
overview and the tray each reading them (as they did) tripled both. Here the rows are read once, with
the section headings, and every figure is made from them in the same background job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Assignment, ItemKind, LedgerItem, Unit
from services.gc_pause import paused_gc_keeping
from services.ledger.lights import LightRule
from services.ledger.plan_figures import PlanInfo, PlanRows, PlanStats, UnitRef, compute_stats
from services.ledger.reminders import anything_urgent
from services.ledger.rows import (
    ALL_KINDS,
    ChecklistData,
    LedgerFilter,
    LedgerRow,
    PlanSummary,
    list_plans,
    query_ledger,
    units_in_use,
)
from services.ledger.stats import current_return_rate


@dataclass(frozen=True)
class LedgerRows:
    """The rows of the whole ledger as on `as_of`: the first half of a read, all the checklist and the
    tray need, handed over before the overview's figures are made from them."""

    as_of: date
    checklist: ChecklistData  # measures and tasks (no text), units in use, each plan's tree
    plans: tuple[PlanSummary, ...]
    # The same rows with the section headings among them, in document order: what the figures group
    # by. Only until the figures are made (read_figures leaves it empty in the LedgerRead).
    headed: tuple[LedgerRow, ...] = field(default=(), repr=False, compare=False)

    def open_rows(self) -> list[LedgerRow]:
        """Open measures and tasks: what the tray watches."""
        return [r for r in self.checklist.rows if r.status == "open"]


@dataclass(frozen=True)
class LedgerRead(LedgerRows):
    """What the views show of the whole ledger as on `as_of`, from one read."""

    stats: dict[int | None, PlanStats] = field(default_factory=dict)  # every plan (None) and each plan
    urgent: bool = False  # something is overdue or due this week: the reminders come first at start


def read_ledger(
    session: Session, *, as_of: date, rule: LightRule, days: int = 30, working_days: bool = False
) -> LedgerRead:
    """The whole ledger as on `as_of` (run off the GUI thread). `days` and `working_days` are the
    reminders' window, for `urgent`."""
    rows = read_rows(session, as_of=as_of, rule=rule)
    return read_figures(session, rows, rule=rule, days=days, working_days=working_days)


def read_rows(session: Session, *, as_of: date, rule: LightRule) -> LedgerRows:
    """The first half of `read_ledger`: the rows with their lights, the plans and their trees."""
    with paused_gc_keeping():  # kept rows and trees without cycles: services/gc_pause.py
        return _read_rows(session, as_of, rule)


def _read_rows(session: Session, as_of: date, rule: LightRule) -> LedgerRows:
    plans = tuple(list_plans(session))
    rows = query_ledger(session, LedgerFilter(kinds=ALL_KINDS), as_of=as_of, rule=rule, with_text=False)
    by_plan: dict[int, list[LedgerRow]] = {}
    for row in rows:
        by_plan.setdefault(row.plan_id, []).append(row)
    # The plan tree beside the checklist: every live node, in document order (rows come by plan, position).
    trees = {
        p.id: tuple((r.id, r.parent_id, r.kind, r.number, r.title) for r in by_plan.get(p.id, ()))
        for p in plans
    }
    checklist = ChecklistData(
        rows=tuple(r for r in rows if r.kind != ItemKind.SECTION),
        units=tuple(units_in_use(session)),
        plans=tuple((p.id, p.title, trees[p.id]) for p in plans),
    )
    return LedgerRows(as_of, checklist, plans, tuple(rows))


def first_rows(session: Session, *, as_of: date, rule: LightRule, count: int) -> tuple[LedgerRow, ...]:
    """The first `count` measures and tasks in the checklist's first order (序号: position, then plan),
    each as `read_rows` builds it: what the checklist shows at once while the whole read is under way."""
    first = select(LedgerItem.id).where(
        LedgerItem.deleted_at.is_(None), LedgerItem.kind.in_((ItemKind.MEASURE, ItemKind.TASK))
    )
    ids = frozenset(
        session.execute(first.order_by(LedgerItem.position, LedgerItem.plan_id).limit(count)).scalars()
    )
    if not ids:
        return ()
    # Read as the whole read reads them (the section headings among them, for each row's section), in
    # its order (plan, position); the checklist's sort by position keeps that order among equals.
    rows = query_ledger(
        session, LedgerFilter(kinds=ALL_KINDS, ids=ids), as_of=as_of, rule=rule, with_text=False
    )
    return tuple(sorted((r for r in rows if r.kind != ItemKind.SECTION), key=lambda r: r.position))


def read_figures(
    session: Session, read: LedgerRows, *, rule: LightRule, days: int = 30, working_days: bool = False
) -> LedgerRead:
    """The second half of `read_ledger`: the overview's figures and `urgent`, made from `read`'s rows."""
    with paused_gc_keeping():  # kept figures without cycles: services/gc_pause.py
        return _read_figures(session, read, rule, days, working_days)


def _read_figures(
    session: Session, read: LedgerRows, rule: LightRule, days: int, working_days: bool
) -> LedgerRead:
    as_of, plans = read.as_of, read.plans
    by_plan: dict[int, list[LedgerRow]] = {}
    for row in read.headed:
        by_plan.setdefault(row.plan_id, []).append(row)
    leads = _lead_units(session)
    ledgers = {
        p.id: PlanRows(
            PlanInfo(p.id, p.title, p.doc_number, p.issued_on),
            tuple(by_plan.get(p.id, ())),
            {r.id: leads[r.id] for r in by_plan.get(p.id, ()) if r.id in leads},
        )
        for p in plans
    }
    everyone = [p.id for p in plans]
    stats = {
        None: compute_stats(list(ledgers.values()), as_of=as_of, return_rate=_rate(session, everyone, as_of))
    }
    for plan_id, ledger in ledgers.items():
        stats[plan_id] = compute_stats([ledger], as_of=as_of, return_rate=_rate(session, [plan_id], as_of))
    del by_plan, ledgers
    items = read.checklist.rows
    urgent = anything_urgent(session, items, as_of=as_of, days=days, rule=rule, working_days=working_days)
    return LedgerRead(as_of, read.checklist, plans, (), stats, urgent)


def _rate(session: Session, plan_ids: list[int], as_of: date):
    return current_return_rate(session, plan_ids, as_of=as_of)


def _lead_units(session: Session) -> dict[int, tuple[UnitRef, ...]]:
    """Each item's lead units in the order the document lists them (as load_plan_rows has them)."""
    found: dict[int, list[UnitRef]] = {}
    shared: dict[tuple[int, str], UnitRef] = {}
    stmt = (
        select(Assignment.item_id, Unit.id, Unit.name)
        .join(Unit, Unit.id == Assignment.unit_id)
        .join(LedgerItem, LedgerItem.id == Assignment.item_id)
        .where(Assignment.role == "lead", LedgerItem.deleted_at.is_(None))
        .order_by(Assignment.item_id, Assignment.position)
    )
    for item_id, unit_id, name in session.execute(stmt):
        ref = shared.get((unit_id, name))
        if ref is None:
            ref = shared[(unit_id, name)] = UnitRef(unit_id, name, "lead")
        found.setdefault(item_id, []).append(ref)
    return {k: tuple(v) for k, v in found.items()}
