"""Urge notices (督办通知单): one PDF page set per unit listing its lagging tasks and a report-by date.

Written from the reminders (services/ledger/reminders.py), so the notice, the panel and the CLI agree on what
is lagging. The wording follows the notices district offices send: addressee, the plan, the facts,
the request with a date, the office and the date of issue.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Plan
from services.documents.pdf_layout import PdfCell, PdfColumn, PdfDocument, PdfParagraph, PdfTable, build_pdf
from services.documents.signature import DEFAULT_OFFICE, chinese_date
from services.errors import InvalidValue
from services.ledger.lights import LIGHT_LABELS, LightRule
from services.ledger.reminders import CATEGORY_LABELS, Category, UnitReminders, collect_reminders


@dataclass(frozen=True)
class UrgeNotice:
    unit: str
    path: Path
    tasks: int


def notice_document(
    group: UnitReminders, plan_titles: dict[int, str], *, as_of: date, report_by: date, office: str
) -> PdfDocument:
    titles = sorted({plan_titles[r.plan_id] for r in group.reminders if r.plan_id in plan_titles})
    plans = "、".join(f"《{t}》" for t in titles) or "行动方案"
    rows = []
    for n, r in enumerate(group.reminders, start=1):
        due = chinese_date(r.due) if r.due else "—"
        if r.days_left is not None and r.days_left < 0:
            due += f"（已逾期{-r.days_left}{'个工作日' if r.working_days else '天'}）"
        rows.append(
            (
                str(n),
                f"{r.number or ''} {r.title}".strip(),
                due,
                "未报送" if r.progress is None else f"{r.progress}%",
                PdfCell(
                    f"{CATEGORY_LABELS[r.category]}（{LIGHT_LABELS[r.light]}）",
                    light=str(r.light),
                    align="center",
                ),
            )
        )
    table = PdfTable(
        columns=(
            PdfColumn("序号", 0.07, "center"),
            PdfColumn("任务", 0.49),
            PdfColumn("完成时限", 0.18, "center"),
            PdfColumn("目前进度", 0.11, "center"),
            PdfColumn("督办事由", 0.15, "center"),
        ),
        rows=tuple(rows),
    )
    contact = f"联络员：{group.liaison.name}　电话：{group.liaison.phones()}" if group.liaison else None
    blocks: list = [
        PdfParagraph(f"{group.unit}：", kind="plain"),
        PdfParagraph(
            f"根据{plans}任务分工，截至{chinese_date(as_of)}，你单位牵头负责的以下"
            f"{len(rows)}项任务已逾期、临近完成时限或进度滞后。请高度重视，逐项研究推进措施，"
            f"加快工作进度，并于{chinese_date(report_by)}前将推进落实情况书面报送{office}。"
        ),
        table,
    ]
    if contact:
        blocks.append(PdfParagraph(f"（{contact}）", kind="note"))
    return PdfDocument(
        title="督办通知单",
        subtitle_lines=(f"截至{chinese_date(as_of)}",),
        blocks=tuple(blocks),
        signature_lines=(office, chinese_date(as_of)),
        author=office,
    )


def urge_groups(
    session: Session,
    *,
    as_of: date,
    report_by: date,
    days: int = 30,
    rule: LightRule = LightRule(),
    units: set[str] | None = None,
    plan_id: int | None = None,
    working_days: bool = False,
) -> tuple[list[UnitReminders], dict[int, str]]:
    """The units to urge with their lagging tasks, and the plans' titles: the PDF and the Word notice
    (services/documents/notices_docx.py) urge the same units about the same tasks."""
    if report_by < as_of:
        raise InvalidValue(f"报送截止日期（{report_by}）早于督办日期（{as_of}），请重新选择。")
    groups = collect_reminders(
        session, as_of=as_of, days=days, rule=rule, plan_id=plan_id, working_days=working_days
    )
    if units is not None:
        groups = [g for g in groups if g.unit in units]
    # A task the unit reported done (or whose targets are met) waits for the office's 销号: no notice
    # urges a unit about work it has finished.
    groups = [
        replace(g, reminders=tuple(r for r in g.reminders if r.category != Category.AWAITING)) for g in groups
    ]
    groups = [g for g in groups if g.reminders]
    plan_titles = {plan_id: title for plan_id, title in session.execute(select(Plan.id, Plan.title))}
    return groups, plan_titles


def write_urge_notices(
    session: Session,
    out_dir: Path,
    *,
    as_of: date,
    report_by: date,
    days: int = 30,
    rule: LightRule = LightRule(),
    units: set[str] | None = None,
    office: str = DEFAULT_OFFICE,
    plan_id: int | None = None,
    working_days: bool = False,
) -> list[UrgeNotice]:
    """One PDF per unit with lagging tasks (or only `units`); handled reminders are included too."""
    groups, plan_titles = urge_groups(
        session,
        as_of=as_of,
        report_by=report_by,
        days=days,
        rule=rule,
        units=units,
        plan_id=plan_id,
        working_days=working_days,
    )
    notices = []
    for group in groups:
        path = Path(out_dir) / f"督办通知单-{_safe(group.unit)}-{as_of:%Y%m%d}.pdf"
        build_pdf(path, notice_document(group, plan_titles, as_of=as_of, report_by=report_by, office=office))
        notices.append(UrgeNotice(group.unit, path, len(group.reminders)))
    return notices


def _safe(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)
