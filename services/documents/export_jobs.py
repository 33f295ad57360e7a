"""One export as the clerk asks for it in the 导出 area: which plan, which document, which variant.

The request and its result; services/operations/exports.py runs it for the view and the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Assignment, LedgerItem, Unit

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
