"""Lines of tab-separated cells read as a table, and the runs of lines a text table spans."""

from __future__ import annotations

import re

from services.plans.parser.header import is_page_number
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import column_of, columns_of, join_header_rows
from services.plans.parser.table_fit import UNIT_KEYS, fit_pipe_row
from services.plans.parser.text import ends_like_unit, fold

Row = list[str]

# What opens a row in its first cell: its number, a part's 一、 or （一）, or nothing (a 总分 row).
_OPENS_ROW = compile_lazily(
    r"^\s*(?:\d{1,3}[.、]?|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?\s*$"
)
_NAME_LINE = compile_lazily(r"^[\u4e00-\u9fff（）()]{2,20}$")  # one name, no sentence


def runs(lines: list[str], member) -> list[tuple[int, int]]:
    """(start, end) of each run of lines for which member(line) holds, allowing two lines between."""
    runs: list[tuple[int, int]] = []
    start = end = None
    for index, line in enumerate(lines):
        if not member(line):
            continue
        if start is None or index - end > 3:
            if start is not None:
                runs.append((start, end + 1))
            start = index
        end = index
    if start is not None:
        runs.append((start, end + 1))
    return runs


def tab_tables(lines: list[str]) -> list[list[Row]]:
    """Lines of tab-separated cells (not Word's flattened tables, whose lines hold one tab-led cell)."""

    def is_row(line: str) -> bool:
        cells = [c for c in line.strip("\n").split("\t") if c.strip()]
        # A line led by two tabs is Word's flattened cell, unless it names columns (a header's second
        # row, \t\t牵头单位\t配合单位, under 责任分工).
        labels = all(column_of(c) for c in cells)
        return len(cells) >= 2 and (not line.startswith("\t\t") or labels)

    tables: list[list[Row]] = []
    for start, end in runs(lines, is_row):
        while end < len(lines) and lines[end].startswith("\t") and lines[end].strip():
            end += 1  # the last row's cell wrapped onto lines of its own
        rows: list[Row] = []
        for line in lines[start:end]:
            cells = [c.strip() for c in line.split("\t")]
            if rows and line.startswith("\t") and (joined := _joined_wrap(rows, cells)):
                rows[-1] = joined  # `\t实现利税200亿元`: the rest of a row a narrow column wrapped
            elif is_row(line):
                rows.append(cells)
            elif rows and len(cells) == len(rows[-1]) and (wrapped := _wrapped_names(rows[-1], cells)):
                rows[-1] = wrapped
        tables.append(_fitted(join_header_rows(_stitched(lines, start) or rows)))
    return tables


