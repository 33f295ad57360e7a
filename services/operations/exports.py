"""The export use case through a session: one document of one plan, for the 导出 view, a server ledger,
and a command that needs what the SQLite file read does not do (`export-pdf --unit`).

It reads the plan in one session, closes it, then writes the file, so the database is not held while
reportlab or openpyxl works; a locked or damaged database is a Chinese message (read_action). The export
commands read a SQLite file without SQLAlchemy first (services/operations/plain_exports.py); both write
through services/documents/export_jobs.py's ``write_export``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Assignment, LedgerItem, Unit
from services.documents.export_jobs import (
    ExportData,
    ExportDone,
    ExportRequest,
    reads_corrections,
    reads_ranking,
    reads_return_rate,
    write_export,
)
from services.ledger.lights import LightRule
from services.ledger.stats import current_return_rate, load_plan_rows
from services.operations.run import read
from services.storage.database import Ledger


def export_document(
    ledger: Ledger,
    request: ExportRequest,
    *,
    rule: LightRule = LightRule(),
    progress: Callable[[int, int], None] | None = None,
) -> ExportDone:
    def load(session) -> ExportData:
        plan = load_plan_rows(session, request.plan_id, as_of=request.as_of, rule=rule)
        # Each document reads only what it prints, and imports only the services that read it.
        rate = (
            current_return_rate(session, [request.plan_id], as_of=request.as_of)
            if reads_return_rate(request.kind)
            else None
        )
        unit = session.get(Unit, request.unit_id) if request.unit_id is not None else None
        trace = []
        if reads_corrections(request.kind):
            from services.ledger.corrections import corrections

            trace = corrections(session, request.plan_id)
        ranking = None
        if reads_ranking(request.kind):
            from services.ledger.ranking import rank_units

            # The 考评 of the year, for the ledger's 考评 sheet and the bulletin's 附表 (docs/ranking.md).
            ranking = rank_units(session, [request.plan_id], as_of=request.as_of, year=request.as_of.year)
        return ExportData(plan, rate, unit.name if unit else None, trace, ranking)

    return write_export(request, read(ledger, load), progress)


def plan_units(session: Session, plan_id: int) -> list[tuple[int, str]]:
    """Units that lead or share a live measure or task of the plan, by name."""
    rows = session.execute(
        select(Unit.id, Unit.name)
        .join(Assignment, Assignment.unit_id == Unit.id)
        .join(LedgerItem, LedgerItem.id == Assignment.item_id)
        .where(LedgerItem.plan_id == plan_id, LedgerItem.deleted_at.is_(None))
        .distinct()
        .order_by(Unit.name)
    )
    return [(unit_id, name) for unit_id, name in rows]
