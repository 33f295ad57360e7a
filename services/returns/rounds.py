"""Reporting rounds (报送轮次): a plan, a period, a due date, and which units were asked and answered.

A round is opened when its templates are made; each unit that leads or co-owns a live measure or task
of the plan is asked for a return (a RoundUnit row). Whether a unit has returned is read from its
ProgressReturn rows, so undoing an import batch puts the unit back to waiting without bookkeeping.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import (
    Assignment,
    ItemKind,
    LedgerItem,
    Milestone,
    Plan,
    ProgressReturn,
    ReportingRound,
    RoundUnit,
    Target,
    TaskStatus,
    Unit,
    UnitKind,
)
from services.errors import NotFound
from services.ledger.reminder_kinds import Liaison
from services.ledger.rows import get_plan
from services.returns.periods import parse_period

# Returns are usually asked for in the first days after the period: the default due date.
DEFAULT_DAYS_AFTER_PERIOD = 5


@dataclass(frozen=True)
class RoundView:
    id: int
    plan_id: int
    plan_title: str
    period: str
    due_on: date | None
    created_at: datetime

    def label(self) -> str:
        return f"{self.period}（报送截止 {self.due_on.isoformat() if self.due_on else '未定'}）"


@dataclass(frozen=True)
class ReturnTask:
    """A row of a unit's return: a live measure or task the unit leads or co-owns."""

    item_id: int
    number: str | None
    title: str
    target: str  # the 目标 cell: `80个`, or the target's words when it has no quantity
    target_quantity: float | None  # the single target's quantity, for the "more than the target" check
    target_unit: str | None
    due: date | None
    role: str  # "lead" | "co"
    targets: int = 0  # how many targets; with several, the form gives each its own row (目标①②…)
    target_parts: tuple[tuple[str, float | None, str | None], ...] = ()  # (目标 cell, quantity, unit) each
    milestones: tuple[
        tuple[date, str], ...
    ] = ()  # the task's open dated steps (services/ledger/milestones.py)


def _view(r: ReportingRound, plan_title: str) -> RoundView:
    return RoundView(r.id, r.plan_id, plan_title, r.period, r.due_on, r.created_at)


def get_round(session: Session, round_id: int) -> RoundView:
    r = session.get(ReportingRound, round_id)
    if r is None:
        raise NotFound(f"编号为 {round_id} 的报送轮次不存在（可能已被删除）。请刷新后重试。")
    return _view(r, session.get(Plan, r.plan_id).title)


def find_round(session: Session, plan_id: int, period: str) -> RoundView | None:
    r = session.scalar(
        select(ReportingRound).where(ReportingRound.plan_id == plan_id, ReportingRound.period == period)
    )
    return None if r is None else _view(r, session.get(Plan, plan_id).title)


def open_round(session: Session, plan_id: int, period: str, due_on: date | None = None) -> RoundView:
    """The round of `plan_id` for `period`, created when new; a given due date replaces the old one."""
    plan = get_plan(session, plan_id)
    parsed = parse_period(period)
    r = session.scalar(
        select(ReportingRound).where(ReportingRound.plan_id == plan_id, ReportingRound.period == parsed.text)
    )
    if r is None:
        due = due_on or parsed.end + timedelta(days=DEFAULT_DAYS_AFTER_PERIOD)
        r = ReportingRound(plan_id=plan_id, period=parsed.text, due_on=due)
        session.add(r)
    elif due_on is not None:
        r.due_on = due_on
    session.flush()
    return _view(r, plan.title)


def list_rounds(session: Session, plan_id: int | None = None) -> list[RoundView]:
    stmt = select(ReportingRound, Plan.title).join(Plan, Plan.id == ReportingRound.plan_id)
    if plan_id is not None:
        stmt = stmt.where(ReportingRound.plan_id == plan_id)
    rows = session.execute(stmt.order_by(ReportingRound.created_at.desc(), ReportingRound.id.desc()))
    return [_view(r, title) for r, title in rows]


