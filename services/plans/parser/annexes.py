"""Annexes: the leadership-group roster and the task table (序号 / 领域 / 任务 / 牵头部门).

Both come either as Word tables (rows of cells from the reader) or as text flattened from Word, where a
table row is a group of tab-led lines between blank lines, one line per cell, and a line without a tab
continues the cell above. A blank cell in a table stands for a merged cell above it.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import PlanBlock, RosterEntry, TaskTableRow
from services.plans.parser.table_fit import RealignedCells, RealignedRow
from services.plans.parser.tables import task_rows
from services.plans.parser.text import fold
from services.plans.parser.text_tables import text_tables

_ROLE = compile_lazily(
    r"^(常务副组长|第一副组长|副\s*组\s*长|组\s*长|成\s*员|办公室副主任|办公室主任|副\s*主\s*任|主\s*任|联\s*络\s*员|秘\s*书\s*长)\s*[：]\s*(.*)$"
)
_NAME = compile_lazily(r"^[\u4e00-\u9fff·]{2,4}$")
_TITLE_START = tuple("区市县省镇乡街国海")
_POSITION = compile_lazily(
    r"(党组书记|党委书记|书记|常务副主任|副主任|主任|副局长|局长|副区长|区长|副市长|市长|常委|副部长|部长|"
    r"副行长|行长|副经理|总经理|经理|馆长|院长|校长|站长|所长|队长|政委|副主席|主席|副秘书长|秘书长|"
    r"调研员|负责人|同志|副书记|副总|董事长|处长|科长|主委|委员)+$"
)
_OFFICE_DIRECTOR = compile_lazily(
    r"([\u4e00-\u9fff]{2,4}?)同志(?:兼任|任|担任)(?:领导小组)?(?:协调)?(办公室(?:副)?主任)"
)
_OFFICE_SEAT = compile_lazily(r"办公室设在([\u4e00-\u9fff]{2,20}?)[，。,]")

Row = list[str]


def unit_of_title(title: str | None) -> str | None:
    """区发改委主任 -> 区发改委; the first office that is not an honorary party title (区委常委)."""
    if not title:
        return None
    offices = [part.strip() for part in re.split(r"[、，,]", title) if part.strip()]
    for office in offices:
        if office.endswith("常委") and len(offices) > 1:
            continue
        unit = _POSITION.sub("", office)
        if len(unit) >= 2:
            return unit
    return None


def _split_person(entry: str) -> tuple[str, str | None] | None:
    """'宋  涯 区委常委、区政府副区长' -> ('宋涯', '区委常委、区政府副区长'); None when it is no person."""
    tokens = entry.split()
    if not tokens:
        return None
    if len(tokens) >= 2 and len(tokens[0]) == 1 and len(tokens[1]) == 1:
        tokens = [tokens[0] + tokens[1], *tokens[2:]]  # a two-character name padded to three: 宋  涯
    name, title = tokens[0], " ".join(tokens[1:]) or None
    if not _NAME.match(name):
        for length in (3, 2):  # name and title written together: 郁逵区发改委主任
            if len(name) > length and name[length:].startswith(_TITLE_START) and _NAME.match(name[:length]):
                return name[:length], name[length:] + (f" {title}" if title else "")
        return None
    return name, title


def roster_from_lines(lines: list[str]) -> list[RosterEntry]:
    entries: list[RosterEntry] = []
    role: str | None = None
    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            continue
        folded = fold(stripped)
        match = _ROLE.match(folded)
        if match:
            role = re.sub(r"\s+", "", match.group(1))
            entry = stripped[match.start(2) :].strip()
        elif role and not folded.endswith("。") and len(stripped) <= 60:
            entry = stripped
        else:
            role = None
            _office_director(stripped, entries)
            continue
        person = _split_person(entry) if entry else None
        if person:
            entries.append(RosterEntry(role, person[0], person[1], unit_of_title(person[1])))
        elif entry:
            role = None
    return entries


def _office_director(sentence: str, entries: list[RosterEntry]) -> None:
    """郁逵同志兼任办公室主任: the same person as a member, so the member's title and unit carry over."""
    match = _OFFICE_DIRECTOR.search(sentence)
    if not match:
        return
    name = match.group(1)
    member = next((e for e in entries if e.name == name), None)
    seat = _OFFICE_SEAT.search(sentence)
    unit = member.unit if member else (seat.group(1) if seat else None)
    entries.append(RosterEntry(match.group(2), name, member.title if member else None, unit))


def roster_from_rows(rows: list[Row]) -> list[RosterEntry]:
    """A roster as a table: a header with 姓名, a title column and maybe a role column."""
    entries: list[RosterEntry] = []
    for start, header in enumerate(rows):
        folded = [fold(cell).replace(" ", "") for cell in header]
        if not any("姓名" in cell for cell in folded):
            continue
        name_col = next(i for i, c in enumerate(folded) if "姓名" in c)
        role_col = next(
            (i for i, c in enumerate(folded) if re.search(r"组内|小组职务|担任|分工|组别", c)), None
        )
        if role_col is None and name_col > 0 and folded[0] in ("职务", "角色", "类别", ""):
            role_col = 0
        title_col = next(
            (
                i
                for i, c in enumerate(folded)
                if i not in (name_col, role_col) and re.search(r"单位|职务|职位", c)
            ),
            None,
        )
        role = "成员"
        for row in rows[start + 1 :]:
            if len(row) != len(header):
                break
            name = re.sub(r"\s+", "", row[name_col])
            if role_col is not None and row[role_col].strip():
                role = re.sub(r"\s+", "", row[role_col])
            if not _NAME.match(name):
                continue
            title = row[title_col].strip() if title_col is not None and row[title_col].strip() else None
            entries.append(RosterEntry(role, name, title, unit_of_title(title)))
        break
    return entries


def rows_from_flattened(lines: list[str]) -> list[Row]:
    """Word table rows flattened to text: tab-led lines, one per cell, rows split by blank lines."""
    rows: list[Row] = []
    current: Row = []
    for raw in [*lines, ""]:
        line = raw.rstrip("\r\n")
        if not line.strip() and not line.startswith("\t"):
            if current:
                rows.append(current)
            current = []
        elif line.startswith("\t"):
            current.append(line[1:].strip())
        elif current:
            current[-1] = f"{current[-1]}\n{line.strip()}" if current[-1] else line.strip()
    return rows


def task_table_from_rows(rows: list[Row]) -> list[TaskTableRow]:
    return task_rows(rows)


def read_annexes(
    blocks: list[PlanBlock], lines: list[str], annex_start: int
) -> tuple[list[RosterEntry], list[TaskTableRow]]:
    """The roster and the task table, from Word tables anywhere and from the annex text."""
    annex_lines = lines[annex_start:]
    tables = word_tables(blocks)
    roster = roster_from_lines([line for line in annex_lines if not line.startswith("\t")])
    for rows in tables:
        if not roster:
            roster = roster_from_rows(rows)
    task_table: list[TaskTableRow] = []
    for rows in [*tables, rows_from_flattened(annex_lines), *text_tables(annex_lines)]:
        task_table = task_table_from_rows(rows)
        if task_table:
            break
    return roster, task_table


def word_tables(blocks: list[PlanBlock]) -> list[list[Row]]:
    tables: list[list[Row]] = []
    current: list[Row] = []
    for block in blocks:
        if block.cells is not None:
            cells = block.cells
            current.append(RealignedRow(cells) if isinstance(cells, RealignedCells) else list(cells))
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables
