"""The printable progress sheet (任务推进情况表) for the leadership meeting.

A4 landscape: title, plan, as-of date, then one table of the plan's measures and tasks under their
section headings, with units, due date, targets against done, progress, the traffic light and the
latest 进展情况; then a summary page (counts by light, completion by domain and by lead unit, with
bar charts). Three variants: the whole plan, one unit's measures and tasks, only the red and yellow
ones. Layout, embedded fonts and atomic saving come from services/documents/pdf_layout.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from services.documents.ledger_text import (
    done_text,
    due_text,
    light_text,
    plan_subtitles,
    shown_progress,
    target_text,
)
from services.documents.pdf_layout import (
    PdfBar,
    PdfBarChart,
    PdfCell,
    PdfColumn,
    PdfDocument,
    PdfPageBreak,
    PdfParagraph,
    PdfSpanRow,
    PdfTable,
    build_pdf,
)
from services.documents.style import SIZE_SI_HAO, SIZE_XIAO_WU
from services.errors import InvalidValue
from services.ledger.lights import Light
from services.ledger.plan_figures import GroupStat, PlanRows, compute_stats, with_headings
from services.ledger.row_build import section_label
from services.ledger.row_views import LedgerRow

Variant = Literal["all", "unit", "lagging"]
LAGGING = frozenset({Light.RED, Light.YELLOW})

# Widths from what the columns hold: unit lists (区发改委、区工信局、…) are the longest after the task,
# 完成时限 is at most 2027年12月31日, a light two characters. Narrow unit columns made rows of five or
# six lines, and a sheet of 48 tasks twelve pages long.
SHEET_COLUMNS = (
    PdfColumn("序号", 0.035, "center"),
    PdfColumn("任务内容", 0.22),
    PdfColumn("牵头单位", 0.13, "center"),
    PdfColumn("责任单位", 0.15, "center"),
    PdfColumn("完成时限", 0.075, "center"),
    PdfColumn("目标任务", 0.09, "center"),
    PdfColumn("已完成", 0.065, "center"),
    PdfColumn("进度", 0.04, "center"),
    PdfColumn("最新进展情况", 0.145),
    PdfColumn("状态", 0.05, "center"),
)
SUMMARY_COLUMNS = (
    PdfColumn("领域 / 牵头单位", 0.34),
    PdfColumn("任务总数", 0.11, "center"),
    PdfColumn("已办结", 0.11, "center"),
    PdfColumn("红灯", 0.11, "center"),
    PdfColumn("黄灯", 0.11, "center"),
    PdfColumn("绿灯", 0.11, "center"),
    PdfColumn("平均进度", 0.11, "center"),
)


@dataclass(frozen=True)
class SheetChoice:
    """Which rows go on the sheet: ``unit_id``/``unit_name`` for one unit, ``lagging`` for red and yellow."""

    unit_id: int | None = None
    unit_name: str | None = None
    lagging: bool = False
    reasons: bool = False  # the 进展 column also says why each light (services/ledger/lights.py judge)

    def keeps(self, row: LedgerRow, ledger: PlanRows) -> bool:
        if self.lagging and row.light not in LAGGING:
            return False
        if self.unit_id is not None:
            return any(u.unit_id == self.unit_id for u in ledger.units.get(row.id, ()))
        return True

    def label(self) -> str:
        parts = [self.unit_name] if self.unit_id is not None and self.unit_name else []
        if self.lagging:
            parts.append("红灯、黄灯任务")
        return "（" + "，".join(parts) + "）" if parts else ""


def select_rows(ledger: PlanRows, choice: SheetChoice) -> list[LedgerRow]:
    """The kept measures and tasks, each under its section headings."""
    return with_headings(ledger, [r for r in ledger.items() if choice.keeps(r, ledger)])


def _table_row(row: LedgerRow, ledger: PlanRows | None = None, reasons: bool = False) -> tuple:
    steps = ledger.milestones.get(row.id, ()) if ledger is not None else ()
    # A measure's dated steps beside its own deadline: the step due before the measure's end is what a
    # meeting asks about (their words are in the reminders and the task editor).
    due = "\n".join([due_text(row), *(f"阶段目标 {day:%Y.%m.%d}" for day, _words in steps)])
    situation = row.latest_situation or ""
    title = row.title
    if ledger is not None and (marks := ledger.supervision.get(row.id)):  # a 督办事项: 督〔2024〕1号（批示）
        number, source = marks
        title = f"{number or ''}{f'（{source}）' if source else ''}\n{title}"
    if reasons and row.why:
        situation = f"{situation}\n亮灯说明：{row.why}" if situation else f"亮灯说明：{row.why}"
    return (
        row.number or "",
        title,
        "、".join(row.lead_units),
        "、".join(row.co_units),
        due,
        # One target to a line: joined by "；" they wrapped mid-target.
        target_text(row).replace("；", "\n"),
        done_text(row).replace("；", "\n"),
        "" if shown_progress(row) is None else f"{shown_progress(row)}%",
        situation,
        PdfCell(light_text(row), light=str(row.light), align="center"),
    )


def _summary_table(groups: Sequence[GroupStat], caption: str) -> PdfTable:
    def count(n: int, light: str) -> PdfCell | str:
        return PdfCell(str(n), light=light) if n else "0"

    rows = tuple(
        (
            g.label,
            str(g.total),
            str(g.closed),
            count(g.lights.red, "red"),
            count(g.lights.yellow, "yellow"),
            str(g.lights.green),
            f"{g.average_progress:.0f}%",
        )
        for g in groups
    )
    return PdfTable(SUMMARY_COLUMNS, rows, caption=caption, font_size=SIZE_XIAO_WU)


def _chart(title: str, groups: Sequence[GroupStat], *, slowest_first: bool = False) -> PdfBarChart:
    if slowest_first:  # the units to talk to at the meeting come first
        groups = sorted(groups, key=lambda g: g.average_progress)
    return PdfBarChart(title, tuple(PdfBar(g.label, round(g.average_progress, 1)) for g in groups))


def progress_sheet(ledger: PlanRows, choice: SheetChoice, *, as_of: date) -> PdfDocument:
    rows = select_rows(ledger, choice)
    items = [r for r in rows if r.kind != "section"]
    table_rows: list = []
    for row in rows:
        if row.kind == "section":
            table_rows.append(PdfSpanRow(section_label(row.level, row.number, row.title)))
        else:
            table_rows.append(_table_row(row, ledger, choice.reasons))
    kept = PlanRows(ledger.plan, tuple(rows), ledger.units)
    stats = compute_stats([kept], as_of=as_of)
    lights = stats.lights
    summary = (
        f"本表共列任务{len(items)}项，其中已办结{lights.grey}项，绿灯（按序时推进）{lights.green}项，"
        f"黄灯（临期或进度滞后）{lights.yellow}项，红灯（逾期或严重滞后）{lights.red}项，"
        f"平均完成进度{stats.average_progress:.0f}%。"
    )
    blocks: list = [
        # 小五: ten columns on a landscape page, each row one or two lines, not five.
        PdfTable(SHEET_COLUMNS, tuple(table_rows), font_size=SIZE_XIAO_WU)
        if table_rows
        else PdfParagraph("没有符合条件的任务。", kind="plain"),
        PdfPageBreak(),
        PdfParagraph("推进情况汇总", kind="heading"),
        PdfParagraph(summary),
    ]
    if items:
        blocks.append(_summary_table(stats.by_domain, "表1  按领域统计"))
        blocks.append(_chart("各领域平均完成进度", stats.by_domain))
        if len(stats.by_unit) > 1:
            blocks.append(_summary_table(stats.by_unit, "表2  按牵头单位统计"))
            blocks.append(_chart("各牵头单位平均完成进度（由低到高）", stats.by_unit, slowest_first=True))
    return PdfDocument(
        title=f"《{ledger.plan.title}》任务推进情况表",
        subtitle_lines=plan_subtitles(ledger, as_of, choice.label()),
        blocks=tuple(blocks),
        landscape=True,
        body_size=SIZE_SI_HAO,
        author="领导小组办公室",
    )


@dataclass(frozen=True)
class SheetExport:
    path: Path
    rows: int  # measures and tasks on the sheet


def write_progress_sheet(
    path: Path | str,
    ledger: PlanRows,
    choice: SheetChoice = SheetChoice(),
    *,
    as_of: date,
    progress: Callable[[int, int], None] | None = None,
) -> SheetExport:
    if choice.unit_id is not None and not any(
        u.unit_id == choice.unit_id for refs in ledger.units.values() for u in refs
    ):
        raise InvalidValue(
            f"“{choice.unit_name or choice.unit_id}”在《{ledger.plan.title}》中没有牵头或参与的任务："
            "请换一个单位，或导出整个方案。"
        )
    report = progress or (lambda done, total: None)
    document = progress_sheet(ledger, choice, as_of=as_of)
    report(1, 2)
    saved = build_pdf(path, document)
    report(2, 2)
    count = sum(1 for r in select_rows(ledger, choice) if r.kind != "section")
    return SheetExport(saved, count)
