"""The traffic-light rule, the same everywhere: table, exports, reminders and the CLI.

red    = overdue, or far behind the expected pace (序时进度)
yellow = due within `due_soon_days`, or behind the expected pace
green  = on track; the targets' figures met; or the unit reported it done (待销号: the office confirms)
grey   = closed (办结/销号)

``judge`` gives the light with the one sentence that says why; ``traffic_light`` is its light alone.
The progress a task is judged on is the higher of its reported progress and how far its targets' done
figures have come: target 80, done 86, reported 80% is a met target, not a task behind its pace.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple


class Light(enum.StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    GREY = "grey"


LIGHT_LABELS = {Light.RED: "红灯", Light.YELLOW: "黄灯", Light.GREEN: "绿灯", Light.GREY: "已办结"}


@dataclass(frozen=True)
class LightRule:
    """Thresholds, set by the office in the settings."""

    due_soon_days: int = 15
    behind_yellow: int = 10  # percentage points behind the expected pace
    behind_red: int = 30


class Window(NamedTuple):
    """The period a task (or this year's instance of a yearly task) runs over (a NamedTuple: one is
    made for every row of a 100,000-task ledger)."""

    start: date | None
    due: date | None


def task_window(
    *, due: date | None, start: date | None, recurring: str | None, plan_start: date | None, as_of: date
) -> Window:
    """Due date and start of the task as seen on `as_of`; a yearly task is due at the end of each year."""
    if recurring == "yearly":
        year_start = date(as_of.year, 1, 1)
        first = start or plan_start
        begin = max(year_start, first) if first and first.year == as_of.year else year_start
        end = date(as_of.year, 12, 31)
        if due is not None and due < end and due.year == as_of.year:
            end = due
        return Window(begin, end)
    return Window(start or plan_start, due)


def expected_pace(window: Window, as_of: date) -> float | None:
    """Share of the task's time already elapsed, 0–100; None when the window is unknown."""
    if window.start is None or window.due is None or window.due <= window.start:
        return None
    total = (window.due - window.start).days
    elapsed = min(max((as_of - window.start).days, 0), total)
    return 100.0 * elapsed / total


class Judgement(NamedTuple):
    light: Light
    why: str  # one sentence, Chinese: the tooltip, the editor, `tasks --json`, the sheet's notes
    awaiting_confirmation: bool = False  # 待销号: reported done or targets met, not yet closed


def judge(
    *,
    closed: bool,
    window: Window,
    progress: int | None,
    as_of: date,
    rule: LightRule = LightRule(),
    targets: tuple[tuple[float | None, float | None], ...] = (),
    reported_done_on: date | None = None,
) -> Judgement:
    """The light and why. ``targets`` are (quantity, done) of the task's targets."""
    if closed:
        return Judgement(Light.GREY, "已办结（已销号）")
    if reported_done_on is not None:
        return Judgement(Light.GREEN, f"单位已于{_day(reported_done_on)}报完成，待办公室销号", True)
    figures = _figures(targets)
    share = _share(targets)
    if share is not None and share >= 100:
        over = any(q and d is not None and d > q for q, d in targets)
        return Judgement(
            Light.GREEN, f"完成 {figures}，{'已超目标' if over else '已完成目标'}，待办公室销号", True
        )
    effective = (
        max(p for p in (progress, share) if p is not None) if (progress, share) != (None, None) else None
    )
    shown = _shown(progress, share, figures)
    if window.due is not None and as_of > window.due:
        return Judgement(
            Light.RED, f"已逾期 {(as_of - window.due).days} 天（{_day(window.due)}到期），{shown}"
        )
    pace = expected_pace(window, as_of)
    gap = pace - effective if pace is not None and effective is not None else None
    behind = (
        f"序时进度 {pace:.0f}%，实际 {effective:.0f}%，落后 {gap:.0f} 个百分点" if gap is not None else ""
    )
    if gap is not None and gap > rule.behind_red:
        return Judgement(Light.RED, behind)
    if window.due is not None and (window.due - as_of).days <= rule.due_soon_days:
        days = (window.due - as_of).days
        when = "今天到期" if days == 0 else f"{days} 天后到期（{_day(window.due)}）"
        return Judgement(Light.YELLOW, f"{when}，{shown}")
    if gap is not None and gap > rule.behind_yellow:
        return Judgement(Light.YELLOW, behind)
    if gap is not None:
        return Judgement(Light.GREEN, f"按序时推进：序时进度 {pace:.0f}%，实际 {effective:.0f}%")
    return Judgement(Light.GREEN, f"未到期，{shown}" if window.due is not None else f"没有完成时限，{shown}")


def traffic_light(**judged) -> Light:
    """The light alone, for callers that show no reason (the same keywords as ``judge``)."""
    return judge(**judged).light


def scope_note(why: str, *, yearly: bool, several_leads: bool, targets: int) -> str:
    """What the sentence counts over, when it is not one task with one figure: a yearly task is judged
    on this year's reports, several targets by the least advanced, several lead units by the lagging one."""
    notes = []
    if yearly:
        notes.append("每年任务，按今年的报送计")
    if targets > 1:
        notes.append(f"{targets} 个目标，按完成最少的一个计")
    if several_leads:
        notes.append("多个牵头单位，按进度落后的一家计")
    return f"{why}（{'；'.join(notes)}）" if notes else why


def _share(targets) -> float | None:
    """How far the targets' done figures have come, 0–100+: the least-advanced target decides; None
    when no target has both a quantity and a done figure (words-only targets say nothing)."""
    shares = [100.0 * d / q for q, d in targets if q and q > 0 and d is not None]
    counted = [q for q, _d in targets if q and q > 0]
    if not shares or len(shares) < len(counted):
        return min(shares) if shares and min(shares) < 100 else None
    return min(shares)


def _figures(targets) -> str:
    return "；".join(f"{d:g}/{q:g}" for q, d in targets if q and d is not None)


def _shown(progress: int | None, share: float | None, figures: str) -> str:
    parts = []
    if progress is not None:
        parts.append(f"进度 {progress}%")
    if figures:
        parts.append(f"完成 {figures}")
    return "，".join(parts) if parts else "尚无进展报送"


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
