"""What a unit's clerk does to a return template before mailing it back: each an edit of the workbook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from services.returns.template import HIDDEN_SHEET, SHEET_TITLE
from tests.reliability import bad_workbooks as bad
from tests.unit.returns_fill import task_rows


def first_row(wb) -> int:
    return min(task_rows(wb[SHEET_TITLE]).values())


def set_cell(column: int, value: Any, number_format: str | None = None) -> Callable:
    def edit(wb) -> None:
        cell = wb[SHEET_TITLE].cell(row=first_row(wb), column=column, value=value)
        if number_format:
            cell.number_format = number_format

    return edit


def rename_sheets(wb) -> None:
    wb[SHEET_TITLE].title = "Sheet1"
    wb[HIDDEN_SHEET].title = "Sheet2"


def blank_and_note_rows(wb) -> None:
    ws = wb[SHEET_TITLE]
    ws.insert_rows(5, amount=2)
    ws.cell(row=6, column=1, value="备注：第二项由办公室统筹")
    ws.cell(row=ws.max_row + 2, column=1, value="填报人：张三　　联系电话：12345")


def reverse_rows(wb) -> None:
    ws = wb[SHEET_TITLE]
    rows = sorted(task_rows(ws).values())
    values = [[c.value for c in ws[r]] for r in rows]
    for r, row_values in zip(rows, reversed(values), strict=True):
        for column, value in enumerate(row_values, start=1):
            ws.cell(row=r, column=column, value=value)


def add_row(*values: Any) -> Callable:
    def edit(wb) -> None:
        ws = wb[SHEET_TITLE]
        row = max(task_rows(ws).values()) + 1
        ws.insert_rows(row)
        for column, value in enumerate(values, start=1):
            ws.cell(row=row, column=column, value=value)

    return edit


def change_hidden(cell: str, value: Any) -> Callable:
    def edit(wb) -> None:
        wb[HIDDEN_SHEET][cell] = value

    return edit


def delete_column(column: int) -> Callable:
    def edit(wb) -> None:
        wb[SHEET_TITLE].delete_cols(column)

    return edit


def header_period(text: str) -> Callable:
    def edit(wb) -> None:
        wb[SHEET_TITLE]["A2"] = f"填报单位：区卫健委　　报送期次：{text}"

    return edit


def copied_into_new_workbook(unit_line: str, period_line: str | None) -> Callable:
    """The clerk copies the rows into a workbook of their own, with their own headers."""

    def build(template: Path, out: Path) -> Path:
        source = load_workbook(template)[SHEET_TITLE]
        wb = Workbook()
        ws = wb.active
        ws.title = "卫健委进展"
        ws.append(["2024年第三季度进展情况"])
        ws.append([unit_line, None, period_line])
        ws.append(["序号", "任务名称", "目标", "期限", "本期完成", "累计完成数量", "进度(%)", "工作进展"])
        for row in source.iter_rows(min_row=4, max_row=4, values_only=True):
            ws.append([row[1], row[2], row[3], row[4], 3, 30, "50%", "复制到新表"])
        wb.save(out)
        return out

    return build


def cached_formula(data: bytes) -> bytes:
    """累计完成 as a formula Excel computed and cached (15): the cached value is what is read."""
    return bad.replace_cell(data, "G4", b'<c r="G4"><f>F4+10</f><v>15</v></c>')
