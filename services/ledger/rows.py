"""Read the ledger: measures and tasks with their owners, targets and traffic light, filtered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from models import (
    Assignment,
    ItemKind,
    LedgerItem,
    Plan,
    ProgressEntry,
    Role,
    Target,
    TaskStatus,
    Unit,
    UnitAlias,
)
from services.errors import NotFound
from services.gc_pause import paused_gc
from services.ledger.lights import Light, LightRule, judge, scope_note, task_window


class TargetView(NamedTuple):
    id: int
    text: str
    quantity: float | None
    unit: str | None
    comparator: str | None
    done: float | None
    year: int | None = None
    recurring: str | None = None

    def describe(self) -> str:
        """`80个（完成30）` as a clerk reads it in one table cell; just `80个` before anything is reported."""
        if self.quantity is None:
            return self.text
        amount = f"{self.quantity:g}{self.unit or ''}"
        return amount if self.done is None else f"{amount}（完成{self.done:g}）"


class LedgerRow(NamedTuple):
    """One measure or task as the ledger shows it (a NamedTuple: 100,000 of these are built at once)."""

    id: int
    plan_id: int
    parent_id: int | None
    kind: str
    level: int
    position: int
    number: str | None
    title: str
    text: str | None
    section: str | None
    domain: str | None
    lead_units: tuple[str, ...]
    co_units: tuple[str, ...]
    due: date | None
    recurring: str | None
    targets: tuple[TargetView, ...]
    progress: int | None
    status: str
    light: Light
    version: int
    latest_situation: str | None
    why: str = ""  # why the light is what it is (services/ledger/lights.py judge)
    awaiting_confirmation: bool = False  # 待销号: the unit reported it done, the office has not closed it
    milestone: str | None = (
        None  # set on a calendar entry for a step inside the task (services/ledger/milestones.py)
    )

    def to_json(self) -> dict:
        """The `tasks --json` shape of DESIGN.md (more keys may follow the required ones)."""
        return {
            "id": self.id,
            "plan_id": self.plan_id,
            "number": self.number,
            "title": self.title,
            "lead_units": list(self.lead_units),
            "co_units": list(self.co_units),
            "due": self.due.isoformat() if self.due else None,
            "targets": [
                {"quantity": _json_number(t.quantity), "unit": t.unit, "done": _json_number(t.done)}
                for t in self.targets
            ],
            "progress": self.progress,
            "status": self.status,
            "light": str(self.light),
            "kind": self.kind,
            "section": self.section,
            "domain": self.domain,
            "recurring": self.recurring,
            "why": self.why,
            "awaiting_confirmation": self.awaiting_confirmation,
        }


def _json_number(value: float | None) -> float | int | None:
    """80 rather than 80.0, as parse-plan --json writes it: scripts compare the two outputs."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


ALL_KINDS = frozenset({ItemKind.SECTION, ItemKind.MEASURE, ItemKind.TASK})


@dataclass(frozen=True)
class LedgerFilter:
    plan_id: int | None = None
    unit_id: int | None = None
    status: str | None = None  # "open" | "closed"
    lights: frozenset[Light] = field(default_factory=frozenset)
    due_within_days: int | None = None  # due by today + N days (overdue included)
    overdue: bool = False  # past its due date and still open
    search: str = ""
    kinds: frozenset[str] = frozenset({ItemKind.MEASURE, ItemKind.TASK})
    ids: frozenset[int] = frozenset()  # only these items, when given
    # Only rows that may need attention: due by this date, yearly, or progress below this figure
    # (a task at or above 100 - behind_red can never be red by pace). Lets reminders skip most rows.
    attention: tuple[date, int] | None = None


@dataclass(frozen=True)
class PlanSummary:
    id: int
    title: str
    doc_number: str | None
    issued_on: date | None
    measures: int
    tasks: int

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "doc_number": self.doc_number,
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
            "measures": self.measures,
            "tasks": self.tasks,
        }


