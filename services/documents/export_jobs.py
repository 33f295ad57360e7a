"""One export as the clerk asks for it in the 导出 area: which plan, which document, which variant.

The request, what it reads and its result. services/operations/exports.py reads it through a session (the
view, a server ledger), services/operations/plain_exports.py from a SQLite file with the stdlib sqlite3 (the
export commands: no SQLAlchemy to import); both hand it to ``write_export``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, NamedTuple

from services.ledger.correction_trace import Correction
from services.ledger.plan_figures import PlanRows, ReturnRate
from services.ledger.ranking_rule import Ranking

Kind = Literal["ledger", "pdf", "bulletin"]
SUFFIXES: dict[str, str] = {"ledger": ".xlsx", "pdf": ".pdf", "bulletin": ".docx"}
DOCUMENT_NAMES: dict[str, str] = {
    "ledger": "任务推进台账",
    "pdf": "任务推进情况表",
    "bulletin": "进展情况通报",
}


@dataclass(frozen=True)
class ExportRequest:
    plan_id: int
    kind: Kind
    out: Path
    as_of: date
    unit_id: int | None = None  # progress sheet of one unit
    lagging: bool = False  # progress sheet of the red and yellow items only
    reasons: bool = False  # progress sheet: why each light, in the 进展 column
    office: str = "领导小组办公室"


@dataclass(frozen=True)
class ExportDone:
    path: Path
    kind: Kind
    rows: int


def suggested_name(
    plan_title: str, kind: Kind, as_of: date, unit: str | None = None, lagging: bool = False
) -> str:
    """`海门区推动大规模设备更新行动方案-任务推进情况表-区发改委-20240930.pdf`, safe on Windows."""
    parts = [plan_title, DOCUMENT_NAMES[kind]]
    if unit:
        parts.append(unit)
    if lagging:
        parts.append("红黄灯")
    parts.append(f"{as_of:%Y%m%d}")
    name = "-".join(parts)
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name) + SUFFIXES[kind]


class ExportData(NamedTuple):
    """What one export reads: the plan's rows, and what its document prints beside them."""

    plan: PlanRows
    return_rate: ReturnRate | None  # the bulletin's
    unit_name: str | None  # the progress sheet of one unit
    corrections: list[Correction]  # the Excel ledger's 留痕
    ranking: Ranking | None  # the Excel ledger's 考评 sheet and the bulletin's 附表


def reads_return_rate(kind: Kind) -> bool:
    return kind == "bulletin"


def reads_corrections(kind: Kind) -> bool:
    return kind == "ledger"


def reads_ranking(kind: Kind) -> bool:
    return kind in ("ledger", "bulletin")


def write_export(
    request: ExportRequest, data: ExportData, progress: Callable[[int, int], None] | None = None
) -> ExportDone:
    """Write the document the request asks for, once the database is closed."""
    # Each writer is imported where it is used: openpyxl, reportlab and python-docx are 0.1-0.3 s each,
    # and export-pdf should not wait for the other two (tests/unit/test_cli_quick.py).
    if request.kind == "ledger":
        from services.documents.ledger_export import write_ledger

        done = write_ledger(
            request.out,
            [data.plan],
            as_of=request.as_of,
            progress=progress,
            corrections=data.corrections,
            ranking=data.ranking,
        )
        return ExportDone(done.path, "ledger", done.rows)
    if request.kind == "pdf":
        from services.documents.progress_sheet import SheetChoice, write_progress_sheet

        choice = SheetChoice(
            unit_id=request.unit_id,
            unit_name=data.unit_name,
            lagging=request.lagging,
            reasons=request.reasons,
        )
        sheet = write_progress_sheet(request.out, data.plan, choice, as_of=request.as_of, progress=progress)
        return ExportDone(sheet.path, "pdf", sheet.rows)
    from services.documents.bulletin import write_bulletin

    bulletin = write_bulletin(
        request.out,
        data.plan,
        as_of=request.as_of,
        return_rate=data.return_rate,
        office=request.office,
        ranking=data.ranking,
    )
    return ExportDone(bulletin.path, "bulletin", len(data.plan.items()))