_SENTENCE_END = ("。", "；", ";", "！", "!")
_PART = compile_lazily(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def _joined_wrap(rows: list[Row], cells: Row) -> Row | None:
    """`\t入增长16%\t\t市国税局` under `2\t…其中一般预算收\t李明\t市财政局、市地税局、`: a line without the row's
    number that a narrow column wrapped, joined back into the row above; None for any other line. Only
    where the row above was cut: its task runs on without a full stop, each unit cell the line fills ended
    on 、 or mid-name (a row whose own units are whole names is a task of its own under a merged number),
    and the line is no part's heading (一、经济发展) nor a paragraph after the table."""
    at = next((i for i, row in enumerate(rows) if columns_of(row)), None)
    if at is None or at == len(rows) - 1 or len(cells) > max(len(rows[-1]), len(rows[at])):
        return None
    keys = [column_of(cell) for cell in rows[at]]
    if "seq" not in keys or "task" not in keys:
        return None
    seq, task = keys.index("seq"), keys.index("task")
    width = max(len(rows[-1]), len(cells))
    above, line = [*rows[-1], *[""] * (width - len(rows[-1]))], [*cells, *[""] * (width - len(cells))]
    text = "".join(line).strip()
    if not text or line[seq].strip() or _PART.match(fold(text)) or len(text) > _WRAP_MAX:
        return None
    if task >= width or fold(above[task]).rstrip().endswith(_SENTENCE_END):
        return None
    units = [c for c, key in enumerate(keys) if key in UNIT_KEYS and c < width]
    if not all(_cut_units(above[c]) for c in units if line[c].strip()):
        return None
    return [f"{old}{new}" for old, new in zip(above, line, strict=True)]


_WRAP_MAX = 40  # the rest of a cell a wrap put on the next line; a longer line is a paragraph after the table


def _cut_units(cell: str) -> bool:
    """A unit cell a wrap cut: it ends on a list mark, or its last name is no whole unit's (…、泰)."""
    text = fold(cell).rstrip()
    last = re.split(r"[、，,]", text)[-1]
    # 县住房城乡 / 建设局: 城乡 (town and country) ends no township's name
    return text.endswith(("、", "，", ",")) or not ends_like_unit(last) or last.endswith("城乡")


def _wrapped_names(above: Row, cells: Row) -> Row | None:
    """`\t\t\t各区政府\t` under a row whose cell ends `市水利局、`: a cell's list a copy broke onto a line of
    its own, joined back into the row above; None for any other line."""
    filled = [c for c, cell in enumerate(cells) if cell]
    if not filled or not all(fold(above[c]).rstrip().endswith(("、", "，", ",")) for c in filled):
        return None
    return [f"{old}{new}" for old, new in zip(above, cells, strict=True)]


def _unit_line(line: str) -> bool:
    return bool(_NAME_LINE.match(line)) and ends_like_unit(line)


def _fitted(rows: list[Row]) -> list[Row]:
    """Rows a cell short under cells merged down the table (工作目标 | 工作内容 printed in their group's
    first row only) fitted to the header as `|` rows are (table_fit.fit_pipe_row)."""
    at = next((i for i, row in enumerate(rows) if columns_of(row)), None)
    if at is None:
        return rows
    keys = [column_of(cell) for cell in rows[at]]
    return [*rows[: at + 1], *(fit_pipe_row(row, keys) for row in rows[at + 1 :])]


def _stitched(lines: list[str], start: int) -> list[Row] | None:
    """A web table copied with a cell's paragraphs each on a line of its own: a row runs over lines, and
    its next cell follows a tab on the line where the cell ends. Lines are joined into the row (line
    breaks kept inside the cell) until the row has the header's cells; a line then continues the last
    cell only while it is one unit name (a cell naming one unit a paragraph). None when no row ran over
    lines (the table is read a line a row)."""
    width = len(lines[start].rstrip().split("\t"))
    if width < 3:
        return None
    rows: list[Row] = [[c.strip() for c in lines[start].split("\t")]]
    last_units = column_of(rows[0][-1]) in UNIT_KEYS  # a cut name can only end a row in a unit column
    pending: str | None = None
    ran_over = False
    for line in lines[start + 1 :]:
        if line.strip() == lines[start].strip() or is_page_number(line.strip()):
            continue  # the header again on a new page, or the page's number
        cells = [c.strip() for c in line.split("\t")]
        if (
            line.startswith("\t")
            and pending is not None
            and (joined := _joined_wrap([rows[0], pending.split("\t")], cells))
        ):
            pending, ran_over = (
                "\t".join(joined),
                True,
            )  # `\t专业镇…\t\t建设局、各镇\t6月底`: the row's cut cells
            continue
        if "\t" in line and _OPENS_ROW.match(line.split("\t", 1)[0]):
            if pending is not None:
                rows.append([c.strip() for c in pending.split("\t")])
            pending = line.strip("\n")
            continue
        if pending is None or not line.strip():
            if pending is None and not _PART.match(fold(line.strip())):
                break
            continue  # 一、主要预期目标: a part's row across the table, before its rows
        full = pending.count("\t") >= width - 1
        if full and "\t" not in line and _PART.match(fold(line.strip())):
            rows.append([c.strip() for c in pending.split("\t")])
            pending = None  # 二、聚焦项目建设: the next part's row across the table
            continue
        if full and "\t" not in line and last_units and _name_rest(pending.rsplit("\t", 1)[-1], line.strip()):
            pending, ran_over = f"{pending}{line.strip()}", True  # 区财政 / 局: a name the wrap cut
            continue
        if full and not _unit_line(line.strip()):
            break
        pending, ran_over = f"{pending}\n{line.strip()}", True
    if pending is not None:
        rows.append([c.strip() for c in pending.split("\t")])
    return rows if ran_over and len(rows) > 2 else None


def _name_rest(cell: str, line: str) -> bool:
    """`局` under a row ending `区自然资源局、区财政`: the rest of a name the wrap cut, the two halves one
    unit's name; not `特此通知。` or `附件：` after a row that ends on a whole name."""
    last = re.split(r"[、，,]", fold(cell).rstrip())[-1]
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{1,6}", line))
        and _cut_units(cell)
        and not ends_like_unit(last)
        and ends_like_unit(last + line)
    )
