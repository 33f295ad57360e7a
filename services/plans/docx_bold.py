"""Lead units marked in bold type, as a Word plan says they are (加黑的为牵头单位).

A 任务分工 table often lists a task's units in one cell and marks who leads by type alone: `责任单位（加黑为
牵头单位）` over `区发改局、区财政局、区住建局` with 区发改局 in bold. The text has no trace of it, so every unit
would read as a lead. Where the document says bold marks the lead, each unit name inside a bold run of a
partly bold paragraph gets the lead mark the plan reader already knows (★区发改局, as 带★的为牵头单位 plans
write it); a paragraph or cell all in bold (a header row, a heading) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from services.plans.parser.text import ROLE_LABEL, ends_like_unit

# 加黑的为牵头单位 / 加粗单位为牵头单位 / 牵头单位用黑体标注 / 黑体字为牵头单位
BOLD_NOTE = re.compile(
    r"(?:加黑|加粗|黑体|粗体)[^。；\n]{0,10}牵头|牵头[^。；\n]{0,10}(?:加黑|加粗|黑体|粗体)"
)
_LEAD_MARK = "★"
_SEPARATORS = re.compile(r"([、，,；;：:（）()\s]+)")
# …（责任单位：区住建局、 — a paragraph's clause open before the run.
_IN_CLAUSE = re.compile(r"(?:单位|部门|科室|处室|主体)[：:][^）)\n]*$")
_OFF = ("0", "false", "off")


def bold_marked(
    paragraphs: list[Any], qn: Callable[[str], str], run_text: Callable[[Any], str], *, cell: bool
) -> list[str] | None:
    """The paragraphs' texts with the unit names of their bold runs marked as leads, or None when no
    run is bold or all are (then the plain text stands).

    A table cell is weighed whole (区住建局 in bold on a line of its own above the co-units); a paragraph
    marks names only inside a clause (after `责任单位：`), so a bold heading or phrase in the text stays as
    it is. A bold run that holds a clause's label is emphasis of the whole clause, not a lead."""
    runs = [[(run_text(run), _is_bold(run, qn)) for run in p.iter(qn("w:r"))] for p in paragraphs]
    worded = [bold for pieces in runs for text, bold in pieces if _SEPARATORS.sub("", text)]
    if not any(worded) or all(worded):
        return None
    if cell and not all(
        _named(part) for part in _SEPARATORS.split("".join(t for pieces in runs for t, _ in pieces))
    ):
        return None  # a task cell with a bold name in its text: only a cell listing units marks its lead
    texts: list[str] = []
    for pieces in runs:
        marked: list[str] = []
        for text, bold in _merged([(text, bold) for text, bold in pieces if text]):
            # 牵头单位：/ 责任单位 in a bold run: the clause itself is in bold, no lead marked.
            if not bold or ROLE_LABEL.search(text) or not (cell or _IN_CLAUSE.search("".join(marked))):
                marked.append(text)
                continue
            for part in _SEPARATORS.split(text):
                marked.append(
                    f"{_LEAD_MARK}{part}" if part.strip() and ends_like_unit(part.strip()) else part
                )
        texts.append("".join(marked))
    return texts


def _named(part: str) -> bool:
    part = part.strip()
    return not part or bool(_SEPARATORS.fullmatch(part)) or ends_like_unit(part) or part.startswith("各")


def _merged(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Runs of one weight joined: Word splits a name over runs (区发改 / 局) where it was edited."""
    merged: list[tuple[str, bool]] = []
    for text, bold in pieces:
        if merged and merged[-1][1] == bold:
            merged[-1] = (merged[-1][0] + text, bold)
        else:
            merged.append((text, bold))
    return merged


def _is_bold(run: Any, qn: Callable[[str], str]) -> bool:
    properties = run.find(qn("w:rPr"))
    weight = properties.find(qn("w:b")) if properties is not None else None
    return weight is not None and (weight.get(qn("w:val")) or "true").lower() not in _OFF
