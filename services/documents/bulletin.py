"""The progress bulletin (进展情况通报): a .docx drafted from the data, which the office edits and sends.

It says what such a bulletin says — totals, what is done, what is late and by whom, the current
round's return rate — in full sentences, so the clerk corrects a draft instead of filling blanks.
Layout after GB/T 9704: A4, 天头 37 mm, 订口 28 mm, title in 小标宋 二号, body in 仿宋 三号, first-level
headings in 黑体, page numbers at the foot.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from services.documents.ledger_text import chinese_date, due_text
from services.documents.style import SIZE_ER_HAO, SIZE_SAN_HAO
from services.files.export_files import write_atomically
from services.ledger.lights import Light
from services.ledger.plan_figures import PlanRows, ReturnRate, compute_stats
from services.ledger.ranking_rule import RANKING_HEADERS, RULE_TEXT, Ranking, ranking_cells
from services.ledger.row_views import LedgerRow

TITLE_FONT = "方正小标宋简体"  # offices have it; Word substitutes a Song face where it is missing
HEADING_FONT = "黑体"
BODY_FONT = "仿宋"
CHINESE_NUMERALS = "一二三四五六七八九十"
_LISTED = 30  # beyond this, a list in running text stops being read; the rest is counted


@dataclass(frozen=True)
class BulletinExport:
    path: Path
    paragraphs: int


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "0%"


def _task_name(row: LedgerRow) -> str:
    title = row.title.rstrip("。；;，, ")
    return f"“{title}”"


def _late_by_unit(rows: Sequence[LedgerRow], as_of: date) -> list[str]:
    """`区发改委：“…”（2024年7月31日到期，进度20%）` per lead unit, red tasks before yellow.

    A task led jointly is listed once, under its units together, not repeated under each of them.
    """
    by_unit: dict[str, list[LedgerRow]] = {}
    for row in sorted(rows, key=lambda r: (r.light != Light.RED, r.position)):
        by_unit.setdefault("、".join(row.lead_units) or "未明确牵头单位", []).append(row)
    lines = []
    for unit, tasks in by_unit.items():
        parts = []
        for row in tasks[:_LISTED]:
            facts = []
            if row.due is not None and row.due < as_of:
                facts.append(f"{due_text(row)}到期，已逾期{(as_of - row.due).days}天")
            elif row.due is not None:
                facts.append(f"{due_text(row)}到期")
            facts.append("尚未报送进度" if row.progress is None else f"目前进度{row.progress}%")
            parts.append(f"{_task_name(row)}（{'，'.join(facts)}）")
        more = f"等{len(tasks)}项" if len(tasks) > _LISTED else ""
        lines.append(f"{unit}：{'；'.join(parts)}{more}。")
    return lines


def _lateness(score) -> str:
    parts = [f"逾期报送{score.late_returns}次"] if score.late_returns else []
    if score.missing:
        parts.append(f"未报送{score.missing}次")
    return "，".join(parts)


def ranking_summary(ranking: Ranking) -> str:
    """The bulletin's words on the 考评: who leads, who returned late, who has overdue tasks; the table is
    the 附表 (the same rows as the overview and the Excel 考评 sheet)."""
    rows = ranking.rows
    text = f"按照考评规则，对{len(rows)}家单位{ranking.label}的报送和任务推进情况进行了考评，排名见附表。"
    if rows:
        first = "、".join(s.unit for s in rows if s.rank == 1)
        text += f"{first}位列第一。"
    late = [s for s in rows if s.late_returns or s.missing]
    if late:
        text += "未按时报送的单位：" + "、".join(f"{s.unit}（{_lateness(s)}）" for s in late) + "。"
    overdue = [s for s in rows if s.overdue]
    if overdue:
        text += "有逾期任务的单位：" + "、".join(f"{s.unit}（{s.overdue}项）" for s in overdue) + "。"
    awaiting = sum(s.awaiting for s in rows)
    if awaiting:
        text += f"各单位报告已完成、尚待销号确认的任务{awaiting}项。"
    return text


def bulletin_paragraphs(
    ledger: PlanRows,
    *,
    as_of: date,
    return_rate: ReturnRate | None,
    office: str,
    ranking: Ranking | None = None,
) -> list[tuple[str, str]]:
    """(kind, text) in order; kind is "title", "subtitle", "plain", "heading", "body" or "signature"."""
    plan = ledger.plan
    items = ledger.items()
    stats = compute_stats([ledger], as_of=as_of, return_rate=return_rate)
    lights = stats.lights
    total = lights.total
    closed = [r for r in items if r.light == Light.GREY]
    red = [r for r in items if r.light == Light.RED]
    yellow = [r for r in items if r.light == Light.YELLOW]
    reference = f"《{plan.title}》" + (f"（{plan.doc_number}）" if plan.doc_number else "")
    out: list[tuple[str, str]] = [
        ("title", f"关于{plan.title}落实情况的通报"),
        ("plain", "各成员单位："),
        (
            "body",
            f"为推动{reference}各项任务落地见效，领导小组办公室对照任务清单，对截至{chinese_date(as_of)}"
            "的推进情况进行了梳理。现将有关情况通报如下。",
        ),
    ]
    headings = iter(CHINESE_NUMERALS)

    def heading(text: str) -> None:
        out.append(("heading", f"{next(headings)}、{text}"))

    heading("总体情况")
    out.append(
        (
            "body",
            f"方案共明确重点任务{total}项。截至{chinese_date(as_of)}，已办结{lights.grey}项，"
            f"占{_percent(lights.grey, total)}；按序时进度推进{lights.green}项；临近时限或进度滞后"
            f"{lights.yellow}项；逾期或严重滞后{lights.red}项。各项任务平均完成进度为"
            f"{stats.average_progress:.0f}%。",
        )
    )
    if return_rate is not None:
        heading("报送情况")
        text = (
            f"{return_rate.period}进展情况报送中，应报送单位{return_rate.asked}家，已报送{return_rate.returned}家，"
            f"报送率{return_rate.rate:.0f}%。"
        )
        if return_rate.missing_units:
            state = "逾期未报送" if return_rate.overdue else "尚未报送"
            text += f"{'、'.join(return_rate.missing_units)}{state}，请抓紧报送。"
        else:
            text += "各单位均已按要求报送。"
        out.append(("body", text))
    heading("已办结任务")
    if closed:
        names = "；".join(
            f"{_task_name(r)}（{'、'.join(r.lead_units) or '未明确牵头单位'}）" for r in closed[:_LISTED]
        )
        more = f"等{len(closed)}项任务" if len(closed) > _LISTED else ""
        out.append(("body", f"已办结{names}{more}。"))
    else:
        out.append(("body", "截至目前，尚无任务办结销号。"))
    heading("需要重点关注的任务")
    if red or yellow:
        out.append(
            (
                "body",
                f"逾期或严重滞后任务{len(red)}项、临近时限或进度滞后任务{len(yellow)}项，按牵头单位列示如下：",
            )
        )
        out.extend(("body", line) for line in _late_by_unit(red + yellow, as_of))
    else:
        out.append(("body", "目前没有逾期或进度滞后的任务，各项任务均按序时进度推进。"))
    if ranking is not None:
        heading("考评情况")
        out.append(("body", ranking_summary(ranking)))
    heading("下步工作要求")
    out.append(
        (
            "body",
            "各牵头单位要对照任务清单和时间节点，压实工作责任，加快推进进度；对逾期和进度滞后的任务，"
            "要认真分析原因，制定针对性措施，明确完成时限，确保按期完成。各责任单位要主动配合，"
            "按时报送进展情况，如实反映存在问题和下步计划。",
        )
    )
    out.append(("signature", office))
    out.append(("signature", chinese_date(as_of)))
    return out


# A run's properties by (font, size), made once through python-docx and copied to each new run after:
# python-docx finds each property's place among the schema's successors, element by element, which
# was half the time of a bulletin with its 附表 (issue 16). The copy is the same XML. Documents are built
# on worker threads: the shared elements are copied under a lock (lxml asks it of shared trees).
_RUN_PROPERTIES: dict[tuple[str, float], object] = {}
_copying = threading.Lock()


def _set_font(run, name: str, size: float) -> None:
    element = run._element
    made = _RUN_PROPERTIES.get((name, size))
    if made is not None and element.rPr is None:
        with _copying:
            properties = deepcopy(made)
        element.insert(0, properties)  # w:rPr comes first in a w:r
        return
    run.font.name = name
    run.font.size = Pt(size)
    # Word takes Chinese characters from the East Asian font slot, which font.name does not set.
    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)
    if made is None and len(element.rPr) == 2:  # rFonts and sz only: a fresh run's
        with _copying:
            _RUN_PROPERTIES[(name, size)] = deepcopy(element.rPr)


def _page_number_footer(section) -> None:
    """`— 1 —` centred at the foot: a PAGE field, so Word keeps counting after the office's edits."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(paragraph.add_run("— "), BODY_FONT, 14)
    run = paragraph.add_run()
    _set_font(run, BODY_FONT, 14)
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), tag)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._element.append(element)
    _set_font(paragraph.add_run(" —"), BODY_FONT, 14)


