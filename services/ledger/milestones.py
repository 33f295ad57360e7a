"""Milestones: the dated steps inside a measure, each with its own light, in the reminders.

`2024年底前完成普查` inside a measure due in 2027 is its own deadline: when 2024 ends without the census,
that step is overdue (red) even though the measure still has years to run. A step the office marks
reached (`done_on`) says nothing more. Steps come from the plan's earlier deadlines
(services/plans/store.py) or are added by hand (``add_milestone``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import LedgerItem, Milestone, TaskStatus
from services.errors import InvalidValue, NotFound
from services.ledger.changelog import log_change
from services.ledger.lights import Light
from services.ledger.reminder_kinds import Category
from services.ledger.tasks import get_item


@dataclass(frozen=True)
class MilestoneView:
    id: int
    item_id: int
    due_on: date
    text: str | None
    done_on: date | None


@dataclass(frozen=True)
class DueStep:
    """An open milestone that needs attention, with what its reminder shows."""

    item_id: int
    plan_id: int
    position: int
    number: str | None
    title: str
    progress: int | None
    lead_ids: str | None
    due: date
    words: str
    light: Light
    category: Category
    why: str


def milestones_of(session: Session, item_id: int) -> list[MilestoneView]:
    rows = session.scalars(
        select(Milestone).where(Milestone.item_id == item_id).order_by(Milestone.due_on, Milestone.position)
    )
    return [MilestoneView(m.id, m.item_id, m.due_on, m.text, m.done_on) for m in rows]


def add_milestone(session: Session, item_id: int, due_on: date, text: str) -> int:
    item = get_item(session, item_id)
    text = (text or "").strip()
    if not text:
        raise InvalidValue("请写明阶段目标的内容（如“2024年底前完成普查”）。")
    position = len(milestones_of(session, item.id))
    milestone = Milestone(item_id=item.id, position=position, due_on=due_on, text=text[:300])
    session.add(milestone)
    session.flush()
    log_change(
        session, "task", item.id, "milestone", None, {"milestone": f"{due_on.isoformat()} {text[:60]}"}
    )
    return milestone.id


def mark_reached(session: Session, milestone_id: int, on: date) -> None:
    milestone = session.get(Milestone, milestone_id)
    if milestone is None:
        raise NotFound(f"编号为 {milestone_id} 的阶段目标不存在：请刷新后重试。")
    milestone.done_on = on
    log_change(
        session, "task", milestone.item_id, "milestone", None, {"milestone": f"{milestone.text or ''} 已完成"}
    )


def step_words(due: date, text: str | None) -> str:
    return text or f"{due.year}年{due.month}月{due.day}日的阶段目标"


def step_light(due: date, words: str, as_of: date, due_soon_days: int) -> tuple[Light, str]:
    """A step's own light: red once its day has passed, yellow when it is near, else green."""
    if due < as_of:
        return Light.RED, f"阶段目标已逾期 {(as_of - due).days} 天：{words}"
    light = Light.YELLOW if (due - as_of).days <= due_soon_days else Light.GREEN
    return light, f"阶段目标 {(due - as_of).days} 天后到期：{words}"


def open_steps(session: Session, item_ids: list[int]) -> list[tuple[int, date, str]]:
    """(item id, due, words) of every step not yet reached, of the given tasks: for the calendar."""
    found = []
    for start in range(0, len(item_ids), 900):
        rows = session.execute(
            select(Milestone.item_id, Milestone.due_on, Milestone.text).where(
                Milestone.item_id.in_(item_ids[start : start + 900]), Milestone.done_on.is_(None)
            )
        )
        found.extend((item_id, due, step_words(due, text)) for item_id, due, text in rows)
    return found


def milestone_reminders(
    session: Session,
    *,
    as_of: date,
    plan_id: int | None,
    week: date,
    window_end: date,
    due_soon_days: int = 15,
) -> list[DueStep]:
    """Open steps of open tasks that are overdue or due within the reminders' window."""
    query = (
        select(
            Milestone.due_on,
            Milestone.text,
            LedgerItem.id,
            LedgerItem.plan_id,
            LedgerItem.position,
            LedgerItem.number,
            LedgerItem.title,
            LedgerItem.progress,
            LedgerItem.lead_unit_ids,
        )
        .join(LedgerItem, LedgerItem.id == Milestone.item_id)
        .where(
            Milestone.done_on.is_(None),
            Milestone.due_on <= window_end,
            LedgerItem.status == TaskStatus.OPEN,
            LedgerItem.deleted_at.is_(None),
            LedgerItem.reported_done_on.is_(None),
        )
    )
    if plan_id is not None:
        query = query.where(LedgerItem.plan_id == plan_id)
    steps = []
    for due, text, item_id, plan, position, number, title, progress, leads in session.execute(query):
        words = step_words(due, text)
        light, why = step_light(due, words, as_of, due_soon_days)
        category = Category.OVERDUE if due < as_of else Category.WEEK if due <= week else Category.MONTH
        steps.append(
            DueStep(
                item_id,
                plan,
                position,
                number,
                f"{title}（阶段目标）",
                progress,
                leads,
                due,
                words,
                light,
                category,
                why,
            )
        )
    return steps


__all__ = [
    "DueStep",
    "MilestoneView",
    "add_milestone",
    "mark_reached",
    "milestone_reminders",
    "milestones_of",
    "open_steps",
    "step_light",
]
