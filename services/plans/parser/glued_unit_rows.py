"""A task table flattened into one line with its unit columns in the middle of each row, no cell boundary
kept: `工作任务牵头单位责任单位工作要求一、…（一）…1.政府工作要做到公开透明 区直有关单位，各乡镇人民政府坚持以公开为
常态…3.做好权责清单调整和公开工作区行政审批局区直有关单位，各乡镇人民政府全面完成…` (or the units last, the
task's sentences before them: `工作任务工作要求牵头单位配合/责任单位…1.增强…营商环境。 区直各有关单位，…`).

A row is its number (1. 2. … rising by one), the task, the lead cell's names glued to the task (a blank where
the cell is empty), the other units' cell (its names separated by ， or 、) and, when the header has a column
after the units, the requirement's text. The lead cell ends where its names are glued to the next cell's first
name with nothing between them; an empty lead cell makes the listed units the leads (the 责任单位 of a row no
one leads). The group headings (一、… （一）…) glued between the rows and a header repeated on a new page are no
part of a row. Names are told by a level word at their start (区, 市, 县, 省, 各) and an organisation's ending.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import PlanBlock
from services.plans.parser.table_fit import RealignedCells
from services.plans.parser.text import fold

_UNIT_LABELS = r"牵头(?:单位|部门)\s*(?:配合[/／])?(?:责任|配合)(?:单位|部门)"
HEADER = compile_lazily(
    r"(?:工作任务|主要任务|重点任务|具体任务|任务内容)(?:工作要求|主要内容|具体内容)?\s*"
    rf"{_UNIT_LABELS}(?P<after>\s*(?:工\s*作\s*要\s*求|完\s*成\s*时\s*限|时\s*间\s*要\s*求))?"
)
_LEVEL = "区市县省各"
_ENDINGS = (
    "人民政府", "政府", "办事处", "管理局", "管委会", "指挥部", "办公室", "中心", "公司", "集团", "单位", "部门",
    "街道", "局", "委", "办", "镇", "乡", "处", "室", "部",
)  # fmt: skip
# what may go on after an ending inside one name (各乡 + 镇人民政府, 区政府 + 办公室)
_GOES_ON = ("人民政府", "政府", "党委", "办事处", "办公室", "管理局", "管委会", "街道", "镇", "乡", "中心")
_NAME_MIN, _NAME_MAX = 3, 16
_NOTE = compile_lazily(r"[（(][^（()）]{1,10}[）)]")  # 各乡镇人民政府（街道办事处）: its note is its own
_SEPARATORS = "、，,"
_GROUP_HEADING = compile_lazily(
    r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；;]*$"
)
_ROWS_MIN = 3
_ROW_MAX = 3000  # a row is a task and its requirement's paragraph or two, not a page
_NAMES_MAX = 40  # a cell lists a few units (a hostile line of names is read no further)
_HEADER_ROW = ("序号", "工作任务", "牵头单位", "配合单位", "工作要求")


def restored_tables(blocks: list[PlanBlock]) -> list[PlanBlock]:
    """`blocks` with each paragraph that holds such a table split into the words before the table, the
    table's rows, as a Word table's (its cells), and the words after the last row read, before run-on
    paragraphs are split: the rows' numbers and group headings would read as an outline of measures that
    name no one."""
    restored: list[PlanBlock] = []
    for block in blocks:
        rows, before, after = glued_unit_rows(block.text) if block.cells is None else ([], "", "")
        if not rows:
            restored.append(block)
            continue
        restored.append(PlanBlock(before))
        header = _HEADER_ROW[: len(rows[0])]
        restored.append(PlanBlock("\t".join(header), header))
        # (cells told by what they hold: the review says so)
        restored.extend(PlanBlock("\t".join(cells), RealignedCells(cells)) for cells in rows)
        restored.append(PlanBlock(""))  # a table ends like a paragraph break
        if after.strip():
            restored.append(PlanBlock(after.strip()))  # (a row that did not read, the page's last words)
    return restored


def glued_unit_rows(line: str) -> tuple[list[list[str]], str, str]:
    """The table's rows ([number, task, lead, co-units(, requirement)]) after its header in `line`, with the
    words before the table and those after the last row read; ([], "", "") when fewer than three rows read."""
    folded = fold(line)  # (one character for one: its positions are the line's)
    header = HEADER.search(folded)
    if header is None:
        return [], "", ""
    body, written = _blanked(folded, line, header.end())
    units_last = header.group("after") is None
    rows: list[list[str]] = []
    number, read_to = 1, len(body)
    start = _row_start(body, number, 0)
    while start is not None:
        following = _row_start(body, number + 1, start + 1)
        span = slice(start + len(str(number)) + 1, following if following is not None else len(body))
        row, row_written = body[span], written[span]
        heading = _GROUP_HEADING.search(row.rstrip())  # (the next group's heading, glued before the next row)
        if heading:
            row, row_written = row[: heading.start()], row_written[: heading.start()]
        read = _read(row, row_written, units_last=units_last)
        if read is None:
            read_to = start
            break
        rows.append([str(number), *read])
        if heading:  # a group's rows, each heading in a first cell (kept in the text, no measure)
            rows += _group_rows(written[span][heading.start() : heading.end()], len(read) + 1)
        number, start = number + 1, following
    if sum(row[0].isdigit() for row in rows) < _ROWS_MIN:
        return [], "", ""
    opening = body[: _row_start(body, 1, 0) or 0]
    first = _GROUP_HEADING.search(opening)
    if first:
        rows[:0] = _group_rows(written[first.start() : first.end()], len(rows[0]))
    # (the header and any words between it and the first row or heading stay with the words before)
    before = line[: header.end()] + written[: first.start() if first else len(opening)]
    return rows, before, written[read_to:]


_HEADING_START = compile_lazily(r"(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


def _group_rows(headings: str, width: int) -> list[list[str]]:
    """`一、着力加强公开解读回应工作（一）全面推进政务公开`: a part's heading and its first item's, one row each."""
    return [
        [heading.strip(), *[""] * (width - 1)]
        for heading in _HEADING_START.split(headings)
        if heading.strip()
    ]


def _blanked(folded: str, line: str, at: int) -> tuple[str, str]:
    """Both copies of the line after the header, the header repeated at a new page blanked out."""
    body, written = list(folded[at:]), list(line[at:])
    for again in HEADER.finditer(folded, at):
        for index in range(again.start() - at, again.end() - at):
            body[index] = written[index] = " "
    return "".join(body), "".join(written)


def _row_start(body: str, number: int, at: int) -> int | None:
    found = compile_lazily(rf"(?<![\d.．]){number}[.、．](?=[\u4e00-\u9fff])").search(body, at)
    return found.start() if found else None


def _read(row: str, written: str, *, units_last: bool) -> list[str] | None:
    """[task, lead, co-units] of one row, and its requirement's text when the header has a column after the
    units; None when no units read. `row` is folded for reading, `written` as the document has it."""
    if len(row) > _ROW_MAX:
        return None
    for at in range(2, len(row)):
        blank_before = row[at - 1] in " \u3000"
        # (a name with its place after a blank, 云溪区直有关单位: the blank sets the cell off)
        if row[at] not in _LEVEL and not (blank_before and _placed_at(row, at)):
            continue
        chain = _chain(row, at)
        if chain is None:
            continue
        names, end = chain
        if units_last and row[end:].strip(" 。；;"):
            continue  # the units close the row
        # (glued to the one before, or a blank between: the lead's cell ends there)
        glued = [index for index, (_, separator, _) in enumerate(names) if index and separator == ""]
        if not glued and not blank_before:
            continue  # a name in the task's words, no cell of units
        at, names = _with_place(row, at, names)
        listed = [written[start : start + len(name)] for name, _, start in names]
        split = glued[-1] if glued else 0
        leads, cos = listed[:split], listed[split:]
        if not leads:
            leads, cos = cos, []  # an empty lead cell: the listed units answer for the row
        task = written[:at].strip()
        if units_last:
            return [task, "、".join(leads), "、".join(cos)]
        return [task, "、".join(leads), "、".join(cos), written[end:].strip()]
    return None


_PLACE = compile_lazily(r"[\u4e00-\u9fff]{2,3}(?=[区市县])")


def _placed_at(row: str, position: int) -> int:
    """The length of a place's name before a level word at `position` (云溪 in 云溪区发改委), or 0."""
    place = _PLACE.match(row, position)
    return len(place.group(0)) if place and row[position] not in _LEVEL else 0


