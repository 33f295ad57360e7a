"""Government-form workbooks: written, then read back as a clerk's Excel would see them."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from services.documents.xlsx_layout import (
    CellMaker,
    CellStyle,
    XlsxCell,
    XlsxColumn,
    XlsxSheet,
    XlsxSpanRow,
    append_merged_row,
    safe_text,
    save_workbook,
    set_value,
    write_table_sheet,
)
from services.errors import ExportFailed
from services.files import export_files

COLUMNS = (
    XlsxColumn("序号", 6, "center"),
    XlsxColumn("任务", 50),
    XlsxColumn("牵头单位", 16),
    XlsxColumn("进度", 8, "right", "0%"),
    XlsxColumn("红黄绿灯", 10, "center"),
)
INJECTIONS = ('=HYPERLINK("http://x","点我")', "+86-513-1234", "-1+2", "@SUM(A1)", "=1+1")


def ledger_sheet(rows: tuple) -> XlsxSheet:
    return XlsxSheet(
        title="海门区推动大规模设备更新任务台账",
        subtitle_lines=("南通市海门区推动大规模设备更新行动方案", "截至2024年7月20日"),
        columns=COLUMNS,
        rows=rows,
        freeze_columns=2,
    )


def sample_rows() -> tuple:
    rows: list = [XlsxSpanRow("一、实施设备更新行动")]
    rows.append((1, "加快重点行业设备更新", "区发改委", 0.5, XlsxCell("红灯", light="red")))
    rows.append((2, "建立设备更新项目库", "区工信局", 1, XlsxCell("已办结", light="grey", bold=True)))
    rows.extend(
        (3 + i, text, "区财政局", None, XlsxCell("绿灯", light="green")) for i, text in enumerate(INJECTIONS)
    )
    return tuple(rows)


@pytest.mark.parametrize("write_only", [False, True], ids=["ordinary", "write-only"])
def test_ledger_sheet_reads_back_with_its_layout(tmp_path: Path, write_only: bool) -> None:
    workbook = Workbook(write_only=write_only)
    ws = workbook.create_sheet("台账") if write_only else workbook.active
    layout = write_table_sheet(ws, ledger_sheet(sample_rows()))
    path = save_workbook(workbook, tmp_path / "台账.xlsx")

    assert (layout.header_row, layout.first_data_row, layout.last_row, layout.last_column) == (4, 5, 12, "E")
    ws = load_workbook(path)["台账" if write_only else "Sheet"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:E1", "A2:E2", "A3:E3", "A5:E5"} <= merged
    assert ws["A1"].value == "海门区推动大规模设备更新任务台账"
    assert ws["A1"].font.name == "黑体"
    assert ws["A3"].value == "截至2024年7月20日"
    assert [c.value for c in ws[4]] == ["序号", "任务", "牵头单位", "进度", "红黄绿灯"]
    assert ws["B4"].fill.fgColor.rgb.endswith("E7E6E6")
    assert ws["B6"].border.left.style == "thin" and ws["B6"].alignment.wrap_text
    assert ws["A5"].value == "一、实施设备更新行动"
    assert ws.freeze_panes == "C5"
    assert ws.auto_filter.ref == "A4:E12"
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.column_dimensions["B"].width == 50
    assert ws["D6"].number_format == "0%" and ws["D6"].value == 0.5
    assert ws["E6"].fill.fgColor.rgb.endswith("D9352B") and ws["E6"].font.color.rgb.endswith("FFFFFF")
    assert ws["E7"].fill.fgColor.rgb.endswith("C8C8C8") and ws["E7"].font.color.rgb.endswith("000000")
    assert ws["E8"].fill.fgColor.rgb.endswith("2E9D4A")


@pytest.mark.parametrize("write_only", [False, True], ids=["ordinary", "write-only"])
def test_formula_like_text_comes_back_as_text(tmp_path: Path, write_only: bool) -> None:
    workbook = Workbook(write_only=write_only)
    ws = workbook.create_sheet("台账") if write_only else workbook.active
    write_table_sheet(ws, ledger_sheet(sample_rows()))
    path = save_workbook(workbook, tmp_path / "台账.xlsx")

    ws = load_workbook(path)["台账" if write_only else "Sheet"]
    for row, text in enumerate(INJECTIONS, start=8):
        cell = ws.cell(row, 2)
        assert cell.value == text
        assert cell.data_type == "s"
        assert cell.quotePrefix  # stays text when the clerk edits the cell in Excel
    assert not ws["B6"].quotePrefix


def test_set_value_and_safe_text_on_an_ordinary_sheet(tmp_path: Path) -> None:
    workbook = Workbook()
    ws = workbook.active
    set_value(ws["A1"], "=CMD|' /C calc'!A0")
    ws["A2"] = safe_text("=1+2")
    ws.append([safe_text("=3+4"), safe_text(5), safe_text("普通文字")])
    ws["A4"] = "=1+2"  # what happens without the helpers: a formula
    path = save_workbook(workbook, tmp_path / "x.xlsx")

    ws = load_workbook(path).active
    assert ws["A1"].value == "=CMD|' /C calc'!A0" and ws["A1"].data_type == "s" and ws["A1"].quotePrefix
    assert ws["A2"].value == "=1+2" and ws["A2"].data_type == "s"
    assert [c.value for c in ws[3]] == ["=3+4", 5, "普通文字"]
    assert ws["A4"].data_type == "f"


def test_cell_maker_reuses_one_style_without_sharing_it(tmp_path: Path) -> None:
    workbook = Workbook()
    ws = workbook.active
    maker = CellMaker(ws)
    style = CellStyle(align="center")
    first, second = maker.cell("甲", style), maker.cell("乙", style)
    ws.append([first, second])
    second.number_format = "0.00"  # must not change the first cell
    path = save_workbook(workbook, tmp_path / "x.xlsx")

    ws = load_workbook(path).active
    assert ws["A1"].number_format == "General" and ws["B1"].number_format == "0.00"
    assert ws["A1"].alignment.horizontal == ws["B1"].alignment.horizontal == "center"


def test_unknown_light_and_wrong_row_width_are_bugs() -> None:
    ws = Workbook().active
    with pytest.raises(ValueError, match="unknown traffic light"):
        write_table_sheet(ws, ledger_sheet(((1, "a", "b", 0, XlsxCell("?", light="purple")),)))
    with pytest.raises(ValueError, match="2 cells for 5 columns"):
        write_table_sheet(Workbook().active, ledger_sheet(((1, "a"),)))


def test_workbook_open_in_excel_is_export_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "台账.xlsx"
    target.write_bytes(b"old")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_files.os, "replace", locked)
    with pytest.raises(ExportFailed, match="正被其他程序"):
        save_workbook(Workbook(), target)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder_is_export_failed(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="不存在"):
        save_workbook(Workbook(), tmp_path / "没有" / "台账.xlsx")


def test_instruction_lines_below_the_table(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("报送表")
    layout = write_table_sheet(ws, ledger_sheet(sample_rows()))
    row = append_merged_row(
        ws, layout.last_row + 1, "填表说明：1. 进度填百分数；2. =号开头的内容按文字保存。", 5
    )
    append_merged_row(ws, row, "=不是公式", 5, height=30)
    path = save_workbook(workbook, tmp_path / "报送表.xlsx")

    ws = load_workbook(path)["报送表"]
    assert ws.cell(layout.last_row + 1, 1).value.startswith("填表说明")
    assert f"A{row}:E{row}" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(row, 1).value == "=不是公式" and ws.cell(row, 1).data_type == "s"
    assert ws.row_dimensions[row].height == 30
