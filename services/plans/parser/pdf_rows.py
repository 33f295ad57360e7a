"""A table's rows as a PDF's text layer gives them: no cell boundaries left, one row over several lines.

`项目名称 合计 … 2019年目标任务 牵头单位 备注` (the header's labels, spaces between) over rows opened by a
bracketed numeral, `(一) 城乡居民基本 养老保险项目`, whose figures and target follow on the next lines and
whose last sentence is followed by the unit of the 牵头单位 column: `…发放救助金. 自治区民政厅`. The row's
name is its task, the name after its last sentence its lead; a part's heading (`二、健康惠民项目`) stands
across the table, and the header printed again on a new page is skipped.
"""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row, column_of
from services.plans.parser.text import ends_like_unit, fold

_ROW = compile_lazily(r"^\s*[(（]([一二三四五六七八九十]{1,3})[)）]\s*(\S.*)$")
_PART = compile_lazily(r"^\s*([一二三四五六七八九十]{1,3})、\s*(\S.*)$")
# `…发放救助金. 自治区民政厅`: the unit after the row's last full stop, a wrap left as a space in it.
_LEAD_AFTER = compile_lazily(r"[.。;；]\s*((?:自治区|省|市|县|区)[\u4e00-\u9fff ]{1,24}?)[\s―—-]*$")


def pdf_rows(lines: list[str]) -> list[list[Row]]:
    header_at = next((i for i, line in enumerate(lines) if _names_lead_column(line)), None)
    if header_at is None:
        return []
    rows: list[Row] = [["序号", "项目名称", "牵头单位", "内容"]]
    current: list[str] | None = None
    for line in lines[header_at + 1 :]:
        folded = fold(line)
        opens, part, blank = _ROW.match(folded), _PART.match(folded), not line.strip()
        # A blank line ends the table's last row, but not a row whose unit is still to come: a page
        # broke it (the rest of its text, and its unit, follow the page's furniture).
        if current is not None and (opens or part or (blank and _row(current)[2])):
            rows.append(_row(current))
            current = None
        if opens:
            current = [folded]
        elif part:
            rows.append([part.group(1), part.group(2)])  # across the table: nothing carries over it
        elif current is not None and not blank and not _names_lead_column(line):
            current.append(folded)
    if current is not None:
        rows.append(_row(current))
    return [rows] if sum(len(row) == 4 and bool(row[2]) for row in rows[1:]) >= 2 else []


def _names_lead_column(line: str) -> bool:
    """A header line: 牵头单位 one of several labels spaced apart, not a clause `牵头单位：X`."""
    words = fold(line).split()
    return len(words) >= 3 and any(column_of(word) == "lead" for word in words) and "：" not in fold(line)


def _row(lines: list[str]) -> Row:
    number, name = _ROW.match(lines[0]).groups()
    lead = ""
    for line in lines:
        found = _LEAD_AFTER.search(line)
        if found and ends_like_unit(unit := found.group(1).replace(" ", "")):
            lead = unit
    return [number, name.replace(" ", ""), lead, "\n".join(lines[1:])]
