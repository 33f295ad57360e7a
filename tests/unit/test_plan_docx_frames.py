"""A Word plan whose text sits in a table of one column (a page saved from the web, an OA template's frame)
reads like its text.

Written in session 12: the whole plan in one cell was read as one table row and refused with
没有找到方案的层次结构 (failed when written; a paragraph a row read already). A task table whose category
rows span the table (one cell among rows of several) is still a table.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from services.plans.parser import parse_plan_file, parse_plan_text

ROOT = Path(__file__).resolve().parents[2]
WEIHAI = ROOT / "tests" / "data" / "plans" / "weihai_equipment_renewal_plan.txt"


@pytest.mark.parametrize("frame", ["one cell", "a paragraph a row"])
def test_a_plan_in_a_frame_reads_like_its_text(frame: str, tmp_path: Path) -> None:
    lines = WEIHAI.read_text(encoding="utf-8").split("\n")
    document = docx.Document()
    if frame == "one cell":
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    else:
        table = document.add_table(rows=len(lines), cols=1)
        for row, line in zip(table.rows, lines, strict=True):
            row.cells[0].text = line
    document.save(tmp_path / "方案.docx")
    framed = parse_plan_file(tmp_path / "方案.docx")
    plain = parse_plan_text("\n".join(lines))
    assert [(m.number, m.lead_units, m.co_units) for m in framed.measures] == [
        (m.number, m.lead_units, m.co_units) for m in plain.measures
    ]
    assert framed.title == plain.title


def test_a_task_table_with_a_row_across_it_is_still_a_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某区2024年重点任务分解表")
    table = document.add_table(rows=3, cols=4)
    for column, label in enumerate(["序号", "重点任务", "牵头单位", "配合单位"]):
        table.cell(0, column).text = label
    table.cell(1, 0).merge(table.cell(1, 3)).text = "一、民生保障"
    for column, text in enumerate(["1", "新增公办幼儿园学位1000个。", "区教育局", "区发改委"]):
        table.cell(2, column).text = text
    document.save(tmp_path / "分解表.docx")
    measures = parse_plan_file(tmp_path / "分解表.docx").measures
    assert [(m.number, m.lead_units, m.co_units) for m in measures] == [("1", ("区教育局",), ("区发改委",))]


def test_a_one_column_note_beside_a_task_table_is_no_plan(tmp_path: Path) -> None:
    # Found by a review of the first version: a 说明 box of numbered notes beside the task table was read
    # as the plan's measures, the table pushed aside.
    document = docx.Document()
    document.add_paragraph("某区2024年重点任务分解表")
    note = document.add_table(rows=3, cols=1)
    for row, text in zip(
        note.rows, ["说明：", "1.各单位要于每月25日前报送进展情况。", "2.区督查室负责跟踪督办。"], strict=True
    ):
        row.cells[0].text = text
    table = document.add_table(rows=2, cols=4)
    for column, label in enumerate(["序号", "重点任务", "牵头单位", "配合单位"]):
        table.cell(0, column).text = label
    for column, text in enumerate(["1", "新增公办幼儿园学位1000个。", "区教育局", "区发改委"]):
        table.cell(1, column).text = text
    document.save(tmp_path / "分解表.docx")
    measures = parse_plan_file(tmp_path / "分解表.docx").measures
    assert [(m.number, m.lead_units, m.co_units) for m in measures] == [("1", ("区教育局",), ("区发改委",))]
