"""Fill a return template the way a unit's clerk does, for the returns tests and the benchmark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from services.return_template import COLUMNS, EDITABLE_COLUMNS, ID, SHEET_TITLE

COLUMN_INDEX = {c.header: n for n, c in enumerate(COLUMNS, start=1)}


def header_row(ws) -> int:
    for row in ws.iter_rows(min_row=1, max_row=10):
        if row[0].value == ID:
            return row[0].row
    raise AssertionError("no header row in the template")


def task_rows(ws) -> dict[int, int]:
    """item id -> sheet row."""
    first = header_row(ws) + 1
    found = {}
    for row in ws.iter_rows(min_row=first):
        value = row[0].value
        if isinstance(value, int):
            found[value] = row[0].row
    return found


def fill(
    template: Path,
    out: Path,
    values: Callable[[int], dict[str, Any]],
    *,
    edit: Callable[[Any], None] | None = None,
) -> Path:
    """Write `values(item_id)` (header -> value) into each task row, then let `edit` play the clerk."""
    wb = load_workbook(template)
    ws = wb[SHEET_TITLE]
    for item_id, row in task_rows(ws).items():
        for header, value in values(item_id).items():
            assert header in EDITABLE_COLUMNS or header in COLUMN_INDEX, header
            ws.cell(row=row, column=COLUMN_INDEX[header], value=value)
    if edit is not None:
        edit(wb)
    wb.save(out)
    return out
