"""A meeting's minutes written without numbers: each paragraph that records a decision (会议要求 / 会议明确
/ 会议决定 …) and names who carries it out is a measure.

A 专题会议纪要 or a news report of a 常务会议 puts its decided items one a paragraph, unnumbered:
`会议听取了…汇报。会议要求，县应急管理局要牵头开展…，县住建局、县交通运输局配合，…`. Offered only when
nothing numbered, no task table and no clause-closed piece reads as measures; the measures say in their
doubt that the split was made at the decisions, so the clerk checks it. A decision naming nobody
(会议强调，各地要…) is no measure: the review screen lets the clerk mark it.
"""

from __future__ import annotations

import re

from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem

DECISIONS = "措施没有编号，按会议纪要的每项议定事项拆分，请核对措施的起止和责任单位"
_DECIDED = re.compile(
    r"会议(?:研究)?(?:要求|明确|决定|议定|同意)"
)  # not 指出 / 强调: what it says, not whom it tasks
_DECISIONS_MIN = 2


def decision_paragraphs(lines: list[str]) -> list[DraftItem]:
    """The paragraphs of `lines` that record a decision and name its owner; [] below two of them."""
    decided = [
        index
        for index, line in enumerate(lines)
        if _DECIDED.search(line) and any(said.lead_units for _, said in clauses_in(line.strip()))
    ]
    if len(decided) < _DECISIONS_MIN:
        return []
    return [DraftItem("measure", 2, "", index, [lines[index].strip()], marker="u") for index in decided]
