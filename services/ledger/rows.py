"""Read the ledger: measures and tasks with their owners, targets and traffic light, filtered."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from models import (
    Assignment,
    ItemKind,
    LedgerItem,
    Plan,
    Role,
    Target,
    TaskStatus,
    Unit,
    UnitAlias,
)
from services.gc_pause import paused_gc
from services.ledger.lights import Light, LightRule
from services.ledger.plan_list import (
    PlanSummary,
    get_plan,
    list_plans,
    nearest_section,
    plan_tree,
    section_label,
    section_titles,
    units_in_use,
)
from services.ledger.row_build import build_row
from services.ledger.row_views import LedgerRow, TargetView
from services.ledger.year_figures import target_figures, this_years_done, this_years_progress

# The ledger's read model is spread over row_views (what a row is), plan_list (the plans, their trees
# and headings) and year_figures (this year's figures); their names are also this module's, where the
# views, exports and commands have always found them.
__all__ = [
    "ALL_KINDS",
    "ChecklistData",
    "LedgerFilter",
    "LedgerRow",
    "PlanSummary",
    "TargetView",
    "get_plan",
    "ledger_conditions",
    "list_plans",
    "load_checklist",
    "plan_tree",
    "query_ledger",
    "section_label",
    "target_figures",
    "this_years_progress",
    "units_in_use",
]


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
        sections = section_titles(session, plan_ids)
    yearly_ids = list(connection.execute(scope.where(LedgerItem.recurring == "yearly")).scalars())
    yearly = this_years_progress(session, yearly_ids, as_of)
    if with_targets and yearly_ids:
        this_years_done(session, targets, yearly_ids, as_of)
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
                section_of[item.parent_id] = nearest_section(item.parent_id, sections)
            lead, co = owners.get(item.id, none)
            lead, co = tuple(lead), tuple(co)
            row = build_row(
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
