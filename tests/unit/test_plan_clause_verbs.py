"""`（X牵头，Y配合）` with the verbs offices write: who leads by the verb after the names, who helps.

Written in session 11 from a sweep of 23 lead verbs × 17 co verbs: 承办, 具体负责, 组织实施, 抓落实, 负总责 and
总牵头 named no lead (or no clause at all); 积极配合, 配合做好 and 共同推进 named no co-unit; 协助 beside 抓落实
or 负总责 made the clause unread (168 of the sweep's 391, 115 of the 221 cases below failed). Left: a 负责-kind verb beside 按职责分工负责 / 共同推进 /
共同落实 (市发改委负责，市财政局按职责分工负责): both answer for the work, so both read as leads.
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

LEAD_VERBS = [
    "牵头",
    "牵头负责",
    "主抓",
    "牵头落实",
    "主办",
    "主责",
    "统筹",
    "为牵头单位",
    "牵头抓总",
    "总牵头",
    "负总责",
]
DUTY_VERBS = ["负责", "为责任单位", "承办", "具体负责", "组织实施", "抓落实", "负责落实"]
CO_VERBS = [
    "配合",
    "协助",
    "参与",
    "协同",
    "配合落实",
    "协同推进",
    "协办",
    "参加",
    "按职责配合",
    "等部门配合",
]
CO_VERBS += ["积极配合", "配合做好"]
# Beside a 牵头-kind verb these help too; beside a 负责-kind verb both answer (see the docstring).
SHARED = ["按职责分工负责", "共同推进", "共同落实"]
CASES = [(lead, co) for lead in LEAD_VERBS for co in CO_VERBS + SHARED]
CASES += [(duty, co) for duty in DUTY_VERBS for co in CO_VERBS]


@pytest.mark.parametrize(("lead", "co"), CASES)
def test_the_verb_says_who_leads_and_who_helps(lead: str, co: str) -> None:
    text = f"某市方案\n一、任务\n1.加强某项工作。（市发改委{lead}，市财政局、市统计局{co}）\n2.做好另一项工作。（市教育局负责）"
    measures = parse_plan_text(text).measures
    expected = [(("市发改委",), ("市财政局", "市统计局")), (("市教育局",), ())]
    assert [(m.lead_units, m.co_units) for m in measures] == expected


@pytest.mark.parametrize("verb", ["共同推进", "共同落实", "组织实施", "承办"])
def test_a_verb_alone_names_the_owners(verb: str) -> None:
    text = f"某市方案\n一、任务\n1.加强某项工作。（市发改委、市财政局{verb}）"
    assert parse_plan_text(text).measures[0].lead_units == ("市发改委", "市财政局")
