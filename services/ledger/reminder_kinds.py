"""What a reminder is: its kinds (Category), one task needing attention (Reminder), a unit's list of
them with the liaison to call (UnitReminders).

Apart from reminders.py, which collects them, so that the milestones' own reminders (milestones.py) are
the same values without the two modules importing each other.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from services.ledger.lights import Light

HANDLED_QUIET_DAYS = 7
NO_LEAD_UNIT = "（未明确牵头单位）"
LIAISON_ROLE = "联络员"


class Category(enum.StrEnum):
    OVERDUE = "overdue"
    WEEK = "week"  # due within 7 days
    MONTH = "month"  # due within the window asked for (30 days by default)
    BEHIND = "behind"  # not due yet, but far behind the expected pace
    AWAITING = "awaiting"  # reported done or targets met: the office confirms (销号), no chasing


CATEGORY_ORDER = {category: n for n, category in enumerate(Category)}
CATEGORY_LABELS = {
    Category.OVERDUE: "已逾期",
    Category.WEEK: "本周到期",
    Category.MONTH: "近期到期",
    Category.BEHIND: "进度滞后",
    Category.AWAITING: "待销号",
}


@dataclass(frozen=True)
class Liaison:
    name: str
    mobile: str | None
    office_phone: str | None

    def phones(self) -> str:
        return " / ".join(p for p in (self.mobile, self.office_phone) if p) or "—"


class Reminder(NamedTuple):
    """One task that needs attention (a NamedTuple: a busy ledger has tens of thousands at once)."""

    item_id: int
    plan_id: int
    number: str | None
    title: str
    due: date | None
    days_left: int | None
    light: Light
    category: Category
    progress: int | None
    lead_units: tuple[str, ...]
    handled_on: date | None
    handled_note: str | None
    why: str = ""  # why the light (services/ledger/lights.py judge)
    working_days: bool = (
        False  # days_left counts working days (services/ledger/workdays.py), not calendar days
    )
    milestone: str | None = None  # a dated step inside the task (its words), with a light of its own

    @property
    def handled(self) -> bool:
        return self.handled_on is not None

    def to_json(self) -> dict:
        return {
            "id": self.item_id,
            "plan_id": self.plan_id,
            "number": self.number,
            "title": self.title,
            "due": self.due.isoformat() if self.due else None,
            "days_left": self.days_left,
            "light": str(self.light),
            "category": str(self.category),
            "progress": self.progress,
            "lead_units": list(self.lead_units),
            "handled": self.handled,
            "handled_note": self.handled_note,
            "why": self.why,
            "working_days": self.working_days,
            "milestone": self.milestone,
        }


@dataclass(frozen=True)
class UnitReminders:
    unit_id: int | None
    unit: str
    liaison: Liaison | None
    reminders: tuple[Reminder, ...]

    def to_json(self) -> dict:
        return {
            "unit": self.unit,
            "liaison": None
            if self.liaison is None
            else {
                "name": self.liaison.name,
                "mobile": self.liaison.mobile,
                "office_phone": self.liaison.office_phone,
            },
            "reminders": [r.to_json() for r in self.reminders],
        }
