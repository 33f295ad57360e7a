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
from services.plans.parser.lazy_patterns import compile_lazily

DECISIONS = "措施没有编号，按会议纪要的每项议定事项拆分，请核对措施的起止和责任单位"
# 会议要求 / 会议明确…, or the chair's 曲某某要求，: not 指出 / 强调, what it says, not whom it tasks
_DECIDED = compile_lazily(r"会议(?:研究)?(?:要求|明确|决定|议定|同意)|(?<=[\u4e00-\u9fff])要求[，,：:]")
_DECISIONS_MIN = 2
# 会议明确： / 现纪要如下： on its own: the 关于…问题。 paragraphs after it are the decisions
# (会议听取了…，明确如下：: every paragraph after it that names an owner)
_OPENS_DECISIONS = compile_lazily(
    r"(?:会议(?:明确|议定|决定|要求)|纪要如下|议定事项如下|(?:明确|议定|决定)如下)[：:]$"
)
_TOPIC = compile_lazily(r"^关于[^。；;\n]{1,30}[。：:，,]")
_MINUTES_LISTED = compile_lazily(r"会议.*如下[：:]$")  # not 现将各部门职责明确如下： over a duty list


def decision_paragraphs(lines: list[str]) -> list[DraftItem]:
    """The paragraphs of `lines` that record a decision and name its owner; [] below two of them."""
    opened = next((i for i, line in enumerate(lines) if _OPENS_DECISIONS.search(line.strip())), len(lines))
    decided = [
        index
        for index, line in enumerate(lines)
        if (
            _DECIDED.search(line)
            or (index > opened and (_TOPIC.match(line.strip()) or _MINUTES_LISTED.search(lines[opened])))
        )
        and any(said.lead_units for _, said in clauses_in(line.strip()))
    ]
    measures = [
        DraftItem("measure", 2, number, index, [piece], marker="u")
        for index in decided
        for number, piece in _worded(_decisions_in(lines[index].strip()))
    ]
    return measures if len(measures) >= _DECISIONS_MIN else []


def _decisions_in(paragraph: str) -> list[str]:
    """The paragraph, or its pieces at `；` when each names its own owner (由X牵头，Y配合，在9月底前完成…；
    由Z牵头，…): one decision each."""
    pieces = [piece for piece in re.split(r"(?<=[；;])", paragraph) if piece.strip()]
    owned = [any(said.lead_units for _, said in clauses_in(piece)) for piece in pieces]
    return pieces if len(pieces) >= _DECISIONS_MIN and all(owned) else [paragraph]


# 会议明确，…统筹做好分工：一是…（区住建局负责）；二是…: decisions numbered in words, the words before 一是
# the meeting's, not the first decision's
_WORDED = compile_lazily(r"(?:^|(?<=[：:，,。；;]))\s*([一二三四五六七八九十]{1,3})是")


def _worded(pieces: list[str]) -> list[tuple[str, str]]:
    found = [_WORDED.search(piece) for piece in pieces]
    if len(pieces) < _DECISIONS_MIN or not all(found) or any(m.start(1) > 0 for m in found[1:] if m):
        return [("", piece) for piece in pieces]
    return [(m.group(1), piece[m.start(1) :]) for m, piece in zip(found, pieces, strict=True) if m]
