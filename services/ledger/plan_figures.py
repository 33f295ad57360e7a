"""The figures of a plan at a glance, from its rows read once: counts by light, completion by domain and
by unit, the next deadlines. Shared by the overview, the PDF summary page, the Excel summary sheet and the
bulletin, so the four never disagree.

Pure: no SQLAlchemy and no models, so an export read with the stdlib sqlite3
(services/ledger/plain_read.py) builds its figures without importing them. The reads that fill a
``PlanRows`` are services/ledger/stats.py (a session) and plain_read (a SQLite file).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from services.ledger.lights import Light
from services.ledger.row_build import CLOSED, SECTION
from services.ledger.row_views import LedgerRow

OTHER_DOMAIN = "其他"


@dataclass(frozen=True)
class PlanInfo:
    id: int
    title: str
    doc_number: str | None
    issued_on: date | None


@dataclass(frozen=True)
class UnitRef:
    unit_id: int
    name: str
    role: str  # "lead" | "co"


@dataclass(frozen=True)
class PlanRows:
    """A plan's sections, measures and tasks in document order, with the ids of their units."""

    plan: PlanInfo
    rows: tuple[LedgerRow, ...]
    units: dict[int, tuple[UnitRef, ...]]  # item id -> its units, lead first, as the document lists them
    # item id -> its open milestones (due, words), for the printed sheet (services/ledger/milestones.py)
    milestones: dict[int, tuple[tuple[date, str], ...]] = field(default_factory=dict)
    # item id -> (督办编号, 来源) of the plan's 督办事项 (services/ledger/supervision_list.py); empty for a plan's own tasks
    supervision: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)

    def items(self) -> list[LedgerRow]:
        """Measures and tasks, without the section headings."""
        return [r for r in self.rows if r.kind != SECTION]


def with_headings(ledger: PlanRows, items: Sequence[LedgerRow]) -> list[LedgerRow]:
    """``items`` in document order with the section headings above them; a heading over nothing is left out."""
    by_id = {r.id: r for r in ledger.rows}
    kept = {r.id for r in items}
    for row in items:
        parent = by_id.get(row.parent_id) if row.parent_id is not None else None
        while parent is not None and parent.id not in kept:
            if parent.kind == SECTION:
                kept.add(parent.id)
            parent = by_id.get(parent.parent_id) if parent.parent_id is not None else None
    return [r for r in ledger.rows if r.id in kept]


def item_progress(row: LedgerRow) -> float:
    """A closed task counts as done; a task nobody has reported on counts as not started."""
    if row.status == CLOSED:
        return 100.0
    return float(row.progress or 0)


@dataclass(frozen=True)
class LightCounts:
    red: int = 0
    yellow: int = 0
    green: int = 0
    grey: int = 0

    @property
    def total(self) -> int:
        return self.red + self.yellow + self.green + self.grey

    def of(self, light: Light | str) -> int:
        return getattr(self, str(light))


def count_lights(rows: Iterable[LedgerRow]) -> LightCounts:
    counts = dict.fromkeys(("red", "yellow", "green", "grey"), 0)
    for row in rows:
        counts[str(row.light)] += 1
    return LightCounts(**counts)


@dataclass(frozen=True)
class GroupStat:
    """One bar of a chart: a domain (or the section standing for one) or a lead unit."""

    label: str
    lights: LightCounts
    average_progress: float  # 0–100, closed tasks at 100, unreported at 0
    unit_id: int | None = None  # set for a unit: the checklist filters by it
    domain: str | None = None  # set for a domain: the checklist searches for it
    plan_id: int | None = None  # set with node_id for a section: the checklist shows its subtree
    node_id: int | None = None

    @property
    def total(self) -> int:
        return self.lights.total

    @property
    def closed(self) -> int:
        return self.lights.grey


def _group(label: str, rows: Sequence[LedgerRow], **where) -> GroupStat:
    average = sum(item_progress(r) for r in rows) / len(rows) if rows else 0.0
    return GroupStat(label, count_lights(rows), average, **where)


def nearest_sections(rows: Sequence[LedgerRow]) -> dict[int, LedgerRow]:
    """Item id -> the section heading it stands under (the closest one), for items that have one."""
    by_id = {r.id: r for r in rows}
    found: dict[int, LedgerRow] = {}
    for row in rows:
        parent = by_id.get(row.parent_id) if row.parent_id is not None else None
        while parent is not None and parent.kind != SECTION:
            parent = by_id.get(parent.parent_id) if parent.parent_id is not None else None
        if parent is not None:
            found[row.id] = parent
    return found


