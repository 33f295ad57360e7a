"""Measures the outline read that are a table's rows: a Word table's, a `|` text table's, or a table copied one
cell a paragraph whose 序号 cells number its rows as an outline would (（一） / 推动源头减量 / … / 区发改委)."""

from __future__ import annotations

from services.plans.parser.draft import DraftItem
from services.plans.parser.model import PlanBlock
from services.plans.parser.table_columns import column_of
from services.plans.parser.table_fit import UNIT_KEYS

_HEADER_MIN = 3  # labels one a paragraph, a unit's column among them


def rows_read_as_outline(drafts: list[DraftItem], blocks: list[PlanBlock], header: int | None) -> bool:
    """Whether most of the measures the outline found begin on a table's rows (`header`: cell_header's)."""
    measures = [d for d in drafts if d.kind == "measure"]
    in_rows = sum(1 for d in measures if in_table(d, blocks, header))
    return bool(measures) and 2 * in_rows > len(measures)


def in_table(draft: DraftItem, blocks: list[PlanBlock], header: int | None) -> bool:
    """A Word table's row, a text table's (`2.修改完善投资计划。 | 已报审 | |`: cells between bars), or a line
    under the header of a table one cell a paragraph (`header`, cell_header's)."""
    if draft.line >= len(blocks):
        return False
    block = blocks[draft.line]
    if block.cells is not None or len([c for c in block.text.split("|") if c.strip()]) >= 2:
        return True
    return header is not None and draft.line > header


def cell_header(lines: list[str]) -> int | None:
    """Where a header written one label a paragraph (序号 / 工作任务 / … / 牵头单位, blank lines between) starts."""
    for index, line in enumerate(lines):
        if column_of(line) != "seq":
            continue
        labels = [later for later in lines[index + 1 : index + 16] if later.strip()][: _HEADER_MIN + 4]
        keys = [column_of(label) for label in labels]
        run = keys[: next((k for k, key in enumerate(keys) if key is None), len(keys))]
        apart = index + 1 < len(lines) and not lines[index + 1].strip()
        if apart and len(run) >= _HEADER_MIN - 1 and any(key in UNIT_KEYS for key in run):
            return index
    return None
