"""Rows of a task table numbered in another style than the rest, naming nobody: headings over the rows after them."""

from __future__ import annotations

from dataclasses import replace

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import TaskTableRow
from services.plans.parser.text import fold

HEADING_MAX = 24  # characters of a heading row's text, at most

_BRACKET_SEQ = compile_lazily(r"^[（(]\d{1,3}[）)]$")


def _seq_style(seq: str) -> str | None:
    folded = fold(seq).strip()
    return "bracket" if _BRACKET_SEQ.match(folded) else "digit" if folded.isdigit() else None


def sub_headings(table: list[TaskTableRow]) -> list[TaskTableRow]:
    """`1 | 大力提振消费。 | |` among rows numbered (8) (9) that name their units: a row numbered in
    another style, naming nobody, is a heading over the rows after it, not a task."""
    styles = {_seq_style(row.seq) for row in table if row.lead_units or row.co_units}
    owned = sum(1 for row in table if row.lead_units or row.co_units)
    if owned < 3 or len(styles) != 1 or None in styles:
        return table
    rows: list[TaskTableRow] = []
    heading, domain = None, None
    for row in table:
        if row.domain != domain:
            heading, domain = None, row.domain
        style = _seq_style(row.seq)
        if (
            not (row.lead_units or row.co_units)
            and style
            and style not in styles
            and len(row.task) <= HEADING_MAX
        ):
            heading = row.task.strip().rstrip("。")
            continue
        rows.append(replace(row, domain=heading) if heading else row)
    return rows
