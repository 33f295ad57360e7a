"""A task table whose columns a page set one space apart: `重点任务 工作措施 牵头单位 参与单位` over rows
`1.优化产业布局 完成…编制工作。 区环土局 区经发局、各片区项目建设指挥部`.

The rows read as numbered measures; the unit columns are the row's last cells, each a list of names with no
space inside. A row with one unit cell names its lead (the 参与单位 cell left blank); the header repeated at
a page's top, glued after the row it follows, is no cell of it. Each measure given its units so says so in its
doubts, so the clerk checks the columns.
"""

from __future__ import annotations

import re
from dataclasses import replace

from services.plans.parser.assemble import NO_CLAUSE
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem
from services.plans.parser.text import fold
from services.plans.parser.unit_lists import units_or_none

_TASK = r"(?:重点|主要|工作|具体)?(?:任务|措施|内容|举措)"
_LEAD = r"(?:牵头|责任)(?:单位|部门)"
_CO = r"(?:参与|配合|协办|协同|责任)(?:单位|部门)"
# The labels, one space (or a few) apart: the task's column or two, the lead's, the helpers' when printed.
HEADER = compile_lazily(
    rf"(?<!\S){_TASK}(?:[ \u3000]+[\u4e00-\u9fff]{{2,6}}){{0,2}}?[ \u3000]+({_LEAD})(?:[ \u3000]+({_CO}))?(?!\S)"
    # (no third unit column after them: 牵头单位 参与单位 责任单位 is another table's header, read as such)
    r"(?![ \u3000]+[\u4e00-\u9fff]{0,4}(?:单位|部门))"
)
_TAIL = compile_lazily(r"(?:按照?职责分工)?(?:负责|牵头)$")
NOTE = "责任单位取自表格“牵头单位”“参与单位”两列（各列以空格分开），请核对"


def apply_spaced_cells(items: list[ParsedItem], lines: list[str]) -> list[ParsedItem]:
    """Give each measure that names no unit the unit cells its row ends with, in a document printed with a
    spaced header of unit columns."""
    header = next((found for line in lines if (found := HEADER.search(fold(line)))), None)
    if header is None:
        return items
    with_co = header.group(2) is not None and header.group(1) != header.group(2)
    result = []
    for item in items:
        if item.is_measure and not item.lead_units and not item.co_units:
            cells = _unit_cells(item.text, with_co)
            if cells is not None:
                doubts = tuple(d for d in item.doubts if d != NO_CLAUSE)
                item = replace(item, lead_units=cells[0], co_units=cells[1], doubts=(*doubts, NOTE))
        result.append(item)
    return result


def _unit_cells(text: str, with_co: bool) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(leads, helpers) from the row's last cells, or None when the row does not end in unit cells."""
    folded = fold(text).rstrip()
    folded = HEADER.sub("", folded).rstrip()  # (the header again at a new page, glued after the row)
    pieces = re.split(r"[ \u3000]+", folded)
    if len(pieces) < 2:
        return None
    last = _units(pieces[-1])
    if last is None:
        return None
    # (two unit cells where the header prints a helpers' column: the lead's, then the helpers')
    if with_co and len(pieces) >= 3 and (before := _units(pieces[-2])) is not None:
        return tuple(before), tuple(last)
    return tuple(last), ()


def _units(cell: str) -> list[str] | None:
    if re.search(r"[。；;：:，,！？]$", cell) or len(cell) > 60:
        return None
    return units_or_none(_TAIL.sub("", cell), labelled=False)