def get_plan(session: Session, plan_id: int) -> Plan:
    """The plan, or the message every command gives for an unknown plan number."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"编号为 {plan_id} 的方案不存在。用 plans 命令查看已导入的方案。")
    return plan


def list_plans(session: Session) -> list[PlanSummary]:
    plans = session.scalars(select(Plan).order_by(Plan.id)).all()
    counts: dict[tuple[int, str], int] = {}
    for plan_id, kind in session.execute(
        select(LedgerItem.plan_id, LedgerItem.kind).where(LedgerItem.deleted_at.is_(None))
    ):
        counts[(plan_id, kind)] = counts.get((plan_id, kind), 0) + 1
    return [
        PlanSummary(
            p.id,
            p.title,
            p.doc_number,
            p.issued_on,
            counts.get((p.id, ItemKind.MEASURE), 0),
            counts.get((p.id, ItemKind.TASK), 0),
        )
        for p in plans
    ]


def ledger_conditions(flt: LedgerFilter) -> list:
    """The filters SQL can apply; dates and lights depend on `as_of` and are applied to built rows."""
    conditions = [LedgerItem.deleted_at.is_(None), LedgerItem.kind.in_(flt.kinds)]
    if flt.plan_id is not None:
        conditions.append(LedgerItem.plan_id == flt.plan_id)
    if flt.ids:
        conditions.append(LedgerItem.id.in_(flt.ids))
    if flt.status:
        conditions.append(LedgerItem.status == flt.status)
    if flt.unit_id is not None:
        conditions.append(
            exists().where(Assignment.item_id == LedgerItem.id, Assignment.unit_id == flt.unit_id)
        )
    conditions.extend(_matches(word) for word in flt.search.split())
    if flt.attention is not None:
        due_by, below = flt.attention
        conditions.append(
            or_(
                LedgerItem.due_on <= due_by,
                LedgerItem.recurring == "yearly",
                and_(LedgerItem.progress.is_not(None), LedgerItem.progress < below),
            )
        )
    return conditions


def query_ledger(
    session: Session,
    flt: LedgerFilter = LedgerFilter(),
    *,
    as_of: date | None = None,
    rule: LightRule = LightRule(),
    with_text: bool = True,
    with_targets: bool = True,
    with_sections: bool = True,
) -> list[LedgerRow]:
    """Rows of the ledger with their owners, targets and light as on `as_of`.

    Read with Core queries, not ORM objects: a city office's ledger may hold 100,000 tasks, and the
    checklist and the exports come through here. A caller that does not show the text, the targets
    or the section may leave them out (`text` None, `targets` (), `section` None).
    """
    with paused_gc():  # 100,000 rows at once: services/gc_pause.py
        return _query(session, flt, as_of, rule, with_text, with_targets, with_sections)


def _query(session, flt, as_of, rule, with_text, with_targets, with_sections) -> list[LedgerRow]:
    as_of = as_of or date.today()
    conditions = ledger_conditions(flt)
    scope = select(LedgerItem.id).where(*conditions)
    columns = [
        LedgerItem.id,
        LedgerItem.plan_id,
        LedgerItem.parent_id,
        LedgerItem.kind,
        LedgerItem.level,
        LedgerItem.position,
        LedgerItem.number,
        LedgerItem.title,
        LedgerItem.domain,
        LedgerItem.start_on,
        LedgerItem.due_on,
        LedgerItem.recurring,
        LedgerItem.status,
        LedgerItem.progress,
        LedgerItem.version,
        LedgerItem.latest_situation,
        LedgerItem.reported_done_on,
    ]
    if with_text:
        columns.append(LedgerItem.text)
    # Values that repeat from row to row (unit names, owner lists, statuses, domains, dates, numbers
    # across plans) are kept once: 100,000 rows then take a third less memory.
    shared: dict = {}
    share = shared.setdefault
    connection = session.connection()  # Core rows: no ORM identity map for 100,000 read-only rows
    owners: dict[int, tuple[list[str], list[str]]] = {}
    assigned = connection.execute(
        select(Assignment.item_id, Unit.name, Assignment.role)
        .join(Unit, Unit.id == Assignment.unit_id)
        .where(Assignment.item_id.in_(scope))
        .order_by(Assignment.item_id, Assignment.position)
    )
    for part in assigned.partitions(5000):
        for item_id, name, role in part:
            lead, co = owners.setdefault(item_id, ([], []))
            (lead if role == Role.LEAD else co).append(share(name, name))
    targets: dict[int, list[TargetView]] = {}
    if with_targets:
        listed = connection.execute(
            select(
                Target.item_id,
                Target.id,
                Target.text,
                Target.quantity,
                Target.unit,
                Target.comparator,
                Target.done,
                Target.year,
                Target.recurring,
            )
            .where(Target.item_id.in_(scope))
            .order_by(Target.item_id, Target.position)
        )
        for part in listed.partitions(5000):
            for item_id, target_id, text, quantity, unit, comparator, done, year, recurring in part:
                targets.setdefault(item_id, []).append(
                    TargetView(
                        target_id,
                        share(text, text),
                        quantity,
                        share(unit, unit),
                        share(comparator, comparator),
                        done,
                        year,
                        share(recurring, recurring),
                    )
                )
    plan_starts = dict(session.execute(select(Plan.id, Plan.issued_on)).all())
    sections: dict[int, tuple[int | None, str]] = {}
    if with_sections:
        plan_ids = set(connection.execute(select(LedgerItem.plan_id).where(*conditions).distinct()).scalars())
        sections = _section_titles(session, plan_ids)
    yearly_ids = list(connection.execute(scope.where(LedgerItem.recurring == "yearly")).scalars())
    yearly = this_years_progress(session, yearly_ids, as_of)
    if with_targets and yearly_ids:
        _this_years_done(session, targets, yearly_ids, as_of)
    rows = []
    section_of: dict[int | None, str | None] = {}
    none = ((), ())
    items = connection.execute(
        select(*columns).where(*conditions).order_by(LedgerItem.plan_id, LedgerItem.position)
    )
    # Read in slices: each slice's database rows are gone before the next, so reading 100,000 rows
    # never holds them all beside the rows built from them.
    for part in items.partitions(5000):
        for item in part:
            if item.parent_id not in section_of:
                section_of[item.parent_id] = _nearest_section(item.parent_id, sections)
            lead, co = owners.get(item.id, none)
            lead, co = tuple(lead), tuple(co)
            row = _row(
                item,
                plan_starts.get(item.plan_id),
                section_of[item.parent_id],
                as_of,
                rule,
                yearly,
                share((lead, co), (lead, co)),
                tuple(targets.get(item.id, ())),
                with_text,
                share,
            )
            if _keep(row, flt, as_of):
                rows.append(row)
    return rows


def _keep(row: LedgerRow, flt: LedgerFilter, as_of: date) -> bool:
    if flt.lights and row.light not in flt.lights:
        return False
    if flt.due_within_days is not None and (
        row.due is None or row.due > as_of + timedelta(days=flt.due_within_days)
    ):
        return False
    return not (flt.overdue and (row.due is None or row.due >= as_of or row.status != TaskStatus.OPEN))


def _matches(word: str):
    like = f"%{word}%"
    unit_ids = (
        select(Unit.id)
        .outerjoin(UnitAlias, UnitAlias.unit_id == Unit.id)
        .where(or_(Unit.name.like(like), UnitAlias.alias.like(like)))
    )
    return or_(
        LedgerItem.title.like(like),
        LedgerItem.text.like(like),
        LedgerItem.number == word,
        LedgerItem.domain.like(like),
        exists().where(Assignment.item_id == LedgerItem.id, Assignment.unit_id.in_(unit_ids)),
    )


def section_label(level: int, number: str | None, title: str) -> str:
    """`一、总体要求` for a first-level heading, `（一）推动…` below it, as the document writes them."""
    if not number:
        return title
    return f"{number}、{title}" if level <= 1 else f"（{number}）{title}"


def _section_titles(session: Session, plan_ids: set[int]) -> dict[int, tuple[int | None, str]]:
    rows = session.execute(
        select(
            LedgerItem.id,
            LedgerItem.parent_id,
            LedgerItem.kind,
            LedgerItem.level,
            LedgerItem.number,
            LedgerItem.title,
        ).where(LedgerItem.plan_id.in_(plan_ids))
    )
    return {
        r.id: (r.parent_id, section_label(r.level, r.number, r.title) if r.kind == ItemKind.SECTION else "")
        for r in rows
    }


def _nearest_section(parent_id: int | None, sections: dict[int, tuple[int | None, str]]) -> str | None:
    seen = 0
    while parent_id is not None and seen < 50:
        parent, title = sections.get(parent_id, (None, ""))
        if title:
            return title
        parent_id, seen = parent, seen + 1
    return None


def target_figures(
    session: Session, item_ids: list[int], yearly_ids: list[int], as_of: date
) -> dict[int, tuple[tuple[float | None, float | None], ...]]:
    """(quantity, done) of each item's targets, as query_ledger judges them (a yearly task's single
    target counts this year's figure): for views that read no TargetView, such as the reminders."""
    targets: dict[int, list[TargetView]] = {}
    for start in range(0, len(item_ids), 900):
        for t in session.execute(
            select(Target.item_id, Target.id, Target.quantity, Target.done)
            .where(Target.item_id.in_(item_ids[start : start + 900]))
            .order_by(Target.item_id, Target.position)
        ):
            targets.setdefault(t.item_id, []).append(TargetView(t.id, "", t.quantity, None, None, t.done))
    if yearly_ids:
        _this_years_done(session, targets, [i for i in yearly_ids if i in targets], as_of)
    return {item_id: tuple((t.quantity, t.done) for t in views) for item_id, views in targets.items()}


