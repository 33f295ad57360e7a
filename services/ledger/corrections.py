"""Correct or void a progress entry, with a trace (留痕), at any time and on any PC.

Undo (services/tasks.revert_change) takes back the last edit while nothing newer touched the task. A
wrong figure found weeks later is handled here instead: the entry is voided with a reason, never
deleted; a correction is a new entry on the same day, for the same unit and round, naming the entry it
corrects. The task then shows what its entries that still stand say: the latest progress, situation and
done figure (for a task several units lead, their combination: services/ledger/co_leads.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ProgressEntry
from services.errors import InvalidValue, NotFound
from services.ledger.changelog import current_user, log_change
from services.ledger.co_leads import SUM, combine, latest_reports, several_leads
from services.ledger.correction_trace import Correction, describe_entry
from services.ledger.progress import ProgressReport, validate
from services.ledger.tasks import get_item

FIGURES = ("progress", "done_this_period", "done_total", "situation", "problems", "next_steps")


def void_entry(session: Session, entry_id: int, reason: str) -> int:
    """Void a mistaken entry; returns the change-log id."""
    entry = _live_entry(session, entry_id)
    reason = _reason(reason)
    entry.voided_at, entry.voided_by, entry.void_reason = datetime.now(), current_user(), reason
    session.flush()
    item = get_item(session, entry.item_id)
    before = _shown(item)
    refresh_figures(session, item)
    return log_change(
        session,
        "task",
        item.id,
        "void",
        before | {"entry_id": entry.id, "entry": describe_entry(entry)},
        _shown(item) | {"reason": reason},
    ).id


def correct_entry(session: Session, entry_id: int, report: ProgressReport, reason: str) -> tuple[int, int]:
    """Replace an entry by a corrected one (same day, unit and round); returns (new entry id, change id)."""
    validate(report)
    entry = _live_entry(session, entry_id)
    reason = _reason(reason)
    item = get_item(session, entry.item_id)
    before = _shown(item)
    entry.voided_at, entry.voided_by, entry.void_reason = datetime.now(), current_user(), f"更正：{reason}"
    corrected = ProgressEntry(
        item_id=entry.item_id,
        reported_on=entry.reported_on,
        unit_id=entry.unit_id,
        round_id=entry.round_id,
        recorded_by=current_user(),
        reported_done=entry.reported_done,
        completed_on=entry.completed_on,
        corrects_id=entry.id,
        **{name: getattr(report, name) for name in FIGURES},
    )
    session.add(corrected)
    session.flush()
    refresh_figures(session, item)
    change = log_change(
        session,
        "task",
        item.id,
        "correct",
        before | {"entry_id": entry.id, "entry": describe_entry(entry)},
        _shown(item) | {"entry_id": corrected.id, "entry": describe_entry(corrected), "reason": reason},
    )
    return corrected.id, change.id


def refresh_figures(session: Session, item, done_rule: str = SUM) -> None:
    """The task shows what its entries that still stand say (voided ones say nothing)."""
    standing = list(
        session.scalars(
            select(ProgressEntry)
            .where(ProgressEntry.item_id == item.id, ProgressEntry.voided_at.is_(None))
            .order_by(ProgressEntry.reported_on, ProgressEntry.id)
        )
    )
    item.progress = next((e.progress for e in reversed(standing) if e.progress is not None), None)
    item.latest_situation = next((e.situation for e in reversed(standing) if e.situation), None)
    single = item.targets[0] if len(item.targets) == 1 else None
    if single is not None:
        single.done = next((e.done_total for e in reversed(standing) if e.done_total is not None), None)
    leads = several_leads(session, [item.id])
    if item.id in leads:
        combined = combine(leads[item.id], latest_reports(session, leads).get(item.id, {}), done_rule)
        if combined.progress is not None:
            item.progress = combined.progress
        if combined.done_total is not None and single is not None:
            single.done = combined.done_total
    last = standing[-1] if standing else None
    if last is None or not last.reported_done:
        item.reported_done_on = None
    item.updated_at = datetime.now()
    session.flush()


def corrections(session: Session, plan_id: int | None = None) -> list[Correction]:
    """Every voided entry with what replaced it, oldest first: the ledger's 留痕."""
    from models import LedgerItem

    query = (
        select(ProgressEntry, LedgerItem.number, LedgerItem.title)
        .join(LedgerItem, LedgerItem.id == ProgressEntry.item_id)
        .where(ProgressEntry.voided_at.is_not(None))
        .order_by(ProgressEntry.voided_at, ProgressEntry.id)
    )
    if plan_id is not None:
        query = query.where(LedgerItem.plan_id == plan_id)
    found = []
    for entry, number, title in session.execute(query):
        replacement = session.scalar(select(ProgressEntry).where(ProgressEntry.corrects_id == entry.id))
        found.append(
            Correction(
                entry.item_id,
                number,
                title,
                entry.reported_on,
                describe_entry(entry),
                describe_entry(replacement) if replacement is not None else None,
                entry.void_reason or "",
                entry.voided_by or "",
                entry.voided_at,
            )
        )
    return found


def _live_entry(session: Session, entry_id: int) -> ProgressEntry:
    entry = session.get(ProgressEntry, entry_id)
    if entry is None:
        raise NotFound(f"编号为 {entry_id} 的进展记录不存在，可能已被删除：请刷新后重试。")
    if entry.voided_at is not None:
        raise InvalidValue(
            f"这条进展记录已于{entry.voided_at:%Y-%m-%d %H:%M}由{entry.voided_by}作废（{entry.void_reason}），"
            "不能再次作废或更正。"
        )
    return entry


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidValue("请写明作废或更正的原因（如“单位报错，经电话核实为 60%”），留痕需要它。")
    return reason[:500]


def _shown(item) -> dict:
    single = item.targets[0] if len(item.targets) == 1 else None
    return {
        "progress": item.progress,
        "latest_situation": item.latest_situation,
        "target_done": single.done if single else None,
    }


__all__ = ["Correction", "correct_entry", "corrections", "refresh_figures", "void_entry"]
