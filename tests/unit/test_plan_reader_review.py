"""Review of the plan reader's new pieces with made-up office files that break them: Word rows that
start short of the grid, list definitions as Word writes them for a list style, and start values no
one types but a damaged or hostile file can hold."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from services.plans.parser import parse_plan_file, parse_plan_text
from services.plans.parser.tables import ACROSS_DOUBT
from services.plans.pdf_text import _closed_up
from services.plans.reader import docx_blocks
from tests.unit.test_plan_docx_numbering import HEADER, _table_docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
OUTLINE = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]


def _levels(levels) -> str:
    return "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )


def _add(document, xml: str) -> None:
    """An abstractNum before the first num, a num at the end, as numbering.xml orders them."""
    numbering = document.part.numbering_part.element
    element = parse_xml(xml)
    first = numbering.find(qn("w:num"))
    if element.tag == qn("w:abstractNum") and first is not None:
        first.addprevious(element)
    else:
        numbering.append(element)


def _numbered(paragraph, list_id: int, level: int) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr>')
    )


def test_a_row_that_starts_short_of_the_grid_reads_with_an_empty_first_cell(tmp_path: Path) -> None:
    # A row whose first column is left out (w:gridBefore: a row dragged right in Word, or a table
    # pasted from a web page) raised AttributeError out of the reader instead of reading.
    document = docx.Document()
    document.add_paragraph("某县2023年重点工作任务分解表")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("序号", "工作任务", "牵头单位"), strict=True):
        cell.text = text
    row = table.rows[1]._tr
    row.remove(row.findall(qn("w:tc"))[0])
    row.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {W} w:val="1"/>'))
    task, lead = row.findall(qn("w:tc"))
    task.find(qn("w:p")).append(parse_xml(f"<w:r {W}><w:t>新建城东幼儿园1所</w:t></w:r>"))
    lead.find(qn("w:p")).append(parse_xml(f"<w:r {W}><w:t>县教育局</w:t></w:r>"))
    path = tmp_path / "short_row.docx"
    document.save(str(path))
    rows = [b.cells for b in docx_blocks(path.name, path) if b.cells is not None]
    assert rows == [("序号", "工作任务", "牵头单位"), ("", "新建城东幼儿园1所", "县教育局")]


def test_a_list_defined_through_a_list_style_draws_its_numbers(tmp_path: Path) -> None:
    # Word writes a multilevel list saved as a list style (定义新的多级列表 → 列表样式) as an abstractNum
    # that only names the style (w:numStyleLink); the levels are in the abstractNum that defines the
    # style (w:styleLink), reached through the style's own numId. The headings read without numbers.
    document = docx.Document()
    _add(
        document,
        f'<w:abstractNum {W} w:abstractNumId="90"><w:numStyleLink w:val="PlanList"/></w:abstractNum>',
    )
    levels = _levels([(fmt, text, 1) for fmt, text in OUTLINE])
    _add(
        document,
        f'<w:abstractNum {W} w:abstractNumId="91"><w:styleLink w:val="PlanList"/>{levels}</w:abstractNum>',
    )
    _add(document, f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    _add(document, f'<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>')
    document.styles.element.append(
        parse_xml(
            f'<w:style {W} w:type="numbering" w:styleId="PlanList"><w:name w:val="PlanList"/>'
            f'<w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr></w:style>'
        )
    )
    for text, level in (("主要任务", 0), ("完善基础设施", 1), ("改造供水管网", 2), ("整治停车秩序", 2)):
        _numbered(document.add_paragraph(text), 90, level)
    path = tmp_path / "list_style.docx"
    document.save(str(path))
    assert [b.text for b in docx_blocks(path.name, path)] == [
        "一、主要任务",
        "（一）完善基础设施",
        "1.改造供水管网",
        "2.整治停车秩序",
    ]


def test_a_huge_start_value_does_not_blow_up_the_label(tmp_path: Path) -> None:
    # w:start 999999999 on a lowerLetter level drew a label of 38 million letters per paragraph (a
    # few such paragraphs exhaust the memory); Word takes no start above 32767.
    document = docx.Document()
    _add(
        document,
        f'<w:abstractNum {W} w:abstractNumId="92">{_levels([("lowerLetter", "%1.", 999999999)])}</w:abstractNum>',
    )
    _add(
        document,
        f'<w:num {W} w:numId="92"><w:abstractNumId w:val="92"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="999999999"/></w:lvlOverride></w:num>',
    )
    _numbered(document.add_paragraph("改造供水管网"), 92, 0)
    path = tmp_path / "huge_start.docx"
    document.save(str(path))
    (block,) = docx_blocks(path.name, path)
    assert block.text.endswith(".改造供水管网")
    assert len(block.text) < 2000


def test_a_short_row_in_a_plan_file_reads_as_a_plan(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某县2023年重点工作任务分解表")
    table = document.add_table(rows=3, cols=4)
    rows = [
        ("序号", "工作任务", "牵头单位", "完成时限"),
        ("1", "新建城东幼儿园1所", "县教育局", "2023年12月底"),
    ]
    for row, values in zip(table.rows, rows, strict=False):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    row = table.rows[2]._tr
    row.remove(row.findall(qn("w:tc"))[0])
    row.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {W} w:val="1"/>'))
    for cell, text in zip(
        row.findall(qn("w:tc")), ("改造农村公路30公里", "县交通运输局", "2023年10月底"), strict=True
    ):
        cell.find(qn("w:p")).append(parse_xml(f"<w:r {W}><w:t>{text}</w:t></w:r>"))
    path = tmp_path / "plan_short_row.docx"
    document.save(str(path))
    assert ("1", ("县教育局",)) in [(m.number, m.lead_units) for m in parse_plan_file(path).measures]


def test_a_part_numbered_in_the_number_column_with_its_title_merged_over_the_rest(tmp_path: Path) -> None:
    # 一 | 社会事业 (the title merged over the other columns) read as one short row and opened a new
    # part; since merged cells keep their columns, it read as a measure 一 with no units.
    header = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")
    rows = [
        header,
        ("一", "", "", "", ""),
        ("1", "新建城东幼儿园1所", "县教育局", "城东街道", "2023年12月底"),
        ("（二）", "", "", "", ""),
        ("2", "改造农村公路30公里", "县交通运输局", "县财政局", "2023年10月底"),
    ]
    merges = [((1, 1, 4), "社会事业"), ((3, 1, 4), "基础设施")]
    plan = parse_plan_file(_table_docx(tmp_path / "parts.docx", rows, merges))
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("1", ("县教育局",)),
        ("2", ("县交通运输局",)),
    ]
    assert [s.title for s in plan.items if s.kind == "section"] == ["社会事业", "基础设施"]


def test_a_header_whose_unit_cell_is_merged_over_lead_and_co_columns(tmp_path: Path) -> None:
    # 责任单位 merged over 牵头单位 | 配合单位 in the row below: the top row read as 责任单位 and an empty
    # cell, so the leads were read and every co-unit dropped without a word (before merged cells kept
    # their columns, no row matched the header and the file was refused).
    rows = [
        ("序号", "工作任务", "", "", "完成时限"),
        ("", "", "牵头单位", "配合单位", ""),
        ("1", "新建城东幼儿园1所", "县教育局", "城东街道", "2023年12月底"),
        ("2", "改造农村公路30公里", "县交通运输局", "县财政局", "2023年10月底"),
    ]
    plan = parse_plan_file(_table_docx(tmp_path / "two_rows.docx", rows, [((0, 2, 3), "责任单位")]))
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("1", ("县教育局",), ("城东街道",)),
        ("2", ("县交通运输局",), ("县财政局",)),
    ]


def test_a_task_header_merged_over_two_columns_keeps_both_in_the_task(tmp_path: Path) -> None:
    # 工作任务 merged over the task's name and what it involves: the second column's header read as an
    # empty cell and its text — the task itself — was dropped without a word.
    rows = [
        ("序号", "", "", "牵头单位", "完成时限"),
        ("1", "学前教育", "新建城东幼儿园1所", "县教育局", "2023年12月底"),
        ("2", "农村交通", "改造农村公路30公里", "县交通运输局", "2023年10月底"),
    ]
    plan = parse_plan_file(_table_docx(tmp_path / "task_span.docx", rows, [((0, 1, 2), "工作任务")]))
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("1", ("县教育局",)),
        ("2", ("县交通运输局",)),
    ]
    assert "新建城东幼儿园1所" in plan.measures[0].text
    assert "改造农村公路30公里" in plan.measures[1].text


def test_a_figure_wrapped_onto_a_pdf_line_is_closed_up_with_its_measure_word() -> None:
    # pypdf puts a space where the digits' Latin font starts; a row's leading number keeps it
    # (`1 地区生产总值`), but `2025年` / `12 月底前完成` at a line's start kept it too, and the joined
    # 2025年12 月底前 read no deadline.
    assert _closed_up("12 月底前完成改造") == "12月底前完成改造"
    assert _closed_up("300 个，同步建设充电设施") == "300个，同步建设充电设施"
    assert _closed_up("1 地区生产总值增长7%") == "1 地区生产总值增长7%"


def test_a_title_about_as_wide_as_the_page_is_not_glued_to_the_intro() -> None:
    # A text copy of a PDF broken at 28 characters: a 26-character title reached the page width and
    # the intro paragraph after it was joined on, so the plan had no title.
    title = "某区关于推进老旧小区改造提升和完整社区建设的实施方案"
    copy = "\n".join(
        [
            title,
            "为贯彻落实市委市政府决策部署，加快推进城市更新，结合我区",
            "实际，制定本方案。",
            "一、主要任务",
            "1.改造供水管网。2025年底前完成全区老旧小区供水管网改造，",
            "更新管材，实现一户一表，供水水压和水质全部达标。（牵头单",
            "位：区住建局；责任单位：区水务集团、各街道办事处）",
            "2.整治停车秩序。结合小区空间挖潜增设停车泊位不少于3000个",
            "，同步建设充电设施，规范停车收费管理。（牵头单位：区城管",
            "局；责任单位：区公安分局交警大队、区发改委）",
            "3.引入物业服务。推动无物业小区引入专业化物业服务或由社区兜",
            "底管理，建立物业服务质量评价制度。（牵头单位：区住建局、区",
            "民政局；责任单位：各街道办事处）",
        ]
    )
    plan = parse_plan_text(copy)
    assert plan.title == title
    assert [m.lead_units for m in plan.measures] == [("区住建局",), ("区城管局",), ("区住建局", "区民政局")]


def test_list_definitions_with_numbers_that_are_not_numbers_read_without_a_crash(tmp_path: Path) -> None:
    # w:ilvl="x" on a level or an override, w:start="--5": a hand-edited or damaged numbering.xml
    # raised ValueError out of the reader instead of reading (or refusing) the file.
    document = docx.Document()
    level = (
        '<w:lvl w:ilvl="x"><w:start w:val="--5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    )
    _add(document, f'<w:abstractNum {W} w:abstractNumId="94">{level}</w:abstractNum>')
    _add(
        document,
        f'<w:num {W} w:numId="94"><w:abstractNumId w:val="94"/>'
        f'<w:lvlOverride w:ilvl="y"><w:startOverride w:val="3"/></w:lvlOverride></w:num>',
    )
    _numbered(document.add_paragraph("改造供水管网"), 94, 0)
    path = tmp_path / "odd_numbers.docx"
    document.save(str(path))
    assert [b.text for b in docx_blocks(path.name, path)] == ["3.改造供水管网"]


def test_a_span_written_with_a_superscript_digit_reads_as_one_column(tmp_path: Path) -> None:
    # w:gridSpan="²" passes str.isdigit but not int(): ValueError out of the reader.
    document = docx.Document()
    document.add_paragraph("某县2023年重点工作任务分解表")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "甲"
    table.rows[0].cells[0]._tc.get_or_add_tcPr().append(parse_xml(f'<w:gridSpan {W} w:val="²"/>'))
    path = tmp_path / "superscript.docx"
    document.save(str(path))
    assert [b.cells for b in docx_blocks(path.name, path) if b.cells is not None] == [("甲", "")]


def test_a_task_merged_across_the_table_is_no_part_heading(tmp_path: Path) -> None:
    # 一、 and a whole sentence in one merged cell is a task written across the table, not the title of
    # the rows under it.
    rows = [
        HEADER,
        ("", "", "", "", ""),
        ("1", "新建城东幼儿园1所", "县教育局", "城东街道", "2023年12月底"),
    ]
    merged = "一、全面完成农村公路提档升级改造三十公里，打通镇村之间的断头路十条。"
    plan = parse_plan_file(_table_docx(tmp_path / "merged_task.docx", rows, [((1, 0, 4), merged)]))
    assert not [item for item in plan.items if item.kind == "section" and "公路" in item.title]
    # Nor is it dropped: a measure of its own, without a unit, flagged for the review; the row under it
    # keeps its own lead.
    across = [item for item in plan.items if item.kind == "measure" and "公路" in item.text]
    assert len(across) == 1 and not across[0].lead_units
    assert ACROSS_DOUBT in across[0].doubts
    kindergarten = next(item for item in plan.items if "幼儿园" in item.title)
    assert kindergarten.lead_units == ("县教育局",)
