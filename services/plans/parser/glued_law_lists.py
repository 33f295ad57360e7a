"""A list of laws whose table a page ran together, every cell boundary lost: a 普法责任清单.

`序号普法内容责任领导责任处室备注1《中华人民共和国水污染防治法》黄吉甫水生态环境处2021年2《福建省海洋环境保护条例》3…`:
each row is its number and a law's title (`《…》`, with the words around it: `福建省实施《…》办法`, `《…》（试行）`),
then — on the first row of a block only, the cells merged down the rows under it — the leader's name (a person,
two or three characters), the office, and the note (`2021年`). A row with no office of its own takes the block's,
as the clerk reads a merged cell; every row is marked realigned, so the review screen asks for a check.
"""

from __future__ import annotations

import re

from services.plans.parser.glued_tables import TOWNSHIP, glued_owners
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row
from services.plans.parser.table_fit import RealignedRow
from services.plans.parser.text import fold

# 序号普法内容责任领导责任处室备注: the header's labels glued, a unit's column among them
_HEADER = compile_lazily(r"序号([\u4e00-\u9fff]{4,30}?)(?=1\s*[\u4e00-\u9fff]{0,8}《)")
_UNIT_LABEL = compile_lazily(r"责任(?:单位|处室|科室|股室|部门)")
_PERSON_LABEL = compile_lazily(r"(?:责任|分管|牵头)领导|责任人")
# 2021年 / 2021年底前 / 长期: the note's or the deadline's cell after the office
_NOTE_CELL = compile_lazily(
    r"(?:\d{4}年(?:\d{1,2}月)?(?:底|内)?(?:前)?|(?:长期|持续|常态化)[\u4e00-\u9fff]{0,2})$"
)
# the columns a row may hold after the law: a leader, the office, a note or a deadline — any other (普法对象)
# would glue its words onto the office
_KNOWN_LABELS = compile_lazily(
    r"(?:责任|分管|牵头)领导|责任人|责任(?:单位|处室|科室|股室|部门)|备注|完成时限|时限|时间"
)
_TASK_LABEL_MAX = 6
_ENDINGS = (*TOWNSHIP, "科", "股")  # a bureau's own sections (法规科, 资源股)
_ROWS_MIN = 3


def glued_law_lists(lines: list[str]) -> list[list[Row]]:
    tables: list[list[Row]] = []
    for line in lines:
        text = fold(line)
        header = _HEADER.search(text)
        if header is None or not _UNIT_LABEL.search(header.group(1)):
            continue
        if len(_KNOWN_LABELS.sub("", header.group(1))) > _TASK_LABEL_MAX:
            continue  # 序号普法内容普法对象责任单位: a column this reader does not place
        person = _PERSON_LABEL.search(header.group(1))
        with_person = person is not None and person.start() < _UNIT_LABEL.search(header.group(1)).start()
        rows = _rows(line[header.end() :], with_person=with_person)
        if len(rows) >= _ROWS_MIN:
            tables.append([["序号", "工作任务", "分管领导", "牵头单位", "配合单位"], *rows])
    return tables


def _rows(body: str, *, with_person: bool) -> list[Row]:
    """Rows from their numbers rising by one, each holding a law's title; the block's office carried down."""
    rows: list[Row] = []
    number, start = 1, 1
    person, unit = "", ""
    while True:
        following = _next_number(body, number + 1, start)
        row = body[start : following if following is not None else len(body)]
        if "《" not in row:
            break
        task, owner = _task_and_owner(row, with_person=with_person)
        if owner is not None:
            person, unit = owner
        elif not unit:
            break  # the first row names its office: else no list of this shape
        rows.append(RealignedRow([str(number), task, person, unit, ""]))
        if following is None:
            break
        number, start = number + 1, following + len(str(number + 1))
    return rows


# a number right after a title's close, a note's year or an office's name, before the next title's words
_ROW_NUMBER = compile_lazily(r"(?<=[》）)年\u4e00-\u9fff])(?<![\d.])(\d{1,4})(?=\s*[\u4e00-\u9fff]{0,8}《)")


def _next_number(body: str, number: int, start: int) -> int | None:
    found = next((m for m in _ROW_NUMBER.finditer(body, start) if int(m.group(1)) == number), None)
    return found.start() if found else None


def _task_and_owner(row: str, *, with_person: bool) -> tuple[str, tuple[str, str] | None]:
    """The title's words and (person, office) when the row prints them, else (the row, None)."""
    close = row.rfind("》") + 1
    note = re.match(r"[（(][^（）()]{1,8}[）)]", row[close:])  # 《…》（试行）
    close += note.end() if note else 0
    rest = _NOTE_CELL.sub("", row[close:].strip())
    if not rest:
        return row[:close], None
    owners = glued_owners(rest, with_person, _ENDINGS)
    if owners is None or owners[2] != len(rest):
        return row, None  # 福建省实施《…》办法: the title's last words, no office
    person, names, _ = owners
    return row[:close], (person, "、".join(names))
