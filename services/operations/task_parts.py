"""Use cases on what hangs off a task: evidence files, dated steps, corrections of progress entries,
reminders marked handled."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from models import Attachment, Milestone, ProgressEntry
from services.errors import NotFound
from services.ledger import attachments, corrections, milestones, reminders
from services.ledger.progress import ProgressReport
from services.operations.changes import ATTACHMENTS, MILESTONES, REMINDERS, TASKS, Done, changed
from services.operations.run import write
from services.storage.database import Ledger


def add_attachments(ledger: Ledger, item_id: int, paths: Sequence[Path], base: Path) -> Done[int]:
    """Attach evidence files, copied into the attachments folder under `base`, all or none."""
    write(ledger, lambda s: [attachments.add_attachment(s, item_id, p, base) for p in paths])
    return Done(len(paths), changed(ATTACHMENTS, tasks=[item_id]))


def remove_attachment(ledger: Ledger, attachment_id: int) -> Done[None]:
    def work(session: Session) -> int:
        found = session.get(Attachment, attachment_id)
        item_id = found.item_id if found is not None else None
        attachments.remove_attachment(session, attachment_id)  # NotFound when it is gone
        return item_id

    item_id = write(ledger, work)
    return Done(None, changed(ATTACHMENTS, tasks=[item_id]))


def add_milestone(ledger: Ledger, item_id: int, due_on: date, text: str) -> Done[int]:
    milestone_id = write(ledger, lambda s: milestones.add_milestone(s, item_id, due_on, text))
    return Done(milestone_id, changed(MILESTONES, tasks=[item_id]))


def milestone_reached(ledger: Ledger, milestone_id: int, on: date) -> Done[None]:
    def work(session: Session) -> int | None:
        found = session.get(Milestone, milestone_id)
        milestones.mark_reached(session, milestone_id, on)  # NotFound when it is gone
        return found.item_id if found is not None else None

    item_id = write(ledger, work)
    return Done(None, changed(MILESTONES, tasks=[item_id]))


def _entry_task(session: Session, entry_id: int) -> int:
    entry = session.get(ProgressEntry, entry_id)
    if entry is None:
        raise NotFound("该进展记录不存在：请关闭窗口后重新打开这项任务。")
    return entry.item_id


def void_progress_entry(ledger: Ledger, entry_id: int, reason: str) -> Done[int]:
    """Void a mistaken entry, the reason kept in the history; undo brings it back."""

    def work(session: Session) -> tuple[int, int]:
        item_id = _entry_task(session, entry_id)
        return corrections.void_entry(session, entry_id, reason), item_id

    change_id, item_id = write(ledger, work)
    return Done(change_id, changed(TASKS, tasks=[item_id]), (change_id,))


def correct_progress_entry(ledger: Ledger, entry_id: int, report: ProgressReport, reason: str) -> Done[int]:
    """Replace an entry by a corrected one; the value is the new entry's id."""

    def work(session: Session) -> tuple[tuple[int, int], int]:
        item_id = _entry_task(session, entry_id)
        return corrections.correct_entry(session, entry_id, report, reason), item_id

    (new_id, change_id), item_id = write(ledger, work)
    return Done(new_id, changed(TASKS, tasks=[item_id]), (change_id,))


def mark_reminders_handled(ledger: Ledger, item_ids: Sequence[int], note: str | None, on: date) -> Done[int]:
    write(ledger, lambda s: [reminders.mark_handled(s, i, note, on=on) for i in item_ids])
    return Done(len(item_ids), changed(REMINDERS, tasks=item_ids))
