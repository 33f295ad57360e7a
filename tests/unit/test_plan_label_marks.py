"""A clause's labels set off by other marks than a colon: 【牵头单位】X, 牵头单位——X, and 牵头单位 X in a copy
that lost the colon.

Written in session 11 from a sweep of 20 ways to punctuate a clause: the 5 forms below named nobody (or
the label became part of a unit's name). Left: a clause in angle brackets (<牵头单位：X>) or with each name
in quotation marks, neither seen in a plan.
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

FORMS = {
    "lenticular": "（【牵头单位】区发改委【配合单位】区财政局）",
    "dash": "（牵头单位——区发改委；配合单位——区财政局）",
    "space": "（牵头单位 区发改委；配合单位 区财政局）",
    "lenticular lines": "\n【牵头单位】区发改委\n【配合单位】区财政局",
    "space lines": "\n牵头单位 区发改委\n配合单位 区财政局",
    # Session 13 (three of these four named nobody, or took the second label for a unit, when written):
    "dash after the sentence": "牵头单位——区发改委；配合单位——区财政局",
    "lenticular after the sentence": "【牵头单位】区发改委【配合单位】区财政局",
    "hyphen": "（牵头单位-区发改委，配合单位-区财政局）",
    "spaces only": "（牵头单位 区发改委 配合单位 区财政局）",
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_label_reads_without_its_colon(form: str) -> None:
    text = f"某区方案\n一、任务\n1.加强某项工作。{FORMS[form]}\n2.做好另一项工作。（责任单位：区教育局）"
    measures = parse_plan_text(text).measures
    assert [(m.lead_units, m.co_units) for m in measures] == [
        (("区发改委",), ("区财政局",)),
        (("区教育局",), ()),
    ]
    assert FORMS[form].strip().split("\n")[0] in measures[0].text  # the text as written, marks and all


def test_the_lead_mark_in_lenticular_brackets_stays_a_mark() -> None:
    text = "某区方案\n一、任务\n1.加强某项工作。（责任单位：【牵头】区发改委、区财政局）"
    assert [(m.lead_units, m.co_units) for m in parse_plan_text(text).measures] == [
        (("区发改委",), ("区财政局",))
    ]
