"""A task that several units lead: each unit's report kept apart, the task's figure a stated combination.

Every progress entry already carries the unit that reported it. What a task *shows* (its progress and
its single target's done figure, which the light and the printed sheet read) must not be whichever
unit's file was imported last: 60%/not done must not replace another lead unit's 100%/done, nor the
other way round. The rule, said in the task's history and in the settings:

- progress: the lagging lead unit decides (the lowest progress among the lead units that reported);
- done figure: the sum of the lead units' cumulative figures (each reports its own share), or the first
  lead unit's figure (it reports for all), chosen in the settings (``DONE_RULES``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import LedgerItem, ProgressEntry

SUM, FIRST_LEAD = "sum", "first_lead"
DONE_RULES = {SUM: "各牵头单位的累计完成数相加", FIRST_LEAD: "以排在第一位的牵头单位报送的数为准"}


@dataclass(frozen=True)
class UnitReport:
    unit_id: int
    progress: int | None
    done_total: float | None
    reported_done: bool | None


@dataclass(frozen=True)
class Combined:
    progress: int | None
    done_total: float | None
    reports: tuple[UnitReport, ...]  # the latest report of each lead unit that has reported, lead order


def lead_unit_ids(text: str | None) -> list[int]:
    return [int(part) for part in (text or "").split(",") if part.strip().isdigit()]


def several_leads(session: Session, item_ids: Iterable[int]) -> dict[int, list[int]]:
    """item id -> its lead unit ids (plan order), for the items that have more than one."""
    ids = list(item_ids)
    found = {}
    for item_id, leads in session.execute(
        select(LedgerItem.id, LedgerItem.lead_unit_ids).where(LedgerItem.id.in_(ids))
    ):
        units = lead_unit_ids(leads)
        if len(units) > 1:
            found[item_id] = units
    return found


def latest_reports(session: Session, leads: dict[int, list[int]]) -> dict[int, dict[int, UnitReport]]:
    """item id -> unit id -> that unit's latest report on the item (any round, by date then entry)."""
    latest: dict[int, dict[int, UnitReport]] = {}
    if not leads:
        return latest
    rows = session.execute(
        select(
            ProgressEntry.item_id,
            ProgressEntry.unit_id,
            ProgressEntry.progress,
            ProgressEntry.done_total,
            ProgressEntry.reported_done,
        )
        .where(
            ProgressEntry.item_id.in_(list(leads)),
            ProgressEntry.unit_id.is_not(None),
            ProgressEntry.voided_at.is_(None),
        )
        .order_by(ProgressEntry.reported_on, ProgressEntry.id)
    )
    for r in rows:
        if r.unit_id in leads[r.item_id]:
            latest.setdefault(r.item_id, {})[r.unit_id] = UnitReport(
                r.unit_id, r.progress, r.done_total, r.reported_done
            )
    return latest


def combine(leads: list[int], reports: dict[int, UnitReport], done_rule: str = SUM) -> Combined:
    ordered = tuple(reports[u] for u in leads if u in reports)
    progresses = [r.progress for r in ordered if r.progress is not None]
    if done_rule == FIRST_LEAD:
        first = reports.get(leads[0])
        done = first.done_total if first else None
    else:
        figures = [r.done_total for r in ordered if r.done_total is not None]
        done = sum(figures) if figures else None
    return Combined(min(progresses) if progresses else None, done, ordered)


def disagreement(mine: UnitReport, others: Iterable[UnitReport]) -> UnitReport | None:
    """Another lead unit's report that says otherwise: done against not done, or another progress."""
    for other in others:
        if other.unit_id == mine.unit_id:
            continue
        said_done = bool(mine.reported_done) or mine.progress == 100
        other_done = bool(other.reported_done) or other.progress == 100
        if said_done != other_done and (mine.progress is not None or mine.reported_done is not None):
            return other
        if mine.progress is not None and other.progress is not None and mine.progress != other.progress:
            return other
    return None


__all__ = [
    "DONE_RULES",
    "FIRST_LEAD",
    "SUM",
    "Combined",
    "UnitReport",
    "combine",
    "disagreement",
    "latest_reports",
    "several_leads",
]
