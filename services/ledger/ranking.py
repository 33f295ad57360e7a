"""考评: each unit's on-time returns, completion against targets, overdue tasks and reported-vs-confirmed
completions, for one reporting round or one year, ranked by a stated rule (docs/ranking.md).

Everything is computed from what is stored (rounds, returns, progress entries, tasks and their targets),
so the overview, the Excel ledger's 考评 sheet and the bulletin show the same figures: they all call
``rank_units``. Unknown stays unknown: a unit never asked for a return has no on-time rate (None), not 0%.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import BigInteger, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session

from models import (
    Assignment,
    ItemKind,
    LedgerItem,
    ProgressEntry,
    ProgressReturn,
    ReportingRound,
    Role,
    RoundUnit,
    Target,
    TaskStatus,
    Unit,
    UnitKind,
)
from services.errors import InvalidValue, NotFound
from services.returns.rounds import counts_as_returned, parse_period

# A ceiling (`控制在…以内`) is not an amount to reach: it has no completion rate.
_CEILINGS = frozenset({"<=", "<"})


@dataclass(frozen=True)
class UnitScore:
    """One line of the ranking. Rates are 0–100, or None when there is nothing to rate."""

    rank: int
    unit_id: int
    unit: str
    asked: int  # returns owed in the scope (rounds due by the day, or already answered)
    on_time: int  # returned by the round's due date
    late_returns: int  # returned after it
    missing: int  # not returned and the due date has passed
    targets: int  # quantitative targets of the tasks the unit leads
    tasks: int  # live measures and tasks the unit leads
    overdue: int  # of those, past their due date and not closed by it
    reported_done: int  # tasks the unit reported done (是否完成 = 是) in the scope
    confirmed: int  # of those, closed (销号) by the office
    on_time_rate: float | None = None
    target_completion: float | None = None

    @property
    def awaiting(self) -> int:
        """Reported done, not yet confirmed: 待销号."""
        return self.reported_done - self.confirmed


@dataclass(frozen=True)
class Ranking:
    label: str  # `2024年第3季度` (a round) or `2024年度` (a year)
    as_of: date
    rows: tuple[UnitScore, ...]


def _sort_key(s: UnitScore) -> tuple:
    """The documented order: on-time rate, target completion (both high first, unknown last), fewer overdue
    tasks, more confirmed completions. The plan's own unit order settles what is still tied."""
    return (
        -(s.on_time_rate if s.on_time_rate is not None else -1.0),
        -(s.target_completion if s.target_completion is not None else -1.0),
        s.overdue,
        -s.confirmed,
    )


def latest_round(session: Session, plan_ids: list[int]) -> int | None:
    if not plan_ids:
        return None
    return session.scalar(
        select(ReportingRound.id)
        .where(ReportingRound.plan_id.in_(plan_ids))
        .order_by(ReportingRound.created_at.desc(), ReportingRound.id.desc())
        .limit(1)
    )


def round_year(period: str, due_on: date | None) -> int | None:
    """The year a round reports on: `2024年第4季度` is 2024 even when it is due in January 2025."""
    try:
        return parse_period(period).start.year
    except InvalidValue:
        return due_on.year if due_on else None


def rank_units(
    session: Session,
    plan_ids: list[int],
    *,
    as_of: date,
    round_id: int | None = None,
    year: int | None = None,
) -> Ranking:
    """The ranking of the units of ``plan_ids`` for one round (``round_id``) or one year (``year``)."""
    if (round_id is None) == (year is None):
        raise InvalidValue("考评请选择一个报送轮次或一个年度（二者选一）。")
    rounds = session.execute(
        select(ReportingRound.id, ReportingRound.plan_id, ReportingRound.period, ReportingRound.due_on).where(
            ReportingRound.plan_id.in_(plan_ids)
        )
    ).all()
    if round_id is not None:
        chosen = [r for r in rounds if r.id == round_id]
        if not chosen:
            raise NotFound(f"编号为 {round_id} 的报送轮次不存在或不属于所选方案。请刷新后重试。")
        label = chosen[0].period
        # Tasks are judged as on the round's due date, or today when that is still ahead.
        cut = min(as_of, chosen[0].due_on) if chosen[0].due_on else as_of
    else:
        chosen = [r for r in rounds if round_year(r.period, r.due_on) == year]
        label = f"{year}年度"
        cut = min(as_of, date(year, 12, 31))
    units = _units(session, plan_ids, [r.id for r in chosen])
    returns = _returns(session, chosen, as_of)
    tasks = _tasks(session, plan_ids, cut)
    reported = _reported(session, plan_ids, as_of, round_id=round_id, year=year)
    scores = [_score(unit_id, name, returns, tasks, reported) for unit_id, name in units]
    ordered = sorted(scores, key=_sort_key)  # stable: ties keep the plan's unit order
    ranked, rank = [], 0
    for n, score in enumerate(ordered, start=1):
        if n == 1 or _sort_key(score) != _sort_key(ordered[n - 2]):
            rank = n
        ranked.append(_with_rank(score, rank))
    return Ranking(label, as_of, tuple(ranked))


