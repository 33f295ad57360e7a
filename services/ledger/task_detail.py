"""Read a task with everything the editor shows, in one session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from services.ledger.attachments import AttachmentView, list_attachments
from services.ledger.changelog import ChangeView, history
from services.ledger.lights import LightRule
from services.ledger.milestones import MilestoneView, milestones_of
from services.ledger.progress import ProgressView, progress_history
from services.ledger.rows import ALL_KINDS, LedgerFilter, LedgerRow, query_ledger
from services.storage.database import Ledger, read_action


@dataclass(frozen=True)
class TaskDetail:
    row: LedgerRow
    progress: tuple[ProgressView, ...]
    attachments: tuple[AttachmentView, ...]
    changes: tuple[ChangeView, ...]
    milestones: tuple[MilestoneView, ...] = ()


def load_detail(ledger: Ledger, item_id: int, attachments_base: Path, rule: LightRule) -> TaskDetail | None:
    with read_action(ledger) as session:
        rows = query_ledger(session, LedgerFilter(ids=frozenset({item_id}), kinds=ALL_KINDS), rule=rule)
        if not rows:
            return None
        return TaskDetail(
            rows[0],
            tuple(progress_history(session, item_id)),
            tuple(list_attachments(session, item_id, attachments_base)),
            tuple(history(session, "task", item_id)),
            tuple(milestones_of(session, item_id)),
        )
