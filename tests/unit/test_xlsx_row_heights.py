"""The Excel ledger gives every row the height of its wrapped text, so LibreOffice and WPS (which do not
size rows themselves) never draw one row's lines over the next."""

from __future__ import annotations

from datetime import date, datetime
from math import ceil

from openpyxl import load_workbook

from services.documents.ledger_export import write_ledger
from services.documents.xlsx_rows import LINE_HEIGHT, row_height, wrapped_lines
from services.ledger.stats import load_plan_rows
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action


def test_lines_are_counted_for_chinese_and_latin_text():
    assert wrapped_lines("区发改委", 10) == 1  # 8 units in 9
    assert wrapped_lines("区发改委、区工信局", 10) == 2  # 18 units in 9
    assert wrapped_lines("a" * 30, 10) == 4
    assert wrapped_lines("第一行\n第二行", 40) == 2
    assert wrapped_lines(None, 5) == 1
    assert row_height(["短", "区发改委、区工信局、区财政局"], [10, 10]) == 4 * LINE_HEIGHT + 4.5


def _lines(value, width: float) -> int:
    """Counted here independently: two units for a CJK character, width - 1 units to a line."""
    if value is None:
        return 1
    text = value.date().isoformat() if isinstance(value, datetime) else str(value)  # shown as yyyy-mm-dd
    return sum(
        max(ceil(sum(2 if ord(c) > 0x10FF else 1 for c in line) / (width - 1)), 1)
        for line in text.split("\n")
    )


def test_every_ledger_row_is_as_tall_as_its_wrapped_text(ledger, tmp_path):
    with user_action(ledger) as session:
        plan_id = import_plan_file(session, sample_plan_path())
        plan = load_plan_rows(session, plan_id, as_of=date(2024, 9, 30))
    path = write_ledger(tmp_path / "台账.xlsx", [plan], as_of=date(2024, 9, 30)).path
    ws = load_workbook(path)["台账"]
    widths = {
        letter: dim.width for letter, dim in ws.column_dimensions.items() if dim.width and dim.width > 0
    }
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "序号")
    tall = 0
    for row in range(header_row, ws.max_row + 1):
        merged = any(row == rng.min_row and rng.min_row == rng.max_row for rng in ws.merged_cells.ranges)
        if merged:
            continue
        lines = max(
            _lines(ws.cell(row, column).value, widths[ws.cell(row, column).column_letter])
            for column in range(1, ws.max_column + 1)
        )
        height = ws.row_dimensions[row].height
        assert height is not None and height >= lines * 14.25, (row, lines, height)
        tall += lines > 2
    assert tall >= 10  # the sample's long task texts do wrap: the check above was not vacuous