def round_units(session: Session, plan_id: int) -> list[tuple[int, str]]:
    """Units to ask: every real unit (not a group word such as 各有关部门) owning a live, open item."""
    rows = session.execute(
        select(Unit.id, Unit.name, func.min(LedgerItem.position))
        .join(Assignment, Assignment.unit_id == Unit.id)
        .join(LedgerItem, LedgerItem.id == Assignment.item_id)
        .where(*_live_items(plan_id), Unit.kind != UnitKind.GROUP)
        .group_by(Unit.id, Unit.name)
        .order_by(func.min(LedgerItem.position), Unit.name)
    )
    return [(r[0], r[1]) for r in rows]


def _live_items(plan_id: int) -> tuple:
    return (
        LedgerItem.plan_id == plan_id,
        LedgerItem.deleted_at.is_(None),
        LedgerItem.status == TaskStatus.OPEN,
        LedgerItem.kind.in_((ItemKind.MEASURE, ItemKind.TASK)),
    )


def unit_tasks(session: Session, plan_id: int, unit_id: int) -> list[ReturnTask]:
    return plan_return_tasks(session, plan_id).get(unit_id, [])


def plan_return_tasks(session: Session, plan_id: int) -> dict[int, list[ReturnTask]]:
    """Every unit's return rows of a plan, read with three column queries.

    Column rows, not ORM objects: an import of thirty returns asks for them per unit, and thousands of
    short-lived ORM instances cost more than the whole check (measured in bench/returns_bench.py).
    """
    items = {
        r.id: r
        for r in session.execute(
            select(
                LedgerItem.id, LedgerItem.number, LedgerItem.title, LedgerItem.due_on, LedgerItem.position
            ).where(*_live_items(plan_id))
        )
    }
    targets: dict[int, list] = {}
    for t in session.execute(
        select(Target.item_id, Target.text, Target.quantity, Target.unit)
        .join(LedgerItem, LedgerItem.id == Target.item_id)
        .where(*_live_items(plan_id))
        .order_by(Target.item_id, Target.position, Target.id)
    ):
        targets.setdefault(t.item_id, []).append(t)
    steps: dict[int, list[tuple[date, str]]] = {}
    for m in session.execute(
        select(Milestone.item_id, Milestone.due_on, Milestone.text)
        .join(LedgerItem, LedgerItem.id == Milestone.item_id)
        .where(*_live_items(plan_id), Milestone.done_on.is_(None))
        .order_by(Milestone.item_id, Milestone.due_on)
    ):
        steps.setdefault(m.item_id, []).append((m.due_on, m.text or ""))
    tasks: dict[int, list[ReturnTask]] = {}
    for a in session.execute(
        select(Assignment.item_id, Assignment.unit_id, Assignment.role)
        .join(LedgerItem, LedgerItem.id == Assignment.item_id)
        .where(*_live_items(plan_id))
    ):
        item = items[a.item_id]
        tasks.setdefault(a.unit_id, []).append(
            _task(item, targets.get(item.id, []), a.role, tuple(steps.get(item.id, ())))
        )
    for rows in tasks.values():
        rows.sort(key=lambda t: items[t.item_id].position)
    return tasks


def _task(item, targets: list, role: str, milestones: tuple = ()) -> ReturnTask:
    parts = [f"{t.quantity:g}{t.unit or ''}" if t.quantity is not None else t.text for t in targets]
    single = targets[0] if len(targets) == 1 else None
    return ReturnTask(
        item_id=item.id,
        number=item.number,
        title=item.title,
        target="；".join(p for p in parts if p),
        target_quantity=single.quantity if single else None,
        target_unit=single.unit if single else None,
        due=item.due_on,
        role=role,
        targets=len(targets),
        milestones=milestones,
        target_parts=tuple((p or "—", t.quantity, t.unit) for p, t in zip(parts, targets, strict=True)),
    )


def record_sent(session: Session, round_id: int, unit_id: int, checksum: str, version: int) -> None:
    row = session.scalar(
        select(RoundUnit).where(RoundUnit.round_id == round_id, RoundUnit.unit_id == unit_id)
    )
    if row is None:
        row = RoundUnit(round_id=round_id, unit_id=unit_id)
        session.add(row)
    row.checksum, row.template_version, row.sent_at = checksum, version, datetime.now()
    session.flush()


def sent_checksum(session: Session, round_id: int, unit_id: int) -> str | None:
    return session.scalar(
        select(RoundUnit.checksum).where(RoundUnit.round_id == round_id, RoundUnit.unit_id == unit_id)
    )


# --- status of a round -------------------------------------------------------------------------------

