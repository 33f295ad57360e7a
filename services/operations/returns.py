"""Use cases of reporting rounds: templates sent, returns imported (and undone), late units chased."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from services.ledger.co_leads import SUM
from services.operations.changes import ROUNDS, TASKS, Done, changed
from services.operations.run import write
from services.returns.template import DEFAULT_OFFICE, MadeTemplates, make_templates
from services.storage.database import Ledger

# The reading side of returns (reader, checks, preview) is imported by the use cases that import:
# make-templates writes forms and has no use for it (issue 16).
if TYPE_CHECKING:
    from services.returns.importing import FilePreview, ImportResult


def import_returns(
    ledger: Ledger, previews: Sequence[FilePreview], *, co_lead_done: str = SUM
) -> Done[ImportResult]:
    """Write the accepted returns as one batch, a safety copy first (undone from 报送轮次)."""
    from services.returns.importing import commit_returns

    result = write(ledger, lambda s: commit_returns(s, previews, co_lead_done=co_lead_done), backup="returns")
    tasks = {u.item_id for f in previews for u in f.updates}
    plans = {f.round.plan_id for f in previews if f.round is not None}
    return Done(result, changed(ROUNDS, TASKS, plans=plans, tasks=tasks))


def undo_returns_import(ledger: Ledger, batch_id: int) -> Done[int]:
    """The tasks get back the figures they had before the batch; the value is the entries removed."""
    from services.returns.importing import undo_batch

    removed = write(ledger, lambda s: undo_batch(s, batch_id))
    return Done(removed, changed(ROUNDS, TASKS))


def make_round_templates(
    ledger: Ledger, plan_id: int, period: str, out_dir: Path, **options: Any
) -> Done[MadeTemplates]:
    """Open (or reuse) the round and write one template per unit; the round is recorded as sent.
    options: those of services/returns/template.py make_templates (due_on, office, progress)."""
    made = write(ledger, lambda s: make_templates(s, plan_id, period, out_dir, **options))
    return Done(made, changed(ROUNDS, plans=[plan_id]))


def write_chase(ledger: Ledger, round_id: int, path: Path, *, as_of: date, office: str = DEFAULT_OFFICE):
    """One PDF for the late units of a round; they are marked as chased on `as_of`."""
    from services.documents.chase_notice import write_chase_notice  # reportlab: when first needed

    notice = write(ledger, lambda s: write_chase_notice(s, round_id, path, as_of=as_of, office=office))
    return Done(notice, changed(ROUNDS))