def this_years_progress(session: Session, item_ids: list[int], as_of: date) -> dict[int, int | None]:
    """A yearly task starts each year afresh: its progress is the latest report of `as_of`'s year."""
    return _latest_this_year(session, ProgressEntry.progress, item_ids, as_of)


def _this_years_done(
    session: Session, targets: dict[int, list[TargetView]], item_ids: list[int], as_of: date
) -> None:
    """A yearly task's single target counts afresh each year, like its progress: its done figure is the
    latest cumulative reported in `as_of`'s year (None before the year's first report), not whatever
    was reported last, which may belong to another year."""
    single = [i for i in item_ids if len(targets.get(i, ())) == 1]
    for item_id, done in _latest_this_year(session, ProgressEntry.done_total, single, as_of).items():
        targets[item_id] = [targets[item_id][0]._replace(done=done)]


def _latest_this_year(session: Session, column, item_ids: list[int], as_of: date) -> dict[int, Any]:
    """Each item's latest non-null `column` of a progress report dated in `as_of`'s year, up to `as_of`."""
    latest: dict[int, Any] = dict.fromkeys(item_ids)
    for start in range(0, len(item_ids), 900):  # stay far below SQLite's limit on bound parameters
        entries = session.execute(
            select(ProgressEntry.item_id, column)
            .where(
                ProgressEntry.item_id.in_(item_ids[start : start + 900]),
                ProgressEntry.reported_on >= date(as_of.year, 1, 1),
                ProgressEntry.reported_on <= as_of,
                ProgressEntry.voided_at.is_(None),
                column.is_not(None),
            )
            .order_by(ProgressEntry.reported_on, ProgressEntry.id)
        )
        for item_id, value in entries:
            latest[item_id] = value
    return latest


