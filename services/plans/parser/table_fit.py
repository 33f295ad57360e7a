"""A text table's row fitted to its columns by what its cells hold, not by where they stand.

A copied table loses its merged cells (printed once, in the first row they span) and its empty cells, so
a row may be one or several cells short and every cell after the gap slides left. Each cell's content says
which column it can be: a unit cell is a list of organisation names, a deadline reads as a date or 时限, a
task is a sentence, a 责任领导 cell is a person's short name. The row's cells keep their order; the fit is
the placement of blanks that makes the most cells sit in a column that suits them.
"""

from __future__ import annotations

import re

from services.plans.parser.clauses import read_clause
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.lead_marks import starred_leads
from services.plans.parser.text import ends_like_unit, fold, looks_like_unit, split_units

UNIT_KEYS = ("lead", "co", "owner")
_CLAUSE_CELL = compile_lazily(r"牵头|配合|负责|协办|主办")
REALIGNED = "这一行复制时缺了单元格，已按各格内容重新对齐到各列，请核对任务和责任单位"


class RealignedRow(list):
    """A row whose cells were placed by what they hold rather than where they stood: the reader
    inferred it, so the review screen says so (`tables.task_rows` adds REALIGNED to its doubts)."""


class RealignedCells(tuple):
    """The same for a table row restored into a block's cells (`glued_unit_rows`): `word_tables` reads it
    as a RealignedRow."""


DATE_CELL = compile_lazily(r"^(?:\d{4}年)?\d{1,2}月|年底|月底|季度|全年|长期|持续|常态|常年|定期|\d{4}年")
# A printed page's number between rows of a table copied from a PDF: "- 5 -", "—5—", "第5页", "5/12".
PAGE_MARK = compile_lazily(
    # 第 3 页 共 9 页, a web page's pager 第 [1] [2] [3] 页 共[5]页, a bare 3 or 3/9
    r"^[\s\-—–－]*(?:第?\s*(?:\[?\d+\]?\s*)+页(?:\s*[，,]?\s*共\s*\[?\d+\]?\s*页)?|\d+(?:\s*/\s*\d+)?)[\s\-—–－]*$"
)
_BRACKET_NOTE = compile_lazily(r"[（(][^（）()]*[）)]$")  # 规划信息处(爱卫办): the name before its note
_PERSON = compile_lazily(r"^[\u4e00-\u9fff]{2,4}$")
_SPACED_NAME = compile_lazily(r"^[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff]{1,2}$")
_YES_NO = ("是", "否", "√", "×")


def is_unit_cell(cell: str) -> bool:
    if _clause_cell(cell):
        return (
            True  # 办公室牵头，各科室配合: the cell says who leads in a clause (tables._cell_clause reads it)
        )
    units = split_units(cell)
    starred = starred_leads(units)
    units = [*starred[0], *starred[1]] if starred else units
    return (
        bool(units)
        and not fold(cell).rstrip().endswith(("。", "；"))
        and all(looks_like_unit(u) for u in units)
    )


def _clause_cell(cell: str) -> bool:
    return bool(_CLAUSE_CELL.search(fold(cell))) and bool(read_clause(cell).lead_units)


def _is_sentence(cell: str) -> bool:
    return fold(cell).rstrip().endswith(("。", "；")) or len(cell) > 12


_ORG_END = compile_lazily(
    r"(?:局|委|办|股|馆|院|所|站|中心|室|部|厅|署|司|处|科|队|会|街道|政府|镇|乡|公司|集团|单位|专班|小组)$"
)


def org_like(cell: str) -> bool:
    """A unit cell whose every name ends as an organisation does: surely units, not a short task or an
    indicator's name (普及率), which the looser `is_unit_cell` may take for a name."""
    return _clause_cell(cell) or (
        is_unit_cell(cell) and all(_ORG_END.search(_BRACKET_NOTE.sub("", fold(u))) for u in split_units(cell))
    )


