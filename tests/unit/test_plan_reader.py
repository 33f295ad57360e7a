"""Reading plan files: encodings, line ends, BOM, and .docx paragraphs and tables in order."""

from __future__ import annotations

import codecs
from pathlib import Path

import docx
import pytest

from services.plans.parser import parse_plan_file
from services.plans.reader import read_plan_blocks

PLAN = (
    "某某区设备更新行动方案\n"
    "2024年7月10日\n"
    "一、重点任务\n"
    "1.推进工业设备更新。到2027年更新设备300台（套）。（区发改委牵头负责，各区镇参与）\n"
    "2.推进农机更新。（区农业农村局负责）\n"
)


def _write(tmp_path: Path, data: bytes, name: str = "方案.txt") -> Path:
    file = tmp_path / name
    file.write_bytes(data)
    return file


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", b"", "\n"),
        ("utf-8", codecs.BOM_UTF8, "\n"),
        ("utf-8", b"", "\r\n"),
        ("utf-8", codecs.BOM_UTF8, "\r\n"),
        ("gb18030", b"", "\n"),
        ("gbk", b"", "\r\n"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
    ],
)
def test_text_plans_in_every_office_encoding(tmp_path: Path, encoding: str, bom: bytes, newline: str) -> None:
    data = bom + PLAN.replace("\n", newline).encode(encoding)
    plan = parse_plan_file(_write(tmp_path, data))
    assert plan.title == "某某区设备更新行动方案"
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("1", ("区发改委",), ("各区镇",)),
        ("2", ("区农业农村局",), ()),
    ]
    assert "\r" not in plan.measures[0].text and "\ufeff" not in plan.source_text


def test_a_short_gbk_file_is_not_mistaken_for_another_script(tmp_path: Path) -> None:
    blocks = read_plan_blocks(_write(tmp_path, "一、任务\n1.更新设备（区发改委负责）".encode("gbk")))
    assert [b.text for b in blocks] == ["一、任务", "1.更新设备（区发改委负责）"]


def test_big5_traditional_plan(tmp_path: Path) -> None:
    text = "某區推動設備更新行動方案\n一、重點任務\n1.推動工業設備更新。（區經濟發展局負責）\n" * 3
    blocks = read_plan_blocks(_write(tmp_path, text.encode("big5")))
    assert blocks[0].text == "某區推動設備更新行動方案"


def test_docx_paragraphs_and_tables_keep_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("标题")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(
        table.rows, [("序号", "任务", "牵头部门"), ("1", "甲\n乙", "发改委")], strict=True
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(0, 1).merge(table.cell(0, 2))  # a header cell spanning two columns
    document.add_paragraph("表后段落")
    file = tmp_path / "t.docx"
    document.save(str(file))
    blocks = read_plan_blocks(file)
    assert blocks[0].text == "标题" and blocks[0].cells is None
    # A merged span's text once, then an empty cell for the column it covers: the columns stay in place.
    assert blocks[1].cells == ("序号", "任务\n牵头部门", "")
    assert blocks[2].cells == ("1", "甲\n乙", "发改委")
    assert [b.text for b in blocks[3:]] == ["", "表后段落"]


def test_docx_vertically_merged_cells_read_blank_below(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, values in zip(table.rows, [("领域", "任务"), ("工业", "甲"), ("", "乙")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(1, 0).merge(table.cell(2, 0))
    file = tmp_path / "m.docx"
    document.save(str(file))
    assert [b.cells for b in read_plan_blocks(file) if b.cells] == [
        ("领域", "任务"),
        ("工业", "甲"),
        ("", "乙"),
    ]


def test_docx_soft_line_break_starts_a_new_line(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("第一行")
    paragraph.add_run().add_break()
    paragraph.add_run("第二行")
    file = tmp_path / "b.docx"
    document.save(str(file))
    assert [b.text for b in read_plan_blocks(file)] == ["第一行", "第二行"]
