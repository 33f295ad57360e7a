"""Use cases that add a plan: a plan document (方案) or an office's existing Excel ledger (台账)."""

from __future__ import annotations

from collections.abc import Callable

from services.operations.changes import PLANS, TASKS, UNITS, Done, changed
from services.operations.run import write
from services.plans.importing import ParsedDocument, store_document
from services.storage.database import Ledger


def import_plan(
    ledger: Ledger, document: ParsedDocument, progress: Callable[[int, int], None] | None = None
) -> Done[int]:
    """Store a parsed (and reviewed) plan; a safety copy first. The value is the new plan's id."""
    plan_id = write(ledger, lambda s: store_document(s, document, progress), backup="import")
    return Done(plan_id, changed(PLANS, TASKS, UNITS, plans=[plan_id]))


def import_ledger(ledger: Ledger, document: ParsedDocument) -> Done[int]:
    """Store an office's ledger read as a plan (services/plans/ledger_import.py); a safety copy first."""
    from services.plans.ledger_import import store_ledger

    plan_id = write(ledger, lambda s: store_ledger(s, document), backup="import")
    return Done(plan_id, changed(PLANS, TASKS, UNITS, plans=[plan_id]))
