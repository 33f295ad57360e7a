"""A task table as a PDF's text layer gives it when each cell is printed on lines of its own.

`序号 督察反馈问题 整改目标 整改措施 责任领导 牵头单位 责任单位 整改时限` (the header's labels, spaces between)
over rows each opened by its number on a line alone, then the cells' lines in column order, every cell
wrapped at its column's width: the problem, the goal and the measures over several lines each, then
`县政府副县长 王海峰` (the leader), `县生态环境分局` (the lead), `县发改局、县工信局、各乡镇人民政府`, and
`2023年12月底前`. A page's number (`— 7 —`) and the header printed again on the next page are skipped.

Nothing marks where one text cell ends and the next begins, but the columns after the last text column
are told by what they hold, read from the row's end: a date for the deadline, a list of units for each
unit column, a post and a name for the leader. Whatever is left is the task, every line of it kept.
"""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row, column_of
from services.plans.parser.table_fit import DATE_CELL, PAGE_MARK, UNIT_KEYS, is_unit_cell
from services.plans.parser.text import fold

_NUMBER = compile_lazily(r"^\s*(\d{1,3})\s*$")
# 县政府副县长 王海峰 / 县委常委、宣传部部长 / 刘建军 / 赵 明: a post, a name, or both
_PERSON = compile_lazily(
    r"^(?:[\u4e00-\u9fff、]{0,16}(?:书记|长|主任|委员|常委|主席)[\s\u3000、，,]*)?"
    r"(?:[\u4e00-\u9fff][\s\u3000]?){0,4}[、，,]?$"
)
_ORG = compile_lazily(r"(?:局|委|办|院|所|站|中心|室|部|厅|队|会|街道|政府|镇|乡|公司)$")
_MIN_ROWS = 2
_ISSUED = compile_lazily(r"^\d{4}年\d{1,2}月\d{1,2}日(?:印发)?$")
_AT_ONCE = compile_lazily(r"立即|立行立改|即知即改|已整改|马上")
# 刘建军 / 赵 明 / 县政府副县长 王海峰: a person, a post, which the loose unit test may take for a unit
_PERSON_ONLY = compile_lazily(r"^[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,2}$")
_POST = compile_lazily(
    r"(?:书记|县长|区长|市长|镇长|乡长|局长|部长|主任|委员|常委|主席|组长)[\s\u3000]*(?:[\u4e00-\u9fff][\s\u3000]?){0,4}[、，,]?$"
)


def _a_person(line: str) -> bool:
    return bool(_PERSON_ONLY.match(line) or _POST.search(line))


def pdf_cell_rows(lines: list[str]) -> list[list[Row]]:
    """The table under the first header line of labels whose rows open on a number alone, or []."""
    at = next((i for i, line in enumerate(lines) if _labels(line)), None)
    if at is None:
        return []
    labels = _labels(lines[at])
    assert labels is not None
    keys = [column_of(label) for label in labels]
    last_text = max(i for i, key in enumerate(keys) if key == "task")
    tail = labels[last_text + 1 :]
    rows: list[Row] = [["序号", "工作任务", *tail]]
    number, current = 0, None
    for line in lines[at + 1 :]:
        stripped = line.strip()
        opens = _NUMBER.match(stripped)
        if opens and int(opens.group(1)) == number + 1:
            if current is not None:
                rows.append(_row(str(number), current, tail))
            number, current = number + 1, []
        elif current is not None and stripped and not _skipped(stripped, lines[at]):
            current.append(stripped)
    if current is not None:
        rows.append(_row(str(number), current, tail))
    return [rows] if len(rows) - 1 >= _MIN_ROWS else []


def _labels(line: str) -> list[str] | None:
    """A header line: a row number's label first, then text columns and unit columns, spaces between."""
    words = fold(line).split()
    keys = [column_of(word) for word in words]
    if len(words) < 4 or keys[0] != "seq" or None in keys or "task" not in keys:
        return None
    return words if any(key in UNIT_KEYS for key in keys) else None


def _skipped(line: str, header: str) -> bool:
    folded = fold(line)
    return bool(PAGE_MARK.match(folded)) or folded.split() == fold(header).split()


def _row(number: str, lines: list[str], tail: list[str]) -> Row:
    rest = list(lines)
    if rest and _ISSUED.match(fold(rest[-1])):  # the notice's signature under the table's last row
        rest.pop()
        if rest and is_unit_cell(rest[-1]):
            rest.pop()
    keys = [column_of(label) for label in tail]
    cells = [""] * len(tail)
    column = len(tail) - 1
    if column >= 0 and keys[column] == "due":
        if (
            rest
            and (DATE_CELL.search(fold(rest[-1])) or _AT_ONCE.search(fold(rest[-1])))
            and len(rest[-1]) <= 20
        ):
            cells[column] = rest.pop()
        column -= 1  # a deadline left blank: the columns before it are read all the same
    units = [c for c in range(column + 1) if keys[c] in UNIT_KEYS]
    taken: list[str] = []
    while (
        rest and len(taken) < len(units) and is_unit_cell(rest[-1]) and not _PERSON_ONLY.match(fold(rest[-1]))
    ):
        line = rest.pop()
        while rest and fold(rest[-1]).endswith("、") and is_unit_cell(rest[-1].rstrip("、")):
            line = rest.pop() + line  # a list of units wrapped at the column's width
        taken.insert(0, line)
    for at, line in zip(units, taken, strict=False):  # a row short of a cell left the last one blank
        cells[at] = line
    column = units[0] - 1 if units else column
    if column >= 0 and keys[column] == "leader":
        leader: list[str] = []
        while rest and len(rest) > 1 and _PERSON.match(fold(rest[-1])) and not _ORG.search(fold(rest[-1])):
            leader.insert(0, rest.pop())
        cells[column] = " ".join(leader)
    return [number, "\n".join(rest), *cells]
