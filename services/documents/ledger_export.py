"""The Excel ledger (台账) the office keeps for the city-level office: one sheet per plan, then a summary.

Each plan sheet lists the sections, measures and tasks in document order: the section headings as
merged rows, then one row per measure or task with its units, due date, targets against what is done,
progress, the traffic light as a cell fill and the latest 进展情况. The layout (title, frozen and
filtered header, A4 landscape with the header repeated and page numbers, formula-safe text) comes from
services/documents/xlsx_layout.py; the workbook is write-only, so a 10,000-task plan streams out row by row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from services.documents.ledger_text import (
    chinese_date,
    done_text,
    due_value,
    light_text,
    plan_subtitles,
    shown_progress,
    target_text,
)
from services.documents.xlsx_layout import (
    XlsxCell,
    XlsxColumn,
    XlsxSheet,
    XlsxSpanRow,
    save_workbook,
    write_table_sheet,
)
from services.files.export_files import check_target
from services.ledger.plan_figures import GroupStat, PlanRows, compute_stats, with_headings
from services.ledger.ranking_rule import RANKING_HEADERS, RULE_TEXT, Ranking, ranking_cells
from services.ledger.row_build import section_label

Progress = Callable[[int, int], None]

LEDGER_COLUMNS = (
    XlsxColumn("序号", 6, "center"),
    XlsxColumn("所属领域", 14),
    XlsxColumn("任务内容", 36),
    XlsxColumn("牵头单位", 14),
    XlsxColumn("责任单位", 16),
    # 16: room for 2027年12月31日 on one line (Excel shows #### for a date too wide for its cell).
    XlsxColumn("完成时限", 16, "center", 'yyyy"年"m"月"d"日"'),
    XlsxColumn("目标任务", 14),
    XlsxColumn("已完成", 12),
    XlsxColumn("完成进度", 9, "center", "0%"),
    XlsxColumn("状态", 8, "center"),
    XlsxColumn("最新进展情况", 40),
)

SUMMARY_COLUMNS = (
    XlsxColumn("领域 / 牵头单位", 34),
    XlsxColumn("任务总数", 10, "center"),
    XlsxColumn("已办结", 9, "center"),
    XlsxColumn("红灯", 8, "center"),
    XlsxColumn("黄灯", 8, "center"),
    XlsxColumn("绿灯", 8, "center"),
    XlsxColumn("平均进度", 10, "center", "0%"),
)

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class LedgerExport:
    path: Path
    sheets: tuple[str, ...]
    rows: int  # measures and tasks written


def sheet_name(title: str, taken: set[str]) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet name, and no two alike."""
    base = _SHEET_FORBIDDEN.sub("", title).strip("'") or "台账"
    name, n = base[:31], 2
    while name in taken:
        suffix = f"({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


# A plan with 督办事项 (services/ledger/supervision.py) has these two after 序号.
SUPERVISION_COLUMNS = (XlsxColumn("督办编号", 16, "center"), XlsxColumn("来源", 7, "center"))


def _ledger_rows(ledger: PlanRows, progress: Progress, done_before: int, total: int) -> Iterator:
    written = 0
    for row in with_headings(ledger, ledger.items()):
        if row.kind == "section":
            yield XlsxSpanRow(section_label(row.level, row.number, row.title))
            continue
        marks = ledger.supervision.get(row.id, (None, None)) if ledger.supervision else ()
        yield (
            int(row.number) if (row.number or "").isdigit() else row.number or "",
            *(mark or "" for mark in marks),
            row.domain or row.section or "",
            row.title,
            "、".join(row.lead_units),
            "、".join(row.co_units),
            due_value(row),
            target_text(row),
            done_text(row),
            None if shown_progress(row) is None else shown_progress(row) / 100,
            XlsxCell(light_text(row), light=str(row.light)),
            row.latest_situation or "",
        )
        written += 1
        if written % 500 == 0:
            progress(done_before + written, total)


def _summary_rows(
    groups_by_domain: Sequence[GroupStat], groups_by_unit: Sequence[GroupStat], whole
) -> Iterator:
    yield _summary_row("全部任务", whole.lights, whole.average_progress, bold=True)
    yield XlsxSpanRow("一、按领域")
    for group in groups_by_domain:
        yield _summary_row(group.label, group.lights, group.average_progress)
    yield XlsxSpanRow("二、按牵头单位")
    for group in groups_by_unit:
        yield _summary_row(group.label, group.lights, group.average_progress)


def _summary_row(label: str, lights, average: float, *, bold: bool = False) -> tuple:
    def count(n: int, light: str | None = None):
        # A count worth a look is coloured like its light; zero stays plain.
        return XlsxCell(n, light=light if n else None, bold=bold)

    return (
        XlsxCell(label, bold=bold),
        count(lights.total),
        count(lights.grey),
        count(lights.red, "red"),
        count(lights.yellow, "yellow"),
        count(lights.green),
        XlsxCell(average / 100, bold=bold),
    )


