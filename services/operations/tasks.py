"""Use cases on tasks: save from the task editor, record progress, close, reopen, delete, undo."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from models import ChangeLog
from services.ledger import tasks as task_service
from services.ledger.changelog import history
from services.ledger.progress import ProgressReport, record_progress
from services.operations.changes import PLANS, TASKS, Changes, Done, changed
from services.operations.run import write
from services.storage.database import Ledger


def _task_changes(session: Session, item_ids: Sequence[int], *kinds: str) -> Changes:
    plans = {task_service.get_item(session, i, include_deleted=True).plan_id for i in item_ids}
    return changed(TASKS, *kinds, plans=plans, tasks=item_ids)


def _recorded(session: Session, item_id: int, report: ProgressReport) -> int:
    """Record a report in the caller's transaction; the change-log id that undo reverts."""
    record_progress(session, item_id, report)
    return history(session, "task", item_id)[0].id


@dataclass(frozen=True)
class TaskSave:
    """What the task editor saves at once: a new task (item_id None) or an edit, its targets and the
    progress report typed in the same dialog."""

    plan_id: int
    item_id: int | None
    fields: dict[str, Any]
    parent_id: int | None = None
    version: int | None = None  # the version the editor loaded: another PC's save in between is a conflict
    edited: bool = True
    targets: list[task_service.TargetEdit] = field(default_factory=list)
    report: ProgressReport | None = None


@dataclass(frozen=True)
class Saved:
    new_id: int | None  # the created task
    edit_id: int | None  # the change-log entry of the details and targets
    progress_id: int | None  # the change-log entry of the progress report


def save_task(ledger: Ledger, save: TaskSave) -> Done[Saved]:
    """One transaction: details, targets and the typed progress report together or not at all."""

    def work(session: Session) -> tuple[Saved, Changes]:
        if save.item_id is None:
            draft = task_service.TaskDraft(**save.fields)
            new_id = task_service.create_task(session, save.plan_id, save.parent_id, draft)
            return Saved(new_id, None, None), changed(TASKS, PLANS, plans=[save.plan_id], tasks=[new_id])
        edit_id = progress_id = None
        if save.edited or save.targets:  # edit_task also checks that nobody else changed the task
            # The targets go into the same change entry: one undo takes back the whole save.
            edit_id = task_service.edit_task(
                session, save.item_id, save.version, targets=save.targets, **save.fields
            )
        if save.report is not None:
            progress_id = _recorded(session, save.item_id, save.report)
        return Saved(None, edit_id, progress_id), _task_changes(session, [save.item_id])

    saved, changes = write(ledger, work)
    undo = tuple(i for i in (saved.edit_id, saved.progress_id) if i is not None)
    return Done(saved, changes, undo)


def record_task_progress(ledger: Ledger, item_id: int, report: ProgressReport) -> Done[int]:
    def work(session: Session) -> tuple[int, Changes]:
        return _recorded(session, item_id, report), _task_changes(session, [item_id])

    change_id, changes = write(ledger, work)
    return Done(change_id, changes, (change_id,))


def close_tasks(ledger: Ledger, rows: Sequence[tuple[int, int | None]]) -> Done[int]:
    """Close (销号) tasks given as (id, version the view showed): one transaction, one undo step each."""
    return _each(ledger, rows, task_service.close_task)


def reopen_task(ledger: Ledger, item_id: int, version: int | None) -> Done[int]:
    return _each(ledger, [(item_id, version)], task_service.reopen_task)


def delete_task(ledger: Ledger, item_id: int, version: int | None) -> Done[int]:
    """Soft delete: undo brings the task back with its progress history and attachments."""
    return _each(ledger, [(item_id, version)], task_service.delete_task, PLANS)


def _each(ledger: Ledger, rows: Sequence[tuple[int, int | None]], action, *kinds: str) -> Done[int]:
    def work(session: Session) -> tuple[list[int], Changes]:
        ids = [action(session, item_id, version) for item_id, version in rows]
        return ids, _task_changes(session, [item_id for item_id, _ in rows], *kinds)

    ids, changes = write(ledger, work)
    return Done(len(ids), changes, tuple(ids))


def undo_change(ledger: Ledger, change_id: int) -> Done[int]:
    """Undo one logged task edit, progress report, close, reopen or delete (Ctrl+Z)."""

    def work(session: Session) -> tuple[int, Changes]:
        undo_id = task_service.revert_change(session, change_id)
        item_id = session.get(ChangeLog, change_id).entity_id  # a task's: revert_change checked it
        return undo_id, _task_changes(session, [item_id], PLANS)

    undo_id, changes = write(ledger, work)
    return Done(undo_id, changes)