def _with_place(
    row: str, at: int, names: list[tuple[str, str, int]]
) -> tuple[int, list[tuple[str, str, int]]]:
    """The first name glued to the task's words takes its place back (…公开工作云溪区行政审批局) when the
    chain's other names show the document names its units with that place."""
    places = {name[: _placed_at(name, 0)] for name, _, _ in names[1:] if _placed_at(name, 0)}
    first, separator, start = names[0]
    for place in places:
        if row[max(at - len(place), 0) : at] == place:
            return at - len(place), [(place + first, separator, start - len(place)), *names[1:]]
    return at, names


def _chain(row: str, at: int) -> tuple[list[tuple[str, str, int]], int] | None:
    """The names from `at` on, each with the separator before it ("" when glued to the one before) and
    where it starts; the first name opens with a level word, and so does a glued one (its place before
    the level word, where the document names its units so)."""
    names: list[tuple[str, str, int]] = []
    position, separator, end = at, "", at
    while len(names) < _NAMES_MAX:
        name = _name(row, position, leveled=not names or separator == "")
        if name is None:
            break
        names.append((name, separator, position))
        position = end = position + len(name)
        following = row[position : position + 1]
        if following in _SEPARATORS:
            separator, position = following, position + 1
            position += len(row[position:]) - len(row[position:].lstrip(" \u3000"))  # (、 区财政局: typed so)
        elif following in " \u3000" and (
            row[position + 1 : position + 2] in _LEVEL or _placed_at(row, position + 1)
        ):
            separator, position = "", position + 1  # a blank between two cells' names: the cells' boundary
        else:
            separator = ""
    if not names:
        return None
    return names, end


def _name(row: str, position: int, *, leveled: bool) -> str | None:
    place = _placed_at(row, position) if leveled else 0
    if leveled and not place and row[position : position + 1] not in _LEVEL:
        return None
    for size in range(place + (2 if not leveled else _NAME_MIN), place + _NAME_MAX + 1):
        core = row[position : position + size]
        if len(core) < size or not re.fullmatch(r"[\u4e00-\u9fff]+", core):
            return None
        if (
            core.endswith(_ENDINGS)
            and not row[position + size :].startswith(_GOES_ON)
            and not _reads_on(core, row[position + size : position + size + 2])
        ):
            note = _NOTE.match(row, position + size)
            return core + (note.group(0) if note else "")
    return None


def _reads_on(core: str, after: str) -> bool:
    """The ending is the start of a longer one (区管委 + 会, 区管委会办 + 公室): the name reads on."""
    return any(
        len(after) >= more and (core + after[:more]).endswith(tuple(e for e in _ENDINGS if len(e) > more))
        for more in (1, 2)
    )