RETURNED, LATE, WAITING = "returned", "late", "waiting"
STATE_LABELS = {RETURNED: "已报送", LATE: "逾期未报", WAITING: "待报送"}


@dataclass(frozen=True)
class UnitStatus:
    unit_id: int
    unit: str
    tasks: int
    state: str  # RETURNED | LATE | WAITING
    returned_at: datetime | None
    file_name: str | None
    returns: int  # how many returns the unit sent for this round (a second one is flagged on import)
    liaison: Liaison | None
    chased_on: date | None


@dataclass(frozen=True)
class RoundStatus:
    round: RoundView
    units: tuple[UnitStatus, ...]

    def late(self) -> tuple[UnitStatus, ...]:
        return tuple(u for u in self.units if u.state == LATE)

    def count(self, state: str) -> int:
        return sum(u.state == state for u in self.units)


def counts_as_returned():
    """A return that brought nothing (the form sent back untouched, or superseded by a later file of the
    same unit in its batch) is kept in the history but does not make the unit 已报送: it still owes one.
    Rows from before the count was kept (NULL) count."""
    return or_(ProgressReturn.rows.is_(None), ProgressReturn.rows > 0)


def round_status(session: Session, round_id: int, *, as_of: date) -> RoundStatus:
    # The liaisons are read by the reminders' module, which brings the ledger's read model with it; only
    # the round's status shows them, so the forms and the returns' check do without (issue 16).
    from services.ledger.reminders import primary_liaison

    view = get_round(session, round_id)
    asked = session.execute(
        select(RoundUnit, Unit.name)
        .join(Unit, Unit.id == RoundUnit.unit_id)
        .where(RoundUnit.round_id == round_id)
    ).all()
    returns: dict[int, list[ProgressReturn]] = {}
    for r in session.scalars(
        select(ProgressReturn)
        .where(ProgressReturn.round_id == round_id, counts_as_returned())
        .order_by(ProgressReturn.received_at, ProgressReturn.id)
    ):
        returns.setdefault(r.unit_id, []).append(r)
    order = {unit_id: n for n, (unit_id, _name) in enumerate(round_units(session, view.plan_id))}
    tasks = plan_return_tasks(session, view.plan_id)
    units = []
    for asked_unit, name in sorted(asked, key=lambda row: (order.get(row[0].unit_id, 1 << 30), row[1])):
        got = returns.get(asked_unit.unit_id, [])
        last = got[-1] if got else None
        if last is not None:
            state = RETURNED
        elif view.due_on is not None and as_of > view.due_on:
            state = LATE
        else:
            state = WAITING
        units.append(
            UnitStatus(
                unit_id=asked_unit.unit_id,
                unit=name,
                tasks=len(tasks.get(asked_unit.unit_id, [])),
                state=state,
                returned_at=last.received_at if last else None,
                file_name=last.file_name if last else None,
                returns=len(got),
                liaison=primary_liaison(session, asked_unit.unit_id),
                chased_on=asked_unit.chased_on,
            )
        )
    return RoundStatus(view, tuple(units))


def mark_chased(session: Session, round_id: int, unit_ids: list[int], on: date) -> None:
    for row in session.scalars(
        select(RoundUnit).where(RoundUnit.round_id == round_id, RoundUnit.unit_id.in_(unit_ids))
    ):
        row.chased_on = on
    session.flush()


@dataclass(frozen=True)
class ReturnRecord:
    """One accepted return in a unit's history."""

    id: int
    round_id: int
    period: str
    plan_title: str
    file_name: str
    received_at: datetime
    rows: int | None
    problems: int | None
    batch_id: int | None


def unit_history(session: Session, unit_id: int) -> list[ReturnRecord]:
    rows = session.execute(
        select(ProgressReturn, ReportingRound.period, Plan.title)
        .join(ReportingRound, ReportingRound.id == ProgressReturn.round_id)
        .join(Plan, Plan.id == ReportingRound.plan_id)
        .where(ProgressReturn.unit_id == unit_id)
        .order_by(ProgressReturn.received_at.desc(), ProgressReturn.id.desc())
    )
    return [
        ReturnRecord(
            r.id, r.round_id, period, title, r.file_name, r.received_at, r.rows, r.problems, r.batch_id
        )
        for r, period, title in rows
    ]
