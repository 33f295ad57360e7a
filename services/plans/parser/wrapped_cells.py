"""A table row copied one cell a line whose cells the copy also broke at the column's width.

Text taken out of a PDF (or a page made from one) keeps each cell's lines together but wraps them where
the printed column ended: `区政务服务` / `中心`, `区发改委、区财` / `政局`, `2024年6月` / `底`. Read one line a
cell, the row's units land in the wrong columns. Here the row's lines are cut into the header's columns
where the pieces suit them best: a unit column should hold whole names, a deadline column a date.
"""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_fit import (
    PAGE_MARK,
    UNIT_KEYS,
    RealignedRow,
    cell_suits,
    is_unit_cell,
)
from services.plans.parser.text import ends_like_unit, fold, split_units

# Beyond this many lines a row is no wrapped row of a task table (and the search would grow square).
_MOST_LINES = 60
_PERSON = compile_lazily(r"^[\u4e00-\u9fff]{2,3}$")  # 王旭锋: a 责任领导 cell's name
_LEVELS = "省市区县镇乡村街各"
_FIGURE = compile_lazily(r"^[≥≤><]?[\d.%％‰]+$|^%$")
_WRAPPED_MIN = 4
# A unit of measure in a 单位 column (%, 万元, 万元/人, 公里, 个): the header meant the measure, not who.
_MEASURE_UNIT = compile_lazily(
    r"^[%‰‱]$|^(?:万|亿|千|百)?(?:元|人|户|个|家|亩|吨|公里|米|平方米|立方米|千瓦时?|件|项|次|天|小时|辆|座|套|所|张|册)(?:/[\u4e00-\u9fff]{1,2})?$"
)  # a count or share standing as a cell of its own (70, 2%)
_CLOSING_MARKS = ("。", "，", "、", "；", "：", "）", "”", "’", "」", "》", ";", ",", ":", ")")
_SEPARATORS = ("、", "，", ",", "；", ";")
_SENTENCE_END = ("。", "；", ";", "！", "？", "：")
# Two-character names that are whole: a level's party committee, 各镇 / 各村 (every one of a level).
# and a department's own short name in a narrow column (工会, 妇联, 水利, 应急, 交警).
_SHORT_NAMES = compile_lazily(
    r"^[省市区县镇乡]委$|^党委$|^各[省市区县镇乡村街组]$|^(?:工会|妇联|团委|残联|科协|侨联|文联|法院|海关|人行|武警|消防"
    r"|交警|民政|财政|审计|统计|气象|水利|应急|公安|司法|林业|农业|商务|教育|卫健|文旅|城管|住建|交通|环保|发改|工信|人社"
    r"|自规|市监|医保|信访|档案|编办|政法|宣传|统战|组织|纪委|监委|人大|政协|税务|供电|邮政|电信|移动|联通)$"
)
# What a deadline cell holds besides its digits: 2024年6月底前, 长期坚持, 每季度.
_DATE_WORDS = compile_lazily(
    r"\d+|[年月日底前中旬季度上下半全内起至及和、，,.．\-—－～~/]|完成|长期|持续|推进|坚持|常态化?|每|到"
)


class WrappedRow(RealignedRow):
    """A row whose cells were joined again from lines a copy broke them into: a doubt, as realigned rows are."""


def wrapped_row(lines: list[str], keys: list[str | None]) -> WrappedRow | None:
    """The row's lines joined into the columns `keys`, or None when no cut gives every unit column whole
    names (or the row is too long to be one row)."""
    lines = [line.strip() for line in lines if line.strip() and not _page_mark(line)]
    count, width = len(lines), len(keys)
    if count <= width or count > _MOST_LINES:
        return None
    low = float("-inf")
    # best[j][i]: the best score with the first i lines in the first j columns; cut[j][i] where column j starts.
    best = [[low] * (count + 1) for _ in range(width + 1)]
    cut = [[0] * (count + 1) for _ in range(width + 1)]
    best[0][0] = 0.0
    for j in range(1, width + 1):
        for i in range(count + 1):
            for k in range(i + 1):
                if best[j - 1][k] == low:
                    continue
                score = best[j - 1][k] + _group_score(lines[k:i], keys[j - 1])
                if score > best[j][i]:
                    best[j][i], cut[j][i] = score, k
    if best[width][count] == low:
        return None
    cells: list[str] = []
    end = count
    for j in range(width, 0, -1):
        start = cut[j][end]
        cells.append(_joined(lines[start:end], keys[j - 1]))
        end = start
    row = WrappedRow(reversed(cells))
    if "".join(row).replace("\n", "") != "".join(lines):
        return None  # every character stays, in order
    units_whole = all(
        not cell or is_unit_cell(cell) for cell, key in zip(row, keys, strict=True) if key in UNIT_KEYS
    )
    return row if units_whole and any(row[c] for c, key in enumerate(keys) if key in UNIT_KEYS) else None


