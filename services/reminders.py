"""What needs the office's attention: overdue tasks, tasks due soon and tasks far behind pace, by unit.

The same light rule as the checklist decides what is lagging (services/lights.py). A reminder the office
has handled (phoned the unit, sent a notice) carries its note and stays quiet for HANDLED_QUIET_DAYS;
if the task is still lagging after that, it comes back.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contact, ReminderNote, Unit
from services.changelog import current_user, log_change
from services.errors import InvalidValue
from services.ledger import LedgerFilter, LedgerRow, query_ledger
from services.lights import Light, LightRule
from services.tasks import get_item

HANDLED_QUIET_DAYS = 7
NO_LEAD_UNIT = "（未明确牵头单位）"
LIAISON_ROLE = "联络员"


class Category(enum.StrEnum):
    OVERDUE = "overdue"
    WEEK = "week"  # due within 7 days
    MONTH = "month"  # due within the window asked for (30 days by default)
    BEHIND = "behind"  # not due yet, but far behind the expected pace


CATEGORY_LABELS = {
    Category.OVERDUE: "已逾期",
    Category.WEEK: "本周到期",
    Category.MONTH: "近期到期",
    Category.BEHIND: "进度滞后",
}


@dataclass(frozen=True)
class Liaison:
    name: str
    mobile: str | None
    office_phone: str | None

    def phones(self) -> str:
        return " / ".join(p for p in (self.mobile, self.office_phone) if p) or "—"


@dataclass(frozen=True)
class Reminder:
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


def categorize(row: LedgerRow, as_of: date, days: int) -> Category | None:
    """Why the row needs attention, or None when it does not."""
    if row.status == "closed":
        return None
    if row.due is not None:
        if row.due < as_of:
            return Category.OVERDUE
        if row.due <= as_of + timedelta(days=min(7, days)):
            return Category.WEEK
        if row.due <= as_of + timedelta(days=days):
            return Category.MONTH
    if row.light == Light.RED:
        return Category.BEHIND
    return None


def collect_reminders(
    session: Session,
    *,
    as_of: date,
    days: int = 30,
    rule: LightRule = LightRule(),
    plan_id: int | None = None,
    include_handled: bool = True,
) -> list[UnitReminders]:
    if days < 0:
        raise InvalidValue(f"提醒天数不能为负数，填写的是 {days}。")
    attention = (as_of + timedelta(days=days), 100 - rule.behind_red)
    flt = LedgerFilter(plan_id=plan_id, status="open", attention=attention)
    rows = query_ledger(session, flt, as_of=as_of, rule=rule, with_text=False)
    notes = _recent_notes(session, as_of)
    grouped: dict[str, list[Reminder]] = {}
    for row in rows:
        category = categorize(row, as_of, days)
        if category is None:
            continue
        note = notes.get(row.id)
        if note is not None and not include_handled:
            continue
        reminder = Reminder(
            item_id=row.id,
            plan_id=row.plan_id,
            number=row.number,
            title=row.title,
            due=row.due,
            days_left=(row.due - as_of).days if row.due else None,
            light=row.light,
            category=category,
            progress=row.progress,
            lead_units=row.lead_units,
            handled_on=note.handled_on if note else None,
            handled_note=note.note if note else None,
        )
        for unit in row.lead_units or (NO_LEAD_UNIT,):
            grouped.setdefault(unit, []).append(reminder)
    units = {u.name: u for u in session.scalars(select(Unit).where(Unit.name.in_(grouped)))}
    result = []
    for name, reminders in grouped.items():
        unit = units.get(name)
        reminders.sort(key=lambda r: (list(Category).index(r.category), r.due or date.max, r.number or ""))
        result.append(
            UnitReminders(
                unit.id if unit else None,
                name,
                primary_liaison(session, unit.id) if unit else None,
                tuple(reminders),
            )
        )
    # Units with overdue work first, then by how much they have.
    result.sort(
        key=lambda g: (-sum(r.category == Category.OVERDUE for r in g.reminders), -len(g.reminders), g.unit)
    )
    return result


def primary_liaison(session: Session, unit_id: int) -> Liaison | None:
    contacts = session.scalars(
        select(Contact)
        .where(Contact.unit_id == unit_id, Contact.role == LIAISON_ROLE)
        .order_by(Contact.is_primary.desc(), Contact.id)
    ).first()
    if contacts is None:
        return None
    return Liaison(contacts.name, contacts.mobile, contacts.office_phone)


def _recent_notes(session: Session, as_of: date) -> dict[int, ReminderNote]:
    since = as_of - timedelta(days=HANDLED_QUIET_DAYS)
    notes: dict[int, ReminderNote] = {}
    for note in session.scalars(
        select(ReminderNote)
        .where(ReminderNote.handled_on >= since, ReminderNote.handled_on <= as_of)
        .order_by(ReminderNote.handled_on, ReminderNote.id)
    ):
        notes[note.item_id] = note
    return notes


def mark_handled(session: Session, item_id: int, note: str | None, on: date | None = None) -> int:
    item = get_item(session, item_id)
    entry = ReminderNote(
        item_id=item.id, handled_on=on or date.today(), note=(note or "").strip() or None, who=current_user()
    )
    session.add(entry)
    session.flush()
    log_change(
        session,
        "task",
        item.id,
        "reminder_handled",
        None,
        {"note": entry.note, "handled_on": entry.handled_on},
    )
    return entry.id