def _ranking_table(document, ranking: Ranking) -> None:
    """附表 on a page of its own: the ranking as the overview and the Excel 考评 sheet show it."""
    document.add_page_break()
    _set_font(document.add_paragraph().add_run("附表"), HEADING_FONT, SIZE_SAN_HAO)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(title.add_run(f"{ranking.label}各单位考评排名"), TITLE_FONT, SIZE_ER_HAO)
    table = document.add_table(rows=1, cols=len(RANKING_HEADERS))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, (10, 25, 12, 12, 20, 12, 20, 12, 12, 12), strict=True):
        column.width = Mm(width)  # 150 mm of the 156 mm type area: 100.0% fits on one line
    for cell, text in zip(table.rows[0].cells, RANKING_HEADERS, strict=True):
        _set_font(cell.paragraphs[0].add_run(text), HEADING_FONT, 10.5)
    for score in ranking.rows:
        for cell, text in zip(table.add_row().cells, ranking_cells(score), strict=True):
            _set_font(cell.paragraphs[0].add_run(text), BODY_FONT, 10.5)
    _set_font(document.add_paragraph().add_run(f"排名规则：{RULE_TEXT}"), BODY_FONT, 10.5)


def build_bulletin(paragraphs: Sequence[tuple[str, str]], ranking: Ranking | None = None):
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _page_number_footer(section)
    first_signature = True
    for kind, text in paragraphs:
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(28)  # 22 lines on a page, as GB/T 9704 sets them
        if kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(SIZE_SAN_HAO * 2)
            fmt.line_spacing = Pt(36)
            _set_font(paragraph.add_run(text), TITLE_FONT, SIZE_ER_HAO)
            continue
        if kind == "signature":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(SIZE_SAN_HAO * 4)
            if first_signature:  # two blank lines between the text and the office's name
                fmt.space_before = Pt(SIZE_SAN_HAO * 2)
                first_signature = False
            _set_font(paragraph.add_run(text), BODY_FONT, SIZE_SAN_HAO)
            continue
        if kind != "plain":
            fmt.first_line_indent = Pt(SIZE_SAN_HAO * 2)
        font = HEADING_FONT if kind == "heading" else BODY_FONT
        _set_font(paragraph.add_run(text), font, SIZE_SAN_HAO)
    if ranking is not None:
        _ranking_table(document, ranking)
    return document


def write_bulletin(
    path: Path | str,
    ledger: PlanRows,
    *,
    as_of: date,
    return_rate: ReturnRate | None = None,
    office: str = "领导小组办公室",
    ranking: Ranking | None = None,
) -> BulletinExport:
    paragraphs = bulletin_paragraphs(
        ledger, as_of=as_of, return_rate=return_rate, office=office, ranking=ranking
    )
    document = build_bulletin(paragraphs, ranking)
    saved = write_atomically(Path(path), lambda temp: document.save(str(temp)))
    return BulletinExport(saved, len(paragraphs))
