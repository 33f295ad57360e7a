"""The export use case: one document of one plan, for the 导出 view and the export-* commands alike.

It reads the plan in one session, closes it, then writes the file, so the database is not held while
reportlab or openpyxl works; a locked or damaged database is a Chinese message (read_action).
"""

from __future__ import annotations

from collections.abc import Callable

from models import Unit
from services.documents.export_jobs import ExportDone, ExportRequest
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
    def load(session):
        plan = load_plan_rows(session, request.plan_id, as_of=request.as_of, rule=rule)
        # Each document reads only what it prints, and imports only the services that read it: the
        # return rate is the bulletin's, the corrections the ledger's (issue 16: export-pdf's start-up).
        rate = (
            current_return_rate(session, [request.plan_id], as_of=request.as_of)
            if request.kind == "bulletin"
            else None
        )
        unit = session.get(Unit, request.unit_id) if request.unit_id is not None else None
        trace = []
        if request.kind == "ledger":
            from services.ledger.corrections import corrections

            trace = corrections(session, request.plan_id)
        ranking = None
        if request.kind in ("ledger", "bulletin"):
            from services.ledger.ranking import rank_units

            # The 考评 of the year, for the ledger's 考评 sheet and the bulletin's 附表 (docs/ranking.md).
            ranking = rank_units(session, [request.plan_id], as_of=request.as_of, year=request.as_of.year)
        return plan, rate, unit.name if unit else None, trace, ranking

    plan, rate, unit_name, trace, ranking = read(ledger, load)
    # Each writer is imported where it is used: openpyxl, reportlab and python-docx are 0.3-0.5 s each,
    # and export-pdf should not wait for the other two (tests/unit/test_cli_quick.py).
    if request.kind == "ledger":
        from services.documents.ledger_export import write_ledger

        done = write_ledger(
            request.out, [plan], as_of=request.as_of, progress=progress, corrections=trace, ranking=ranking
        )
        return ExportDone(done.path, "ledger", done.rows)
    if request.kind == "pdf":
        from services.documents.progress_sheet import SheetChoice, write_progress_sheet

        choice = SheetChoice(
            unit_id=request.unit_id, unit_name=unit_name, lagging=request.lagging, reasons=request.reasons
        )
        sheet = write_progress_sheet(request.out, plan, choice, as_of=request.as_of, progress=progress)
        return ExportDone(sheet.path, "pdf", sheet.rows)
    from services.documents.bulletin import write_bulletin

    bulletin = write_bulletin(
        request.out, plan, as_of=request.as_of, return_rate=rate, office=request.office, ranking=ranking
    )
    return ExportDone(bulletin.path, "bulletin", len(plan.items()))
