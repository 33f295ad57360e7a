"""What the 单位与联系人 view and the `units` command show: the unit list, search, and one unit's page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Plan, ProgressReturn, ReportingRound, Unit, UnitKind
from services.ledger.changelog import ChangeView
from services.ledger.lights import LightRule
from services.ledger.rows import LedgerFilter, LedgerRow, query_ledger
from services.units.contacts import LIAISON, ContactView, contact_history, contact_view, role_rank
from services.units.pinyin_search import matches
from services.units.registry import get_unit, task_counts, unit_history

_KIND_ORDER = {UnitKind.DEPARTMENT: 0, UnitKind.TOWN: 1, UnitKind.GROUP: 2}


@dataclass(frozen=True)
class UnitView:
    id: int
    name: str
    kind: str
    parent_id: int | None
    parent: str | None
    aliases: tuple[str, ...]
    lead_tasks: int
    co_tasks: int
    contacts: tuple[ContactView, ...]

    def liaison(self) -> ContactView | None:
        officers = [c for c in self.contacts if c.role == LIAISON]
        return next((c for c in officers if c.is_primary), officers[0] if officers else None)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "parent": self.parent,
            "aliases": list(self.aliases),
            "lead_tasks": self.lead_tasks,
            "co_tasks": self.co_tasks,
            "contacts": len(self.contacts),
            "liaison": None if self.liaison() is None else self.liaison().name,
        }


@dataclass(frozen=True)
class UnitMatch:
    """A unit found by a search; ``person`` is the contact that matched, when it was a person."""

    unit: UnitView
    person: ContactView | None = None


def list_units(session: Session) -> list[UnitView]:
    """Every registered unit with its aliases, contacts and task counts: departments, towns, groups."""
    units = session.scalars(
        select(Unit).options(selectinload(Unit.aliases), selectinload(Unit.contacts))
    ).all()
    names = {u.id: u.name for u in units}
    counts = task_counts(session)
    views = []
    for u in units:
        contacts = sorted(u.contacts, key=lambda c: (role_rank(c.role), not c.is_primary, c.position, c.id))
        lead, co = counts.get(u.id, (0, 0))
        views.append(
            UnitView(
                u.id,
                u.name,
                u.kind,
                u.parent_id,
                names.get(u.parent_id) if u.parent_id else None,
                tuple(sorted(a.alias for a in u.aliases)),
                lead,
                co,
                tuple(contact_view(c) for c in contacts),
            )
        )
    views.sort(key=lambda v: (_KIND_ORDER.get(v.kind, 3), v.id))
    return views


def search_units(units: list[UnitView], query: str) -> list[UnitMatch]:
    """Units whose name or alias, or one of whose people (name, title, phone), matches ``query``;
    Chinese text or pinyin initials (`fgw` → 区发改委, `yk` → 郁逵)."""
    query = "".join(query.split())
    if not query:
        return [UnitMatch(u) for u in units]
    found = []
    for unit in units:
        if matches(query, unit.name, *unit.aliases):
            found.append(UnitMatch(unit))
            continue
        person = next(
            (
                c
                for c in unit.contacts
                if matches(query, c.name, c.title, c.mobile, c.office_phone)
                or (query.isdigit() and query in "".join(ch for ch in c.phones() if ch.isdigit()))
            ),
            None,
        )
        if person is not None:
            found.append(UnitMatch(unit, person))
    return found


@dataclass(frozen=True)
class ReturnView:
    """One progress return the unit sent: which round, which file, how many rows and problems."""

    id: int
    plan: str
    period: str
    file_name: str
    received_at: datetime
    rows: int | None
    problems: int | None


@dataclass(frozen=True)
class UnitPage:
    unit: UnitView
    tasks: tuple[LedgerRow, ...]
    roles: dict[int, str]  # task id → "lead" | "co"
    plans: dict[int, str]  # plan id → title
    returns: tuple[ReturnView, ...]
    history: tuple[ChangeView, ...]


def _history(session: Session, view: UnitView) -> list[ChangeView]:
    """The unit's own changes and those of the people in it, newest first."""
    entries = unit_history(session, view.id)
    for contact in view.contacts:
        entries += contact_history(session, contact.id)
    return sorted(entries, key=lambda e: (e.at, e.id), reverse=True)


def load_unit_page(session: Session, unit_id: int, *, as_of: date, rule: LightRule) -> UnitPage:
    """Everything the unit page shows, read in one session (run off the GUI thread)."""
    unit = get_unit(session, unit_id)
    view = next(v for v in list_units(session) if v.id == unit.id)
    rows = query_ledger(session, LedgerFilter(unit_id=unit.id), as_of=as_of, rule=rule)
    names = {unit.name, *view.aliases}
    roles = {r.id: ("lead" if names & set(r.lead_units) else "co") for r in rows}
    # Lead first, then by light (red first) and due date: what to chase comes first.
    light_order = {"red": 0, "yellow": 1, "green": 2, "grey": 3}
    rows.sort(key=lambda r: (roles[r.id] != "lead", light_order.get(str(r.light), 4), r.due or date.max))
    plans = {plan_id: title for plan_id, title in session.execute(select(Plan.id, Plan.title))}
    returns = session.execute(
        select(ProgressReturn, ReportingRound.period, ReportingRound.plan_id)
        .join(ReportingRound, ReportingRound.id == ProgressReturn.round_id)
        .where(ProgressReturn.unit_id == unit.id)
        .order_by(ProgressReturn.received_at.desc(), ProgressReturn.id.desc())
    ).all()
    return UnitPage(
        unit=view,
        tasks=tuple(rows),
        roles=roles,
        plans=plans,
        returns=tuple(
            ReturnView(r.id, plans.get(plan_id, ""), period, r.file_name, r.received_at, r.rows, r.problems)
            for r, period, plan_id in returns
        ),
        history=tuple(_history(session, view)),
    )
