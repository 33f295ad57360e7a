"""Progress history of a task: each report is a new dated entry; the task shows the latest one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ProgressEntry
from services.errors import InvalidValue
from services.ledger.changelog import current_user, log_change
from services.ledger.tasks import get_item


@dataclass(frozen=True)
class ProgressReport:
    reported_on: date
    progress: int | None = None
    done_this_period: float | None = None
    done_total: float | None = None
    situation: str | None = None
    problems: str | None = None
    next_steps: str | None = None


@dataclass(frozen=True)
class ProgressView:
    id: int
    reported_on: date
    progress: int | None
    done_this_period: float | None
    done_total: float | None
    situation: str | None
    problems: str | None
    next_steps: str | None
    recorded_by: str
    recorded_at: datetime
    from_return: bool
    voided: str | None = None  # "2024-10-03 张三：单位报错…" when voided (the 留痕), else None
    corrects_id: int | None = None


def validate(report: ProgressReport) -> None:
    if report.progress is not None and not 0 <= report.progress <= 100:
        raise InvalidValue(f"进度应在 0 到 100 之间，填写的是 {report.progress}。")
    for label, value in (("本期完成数量", report.done_this_period), ("累计完成数量", report.done_total)):
        if value is not None and value < 0:
            raise InvalidValue(f"{label}不能为负数，填写的是 {value:g}。")


def shown_figures(item) -> dict:
    """What a task shows of its reports, as the change log keeps it before a report changes it: the same
    shape whether the report was typed in the editor or imported from a return (undo reads it back)."""
    single = item.targets[0] if len(item.targets) == 1 else None
    return {
        "progress": item.progress,
        "latest_situation": item.latest_situation,
        "target_done": single.done if single else None,
        "targets_done": [t.done for t in item.targets],
        "reported_done_on": item.reported_done_on.isoformat() if item.reported_done_on else None,
    }


def shown_after(item, entry_id: int, batch_id: int | None = None) -> dict:
    """What the change log keeps after a report was applied (the counterpart of shown_figures): the
    task's progress and words, the entry, and the import batch when it came from a return."""
    after = {"progress": item.progress, "latest_situation": item.latest_situation, "entry_id": entry_id}
    return after | ({"batch_id": batch_id} if batch_id is not None else {})


def carry_report(item, report: ProgressReport) -> None:
    """The task shows its latest report: progress, words, and its single target's done figure."""
    if report.progress is not None:
        item.progress = report.progress
    if report.situation:
        item.latest_situation = report.situation
    if report.done_total is not None and len(item.targets) == 1:
        item.targets[0].done = report.done_total
    item.updated_at = datetime.now()


def record_progress(
    session: Session,
    item_id: int,
    report: ProgressReport,
    *,
    unit_id: int | None = None,
    round_id: int | None = None,
    batch_id: int | None = None,
) -> int:
    """Add a dated entry and carry its figures onto the task (and its single target, when it has one)."""
    validate(report)
    item = get_item(session, item_id)
    entry = ProgressEntry(
        item_id=item.id,
        reported_on=report.reported_on,
        progress=report.progress,
        done_this_period=report.done_this_period,
        done_total=report.done_total,
        situation=report.situation,
        problems=report.problems,
        next_steps=report.next_steps,
        unit_id=unit_id,
        round_id=round_id,
        batch_id=batch_id,
        recorded_by=current_user(),
    )
    session.add(entry)
    before = shown_figures(item)
    carry_report(item, report)
    session.flush()
    log_change(session, "task", item.id, "progress", before, shown_after(item, entry.id, batch_id))
    return entry.id


def progress_history(session: Session, item_id: int) -> list[ProgressView]:
    entries = session.scalars(
        select(ProgressEntry)
        .where(ProgressEntry.item_id == item_id)
        .order_by(ProgressEntry.reported_on.desc(), ProgressEntry.id.desc())
    )
    return [
        ProgressView(
            e.id,
            e.reported_on,
            e.progress,
            e.done_this_period,
            e.done_total,
            e.situation,
            e.problems,
            e.next_steps,
            e.recorded_by,
            e.recorded_at,
            e.round_id is not None,
            f"{e.voided_at:%Y-%m-%d %H:%M} {e.voided_by}：{e.void_reason}" if e.voided_at else None,
            e.corrects_id,
        )
        for e in entries
    ]


def progress_warnings(session: Session, item_id: int, report: ProgressReport) -> list[str]:
    """What the returns import would warn about in the same figures: over the target, a cumulative
    figure lower than the last one, more this period than in total. The editor asks before storing."""
    item = get_item(session, item_id)
    warnings = []
    total = report.done_total
    single = item.targets[0] if len(item.targets) == 1 else None
    if total is not None and single is not None and single.quantity is not None and single.comparator != ">=":
        limit = single.quantity * 1.1 if single.comparator == "about" else single.quantity
        if total > limit:
            warnings.append(
                f"累计完成 {total:g} 超过目标 {single.quantity:g}{single.unit or ''}：请核实是否填错（如多填了一位）。"
            )
    if total is not None:
        last = session.scalar(
            select(ProgressEntry.done_total)
            .where(
                ProgressEntry.item_id == item.id,
                ProgressEntry.done_total.is_not(None),
                ProgressEntry.voided_at.is_(None),
            )
            .order_by(ProgressEntry.reported_on.desc(), ProgressEntry.id.desc())
            .limit(1)
        )
        if last is not None and total < last:
            warnings.append(f"累计完成 {total:g} 低于上次记录的 {last:g}：累计数不应减少，请核实。")
    if report.done_this_period is not None and total is not None and report.done_this_period > total:
        warnings.append(f"本期完成数量 {report.done_this_period:g} 大于累计完成 {total:g}：请核实。")
    return warnings
