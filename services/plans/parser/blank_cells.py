"""A table copied one cell a paragraph with a blank line after each cell: a cell's text that wraps over lines
of its own is joined again, and units one a line inside one cell are kept apart as a list."""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_fit import is_unit_cell as _is_unit_cell
from services.plans.parser.table_fit import org_like
from services.plans.parser.text import ends_like_unit, fold

_PIPE = "|"
_HEADER_CELLS = 3
_MOST_APART = 0.5  # blank lines after at least half the cells' lines


def _whole_name(line: str) -> bool:
    """A unit's whole name on a line of its own: placed (区/县/市…, or 各…) and ending as a unit does — not
    `区住房和城乡` / `建设管理委员会` or `区政府` / `办公室`, one name a narrow column wrapped."""
    name = fold(line).strip()
    return bool(_PLACED.match(name)) and _is_unit_cell(name) and ends_like_unit(name)


_PLACED = compile_lazily(r"^(?:[省市县区镇乡]|各)")
_LABEL_CHARS = 10  # a header cell's label, wrapped or not (任务 / 类型)


def _labels_apart(region: list[str], filled: list[int]) -> bool:
    """The header's first cells, one a wrapped label among them (任务 / 类型 over one blank line): each run of
    lines between blank lines a short label."""
    runs: list[list[int]] = []
    for index in filled:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    first = runs[:_HEADER_CELLS]
    return len(first) == _HEADER_CELLS and all(
        len(run) <= 2 and len("".join(region[i].strip() for i in run)) <= _LABEL_CHARS for run in first
    )


def _own_name(line: str) -> bool:
    """An organisation's name not placed (上海城投集团, 申浦公司): long enough and ending as an organisation does,
    not a wrapped office word (区政府 / 办公室) nor a bracketed note (（区水务局）)."""
    name = fold(line).strip()
    return len(name) >= _OWN_NAME_CHARS and not name.startswith("（") and org_like(name)


_OWN_NAME_CHARS = 4
# A name wrapped where its words go on: 区住房和城乡 / 建设管理委员会 (城乡 is no township's 乡)
_CUT_OFF = ("城乡", "和", "与", "及")


def blank_separated_cells(region: list[str]) -> list[str]:
    """The region's lines, or — where a blank line stands after each header cell (序号 / 任务类型 / 重点内容 …)
    and a cell's text wraps over lines of its own (区建设管理委、区水务局、 / 区绿化市容局，各街镇) — each run of
    lines between blank lines joined as the one cell it is."""
    filled = [index for index, line in enumerate(region) if line.strip()]
    header = filled[:_HEADER_CELLS]
    apart = len(header) == _HEADER_CELLS and all(
        index + 1 < len(region) and not region[index + 1].strip() for index in header
    )
    apart = apart or _labels_apart(region, filled)
    wrapped = any(b == a + 1 for a, b in pairwise(filled))
    # (blank lines after most cells, not after the header's alone: a PDF's rows under it run line by line)
    blanks = sum(1 for a, b in pairwise(filled) if b > a + 1)
    if (
        not apart
        or not wrapped
        or blanks < _MOST_APART * len(filled)
        or any(_PIPE in region[index] or "\t" in region[index] for index in filled)
    ):
        return region
    cells: list[str] = []
    for line in [*region, ""]:
        # (a row's number on a line of its own starts a cell whatever stands before it)
        if line.strip() and cells and cells[-1] and not line.strip().isdigit():
            # (区交通委 / 区绿容局: one unit a line in a cell are a list of names; 区土方工作 / 专班 one name wrapped)
            last = cells[-1].split("、")[-1]
            apart = (
                (_whole_name(last) or _own_name(last))
                and (_whole_name(line) or _own_name(line))
                and not fold(last).endswith(_CUT_OFF)
            )
            cells[-1] += ("、" if apart else "") + line.strip()
        else:
            cells.append(line.strip())
    return cells
