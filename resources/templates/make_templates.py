"""Make the shipped document templates: 督办通知单.docx, 催报通知.docx, 进展情况通报.docx.

Run `uv run python resources/templates/make_templates.py` after changing this file and commit the .docx
files it writes beside itself. The office edits its own copies in WPS or Word (the app copies these to
the data folder on first use); the placeholders they may use are listed in docs/documents.md.

Layout after GB/T 9704: A4, 天头 37 mm, 订口 28 mm; 红头 (the issuing office in red 小标宋) over a red rule;
文号 or 期号; title in 小标宋 二号; body in 仿宋_GB2312 三号 at 28 pt; the 版记 (抄送, 印发) between
thin rules at the end; page numbers `— 1 —` at the foot.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
BODY_FONT = "仿宋_GB2312"
SAN_HAO, SI_HAO, ER_HAO, XIAO_CHU = 16, 14, 22, 36


def _font(run, name: str, size: float, *, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _paragraph(doc, text: str = "", *, font=BODY_FONT, size=SAN_HAO, align=None, indent=False, **kw):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(28)
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        _font(p.add_run(text), font, size, **kw)
    return p


def _rule(paragraph, color: str, size: int = 18, where: str = "bottom") -> None:
    """A line across the type area under (or over) a paragraph: the 红头's red rule, the 版记's rules."""
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{where}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(size))  # eighths of a point
    line.set(qn("w:space"), "4")
    line.set(qn("w:color"), color)
    borders.append(line)
    # pBdr must stand before the spacing, indent and alignment in <w:pPr>, or Word and WPS drop it.
    paragraph._p.get_or_add_pPr().insert_element_before(
        borders, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr"
    )


def _page_number(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("— "), BODY_FONT, SI_HAO)
    run = p.add_run()
    _font(run, BODY_FONT, SI_HAO)
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        element = OxmlElement("w:fldChar" if tag else "w:instrText")
        if tag:
            element.set(qn("w:fldCharType"), tag)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._element.append(element)
    _font(p.add_run(" —"), BODY_FONT, SI_HAO)


def _new_document():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _page_number(section)
    return doc


def _right_tab(paragraph) -> None:
    """A tab stop at the right edge of the type area (156 mm), for `office<TAB>date` lines."""
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(154), WD_TAB_ALIGNMENT.RIGHT)


def _red_head(doc, number_line: str, *, brief: str | None = None) -> None:
    """红头: the office in red, the 文号 line, a red rule under it. A brief (督办通报) has its name in red,
    the 期号, then the issuing office and the date on one line over the rule."""
    if brief:
        name = _paragraph(
            doc, brief, font=TITLE_FONT, size=XIAO_CHU + 6, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED
        )
        name.paragraph_format.line_spacing = Pt(60)
        _paragraph(doc, number_line, align=WD_ALIGN_PARAGRAPH.CENTER)
        _paragraph(doc)
        line = _paragraph(doc, "{{发文机关}}", size=SI_HAO)
        line.add_run("\t")
        _font(line.add_run("{{日期}}"), BODY_FONT, SI_HAO)
        _right_tab(line)
        _rule(line, "E60012", size=24)
        _paragraph(doc)
        return
    head = _paragraph(
        doc, "{{发文机关}}", font=TITLE_FONT, size=30, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED
    )
    head.paragraph_format.line_spacing = Pt(40)
    _paragraph(doc)
    number = _paragraph(doc, number_line, align=WD_ALIGN_PARAGRAPH.CENTER)
    _rule(number, "E60012", size=24)
    _paragraph(doc)


def _title(doc, text: str) -> None:
    p = _paragraph(doc, text, font=TITLE_FONT, size=ER_HAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.line_spacing = Pt(36)
    p.paragraph_format.space_after = Pt(SAN_HAO)


def _table(
    doc, headers: tuple[str, ...], row: tuple[str, ...], widths: tuple[float, ...], size: float = 12
) -> None:
    """A header row and the one marked row the app repeats per entry (it holds the `{{列表.字段}}`s)."""
    table = doc.add_table(rows=2, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)  # the grid Word and WPS lay the table out by
    for n, (header, cell_text, width) in enumerate(zip(headers, row, widths, strict=True)):
        for r, (text, font) in enumerate(((header, HEADING_FONT), (cell_text, BODY_FONT))):
            cell = table.rows[r].cells[n]
            cell.width = Mm(width)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if r == 0 or width < 30 else WD_ALIGN_PARAGRAPH.LEFT
            _font(p.add_run(text), font, size)
    _paragraph(doc)


def _signature(doc) -> None:
    _paragraph(doc)
    _paragraph(doc)
    for text in ("{{发文机关}}", "{{日期}}"):
        p = _paragraph(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(SAN_HAO * 4)


def _imprint(doc) -> None:
    """版记: 抄送 and 印发 between thin black rules, at the end of the document."""
    _paragraph(doc)
    cc = _paragraph(doc, "抄送：{{抄送}}", size=SI_HAO)
    cc.paragraph_format.left_indent = Pt(SI_HAO)
    _rule(cc, "000000", size=6, where="top")
    _rule(cc, "000000", size=4)
    issued = _paragraph(doc, "{{发文机关}}", size=SI_HAO)
    issued.paragraph_format.left_indent = Pt(SI_HAO)
    issued.add_run("\t")
    _font(issued.add_run("{{印发日期}}印发"), BODY_FONT, SI_HAO)
    _right_tab(issued)
    _rule(issued, "000000", size=6)


def urge_template() -> Document:
    doc = _new_document()
    _red_head(doc, "{{文号}}")
    _title(doc, "督办通知单")
    _paragraph(doc, "{{单位}}：")
    _paragraph(
        doc,
        "根据{{方案}}任务分工，截至{{截至日期}}，你单位牵头负责的以下{{任务数}}项任务已逾期、临近完成时限"
        "或进度滞后。请高度重视，逐项研究推进措施，加快工作进度，并于{{报送日期}}前将推进落实情况书面报送"
        "{{发文机关}}，同时填写所附回执。",
        indent=True,
    )
    _table(
        doc,
        ("序号", "任务", "完成时限", "目前进度", "督办事由"),
        ("{{任务.序号}}", "{{任务.名称}}", "{{任务.完成时限}}", "{{任务.目前进度}}", "{{任务.督办事由}}"),
        (14, 64, 34, 20, 24),
    )
    _paragraph(doc, "（联络员：{{联络员}}　电话：{{电话}}）", indent=True)
    _signature(doc)
    # 回执 on a page of its own, so the unit can sign and send it back without the notice.
    _paragraph(doc).add_run().add_break(WD_BREAK.PAGE)
    _paragraph(doc, "附件", font=HEADING_FONT)
    _title(doc, "督办通知单回执")
    receipt = doc.add_table(rows=5, cols=4)
    receipt.style = "Table Grid"
    cells = (
        ("承办单位", "{{单位}}", "文号", "{{文号}}"),
        ("签收人", "", "签收日期", "　　年　　月　　日"),
        ("联系电话", "", "拟办结时间", "　　年　　月　　日"),
        ("落实情况", "", "", ""),
        ("单位负责人（签字）", "", "单位（盖章）", ""),
    )
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            cell = receipt.rows[r].cells[c]
            _font(cell.paragraphs[0].add_run(text), HEADING_FONT if c % 2 == 0 else BODY_FONT, 12)
    merged = receipt.rows[3].cells[1].merge(receipt.rows[3].cells[3])
    for _ in range(6):  # room to write by hand
        merged.add_paragraph()
    _paragraph(doc, "请于{{报送日期}}前将回执连同推进落实情况报送{{发文机关}}。", indent=True)
    _imprint(doc)
    return doc


def chase_template() -> Document:
    doc = _new_document()
    _red_head(doc, "{{文号}}")
    _title(doc, "催报通知")
    _paragraph(doc, "{{未报单位}}：")
    _paragraph(
        doc,
        "{{方案}}{{期次}}推进情况报送表应于{{截止日期}}前报送{{发文机关}}。截至{{截至日期}}，以下{{单位数}}家单位"
        "尚未报送。请于{{报送日期}}前将填好的报送表（Excel 格式，勿改动表格结构）报送{{发文机关}}。",
        indent=True,
    )
    _table(
        doc,
        ("序号", "单位", "联络员", "联系电话", "应报任务", "逾期天数"),
        (
            "{{单位.序号}}",
            "{{单位.名称}}",
            "{{单位.联络员}}",
            "{{单位.电话}}",
            "{{单位.任务数}}",
            "{{单位.逾期天数}}",
        ),
        (12, 42, 22, 40, 20, 20),
    )
    _signature(doc)
    _imprint(doc)
    return doc


def bulletin_template() -> Document:
    doc = _new_document()
    _red_head(doc, "第{{期号}}期", brief="督办通报")
    _title(doc, "{{标题}}")
    _paragraph(doc, "各成员单位：")
    _paragraph(doc, "{{正文}}", indent=True)
    _signature(doc)
    doc.add_section(WD_SECTION.NEW_PAGE)
    _paragraph(doc, "附表", font=HEADING_FONT)
    _title(doc, "{{考评期次}}各单位考评排名")
    _table(
        doc,
        (
            "名次",
            "单位",
            "应报次数",
            "按时报送",
            "按时报送率",
            "牵头任务",
            "目标完成率",
            "逾期任务",
            "报完成",
            "已销号",
        ),
        (
            "{{考评.名次}}",
            "{{考评.单位}}",
            "{{考评.应报次数}}",
            "{{考评.按时报送}}",
            "{{考评.按时报送率}}",
            "{{考评.牵头任务}}",
            "{{考评.目标完成率}}",
            "{{考评.逾期任务}}",
            "{{考评.报完成}}",
            "{{考评.已销号}}",
        ),
        (10, 25, 12, 12, 20, 12, 20, 12, 12, 12),
        size=10.5,
    )
    _paragraph(doc, "排名规则：{{考评规则}}", size=12, indent=True)
    _imprint(doc)
    return doc


def main() -> None:
    for name, build in (
        ("督办通知单.docx", urge_template),
        ("催报通知.docx", chase_template),
        ("进展情况通报.docx", bulletin_template),
    ):
        build().save(str(HERE / name))
        print(HERE / name)


if __name__ == "__main__":
    main()