def cell_suits(cell: str, key: str | None) -> int:
    """How well a non-empty cell fits a column: positive suits, negative is out of place."""
    unit = org_like(cell)
    # 赵　岩 / 王 东: a person's name spaced to the width of three, in a 牵头市领导 column
    spaced = bool(_SPACED_NAME.match(cell.strip())) and not unit
    person = spaced or (bool(_PERSON.match(cell.strip())) and not unit)
    if key in UNIT_KEYS:
        return 3 if is_unit_cell(cell) and not spaced else -3
    if key == "task":
        return -2 if unit else (2 if _is_sentence(cell) else 0)
    if key == "domain":
        return -1 if fold(cell).rstrip().endswith(("。", "；")) else 0  # a 领域 is a few words
    if key == "due":
        return 2 if DATE_CELL.search(fold(cell)) and len(cell) <= 20 else -1
    if key == "leader":
        return 1 if person else -1
    if cell.strip() in _YES_NO:
        return 1 if key is None else 0  # 是否达标: a column the task-table patterns do not name
    return -1 if unit else 0


def misplaced(row: list[str], keys: list[str | None]) -> bool:
    """Whether a row read by position holds text that is no list of units in a unit column, or leaves a
    unit column (the task column) blank while another column holds organisation names (a sentence)."""
    pairs = list(zip(row, keys, strict=False))
    if any(cell.strip() and key in UNIT_KEYS and not is_unit_cell(cell) for cell, key in pairs):
        return True
    if all(not cell.strip() for cell, key in pairs if key == "task") and any(
        key != "task" and fold(cell).rstrip().endswith(("。", "；")) for cell, key in pairs
    ):
        return True  # the task column blank, a sentence beside it
    blank_units = any(not cell.strip() and key in UNIT_KEYS for cell, key in pairs)
    if (
        blank_units
        and any(not cell.strip() for cell, key in pairs if key == "due")
        and any(key != "due" and DATE_CELL.fullmatch(fold(cell).strip()) for cell, key in pairs)
    ):
        return True  # (…| 任务 | 村(社区) | 4月 read from the left: the date in a unit column, 时限 blank)
    return blank_units and any(key not in UNIT_KEYS and org_like(cell) for cell, key in pairs)


def fit_by_content(cells: list[str], keys: list[str | None]) -> list[str] | None:
    """The row's cells, in order, spread over the columns so that they suit them best (blanks between).

    None when the row has more cells than columns (another rule reads those) or no placement is better
    than reading by position."""
    width, count = len(keys), len(cells)
    if count > width or not cells:
        return None
    # best[i][j]: the best score with the first i cells placed in the first j columns.
    low = float("-inf")
    best = [[low] * (width + 1) for _ in range(count + 1)]
    took = [[False] * (width + 1) for _ in range(count + 1)]
    best[0] = [0.0] * (width + 1)
    for i in range(1, count + 1):
        for j in range(i, width + 1):
            skip = best[i][j - 1]
            place = best[i - 1][j - 1] + (
                cell_suits(cells[i - 1], keys[j - 1]) if cells[i - 1].strip() else 0
            )
            # Ties keep a cell in the earlier column, so blanks fall at the row's end as a short row's do.
            if place > skip:
                best[i][j], took[i][j] = place, True
            else:
                best[i][j] = skip
    fitted = [""] * width
    i, j = count, width
    while i > 0:
        if took[i][j]:
            fitted[j - 1] = cells[i - 1]
            i -= 1
        j -= 1
    straight = [*cells, *[""] * (width - count)]
    return fitted if fitted != straight else None


def split_run_together(units: list[str], known: set[str]) -> tuple[list[str], tuple[str, ...]]:
    """`文化宣传股文化馆` -> 文化宣传股, 文化馆 when the table names both apart elsewhere (a copied cell lost
    the line break between them); said as a doubt, since a long name may also hold a shorter one."""
    result: list[str] = []
    doubts: list[str] = []
    for unit in units:
        parts = _cut(unit, known - {unit}) or _cut_at_level(unit)
        if parts and len(parts) > 1:
            result.extend(parts)
            doubts.append(f"“{unit}”读作{'、'.join(parts)}（表中其他行分列的单位连写），请核对")
        else:
            result.append(unit)
    return result, tuple(doubts)


_LEVEL_WORDS = "省市区县镇乡"


def _cut_at_level(name: str) -> list[str] | None:
    """`区发改局区统计局` -> 区发改局, 区统计局: the level word the name opens with, again after an
    organisation's ending, opens a second name."""
    folded = fold(name)
    if len(folded) < 6 or folded[0] not in _LEVEL_WORDS:
        return None
    for at in range(3, len(folded) - 2):
        if folded[at] == folded[0] and ends_like_unit(folded[:at]) and ends_like_unit(folded[at:]):
            return [name[:at], *(_cut_at_level(name[at:]) or [name[at:]])]
    return None


