"""A 预案's table of member units and their duties as a PDF's text layer gives it: `序号 成员单位 应急职责`
over rows `12 市生态环境局`, each duty wrapped over lines of its own.

The number and the unit's name stand in cells centred on their row, so a PDF prints the duty's first lines
before them and the rest after (or on the same line, after the name):

    负责组织、协调事故现场环境应急监测、预警和环境损害
    12 市生态环境局
    评估工作，组织制定环境应急处置方案，参与事故调查。

Rows open at their numbers, rising by one. Between two rows, the lines up to the first one that closes a
sentence are the upper row's duty; the lines after it open the lower row's. The unit leads its row.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row
from services.plans.parser.text import ends_like_unit, fold

# 序号 成员单位 应急职责 / 序号 单位 主要职责 / 序号 部门 职责: the header, its labels spaced apart
_HEADER = compile_lazily(
    r"^\s*序号\s+(?:成员|责任|相关)?(?:单位|部门)(?:名称)?\s+(?:应急|主要|工作)?职责\s*$"
)
_ROW = compile_lazily(r"^\s*(\d{1,3})\s+([\u4e00-\u9fff（）()]{3,24}?)(?:\s+(\S.*))?$")
_CLOSES = ("。", "；", ";")
_MOST_ROWS = 2  # a table, not one numbered line under a header


def pdf_unit_rows(lines: list[str]) -> list[list[Row]]:
    start = next((i for i, line in enumerate(lines) if _HEADER.match(fold(line))), None)
    if start is None:
        return []
    body = [fold(line).strip() for line in lines[start + 1 :]]
    opens = _row_lines(body)
    if len(opens) < _MOST_ROWS:
        return []
    rows: list[Row] = [["序号", "责任单位", "职责任务"]]
    duties: list[list[str]] = [[] for _ in opens]
    first = opens[0][0]
    duties[0] = [line for line in body[max(0, first - 3) : first] if _duty_line(line)]
    for row, (at, _number, _unit, rest) in enumerate(opens):
        end = opens[row + 1][0] if row + 1 < len(opens) else len(body)
        if rest:
            duties[row].append(rest)
        between = [line for line in body[at + 1 : end] if line]
        if row + 1 == len(opens):
            duties[row] += [line for line in between if _duty_line(line)]
            break
        closed = bool(duties[row]) and duties[row][-1].endswith(_CLOSES)
        # (a duty's own ；between its parts closes no row where a 。 follows)
        ends = [i + 1 for i, line in enumerate(between) if line.endswith("。")]
        ends = ends or [i + 1 for i, line in enumerate(between) if line.endswith(_CLOSES)]
        cut = 0 if closed or not ends else ends[0]
        duties[row] += between[:cut]
        duties[row + 1] += between[cut:]
    for (_at, number, unit, _rest), duty in zip(opens, duties, strict=True):
        rows.append([number, unit, "".join(duty)])
    return [rows]


def _row_lines(body: list[str]) -> list[tuple[int, str, str, str]]:
    """(line index, number, unit, text after the unit) of each row's opening line, numbers rising by one."""
    found: list[tuple[int, str, str, str]] = []
    for index, line in enumerate(body):
        row = _ROW.match(line)
        if row is None or not ends_like_unit(row.group(2)):
            continue
        if found and int(row.group(1)) != int(found[-1][1]) + 1:
            continue
        found.append((index, row.group(1), row.group(2), row.group(3) or ""))
    return found


def _duty_line(line: str) -> bool:
    """A line of a duty's words, not a page's furniture (its number, a header printed again)."""
    return len(re.findall(r"[\u4e00-\u9fff]", line)) >= 4 and not _HEADER.match(line)
