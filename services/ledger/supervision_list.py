"""The 督办事项 as the office reads them: number, source, leader and where each stands (交办 → 签收 → 反馈 → 办结).

反馈 is read from the progress history (the latest report that still stands), 办结 from the task's close;
neither is kept twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models import Assignment, Contact, LedgerItem, ProgressEntry, Role, TaskStatus
from services.errors import InvalidValue
from services.ledger.supervision_labels import format_number, source_label

# The states in their order; each has a day in ItemView (assigned_on, signed_on, reported_on, closed_on).
STATES = ("assigned", "signed", "reported", "closed")
STATE_LABELS = {"assigned": "交办", "signed": "签收", "reported": "反馈", "closed": "办结"}


def state_code(text: str) -> str:
    wanted = (text or "").strip()
    for code, label in STATE_LABELS.items():
        if wanted in (code, label):
            return code
    raise InvalidValue(f"状态“{wanted}”无法识别。请填写 交办、签收、反馈 或 办结 之一。")


def item_state(
    status: str, assigned_on: date | None, signed_on: date | None, reported_on: date | None
) -> str | None:
    """The furthest state reached; None for a task that was never 交办 (a plan's task)."""
    if assigned_on is None:
        return None
    if status == TaskStatus.CLOSED:
        return "closed"
    if reported_on is not None:
        return "reported"
    if signed_on is not None:
        return "signed"
    return "assigned"


@dataclass(frozen=True)
class ItemView:
    id: int
    plan_id: int
    supervision_no: str | None
    source: str | None  # the stored code (instruction, meeting, document, plan)
    title: str
    lead_units: tuple[str, ...]
    co_units: tuple[str, ...]
    leader: str | None
    assigned_on: date | None
    signed_on: date | None
    signed_by: str | None
    reported_on: date | None
    due_on: date | None
    closed_on: date | None
    status: str
    progress: int | None
    version: int

    @property
    def state(self) -> str | None:
        return item_state(self.status, self.assigned_on, self.signed_on, self.reported_on)

    @property
    def source_label(self) -> str | None:
        return source_label(self.source)

    def to_json(self) -> dict[str, Any]:
        def day(value: date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "id": self.id,
            "plan_id": self.plan_id,
            "supervision_no": self.supervision_no,
            "source": self.source_label,
            "title": self.title,
            "lead_units": list(self.lead_units),
            "co_units": list(self.co_units),
            "leader": self.leader,
            "state": STATE_LABELS.get(self.state) if self.state else None,
            "assigned_on": day(self.assigned_on),
            "signed_on": day(self.signed_on),
            "signed_by": self.signed_by,
            "reported_on": day(self.reported_on),
            "due": day(self.due_on),
            "closed_on": day(self.closed_on),
            "status": self.status,
            "progress": self.progress,
        }


def _latest_reports(session: Session, item_ids: list[int]) -> dict[int, date]:
    if not item_ids:
        return {}
    rows = session.execute(
        select(ProgressEntry.item_id, func.max(ProgressEntry.reported_on))
        .where(ProgressEntry.item_id.in_(item_ids), ProgressEntry.voided_at.is_(None))
        .group_by(ProgressEntry.item_id)
    )
    return dict(rows.all())


def _view(item: LedgerItem, reported_on: date | None) -> ItemView:
    owners = sorted(item.assignments, key=lambda a: a.position)
    return ItemView(
        id=item.id,
        plan_id=item.plan_id,
        supervision_no=format_number(item.supervision_prefix, item.supervision_year, item.supervision_seq),
        source=item.source,
        title=item.title,
        lead_units=tuple(a.unit.name for a in owners if a.role == Role.LEAD),
        co_units=tuple(a.unit.name for a in owners if a.role == Role.CO),
        leader=item.leader,
        assigned_on=item.assigned_on,
        signed_on=item.signed_on,
        signed_by=item.signed_by,
        reported_on=reported_on,
        due_on=item.due_on,
        closed_on=item.closed_on,
        status=item.status,
        progress=item.progress,
        version=item.version,
    )


def list_items(session: Session, plan_id: int | None = None, state: str | None = None) -> list[ItemView]:
    """The 督办事项 (tasks with a 交办 day) in 编号 order, of one plan or all, in one state or any."""
    query = (
        select(LedgerItem)
        # Every item has a number (given at 交办): the (year, number) index finds them without a scan of
        # every task (100,000 tasks, 1,000 items: see docs/supervision-items.md).
        .where(
            LedgerItem.supervision_year.is_not(None),
            LedgerItem.assigned_on.is_not(None),
            LedgerItem.deleted_at.is_(None),
        )
        .options(selectinload(LedgerItem.assignments).selectinload(Assignment.unit))
        .order_by(LedgerItem.supervision_year, LedgerItem.supervision_seq, LedgerItem.id)
    )
    if plan_id is not None:
        query = query.where(LedgerItem.plan_id == plan_id)
    items = list(session.scalars(query))
    reports = _latest_reports(session, [i.id for i in items])
    views = [_view(item, reports.get(item.id)) for item in items]
    return [v for v in views if state is None or v.state == state]


def item_view(session: Session, item_id: int) -> ItemView:
    """One task as an item (its supervision fields may all be empty: a plan's task)."""
    from services.ledger.tasks import get_item

    item = get_item(session, item_id)
    return _view(item, _latest_reports(session, [item.id]).get(item.id))


def leader_names(session: Session) -> list[str]:
    """The leadership group's members on the roster, for the 责任领导 field's completer (free text too)."""
    rows = session.scalars(
        select(Contact.name).where(Contact.role.contains("组长")).order_by(Contact.position)
    )
    return list(dict.fromkeys(rows))


def supervision_labels(session: Session, plan_id: int) -> dict[int, tuple[str | None, str | None]]:
    """Item id -> (督办编号, 来源) for the plan's tasks that carry either, for the Excel ledger and the PDF."""
    rows = session.execute(
        select(
            LedgerItem.id,
            LedgerItem.supervision_prefix,
            LedgerItem.supervision_year,
            LedgerItem.supervision_seq,
            LedgerItem.source,
        ).where(
            LedgerItem.plan_id == plan_id,
            (LedgerItem.supervision_seq.is_not(None)) | (LedgerItem.source.is_not(None)),
        )
    )
    return {
        item_id: (format_number(prefix, year, seq), source_label(source))
        for item_id, prefix, year, seq, source in rows
    }