def _row(item, plan_start, section, as_of, rule, yearly, owners, targets, with_text, share) -> LedgerRow:
    # Unpacked once: attribute access on a SQLAlchemy Row is a lookup, and this runs 100,000 times.
    (item_id, plan_id, parent_id, kind, level, position, number, title, domain, start_on, due_on, recurring,
     status, progress, version, latest_situation, reported_done_on, *text) = item  # fmt: skip
    progress = yearly.get(item_id, progress)
    window = task_window(due=due_on, start=start_on, recurring=recurring, plan_start=plan_start, as_of=as_of)
    closed = status == TaskStatus.CLOSED
    due = window.due
    judgement = judge(
        closed=closed,
        window=window,
        progress=progress,
        as_of=as_of,
        rule=rule,
        targets=tuple((t.quantity, t.done) for t in targets),
        reported_done_on=reported_done_on,
    )
    return LedgerRow(
        item_id,
        plan_id,
        parent_id,
        share(kind, kind),
        level,
        position,
        share(number, number),
        title,
        text[0] if with_text else None,
        section,
        share(domain, domain),
        owners[0],
        owners[1],
        share(due, due),
        share(recurring, recurring),
        targets,
        progress,
        share(status, status),
        judgement.light,
        version,
        latest_situation,
        scope_note(
            judgement.why,
            yearly=recurring == "yearly",
            several_leads=len(owners[0]) > 1,
            targets=sum(t.quantity is not None for t in targets),
        ),
        judgement.awaiting_confirmation,
    )


def plan_tree(session: Session, plan_id: int) -> Sequence[tuple[int, int | None, str, str | None, str]]:
    """(id, parent_id, kind, number, title) of every live node of a plan, in document order."""
    return session.execute(
        select(LedgerItem.id, LedgerItem.parent_id, LedgerItem.kind, LedgerItem.number, LedgerItem.title)
        .where(LedgerItem.plan_id == plan_id, LedgerItem.deleted_at.is_(None))
        .order_by(LedgerItem.position)
    ).all()


def units_in_use(session: Session) -> list[tuple[int, str]]:
    """Units that own at least one live measure or task, for the unit filter."""
    rows = session.execute(
        select(Unit.id, Unit.name).where(exists().where(Assignment.unit_id == Unit.id)).order_by(Unit.name)
    )
    return [(r.id, r.name) for r in rows]


@dataclass(frozen=True)
class ChecklistData:
    rows: tuple[LedgerRow, ...]
    units: tuple[tuple[int, str], ...]
    plans: tuple[tuple[int, str, tuple], ...]


def load_checklist(session: Session, *, as_of: date, rule: LightRule) -> ChecklistData:
    """Everything the checklist view shows, read in one session (run off the GUI thread); the view
    filters these rows in memory as the clerk types (services/ledger/filtering.py)."""
    plans = tuple((p.id, p.title, tuple(plan_tree(session, p.id))) for p in list_plans(session))
    return ChecklistData(
        rows=tuple(query_ledger(session, LedgerFilter(), as_of=as_of, rule=rule, with_text=False)),
        units=tuple(units_in_use(session)),
        plans=plans,
    )
