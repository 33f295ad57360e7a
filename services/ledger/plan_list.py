"""The plans in the ledger: their list with counts, one plan's tree, the headings of its sections, and
the units that own work (the checklist's filters)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from models import Assignment, ItemKind, LedgerItem, Plan, Unit
from services.errors import NotFound

# Built without SQLAlchemy (the first screen needs them before it loads); found here as they always were.
from services.ledger.row_build import nearest_section, section_label  # noqa: F401


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


def plan_titles(session: Session) -> list[tuple[int, str]]:
    """(id, title) of every plan, for the choosers of the views: without list_plans' counts, which read
    every task (over 100 ms on the GUI thread at 100,000 tasks)."""
    return [
        (plan_id, title) for plan_id, title in session.execute(select(Plan.id, Plan.title).order_by(Plan.id))
    ]


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


def section_titles(session: Session, plan_ids: set[int]) -> dict[int, tuple[int | None, str]]:
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
