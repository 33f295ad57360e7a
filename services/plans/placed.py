"""What of a plan's text the reader placed nowhere: the paragraphs no measure, heading, task-table row or
roster entry holds, so the review screen can show them and the clerk can check that none is a measure.

The reader leaves text out on purpose (the notice before the plan, closing words, a signature) and by
mistake (a shape it does not know). It cannot tell the two apart — if it could, it would place the
text — so it says where it left something, and the clerk decides. Only what follows the first item
counts (before it are the title and the notice), and only sentence-sized text: a date, a signature's
name or a table's one-word cell says nothing a measure could lose.
"""

from __future__ import annotations

import re

from services.plans.parser.model import ParsedPlan
from services.plans.parser.text import fold

_PROBE = 20  # characters of a paragraph looked for in what was placed: enough to be unique
_SENTENCE_MIN = 12  # shorter text without a comma or full stop is a label, a name or a date
# Cells of a text table (bars, tabs, box rules, the spaces between cells) and what opens an item.
_CELLS = re.compile(r"[|\t┃│├┤┣┫╋┼━─]+|\s+")
_OPENER = re.compile(
    r"^(?:\d{1,3}[.、．]|[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|[☑☒✓✔√☐□●◆■▪•◇►▶*＊★※▲])+"
)
# Spaces, list marks and lead marks: a unit cell `▲发改局,各部门` is placed as 发改局 and 各部门.
_NOISE = re.compile(r"[\s、，,；;*＊★※▲]+")


def _squeezed(text: str) -> str:
    return _NOISE.sub("", fold(text))


def unplaced_lines(plan: ParsedPlan) -> list[int]:
    """0-based indexes of the source lines after the first item that nothing read from the plan holds."""
    if not plan.items:
        return []
    placed = "\n".join(
        [
            *(
                f"{item.title}\n{item.text}\n{'、'.join((*item.lead_units, *item.co_units))}"
                for item in plan.items
            ),
            *(f"{row.task}\n{'、'.join((*row.lead_units, *row.co_units))}" for row in plan.task_table),
            *(f"{entry.name}{entry.title or ''}{entry.unit or ''}" for entry in plan.roster),
        ]
    )
    placed = _squeezed(placed)
    first = min(item.line for item in plan.items)
    lines = plan.source_text.split("\n")
    return [
        index
        for index in range(first + 1, len(lines))
        if (probe := _probe(lines[index])) is not None and probe not in placed
    ]


def _probe(line: str) -> str | None:
    """The part of a line to look for: its longest cell, squeezed; None when it is too short to matter."""
    cell = max(_CELLS.split(line.strip()), key=len)
    text = _OPENER.sub("", _squeezed(cell))
    if len(text) < _SENTENCE_MIN and not re.search(r"[，,。；;]", cell):
        return None
    if len(text) < 6:
        return None
    return text[:_PROBE]