def broken_off(row: list[str], keys: list[str | None]) -> bool:
    """Whether a row read one line a cell shows the marks of wrapped cells in its unit columns: a piece
    of a sentence there, or a name's tail (`中心`, `政局`) as a name of its own. A figure in a unit column
    (%, 万元) says the header's 单位 is a unit of measure, which no cut of the lines mends."""
    units = [fold(cell).strip() for cell, key in zip(row, keys, strict=False) if key in UNIT_KEYS]
    if any(_FIGURE.match(cell) or _MEASURE_UNIT.match(cell) for cell in units):
        return False
    return any(cell and not is_unit_cell(cell) for cell in units) or any(
        _tail(name) or not _named(name) for cell in units for name in map(fold, split_units(cell))
    )


def _named(name: str) -> bool:
    """Reads as an organisation's name: its ending, a short name, 各…, or a bracketed note closing it."""
    name = name.strip()
    return (
        ends_like_unit(name) or bool(_SHORT_NAMES.match(name)) or name.startswith("各") or name.endswith("）")
    )


def _tail(name: str) -> bool:
    """A piece of a name a wrap left as a name of its own: its end (`中心`, `政局`, `员会`: an ending, no
    level to open it) or its start (`区财`: a level, no ending). A department's short name is whole."""
    name = name.strip()
    if len(name) > 2 or _SHORT_NAMES.match(name):
        return False
    return ends_like_unit(name) != (name[:1] in _LEVELS) or len(name) == 1


def row_score(row: list[str], keys: list[str | None]) -> float:
    """How well a row's cells, as they stand, suit their columns (the measure `wrapped_row` maximises)."""
    return sum(_group_score([cell], key) for cell, key in zip(row, keys, strict=False) if cell.strip())


def _group_score(group: list[str], key: str | None) -> float:
    if not group:
        return 0.0
    cell = _joined(group, key)
    if fold(cell).startswith(_CLOSING_MARKS):
        # `。` / `区市场监管局`: a mark that closes the cell before, wrapped onto a line of its own
        return -3.0
    # A wrapped cell's lines run to the column's edge: a line of a character or three, or a figure
    # (%, ≥2%), is a cell of its own that the copy set on its line, not part of a wrapped one.
    short = any(len(fold(line)) < _WRAPPED_MIN for line in group[:-1])
    if (
        key not in UNIT_KEYS
        and len(group) > 1
        and (short or any(_FIGURE.match(fold(line)) for line in group))
    ):
        return -3.0
    if key in UNIT_KEYS:
        if not is_unit_cell(cell) or any(_FIGURE.match(fold(line)) for line in group):
            return -3.0
        # Whole names earn nothing more (a name more or less in one column is no better fit); a piece
        # of one (`中心`, `区行`) is what a wrong cut leaves.
        return 3.0 - 2.0 * sum(not _whole_name(name) for name in split_units(cell))
    if key == "due":
        rest = _DATE_WORDS.sub("", fold(cell))
        return 2.0 if len(rest) <= 2 and len(cell) <= 24 else (-1.0 if rest == fold(cell) else 0.0)
    score = float(cell_suits(cell, key))
    if key == "task":
        # A task's lines are its sentences: a line after the first that is a whole name or a person's
        # name is the next column's, which the cut should not swallow.
        score -= 2.0 * sum(_whole_name(line) or bool(_PERSON.match(line)) for line in group[1:])
    return score


def _page_mark(line: str) -> bool:
    """A printed page's number (第 2 页, - 5 -) between a row's lines; a bare figure is a cell (70, 2)."""
    stripped = line.strip()
    return bool(PAGE_MARK.match(stripped) or PAGE_MARK.match(fold(stripped))) and not stripped.isdigit()


def _whole_name(name: str) -> bool:
    name = fold(name).strip()
    return ends_like_unit(name) and (len(name) >= 3 or bool(_SHORT_NAMES.match(name)))


def _joined(group: list[str], key: str | None) -> str:
    """A cell's lines as one text: a wrap joins straight on; a unit cell listing one name a line keeps its
    lines; a sentence's end keeps its line break."""
    text = group[0] if group else ""
    for line in group[1:]:
        if key in UNIT_KEYS:
            listed = any(mark in part for part in (text.split("\n")[-1], line) for mark in _SEPARATORS)
            last = fold(text.split("\n")[-1]).strip()
            # A name wrapped at the column's edge: the line before stops short of an organisation's
            # ending (区政务服务 / 中心), or what follows is a tail (委 / 员会) or a bracketed note.
            own_line = (
                not listed
                and (
                    ends_like_unit(last) or last.endswith("）") or bool(_SHORT_NAMES.match(last))
                )  # (邹区镇), 各镇
                and not _tail(fold(line))
                and not line.startswith(("(", "（"))
            )
            text += ("\n" if own_line else "") + line
        else:
            text += ("\n" if fold(text).endswith(_SENTENCE_END) else "") + line
    return text
