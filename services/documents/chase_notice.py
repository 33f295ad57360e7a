"""催报通知: one PDF asking the units that have not returned a round's form to send it, one page each.

Each page is addressed to one unit, names the round, the due date and the days overdue, lists the tasks
the form covers, and gives the unit's liaison officer so the office can phone while the page prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from services.documents.pdf_layout import (
    PdfColumn,
    PdfDocument,
    PdfPageBreak,
    PdfParagraph,
    PdfTable,
    build_pdf,
)
from services.documents.signature import DEFAULT_OFFICE, chinese_date
from services.errors import InvalidValue
from services.returns.rounds import LATE, RoundStatus, mark_chased, round_status, unit_tasks

# A late unit is asked to send its form within this many days of the notice.
DAYS_TO_ANSWER = 2


@dataclass(frozen=True)
class ChaseNotice:
    path: Path
    units: tuple[str, ...]


def chase_document(
    session: Session, status: RoundStatus, unit_ids: list[int], *, as_of: date, office: str
) -> PdfDocument:
    round_view = status.round
    by = as_of + timedelta(days=DAYS_TO_ANSWER)
    blocks: list = []
    for unit in (u for u in status.units if u.unit_id in unit_ids):
        if blocks:
            blocks.append(PdfPageBreak())
        late = (as_of - round_view.due_on).days if round_view.due_on else 0
        overdue = f"，已逾期{late}天" if late > 0 else ""
        due = chinese_date(round_view.due_on) if round_view.due_on else "规定时间"
        tasks = unit_tasks(session, round_view.plan_id, unit.unit_id)
        blocks += [
            PdfParagraph(f"{unit.unit}：", kind="plain"),
            PdfParagraph(
                f"《{round_view.plan_title}》{round_view.period}推进情况报送表应于{due}前报送{office}，"
                f"截至{chinese_date(as_of)}，你单位尚未报送{overdue}。请于{chinese_date(by)}前将填好的"
                f"报送表（Excel 格式，勿改动表格结构）报送{office}。"
            ),
            PdfTable(
                columns=(
                    PdfColumn("序号", 0.1, "center"),
                    PdfColumn("需报送进展的任务", 0.65),
                    PdfColumn("目标", 0.25),
                ),
                rows=tuple(
                    (str(n), f"{t.number or ''} {t.title}".strip(), t.target or "—")
                    for n, t in enumerate(tasks, start=1)
                ),
            ),
        ]
        if unit.liaison:
            blocks.append(
                PdfParagraph(f"（联络员：{unit.liaison.name}　电话：{unit.liaison.phones()}）", kind="note")
            )
    return PdfDocument(
        title="催报通知",
        subtitle_lines=(f"{round_view.period}推进情况报送",),
        blocks=tuple(blocks),
        signature_lines=(office, chinese_date(as_of)),
        author=office,
    )


def write_chase_notice(
    session: Session,
    round_id: int,
    path: Path,
    *,
    as_of: date,
    unit_ids: list[int] | None = None,
    office: str = DEFAULT_OFFICE,
) -> ChaseNotice:
    """One PDF for the late units (or the given ones); they are marked as chased on `as_of`."""
    status = round_status(session, round_id, as_of=as_of)
    chosen = [u.unit_id for u in status.units if u.state == LATE] if unit_ids is None else unit_ids
    if not chosen:
        raise InvalidValue(f"{status.round.period}没有逾期未报的单位，不需要催报。")
    build_pdf(path, chase_document(session, status, chosen, as_of=as_of, office=office))
    mark_chased(session, round_id, chosen, as_of)
    return ChaseNotice(Path(path), tuple(u.unit for u in status.units if u.unit_id in chosen))
