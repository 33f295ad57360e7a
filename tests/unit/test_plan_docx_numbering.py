"""A .docx typed with Word's numbering button (services/plans/docx_numbering.py): the numbers are drawn
from the list's definition, not kept in the text, and must read like a plan whose numbers were typed.
The files are made here with python-docx and list definitions as Word writes them."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from services.plans.docx_numbering import chinese_numeral
from services.plans.parser import parse_plan_file, parse_plan_text
from services.plans.reader import docx_blocks

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
OUTLINE = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]


def _add_list(document, levels, list_id: int, restart_at: int | None = None, abstract_id: int | None = None):
    """A list definition (abstractNum) and an instance of it (num), as Word writes them."""
    numbering = document.part.numbering_part.element
    abstract_id = list_id if abstract_id is None else abstract_id
    if numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']") is None:
        body = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        )
        abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{body}</w:abstractNum>')
        first = numbering.find(qn("w:num"))
        if first is not None:
            first.addprevious(abstract)
        else:
            numbering.append(abstract)
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart_at}"/></w:lvlOverride>'
        if restart_at is not None
        else ""
    )
    numbering.append(
        parse_xml(
            f'<w:num {W} w:numId="{list_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
    )


def _numbered(paragraph, list_id: int, level: int) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr>')
    )


TYPED = (
    "某区老旧小区改造提升行动方案\n"
    "一、主要任务\n"
    "（一）完善基础设施\n"
    "1.改造供水管网。2025年底前完成供水管网改造20公里。（牵头单位：区住建局；责任单位：区水务集团）\n"
    "2.整治停车秩序。新增停车泊位3000个。（牵头单位：区城管局；责任单位：区公安分局）\n"
    "（二）提升服务水平\n"
    "1.引入物业服务。无物业小区全部引入物业服务。（牵头单位：区住建局、区民政局）\n"
    "二、保障措施\n"
    "（一）加强组织领导\n"
    "1.建立工作专班。每月调度一次改造进度。（牵头单位：区政府办）\n"
)


def _outline_docx(path: Path) -> Path:
    """TYPED with its numbers drawn by one three-level list, as the numbering button makes it."""
    document = docx.Document()
    _add_list(document, OUTLINE, 90)
    for line in TYPED.strip().split("\n"):
        level, text = 0, line
        for index, mark in enumerate(("、", "）", ".")):
            head = line.split(mark, 1)[0]
            if mark in line and len(head) <= 3 and head.strip("（一二三四五六七八九十0123456789") == "":
                level, text = index, line.split(mark, 1)[1]
                break
        else:
            document.add_paragraph(line)
            continue
        _numbered(document.add_paragraph(text), 90, level)
    document.save(str(path))
    return path


def _measures(plan):
    return [(m.number, m.title, m.lead_units, m.co_units) for m in plan.measures]


def test_a_plan_numbered_with_the_numbering_button_reads_like_the_typed_one(tmp_path: Path) -> None:
    path = _outline_docx(tmp_path / "方案.docx")
    texts = [b.text for b in docx_blocks("方案.docx", path)]
    assert texts[1:4] == [
        "一、主要任务",
        "（一）完善基础设施",
        "1.改造供水管网。2025年底前完成供水管网改造20公里。（牵头单位：区住建局；责任单位：区水务集团）",
    ]
    # A deeper level starts again under each new number above it: 二、's （一） and its 1.
    assert texts[-3:] == [
        "二、保障措施",
        "（一）加强组织领导",
        "1.建立工作专班。每月调度一次改造进度。（牵头单位：区政府办）",
    ]
    assert _measures(parse_plan_file(path)) == _measures(parse_plan_text(TYPED))
    assert len(parse_plan_file(path).measures) == 4


def test_a_task_tables_number_column_numbered_as_a_list(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某县2023年民生实事项目表")
    _add_list(document, [("decimal", "%1")], 91)
    rows = [("新建城东幼儿园1所", "县教育局", "城东街道"), ("改造农村公路30公里", "县交通运输局", "县财政局")]
    table = document.add_table(rows=len(rows) + 1, cols=4)
    for cell, label in zip(table.rows[0].cells, ("序号", "项目名称", "牵头单位", "责任单位"), strict=True):
        cell.text = label
    for row, values in zip(table.rows[1:], rows, strict=True):
        _numbered(row.cells[0].paragraphs[0], 91, 0)  # the cell is empty: Word draws 1, 2
        for cell, value in zip(row.cells[1:], values, strict=True):
            cell.text = value
    path = tmp_path / "项目表.docx"
    document.save(str(path))
    assert [(m.number, m.lead_units, m.co_units) for m in parse_plan_file(path).measures] == [
        ("1", ("县教育局",), ("城东街道",)),
        ("2", ("县交通运输局",), ("县财政局",)),
    ]


def test_a_list_restarted_and_one_continued(tmp_path: Path) -> None:
    document = docx.Document()
    _add_list(document, [("decimal", "%1.")], 92)
    _add_list(document, [("decimal", "%1.")], 93, restart_at=1, abstract_id=92)  # 重新开始于 1
    _add_list(document, [("decimal", "%1.")], 94, abstract_id=92)  # 继续编号: the same list's next number
    for text, list_id in (("甲", 92), ("乙", 92), ("丙", 93), ("丁", 94)):
        _numbered(document.add_paragraph(text), list_id, 0)
    path = tmp_path / "lists.docx"
    document.save(str(path))
    assert [b.text for b in docx_blocks("lists.docx", path)] == ["1.甲", "2.乙", "1.丙", "2.丁"]


def test_numbering_from_the_paragraph_style(tmp_path: Path) -> None:
    # python-docx's template numbers its List Number style (numPr in the style, not the paragraph).
    document = docx.Document()
    for text in ("推进一", "推进二"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("不编号的段落")
    path = tmp_path / "style.docx"
    document.save(str(path))
    assert [b.text for b in docx_blocks("style.docx", path)] == ["1.推进一", "2.推进二", "不编号的段落"]


def test_bullets_and_unnumbered_paragraphs_get_no_number(tmp_path: Path) -> None:
    document = docx.Document()
    _add_list(document, [("bullet", "●")], 95)
    _numbered(document.add_paragraph("要点"), 95, 0)
    document.add_paragraph("正文")
    path = tmp_path / "bullets.docx"
    document.save(str(path))
    assert [b.text for b in docx_blocks("bullets.docx", path)] == ["要点", "正文"]


@pytest.mark.parametrize(
    ("n", "written"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (21, "二十一"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
    ],
)
def test_chinese_numerals_as_lists_write_them(n: int, written: str) -> None:
    assert chinese_numeral(n) == written


def _table_docx(path: Path, rows, merges) -> Path:
    document = docx.Document()
    document.add_paragraph("某县2023年重点工作任务分解表")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for (r, first, last), text in merges:
        table.cell(r, first).merge(table.cell(r, last)).text = text
    document.save(str(path))
    return path


HEADER = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")


def test_a_cell_merged_across_columns_keeps_the_cells_after_it_in_their_columns(tmp_path: Path) -> None:
    # Row 2's 牵头 and 配合 cells are one (合并单元格): read as one cell, its deadline became the
    # co-units and the row was dropped without a word.
    rows = [
        HEADER,
        ("1", "新建城东幼儿园1所", "县教育局", "城东街道", "2023年12月底"),
        ("2", "改造农村公路30公里", "", "", "2023年10月底"),
        ("3", "建设数字乡村示范点5个", "县农业农村局", "县数据局", "2023年11月底"),
    ]
    path = _table_docx(tmp_path / "merged.docx", rows, [((2, 2, 3), "县交通运输局")])
    assert [
        (m.number, m.lead_units, m.co_units, [d.due.isoformat() for d in m.deadlines])
        for m in parse_plan_file(path).measures
    ] == [
        ("1", ("县教育局",), ("城东街道",), ["2023-12-31"]),
        ("2", ("县交通运输局",), (), ["2023-10-31"]),
        ("3", ("县农业农村局",), ("县数据局",), ["2023-11-30"]),
    ]


def test_a_category_row_merged_across_the_table_stays_a_category(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ("", "", "", "", ""),
        ("1", "新建城东幼儿园1所", "县教育局", "城东街道", "2023年12月底"),
        ("", "", "", "", ""),
        ("2", "改造农村公路30公里", "县交通运输局", "县财政局", "2023年10月底"),
    ]
    merges = [((1, 0, 4), "一、社会事业"), ((3, 0, 4), "二、基础设施")]
    plan = parse_plan_file(_table_docx(tmp_path / "categories.docx", rows, merges))
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("1", ("县教育局",)),
        ("2", ("县交通运输局",)),
    ]
    assert [s.title for s in plan.items if s.kind == "section"] == ["社会事业", "基础设施"]
