"""One export as the clerk asks for it in the 导出 area: which plan, which document, which variant.

Runs on a worker thread: it opens its own session to read the plan, closes it, then writes the file,
so the database is not held while reportlab or openpyxl works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models import Assignment, LedgerItem, Unit
from services.documents.bulletin import write_bulletin
from services.documents.ledger_export import write_ledger
from services.documents.progress_sheet import SheetChoice, write_progress_sheet
from services.ledger.corrections import corrections
from services.ledger.lights import LightRule
from services.ledger.stats import current_return_rate, load_plan_ledger

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


def run_export(
    session_factory: sessionmaker[Session],
    request: ExportRequest,
    *,
    rule: LightRule = LightRule(),
    progress: Callable[[int, int], None] | None = None,
) -> ExportDone:
    with session_factory() as session:
        ledger = load_plan_ledger(session, request.plan_id, as_of=request.as_of, rule=rule)
        rate = current_return_rate(session, [request.plan_id], as_of=request.as_of)
        unit = session.get(Unit, request.unit_id) if request.unit_id is not None else None
        trace = corrections(session, request.plan_id) if request.kind == "ledger" else []
    if request.kind == "ledger":
        done = write_ledger(request.out, [ledger], as_of=request.as_of, progress=progress, corrections=trace)
        return ExportDone(done.path, "ledger", done.rows)
    if request.kind == "pdf":
        choice = SheetChoice(
            unit_id=request.unit_id,
            unit_name=unit.name if unit else None,
            lagging=request.lagging,
            reasons=request.reasons,
        )
        sheet = write_progress_sheet(request.out, ledger, choice, as_of=request.as_of, progress=progress)
        return ExportDone(sheet.path, "pdf", sheet.rows)
    bulletin = write_bulletin(
        request.out, ledger, as_of=request.as_of, return_rate=rate, office=request.office
    )
    return ExportDone(bulletin.path, "bulletin", len(ledger.items()))
