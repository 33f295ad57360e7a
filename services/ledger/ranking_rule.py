"""考评: the ranking rule (docs/ranking.md) over the facts a ledger stores, whichever way they are read.

The facts (rounds, who was asked, returns received, each lead unit's tasks and targets, completions
reported) come from a ``RankingFacts``: a session's (services/ledger/ranking.py, for the overview and
every server ledger) or a SQLite file's read with the stdlib sqlite3 (services/ledger/plain_ranking.py,
for the export commands, which then need not import SQLAlchemy). Everything else is here, once, so the
two cannot rank differently. Unknown stays unknown: a unit never asked for a return has no on-time rate
(None), not 0%.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import NamedTuple, Protocol

from services.errors import InvalidValue, NotFound
from services.ledger.row_build import CLOSED
from services.returns.periods import parse_period

# A ceiling (`控制在…以内`) is not an amount to reach: it has no completion rate.
CEILINGS = frozenset({"<=", "<"})


class RoundFact(NamedTuple):
    id: int
    plan_id: int
    period: str
    due_on: date | None


class RankingFacts(Protocol):
    """What the ranking reads. Plan ids and round ids are those of the scope; rows as documented."""

    def rounds(self, plan_ids: list[int]) -> list[RoundFact]: ...

    def lead_units(self, plan_ids: list[int]) -> Iterable[tuple[int, str]]:
        """Real units (not group words) leading a live measure or task, in the plans' order (the unit's
        first task: plan, then position; then name)."""

    def asked_units(self, round_ids: list[int]) -> Iterable[tuple[int, str]]:
        """Real units asked in the rounds, by round, then as they were asked."""

    def asked(self, round_ids: list[int]) -> Iterable[tuple[int, int]]:
        """(round id, unit id) of every unit asked."""

    def returns(self, round_ids: list[int]) -> Iterable[tuple[int, int, datetime]]:
        """(round id, unit id, received at) of the returns that count as returned, earliest first."""

    def led(self, plan_ids: list[int], cut: date) -> Iterable[tuple[int, int, int]]:
        """(unit id, live measures and tasks it leads, of which late by `cut`)."""

    def target_shares(self, plan_ids: list[int], cut: date) -> Iterable[tuple[int, int, float]]:
        """(unit id, quantitative targets it leads that are not ceilings, the sum of each one's
        min(done / quantity, 1), 1 for a task closed by `cut`)."""

    def reported(
        self, plan_ids: list[int], as_of: date, round_id: int | None, year: int | None
    ) -> Iterable[tuple[int, int, str, date | None]]:
        """(unit id, item id, status, closed on) of standing entries reporting a live task done by
        `as_of`, in the round or during the year."""


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


def round_year(period: str, due_on: date | None) -> int | None:
    """The year a round reports on: `2024年第4季度` is 2024 even when it is due in January 2025."""
    try:
        return parse_period(period).start.year
    except InvalidValue:
        return due_on.year if due_on else None


def rank(
    facts: RankingFacts,
    plan_ids: list[int],
    *,
    as_of: date,
    round_id: int | None = None,
    year: int | None = None,
) -> Ranking:
    """The ranking of the units of ``plan_ids`` for one round (``round_id``) or one year (``year``)."""
    if (round_id is None) == (year is None):
        raise InvalidValue("考评请选择一个报送轮次或一个年度（二者选一）。")
    rounds = facts.rounds(plan_ids)
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
    round_ids = [r.id for r in chosen]
    units: dict[int, str] = {}
    for unit_id, name in facts.lead_units(plan_ids):
        units.setdefault(unit_id, name)
    if round_ids:
        for unit_id, name in facts.asked_units(round_ids):
            units.setdefault(unit_id, name)
    returns = _returns(facts, chosen, as_of)
    tasks = _tasks(facts, plan_ids, cut)
    reported = _reported(facts, plan_ids, as_of, round_id, year)
    scores = [_score(unit_id, name, returns, tasks, reported) for unit_id, name in units.items()]
    ordered = sorted(scores, key=_sort_key)  # stable: ties keep the plan's unit order
    ranked, place = [], 0
    for n, score in enumerate(ordered, start=1):
        if n == 1 or _sort_key(score) != _sort_key(ordered[n - 2]):
            place = n
        ranked.append(replace(score, rank=place))
    return Ranking(label, as_of, tuple(ranked))


def _returns(facts: RankingFacts, rounds: list[RoundFact], as_of: date) -> dict[int, list[str]]:
    """unit id -> one of "on_time" | "late" | "missing" per round it owed a return in."""
    if not rounds:
        return {}
    ids = [r.id for r in rounds]
    asked: dict[int, set[int]] = {}
    for round_id, unit_id in facts.asked(ids):
        asked.setdefault(round_id, set()).add(unit_id)
    first: dict[tuple[int, int], date] = {}
    for round_id, unit_id, received in facts.returns(ids):
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


def _tasks(facts: RankingFacts, plan_ids: list[int], cut: date) -> dict[int, _Led]:
    led = {unit_id: _Led(tasks, int(overdue or 0)) for unit_id, tasks, overdue in facts.led(plan_ids, cut)}
    for unit_id, targets, completion in facts.target_shares(plan_ids, cut):
        was = led.get(unit_id, _Led())
        led[unit_id] = _Led(was.tasks, was.overdue, targets, float(completion or 0.0))
    return led


def _reported(
    facts: RankingFacts, plan_ids: list[int], as_of: date, round_id: int | None, year: int | None
) -> dict[int, tuple[int, int]]:
    """unit id -> (tasks it reported done, of which closed by the office), from entries that still stand."""
    items: dict[int, dict[int, bool]] = {}
    for unit_id, item_id, status, closed_on in facts.reported(plan_ids, as_of, round_id, year):
        closed = status == CLOSED and (closed_on is None or closed_on <= as_of)
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
