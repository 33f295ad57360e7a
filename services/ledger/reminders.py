"""What needs the office's attention: overdue tasks, tasks due soon and tasks far behind pace, by unit.

The same light rule as the checklist decides what is lagging (services/ledger/lights.py). A reminder the office
has handled (phoned the unit, sent a notice) carries its note and stays quiet for HANDLED_QUIET_DAYS;
if the task is still lagging after that, it comes back.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contact, LedgerItem, Plan, ReminderNote, Unit
from services.errors import InvalidValue
from services.gc_pause import paused_gc
from services.ledger.changelog import current_user, log_change
from services.ledger.lights import Light, LightRule, judge, scope_note, task_window
from services.ledger.milestones import milestone_reminders
from services.ledger.reminder_kinds import (
    CATEGORY_LABELS,
    CATEGORY_ORDER,
    HANDLED_QUIET_DAYS,
    LIAISON_ROLE,
    NO_LEAD_UNIT,
    Category,
    Liaison,
    Reminder,
    UnitReminders,
)
from services.ledger.rows import (
    LedgerFilter,
    LedgerRow,
    ledger_conditions,
    target_figures,
    this_years_progress,
)
from services.ledger.tasks import get_item
from services.ledger.workdays import add_working_days, working_days_left

# What a reminder is lives in reminder_kinds.py; its names are also this module's, where callers find them.
__all__ = [
    "CATEGORY_LABELS",
    "CATEGORY_ORDER",
    "HANDLED_QUIET_DAYS",
    "LIAISON_ROLE",
    "NO_LEAD_UNIT",
    "Category",
    "Liaison",
    "Reminder",
    "UnitReminders",
    "categorize",
    "collect_reminders",
    "mark_handled",
    "primary_liaison",
    "primary_liaisons",
]


def categorize(row: LedgerRow, as_of: date, days: int) -> Category | None:
    """Why the row needs attention, or None when it does not."""
    if row.status == "closed":
        return None
    return _category(row.due, row.light, as_of, *_horizons(as_of, days))


URGENT = (Category.OVERDUE, Category.WEEK)  # what brings the reminders to the front at start


def anything_urgent(
    session: Session,
    rows: Iterable[LedgerRow],
    *,
    as_of: date,
    days: int,
    rule: LightRule,
    working_days: bool = False,
) -> bool:
    """Whether collect_reminders would list something overdue or due this week, judged from rows the
    caller has read already (open measures and tasks as query_ledger builds them) and the steps inside
    them, without reading the tasks again."""
    week, window_end = _horizons(as_of, days, working_days)
    for row in rows:
        if row.status == "closed" or row.kind not in ("measure", "task"):
            continue
        if _category(row.due, row.light, as_of, week, window_end, row.awaiting_confirmation) in URGENT:
            return True
    steps = milestone_reminders(
        session, as_of=as_of, plan_id=None, week=week, window_end=window_end, due_soon_days=rule.due_soon_days
    )
    return any(step.category in URGENT for step in steps)


def _horizons(as_of: date, days: int, working_days: bool = False) -> tuple[date, date]:
    """The last day of "this week" and of the window asked for (in working days when asked: a week is
    five of them, and the window ends after `days` working days)."""
    if working_days:
        return add_working_days(as_of, min(5, days)), add_working_days(as_of, days)
    return as_of + timedelta(days=min(7, days)), as_of + timedelta(days=days)


def _category(
    due: date | None, light: Light, as_of: date, week: date, window: date, done: bool = False
) -> Category | None:
    """Why an open task due on `due`, with `light`, needs attention, or None when it does not.
    ``done``: reported done or its targets met — the office closes it; nobody is chased for it."""
    if done:
        return Category.AWAITING
    if due is not None:
        if due < as_of:
            return Category.OVERDUE
        if due <= week:
            return Category.WEEK
        if due <= window:
            return Category.MONTH
    if light == Light.RED:
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
    working_days: bool = False,
) -> list[UnitReminders]:
    """Open tasks that need attention, grouped by lead unit."""
    with paused_gc():  # tens of thousands of reminders at once: services/gc_pause.py
        return _collect(session, as_of, days, rule, plan_id, include_handled, working_days)


def _collect(
    session: Session,
    as_of: date,
    days: int,
    rule: LightRule,
    plan_id: int | None,
    include_handled: bool,
    working_days: bool = False,
) -> list[UnitReminders]:
    """Open tasks that need attention, grouped by lead unit.

    A reminder list can hold tens of thousands of tasks, so this reads only what a reminder shows
    (no text, targets, sections or co-responsible units) straight from the tables, and judges each
    row with the same window and light functions as query_ledger (services/ledger/lights.py); the tests
    check the result against judging every row of query_ledger.
    """
    if days < 0:
        raise InvalidValue(f"提醒天数不能为负数，填写的是 {days}。")
    # The database prefilter in calendar days: N working days end later than N calendar days.
    window_end = add_working_days(as_of, days) if working_days else as_of + timedelta(days=days)
    attention = (window_end, 100 - rule.behind_red)
    conditions = ledger_conditions(LedgerFilter(plan_id=plan_id, status="open", attention=attention))
    connection = session.connection()
    # Lead units come with each task (LedgerItem.lead_unit_ids, "3,17"): no second scan of the tasks.
    names = {str(unit_id): name for unit_id, name in connection.execute(select(Unit.id, Unit.name))}
    leads_of: dict[str | None, tuple[str, ...]] = {None: ()}
    starts = dict(connection.execute(select(Plan.id, Plan.issued_on)).all())
    notes = _recent_notes(session, as_of)
    items = connection.execute(
        select(
            LedgerItem.id,
            LedgerItem.plan_id,
            LedgerItem.position,
            LedgerItem.number,
            LedgerItem.title,
            LedgerItem.start_on,
            LedgerItem.due_on,
            LedgerItem.recurring,
            LedgerItem.progress,
            LedgerItem.lead_unit_ids,
            LedgerItem.reported_done_on,
        ).where(*conditions)
    ).all()
    yearly_ids = [i[0] for i in items if i[7] == "yearly"]
    yearly = this_years_progress(session, yearly_ids, as_of)
    figures = target_figures(session, select(LedgerItem.id).where(*conditions), yearly_ids, as_of)
    week, window_end = _horizons(as_of, days, working_days)
    left = working_days_left if working_days else (lambda start, end: (end - start).days)
    make_reminder = Reminder._make  # from a tuple: a third of the cost of the keyword constructor
    found: list[tuple[tuple, Reminder]] = []
    for (
        item_id,
        plan,
        position,
        number,
        title,
        start_on,
        due_on,
        recurring,
        progress,
        lead_ids,
        done_on,
    ) in items:
        note = notes.get(item_id)
        if note is not None and not include_handled:
            continue
        if recurring == "yearly":
            progress = yearly[item_id]
        window = task_window(
            due=due_on, start=start_on, recurring=recurring, plan_start=starts.get(plan), as_of=as_of
        )
        judgement = judge(
            closed=False,
            window=window,
            progress=progress,
            as_of=as_of,
            rule=rule,
            targets=figures.get(item_id, ()),
            reported_done_on=done_on,
        )
        light, due = judgement.light, window.due
        category = _category(due, light, as_of, week, window_end, judgement.awaiting_confirmation)
        if category is None:
            continue
        lead_units = leads_of.get(lead_ids)
        if lead_units is None:  # tasks share a few lead-unit lists: each is split once
            lead_units = leads_of[lead_ids] = _lead_names(lead_ids, names)
        reminder = make_reminder(
            (
                item_id,
                plan,
                number,
                title,
                due,
                left(as_of, due) if due else None,
                light,
                category,
                progress,
                lead_units,
                note.handled_on if note else None,
                note.note if note else None,
                scope_note(
                    judgement.why,
                    yearly=recurring == "yearly",
                    several_leads="," in (lead_ids or ""),
                    targets=sum(q is not None for q, _d in figures.get(item_id, ())),
                ),
                working_days,
                None,
            )
        )
        found.append((due or date.max, number or "", plan, position, reminder))
    steps = milestone_reminders(
        session,
        as_of=as_of,
        plan_id=plan_id,
        week=week,
        window_end=window_end,
        due_soon_days=rule.due_soon_days,
    )
    for step in steps:
        note = notes.get(step.item_id)
        if note is not None and not include_handled:
            continue
        lead_units = leads_of.get(step.lead_ids)
        if lead_units is None:
            lead_units = leads_of[step.lead_ids] = _lead_names(step.lead_ids, names) if step.lead_ids else ()
        reminder = make_reminder(
            (
                step.item_id,
                step.plan_id,
                step.number,
                step.title,
                step.due,
                left(as_of, step.due),
                step.light,
                step.category,
                step.progress,
                lead_units,
                note.handled_on if note else None,
                note.note if note else None,
                step.why,
                working_days,
                step.words,
            )
        )
        found.append((step.due, step.number or "", step.plan_id, step.position, reminder))
    grouped: dict[str, list[Reminder]] = {}
    overdue: dict[str, int] = {}
    for reminder in _in_order(found):
        late = reminder.category == Category.OVERDUE
        for unit in reminder.lead_units or (NO_LEAD_UNIT,):
            grouped.setdefault(unit, []).append(reminder)
            if late:
                overdue[unit] = overdue.get(unit, 0) + 1
    units = {name: int(unit_id) for unit_id, name in names.items() if name in grouped}
    liaisons = primary_liaisons(session, list(units.values()))
    result = []
    for name, reminders in grouped.items():
        unit_id = units.get(name)
        result.append(UnitReminders(unit_id, name, liaisons.get(unit_id), tuple(reminders)))
    # Units with overdue work first, then by how much they have.
    result.sort(key=lambda g: (-overdue.get(g.unit, 0), -len(g.reminders), g.unit))
    return result


def _lead_names(lead_ids: str, names: dict[str, str]) -> tuple[str, ...]:
    # An id without a unit cannot come from set_units or a merge; skip it rather than fail the panel.
    return tuple(names[i] for i in lead_ids.split(",") if i in names)


def _in_order(found: list[tuple[date, str, int, int, Reminder]]) -> list[Reminder]:
    """By category, due date and number, then in document order (plan, position), as the ledger lists
    tasks. The category goes without saying: it follows from the due date (overdue, this week, this
    window, then behind pace with a later or no date). Sorted on one integer per reminder, which
    compares far faster than tuples: tens of thousands of reminders are sorted on every refresh."""
    if not found:
        return []
    numbers = {text: rank for rank, text in enumerate(sorted({f[1] for f in found}))}
    plans, positions = [f[2] for f in found], [f[3] for f in found]
    low_plan, low_position = min(plans), min(positions)
    n_numbers, n_plans = len(numbers), max(plans) - low_plan + 1
    n_positions = max(positions) - low_position + 1
    keys = [
        ((due.toordinal() * n_numbers + numbers[number]) * n_plans + plan - low_plan) * n_positions
        + position
        - low_position
        for due, number, plan, position, _r in found
    ]
    order = sorted(range(len(found)), key=keys.__getitem__)
    return [found[i][4] for i in order]


def primary_liaison(session: Session, unit_id: int) -> Liaison | None:
    return primary_liaisons(session, [unit_id]).get(unit_id)


def primary_liaisons(session: Session, unit_ids: list[int]) -> dict[int, Liaison]:
    """Each unit's liaison officer (联络员): the primary one, else the first entered; one query."""
    found: dict[int, Liaison] = {}
    for unit_id, name, mobile, office_phone in session.execute(
        select(Contact.unit_id, Contact.name, Contact.mobile, Contact.office_phone)
        .where(Contact.unit_id.in_(unit_ids), Contact.role == LIAISON_ROLE)
        .order_by(Contact.unit_id, Contact.is_primary.desc(), Contact.id)
    ):
        found.setdefault(unit_id, Liaison(name, mobile, office_phone))
    return found


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
