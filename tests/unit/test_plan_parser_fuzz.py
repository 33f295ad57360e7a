"""Property tests: the parser never crashes on any text, and never drops a character of a measure."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from services.errors import PlanRejected
from services.plans.parser import parse_plan_text, to_json
from services.plans.parser.header import is_page_number
from services.plans.parser.task_cards import CARDS

# Pieces plans are made of, so random text often has structure worth parsing.
FRAGMENTS = [
    "一、",
    "（一）",
    "1.",
    "2．",
    "3﹒",
    "（1）",
    "附件1：",
    "专栏",
    "牵头单位：",
    "责任单位：",
    "配合单位：",
    "区发改委",
    "、",
    "，",
    "。",
    "；",
    "（",
    "）",
    "(",
    ")",
    "牵头",
    "负责",
    "配合",
    "参与",
    "按职责分工负责",
    "以下均需各镇街负责",
    "到2027年",
    "2024年底前",
    "7月31日前",
    "13月40日前",
    "每年",
    "80个以上",
    "其中，",
    "6万平方米左右",
    "1.2亿元",
    "二十六台（套）",
    "%",
    "\t",
    "\n",
    "\n\n",
    " ",
    "组  长：宋  涯 区长",
    "成  员：",
    "序号",
    "[bookmark: x]",
]
plan_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), plan_like))
def test_never_crashes(text: str) -> None:
    try:
        plan = parse_plan_text(text, "随机.txt")
    except PlanRejected:
        return
    to_json(plan)  # every value serialises


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_like)
# Found in session 13: a page number read as a card's task, and a card's label line rewritten folded.
@example("0\r牵头单位：<<")
@example(":\r;牵头单位：<<")
@example("推进改造\n牵头单位:县住建局")
# Found in session 18: 以下均需各镇街负责 read as a unit's duty opening, its line cut in two measures.
@example("一、\n以下均需各镇街负责附件1：以下均需各镇街负责")
def test_measure_text_is_the_whole_paragraph(text: str) -> None:
    try:
        plan = parse_plan_text(text, "随机.txt")
    except PlanRejected:
        return
    lines = plan.source_text.split("\n")
    for measure in plan.measures:
        if CARDS in measure.doubts:
            continue  # a card's fields are given as 牵头单位：X, whether the label stood on its own line or not
        own_lines = measure.text.split("\n")
        # A measure's text is its source lines from the numbered one on, each whole, none skipped
        # (blank lines and page numbers such as "— 1 —" are layout, not text).
        source = [line.strip() for line in lines[measure.line :] if line.strip() and not is_page_number(line)]
        assert source[: len(own_lines)] == own_lines


# Characters the reader reads as something else on purpose, each tested apart: the zero-width marks a web
# editor leaves (dropped: they hide a number) and the Yi syllables a gazette's PDF font gives for GB2312's
# marks (ꎬ → ，); a sentence made of them is not kept "as typed".
_READ_AS_OTHER = "\u200b\u200c\u200d\u2060\ufeff" + "".join(
    chr(c) for c in (*range(0xA1A1, 0xA1FF), *range(0xA3A1, 0xA3FF))
)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs",),
            blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" + _READ_AS_OTHER,
        ),
        min_size=1,
        max_size=80,
    )
)
def test_any_measure_sentence_is_kept_in_full(body: str) -> None:
    text = f"某区方案\n一、任务\n1.推进{body}\n"
    plan = parse_plan_text(text, "句子.txt")
    measure = plan.measures[0]
    # (cleaning drops a blank a copy left beside a Chinese punctuation mark, `推进 、`: layout, not text)
    assert _without_blanks_at_marks(measure.text) == _without_blanks_at_marks(f"1.推进{body}".strip())


def _without_blanks_at_marks(text: str) -> str:
    # (and Word's one-character numbers ⑴ / ⒈ read as typed, （1） / 1.: the same number, nothing dropped)
    text = text.translate(_ENCLOSED)
    return re.sub(r"[ \u3000]+(?=[，；：、。])|(?<=[，；：、])[ \u3000]+", "", text)


_ENCLOSED = {0x2474 + n: f"（{n + 1}）" for n in range(20)} | {0x2488 + n: f"{n + 1}." for n in range(20)}
