"""The reads that fill a plan's figures through a session: its rows (``PlanRows``) and its current
round's return rate. The figures themselves are services/ledger/plan_figures.py (pure, shared with the
exports' SQLite read, services/ledger/plain_read.py); their names are kept importable from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Assignment,
    ItemKind,
    LedgerItem,
    Plan,
    ProgressReturn,
    ReportingRound,
    RoundUnit,
    Unit,
)
from services.ledger.lights import LightRule
from services.ledger.milestones import open_steps
from services.ledger.plan_figures import (
    PlanInfo,
    PlanRows,
    PlanStats,
    ReturnRate,
    UnitRef,
    compute_stats,
    rate_of_round,
)
from services.ledger.rows import ALL_KINDS, LedgerFilter, get_plan, query_ledger
from services.ledger.supervision_list import supervision_labels
from services.returns.rounds import counts_as_returned


def load_plan_rows(session: Session, plan_id: int, *, as_of: date, rule: LightRule = LightRule()) -> PlanRows:
    plan = get_plan(session, plan_id)
    rows = tuple(
        query_ledger(session, LedgerFilter(plan_id=plan_id, kinds=ALL_KINDS), as_of=as_of, rule=rule)
    )
    units: dict[int, list[UnitRef]] = {}
    stmt = (
        select(Assignment.item_id, Unit.id, Unit.name, Assignment.role)
        .join(Unit, Unit.id == Assignment.unit_id)
        .join(LedgerItem, LedgerItem.id == Assignment.item_id)
        .where(LedgerItem.plan_id == plan_id)
        .order_by(Assignment.item_id, Assignment.role.desc(), Assignment.position)
    )
    for item_id, unit_id, name, role in session.execute(stmt):
        units.setdefault(item_id, []).append(UnitRef(unit_id, name, role))
    info = PlanInfo(plan.id, plan.title, plan.doc_number, plan.issued_on)
    steps: dict[int, list[tuple[date, str]]] = {}
    for item_id, due, words in open_steps(session, [r.id for r in rows if r.kind != ItemKind.SECTION]):
        steps.setdefault(item_id, []).append((due, words))
    return PlanRows(
        info,
        rows,
        {k: tuple(v) for k, v in units.items()},
        {k: tuple(sorted(v)) for k, v in steps.items()},
        supervision_labels(session, plan_id),
    )


def current_return_rate(session: Session, plan_ids: Sequence[int], *, as_of: date) -> ReturnRate | None:
    """None when no round has been opened for these plans yet.

    Read straight from the round tables (not services/returns/rounds.py) so the figures need nothing but the
    schema: a round opened before units were recorded as asked still shows who returned.
    """
    if not plan_ids:
        return None
    current = session.scalar(
        select(ReportingRound)
        .where(ReportingRound.plan_id.in_(plan_ids))
        .order_by(ReportingRound.created_at.desc(), ReportingRound.id.desc())
        .limit(1)
    )
    if current is None:
        return None
    asked = dict(
        session.execute(
            select(Unit.id, Unit.name)
            .join(RoundUnit, RoundUnit.unit_id == Unit.id)
            .where(RoundUnit.round_id == current.id)
            .order_by(RoundUnit.id)
        ).all()
    )
    returned = dict(
        session.execute(
            select(Unit.id, Unit.name)
            .join(ProgressReturn, ProgressReturn.unit_id == Unit.id)
            .where(ProgressReturn.round_id == current.id, counts_as_returned())
            .distinct()
        ).all()
    )
    return rate_of_round(current.id, current.plan_id, current.period, current.due_on, asked, returned, as_of)


def plan_stats(
    session: Session, plan_ids: Sequence[int] | None = None, *, as_of: date, rule: LightRule = LightRule()
) -> PlanStats:
    """The figures of the given plans (every plan when None), as on ``as_of``."""
    if plan_ids is None:
        plan_ids = list(session.scalars(select(Plan.id).order_by(Plan.id)))
    ledgers = [load_plan_rows(session, plan_id, as_of=as_of, rule=rule) for plan_id in plan_ids]
    rate = current_return_rate(session, plan_ids, as_of=as_of)
    return compute_stats(ledgers, as_of=as_of, return_rate=rate)