def _ranking_sheet(ranking: Ranking) -> XlsxSheet:
    """The 考评 rows as the overview and the bulletin show them (the same text: — for nothing to rate)."""
    widths = (6, 24, 9, 9, 11, 9, 11, 9, 8, 8)
    return XlsxSheet(
        title=f"{ranking.label}各单位考评排名",
        columns=tuple(
            XlsxColumn(h, w, "left" if h == "单位" else "center")
            for h, w in zip(RANKING_HEADERS, widths, strict=True)
        ),
        # Counts as numbers (Excel sums them, no "number stored as text" marks); rates as the text shown
        # everywhere, so an unknown rate stays "—" instead of an empty or zero cell.
        rows=[tuple(int(c) if c.isdigit() else c for c in ranking_cells(score)) for score in ranking.rows],
        subtitle_lines=(f"截至{chinese_date(ranking.as_of)}", f"排名规则：{RULE_TEXT}"),
        landscape=False,
        auto_filter=False,
    )


TRACE_COLUMNS = (
    XlsxColumn("序号", 6, "center"),
    XlsxColumn("任务", 30),
    XlsxColumn("报送日期", 12, "center"),
    XlsxColumn("原记录", 30),
    XlsxColumn("更正为", 30),
    XlsxColumn("原因", 26),
    XlsxColumn("经办人", 10, "center"),
    XlsxColumn("时间", 17, "center"),
)


def write_ledger(
    path: Path | str,
    ledgers: Sequence[PlanRows],
    *,
    as_of: date,
    progress: Progress | None = None,
    corrections: Sequence = (),
    ranking: Ranking | None = None,
) -> LedgerExport:
    """Write the ledger of ``ledgers`` (one sheet each, then 汇总, then 考评 when a ranking is given —
    services/ledger/ranking.py —, then 留痕 when an entry was corrected or voided:
    services/ledger/corrections.py) to ``path`` atomically."""
    check_target(path)
    report = progress or (lambda done, total: None)
    total = sum(len(ledger.rows) for ledger in ledgers)
    workbook = Workbook(write_only=True)
    taken: set[str] = set()
    names = []
    done = 0
    for ledger in ledgers:
        name = sheet_name("台账" if len(ledgers) == 1 else ledger.plan.title, taken)
        names.append(name)
        write_table_sheet(
            workbook.create_sheet(name),
            XlsxSheet(
                title=f"《{ledger.plan.title}》任务推进台账",
                columns=(LEDGER_COLUMNS[0], *SUPERVISION_COLUMNS, *LEDGER_COLUMNS[1:])
                if ledger.supervision
                else LEDGER_COLUMNS,
                rows=_ledger_rows(ledger, report, done, total),
                subtitle_lines=plan_subtitles(ledger, as_of),
                freeze_columns=5 if ledger.supervision else 3,
            ),
        )
        done += len(ledger.rows)
    stats = compute_stats(ledgers, as_of=as_of)
    summary_title = (
        f"《{ledgers[0].plan.title}》任务推进情况汇总" if len(ledgers) == 1 else "各方案任务推进情况汇总"
    )
    names.append(sheet_name("汇总", taken))
    write_table_sheet(
        workbook.create_sheet(names[-1]),
        XlsxSheet(
            title=summary_title,
            columns=SUMMARY_COLUMNS,
            rows=_summary_rows(stats.by_domain, stats.by_unit, stats),
            subtitle_lines=(f"截至{chinese_date(as_of)}",),
            landscape=False,
            auto_filter=False,
        ),
    )
    if ranking is not None:
        names.append(sheet_name("考评", taken))
        write_table_sheet(workbook.create_sheet(names[-1]), _ranking_sheet(ranking))
    if corrections:
        names.append(sheet_name("留痕", taken))
        write_table_sheet(
            workbook.create_sheet(names[-1]),
            XlsxSheet(
                title="进展记录更正与作废留痕",
                columns=TRACE_COLUMNS,
                rows=[
                    (
                        n,
                        f"{c.number or ''} {c.title}".strip(),
                        chinese_date(c.reported_on),
                        c.old,
                        c.new or "（作废，无更正）",
                        c.reason,
                        c.by,
                        f"{c.at:%Y-%m-%d %H:%M}",
                    )
                    for n, c in enumerate(corrections, start=1)
                ],
                subtitle_lines=(f"截至{chinese_date(as_of)}",),
                auto_filter=False,
            ),
        )
    saved = save_workbook(workbook, path)
    report(total, total)
    return LedgerExport(saved, tuple(names), stats.total)