def _with_rank(score: UnitScore, rank: int) -> UnitScore:
    return replace(score, rank=rank)


def _units(session: Session, plan_ids: list[int], round_ids: list[int]) -> list[tuple[int, str]]:
    """Units that lead a live measure or task, in plan order, then units asked in the scope's rounds.
    A group word (各区镇) is not a unit and is not ranked."""
    found: dict[int, str] = {}
    for unit_id, name in session.execute(
        select(Unit.id, Unit.name)
        .join(Assignment, Assignment.unit_id == Unit.id)
        .join(LedgerItem, LedgerItem.id == Assignment.item_id)
        .where(
            LedgerItem.plan_id.in_(plan_ids),
            LedgerItem.deleted_at.is_(None),
            LedgerItem.kind.in_((ItemKind.MEASURE, ItemKind.TASK)),
            Assignment.role == Role.LEAD,
            Unit.kind != UnitKind.GROUP,
        )
        .group_by(Unit.id, Unit.name)
        # The plans' order: the unit's first task (plan, then position), as the rounds list them.
        .order_by(
            func.min(cast(LedgerItem.plan_id, BigInteger) * 10_000_000 + LedgerItem.position), Unit.name
        )
    ):
        found.setdefault(unit_id, name)
    if round_ids:
        for unit_id, name in session.execute(
            select(Unit.id, Unit.name)
            .join(RoundUnit, RoundUnit.unit_id == Unit.id)
            .where(RoundUnit.round_id.in_(round_ids), Unit.kind != UnitKind.GROUP)
            .order_by(RoundUnit.round_id, RoundUnit.id)
        ):
            found.setdefault(unit_id, name)
    return list(found.items())


def _returns(session: Session, rounds: list, as_of: date) -> dict[int, list[str]]:
    """unit id -> one of "on_time" | "late" | "missing" per round it owed a return in."""
    if not rounds:
        return {}
    ids = [r.id for r in rounds]
    asked: dict[int, set[int]] = {}
    for round_id, unit_id in session.execute(
        select(RoundUnit.round_id, RoundUnit.unit_id).where(RoundUnit.round_id.in_(ids))
    ):
        asked.setdefault(round_id, set()).add(unit_id)
    first: dict[tuple[int, int], date] = {}
    for round_id, unit_id, received in session.execute(
        select(ProgressReturn.round_id, ProgressReturn.unit_id, ProgressReturn.received_at)
        .where(ProgressReturn.round_id.in_(ids), counts_as_returned())
        .order_by(ProgressReturn.received_at)
    ):
        if received.date() <= as_of:  # a return received after the day asked about had not come yet
            first.setdefault((round_id, unit_id), received.date())
            asked.setdefault(round_id, set()).add(unit_id)
    out: dict[int, list[str]] = {}
    for r in rounds:
        for unit_id in asked.get(r.id, ()):
            got = first.get((r.id, unit_id))
            if got is not None:
                state = "on_time" if r.due_on is None or got <= r.due_on else "late"
            elif r.due_on is not None and as_of > r.due_on:
                state = "missing"
            else:
                continue  # not due yet: nothing owed so far
            out.setdefault(unit_id, []).append(state)
    return out


@dataclass(frozen=True)
class _Led:
    tasks: int = 0
    overdue: int = 0
    targets: int = 0
    completion: float = 0.0  # the sum of min(done / quantity, 1) over the quantitative targets


