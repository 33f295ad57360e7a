"""A ledger row built from its stored values: the one place a row's light, due date and scope note are
worked out, for the whole read (services/ledger/rows.py, through SQLAlchemy) and the checklist's first
screen at start (services/ledger/first_screen.py, through sqlite3 before SQLAlchemy is imported).

Pure: no SQLAlchemy and no models here, so the first screen can use it before they are imported.
"""

from __future__ import annotations

from datetime import date

from services.ledger.lights import LightRule, judge, scope_note, task_window
from services.ledger.row_views import LedgerRow

# models.TaskStatus.CLOSED's and models.ItemKind.SECTION's values (StrEnums, equal to their strings):
# models would import SQLAlchemy. tests/unit/test_plain_read.py checks them against the models.
CLOSED = "closed"
SECTION = "section"


def section_label(level: int, number: str | None, title: str) -> str:
    """`一、总体要求` for a first-level heading, `（一）推动…` below it, as the document writes them."""
    if not number:
        return title
    if "." in number:
        return f"{number} {title}"  # 1.1 数据中心: a decimal heading, as printed
    return f"{number}、{title}" if level <= 1 else f"（{number}）{title}"


def nearest_section(parent_id: int | None, sections: dict[int, tuple[int | None, str]]) -> str | None:
    seen = 0
    while parent_id is not None and seen < 50:
        parent, title = sections.get(parent_id, (None, ""))
        if title:
            return title
        parent_id, seen = parent, seen + 1
    return None


def build_row(
    item, plan_start, section, as_of: date, rule: LightRule, yearly, owners, targets, with_text, share
) -> LedgerRow:
    """`item`: id, plan_id, parent_id, kind, level, position, number, title, domain, start_on, due_on,
    recurring, status, progress, version, latest_situation, reported_done_on (then text when
    `with_text`), dates as dates; `yearly`: this year's progress of yearly tasks by id; `owners`: (lead
    names, co names); `share(v, v)` keeps one copy of a repeated value."""
    # Unpacked once: attribute access on a SQLAlchemy Row is a lookup, and this runs 100,000 times.
    (item_id, plan_id, parent_id, kind, level, position, number, title, domain, start_on, due_on, recurring,
     status, progress, version, latest_situation, reported_done_on, *text) = item  # fmt: skip
    progress = yearly.get(item_id, progress)
    window = task_window(due=due_on, start=start_on, recurring=recurring, plan_start=plan_start, as_of=as_of)
    closed = status == CLOSED
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