def _cut(name: str, known: set[str]) -> list[str] | None:
    """`name` as a run of known names, longest first, or None."""
    if not name:
        return []
    for size in range(len(name), 1, -1):
        if name[:size] in known and (rest := _cut(name[size:], known)) is not None:
            return [name[:size], *rest]
    return None


def fit_pipe_row(row: list[str], keys: list[str | None]) -> list[str]:
    """A `|` row to the header's width: empty cells past it dropped; a row a cell short under a
    category column merged down the table (四、教育文化 printed in its first row only) gets it blank."""
    core = list(row)
    while core and not core[-1].strip():
        core = core[:-1]
    # The first cell a task (numbered, or a sentence), not a category: the category cell is the one missing.
    task_first = bool(core) and (re.match(r"\d{1,3}[.、](?!\d)", fold(core[0]).strip()) or len(core[0]) > 12)
    if len(core) == len(keys) - 1 and keys[0] == "domain" and task_first:
        return ["", *core]
    if (aligned := _units_closing(core, keys)) is not None:
        return aligned
    numbered = bool(core) and keys[0] == "seq" and re.fullmatch(r"\d{1,3}", fold(core[0]).strip())
    if numbered and len(core) < len(keys):
        # `4 | 任务 | 规划信息处(爱卫办) | 长期推进`: a numbered row a cell short (细化分工 merged or empty).
        by_content = fit_by_content(core, keys)
        return RealignedRow(by_content) if by_content else [*core, *[""] * (len(keys) - len(core))]
    opens = bool(core) and re.match(
        r"\s*(?:\d{1,3}[.、](?!\d)|[（(](?:[一二三四五六七八九十]+|\d{1,3})[）)])", fold(core[0])
    )
    if opens and len(core) < len(keys):
        # Cells merged down the table (工作目标 | 工作内容 printed in their group's first row only) are
        # missing from the rows under it: they are the leading columns, so the row's cells stand right,
        # and the empty cells a copy leaves at the row's end (`| 2.… | 县农业农村局 | 年底前 | ||`) go.
        # When that puts text where it does not belong, the cells are placed by what they hold. Only a
        # row that opens a task or a level (2.…, （二）…) is one: a piece of a cell wrapped onto a line
        # of its own (a printed copy) is no row to place.
        right = ["", *[""] * (len(keys) - len(core) - 1), *core]
        if not misplaced(right, keys) and misplaced([*core, *[""] * (len(keys) - len(core))], keys):
            return RealignedRow(right)
        if misplaced([*core, *[""] * (len(keys) - len(core))], keys) and (
            by_content := fit_by_content(core, keys)
        ):
            return RealignedRow(by_content)
    return row[: len(keys)] if len(row) > len(keys) and not any(c.strip() for c in row[len(keys) :]) else row


def after_merged_task(cells: list[str], keys: list[str | None]) -> list[str] | None:
    """A row whose task spans the column after it too (主要任务 and 全年目标任务 in one cell): read straight,
    a unit column would hold a sentence and the units stand one column early. With one or two blanks after
    the task every unit column holds unit names, and what falls off the end is only empty cells."""
    width = len(keys)
    # A row one cell short is a merged unit cell above (`_fit_row`); a row as long as the header with
    # blank cells at its end is this one.
    if "task" not in keys or not width <= len(cells) <= width + 2:
        return None
    units = [column for column, key in enumerate(keys) if key in UNIT_KEYS]
    straight = [*cells, *[""] * (width - len(cells))]
    if not units or all(not straight[c] or is_unit_cell(straight[c]) for c in units):
        return None
    task = keys.index("task")
    for blanks in (1, 2):
        shifted = [*cells[: task + 1], *[""] * blanks, *cells[task + 1 :]]
        shifted += [""] * (width - len(shifted))
        if any(cell for cell in shifted[width:]):
            continue
        if all(shifted[c] and is_unit_cell(shifted[c]) for c in units):
            return shifted[:width]
    return None