def by_domain(ledgers: Sequence[PlanRows]) -> tuple[GroupStat, ...]:
    """Tasks of the task table carry their 领域; a measure without one counts under its section."""
    groups: dict[tuple, tuple[str, dict, list[LedgerRow]]] = {}
    for ledger in ledgers:
        sections = nearest_sections(ledger.rows)
        for row in ledger.items():
            if row.domain:
                key, label, where = ("domain", row.domain), row.domain, {"domain": row.domain}
            elif (section := sections.get(row.id)) is not None:
                key, label = ("section", section.id), row.section or section.title
                where = {"plan_id": ledger.plan.id, "node_id": section.id}
            else:
                key, label, where = ("other",), OTHER_DOMAIN, {}
            groups.setdefault(key, (label, where, []))[2].append(row)
    return tuple(_group(label, rows, **where) for label, where, rows in groups.values())


def by_lead_unit(ledgers: Sequence[PlanRows]) -> tuple[GroupStat, ...]:
    """Each lead unit with the measures and tasks it leads, in the order the plans first name them."""
    groups: dict[int, tuple[str, list[LedgerRow]]] = {}
    for ledger in ledgers:
        for row in ledger.items():
            for unit in ledger.units.get(row.id, ()):
                if unit.role == "lead":
                    groups.setdefault(unit.unit_id, (unit.name, []))[1].append(row)
    return tuple(_group(name, rows, unit_id=unit_id) for unit_id, (name, rows) in groups.items())


@dataclass(frozen=True)
class ReturnRate:
    """The current (latest) reporting round of a plan: units asked, returned, late."""

    round_id: int
    plan_id: int
    period: str
    due_on: date | None
    asked: int
    returned: int
    missing_units: tuple[str, ...]  # asked and not returned, as of the day asked about
    overdue: bool  # the round's due date has passed

    @property
    def rate(self) -> float:
        return 100.0 * self.returned / self.asked if self.asked else 0.0


def rate_of_round(
    round_id: int,
    plan_id: int,
    period: str,
    due_on: date | None,
    asked: dict[int, str],
    returned: dict[int, str],
    as_of: date,
) -> ReturnRate:
    """A round's rate from the units asked and those that returned (unit id -> name), as both reads
    (services/ledger/stats.py, plain_read.py) give them: a unit that returned unasked counts as asked."""
    everyone = {**asked, **returned}
    return ReturnRate(
        round_id=round_id,
        plan_id=plan_id,
        period=period,
        due_on=due_on,
        asked=len(everyone),
        returned=len(returned),
        missing_units=tuple(name for unit_id, name in everyone.items() if unit_id not in returned),
        overdue=due_on is not None and as_of > due_on,
    )


@dataclass(frozen=True)
class Deadline:
    item_id: int
    plan_id: int
    number: str | None
    title: str
    due: date
    lead_units: tuple[str, ...]
    light: Light
    days_left: int


def next_deadlines(rows: Iterable[LedgerRow], *, as_of: date, limit: int = 8) -> tuple[Deadline, ...]:
    """Open measures and tasks due today or later, soonest first."""
    upcoming = sorted(
        (r for r in rows if r.kind != SECTION and r.status != CLOSED and r.due and r.due >= as_of),
        key=lambda r: (r.due, r.plan_id, r.position),
    )
    return tuple(
        Deadline(r.id, r.plan_id, r.number, r.title, r.due, r.lead_units, r.light, (r.due - as_of).days)
        for r in upcoming[:limit]
    )


@dataclass(frozen=True)
class PlanStats:
    as_of: date
    plans: tuple[PlanInfo, ...]
    lights: LightCounts
    average_progress: float
    by_domain: tuple[GroupStat, ...]
    by_unit: tuple[GroupStat, ...]
    return_rate: ReturnRate | None
    next_deadlines: tuple[Deadline, ...]

    @property
    def total(self) -> int:
        return self.lights.total


def compute_stats(
    ledgers: Sequence[PlanRows], *, as_of: date, return_rate: ReturnRate | None = None
) -> PlanStats:
    items = [row for ledger in ledgers for row in ledger.items()]
    average = sum(item_progress(r) for r in items) / len(items) if items else 0.0
    return PlanStats(
        as_of=as_of,
        plans=tuple(ledger.plan for ledger in ledgers),
        lights=count_lights(items),
        average_progress=average,
        by_domain=by_domain(ledgers),
        by_unit=by_lead_unit(ledgers),
        return_rate=return_rate,
        next_deadlines=next_deadlines(items, as_of=as_of),
    )