def _tasks(session: Session, plan_ids: list[int], cut: date) -> dict[int, _Led]:
    """Per lead unit, counted by the database: a district ledger has 100,000 tasks, and reading them all
    into Python to count them took seconds (bench figures in docs/ranking.md)."""
    live = (
        LedgerItem.plan_id.in_(plan_ids),
        LedgerItem.deleted_at.is_(None),
        LedgerItem.kind.in_((ItemKind.MEASURE, ItemKind.TASK)),
        Assignment.role == Role.LEAD,
    )
    closed_by_cut = and_(
        LedgerItem.status == TaskStatus.CLOSED,
        or_(LedgerItem.closed_on.is_(None), LedgerItem.closed_on <= cut),
    )
    late = and_(
        LedgerItem.due_on.is_not(None),
        LedgerItem.due_on < cut,
        or_(
            LedgerItem.status != TaskStatus.CLOSED,
            and_(LedgerItem.closed_on.is_not(None), LedgerItem.closed_on > LedgerItem.due_on),
        ),
    )
    led = {
        unit_id: _Led(tasks, int(overdue or 0))
        for unit_id, tasks, overdue in session.execute(
            select(Assignment.unit_id, func.count(), func.sum(case((late, 1), else_=0)))
            .join(LedgerItem, LedgerItem.id == Assignment.item_id)
            .where(*live)
            .group_by(Assignment.unit_id)
        )
    }
    ratio = func.coalesce(Target.done, 0.0) / Target.quantity
    share = case((closed_by_cut, 1.0), (ratio >= 1.0, 1.0), else_=ratio)
    for unit_id, targets, completion in session.execute(
        select(Assignment.unit_id, func.count(), func.sum(share))
        .join(LedgerItem, LedgerItem.id == Assignment.item_id)
        .join(Target, Target.item_id == LedgerItem.id)
        .where(
            *live,
            Target.quantity > 0,
            or_(Target.comparator.is_(None), Target.comparator.not_in(_CEILINGS)),
        )
        .group_by(Assignment.unit_id)
    ):
        was = led.get(unit_id, _Led())
        led[unit_id] = _Led(was.tasks, was.overdue, targets, float(completion or 0.0))
    return led


def _reported(
    session: Session, plan_ids: list[int], as_of: date, *, round_id: int | None, year: int | None
) -> dict[int, tuple[int, int]]:
    """unit id -> (tasks it reported done, of which closed by the office), from entries that still stand."""
    stmt = (
        select(ProgressEntry.unit_id, ProgressEntry.item_id, LedgerItem.status, LedgerItem.closed_on)
        .join(LedgerItem, LedgerItem.id == ProgressEntry.item_id)
        .where(
            LedgerItem.plan_id.in_(plan_ids),
            LedgerItem.deleted_at.is_(None),
            ProgressEntry.reported_done.is_(True),
            ProgressEntry.voided_at.is_(None),
            ProgressEntry.unit_id.is_not(None),
            ProgressEntry.reported_on <= as_of,
        )
    )
    if round_id is not None:
        stmt = stmt.where(ProgressEntry.round_id == round_id)
    else:
        stmt = stmt.where(ProgressEntry.reported_on.between(date(year, 1, 1), date(year, 12, 31)))
    items: dict[int, dict[int, bool]] = {}
    for unit_id, item_id, status, closed_on in session.execute(stmt):
        closed = status == TaskStatus.CLOSED and (closed_on is None or closed_on <= as_of)
        items.setdefault(unit_id, {})[item_id] = closed
    return {unit_id: (len(done), sum(done.values())) for unit_id, done in items.items()}


def _score(unit_id: int, name: str, returns: dict, tasks: dict, reported: dict) -> UnitScore:
    states = returns.get(unit_id, [])
    on_time, late, missing = (states.count(s) for s in ("on_time", "late", "missing"))
    led = tasks.get(unit_id, _Led())
    done, confirmed = reported.get(unit_id, (0, 0))
    return UnitScore(
        rank=0,
        unit_id=unit_id,
        unit=name,
        asked=len(states),
        on_time=on_time,
        late_returns=late,
        missing=missing,
        targets=led.targets,
        tasks=led.tasks,
        overdue=led.overdue,
        reported_done=done,
        confirmed=confirmed,
        on_time_rate=100.0 * on_time / len(states) if states else None,
        target_completion=100.0 * led.completion / led.targets if led.targets else None,
    )


def percent(value: float | None) -> str:
    """`85.7%`, or `—` for a figure that has nothing to rate (how every document writes it)."""
    return "—" if value is None else f"{value:.1f}%"


# The rule in a sentence, printed under the ranking in the 通报 and the Excel sheet (docs/ranking.md).
RULE_TEXT = (
    "依次比较按时报送率（高者在前）、目标完成率（高者在前）、逾期任务数（少者在前）、已销号任务数（多者在前），"
    "四项均相同的并列，按方案中单位的先后列出；“—”表示该单位本期无应报或无量化目标。"
)

RANKING_HEADERS = (
    "名次",
    "单位",
    "应报次数",
    "按时报送",
    "按时报送率",
    "牵头任务",
    "目标完成率",
    "逾期任务",
    "报完成",
    "已销号",
)


def ranking_cells(score: UnitScore) -> tuple[str, ...]:
    """One row as the overview, the Excel sheet and the bulletin write it, in RANKING_HEADERS' order."""
    return (
        str(score.rank),
        score.unit,
        str(score.asked),
        str(score.on_time),
        percent(score.on_time_rate),
        str(score.tasks),
        percent(score.target_completion),
        str(score.overdue),
        str(score.reported_done),
        str(score.confirmed),
    )