def task_in_paragraphs(cells: list[str], keys: list[str | None]) -> list[str] | None:
    """A row whose task cell a copy gave as two paragraphs (its title, then its text) over unit columns
    only: 工作任务 | 牵头单位 | 配合单位 with `联动共建科学城` / `推动…落地。` / `区科技局` / `区发展改革委、…`.
    The units close the row and fill the unit columns in order (a 配合 cell left empty at the row's end
    stays blank); the cells before them are the task's. None for any other row."""
    if len(keys) < 2 or keys[0] != "task" or any(key not in UNIT_KEYS for key in keys[1:]):
        return None
    trailing = 0
    while trailing < len(cells) and is_unit_cell(cells[-1 - trailing]):
        trailing += 1
    task = cells[: len(cells) - trailing]
    if not 0 < trailing < len(keys) or len(task) < 2 or not all(cell.strip() for cell in task):
        return None
    return ["\n".join(task), *cells[len(task) :], *[""] * (len(keys) - 1 - trailing)]


def fit_short_row(cells: list[str], keys: list[str | None]) -> list[str]:
    """A row one cell short of the columns: where the missing cell stands."""
    width = len(keys)
    if len(cells) == width - 1:
        for column, key in enumerate(keys):
            if key in UNIT_KEYS and column < len(cells) and not is_unit_cell(cells[column]):
                named = column and any(org_like(name) for name in split_units(cells[column - 1]))
                if named and is_unit_cell(cells[column - 1]) and keys[column - 1] not in UNIT_KEYS:
                    # (序号 | 工作任务 | 具体要求 | 责任单位 | 时限, a row with one text cell: the units stand one
                    # column early, so the blank is the text column before them, not the units')
                    column -= 1
                return [*cells[:column], "", *cells[column:]]
        if cells and keys[-2:] in (["lead", "co"], ["owner", "co"]) and org_like(cells[-1]):
            # 责任单位 | 配合单位 closing the row, one unit cell: a row with no helpers ends after its units.
            return [*cells, ""]
        if cells and keys[-1] in UNIT_KEYS and is_unit_cell(cells[-1]):
            # The units stand last as the table's last column: the empty cell a copied page
            # dropped is a column before them (a count or note left blank), never the units.
            return [*cells[:-1], "", cells[-1]]
    return [*cells, *[""] * (width - len(cells))]


def unit_merged_above(cells: list[str], keys: list[str | None]) -> list[str] | None:
    """A row that names no unit anywhere though the table has a unit column before its last: the unit cell is
    merged with the rows above (牵头单位 printed once for its group), so it stays blank and carries down, and the
    row's cells from there stand one column on; what runs past the last column is joined into it, so no text
    is lost."""
    units = [column for column, key in enumerate(keys) if key in UNIT_KEYS]
    if len(units) != 1 or len(cells) < len(keys) or units[0] in (0, len(keys) - 1):
        return None
    column = units[0]
    if any(is_unit_cell(cell) for cell in cells) or not all(cell.strip() for cell in cells):
        return None
    if keys[-1] in (*UNIT_KEYS, "due") or any(DATE_CELL.search(fold(cell)) for cell in cells[column:]):
        return None  # (a date or a unit's place at the end: the cells are counted otherwise)
    shifted = [*cells[:column], "", *cells[column:]]
    return RealignedRow([*shifted[: len(keys) - 1], "\n".join(shifted[len(keys) - 1 :])])


def _units_closing(core: list[str], keys: list[str | None]) -> list[str] | None:
    """A `|` row under a header whose last column is the units, its own last cell an organisation's name, a cell
    short or over: a web table's cells merged down (起止日期 | 主要工作 | 责任处室 over `开学督导迎检 | 督导室` and
    `第一周 | 3月1日-3月7日 | 开学典礼 | 教育处、团委`) leave the leading columns out or split — the row stands
    right, its units last; cells over the header's width are the first column's (a week and its dates)."""
    padding = len(keys)
    while keys and keys[-1] is None:
        keys = keys[:-1]  # (`责任处室 | |`: the empty cells a copy leaves after the header's last label)
    width, padding = len(keys), padding - len(keys)
    if width < 2 or keys[-1] not in UNIT_KEYS or any(key in UNIT_KEYS for key in keys[:-1]):
        return None
    if len(core) in (0, width) or not all(cell.strip() for cell in core) or not org_like(core[-1]):
        return None
    # (the task right before the units: only then do the row's last two cells say where they go)
    if "task" not in keys or keys.index("task") != width - 2:
        return None
    if len(core) < width:
        return RealignedRow([*[""] * (width - len(core)), *core, *[""] * padding])
    over = len(core) - width + 1
    return RealignedRow(["\n".join(core[:over]), *core[over:], *[""] * padding])
