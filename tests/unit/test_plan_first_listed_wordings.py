"""The first-listed rule (列第一位者为牵头单位) in the wordings offices use, wherever the document writes it.

Written in session 11. When it was written 10 of these 17 wordings were not taken for the rule inside a
clause (the rule's words became a unit: `第一个单位`), 9 not as a note under the title, and 10 not in a
table's header (two of them, over 12 characters, also cost the column its label).
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

GROUPS = [["市发改委", "市财政局", "市统计局"], ["市教育局", "市人社局"]]
WORDINGS = [
    "第一个单位为牵头单位",
    "第一个为牵头单位",
    "排名首位的为牵头单位",
    "排在前面的为牵头单位",
    "排在最前面的单位为牵头单位",
    "排序第一的为牵头单位",
    "第一家单位为牵头单位",
    "列在首位的单位牵头",
    "排名第一者牵头",
    "首个单位为牵头单位",
    "排第一的单位是牵头单位",
    "位列第一的为牵头单位",
    "排在首位的单位为牵头单位",
    "第一单位为牵头单位",
    "名列第一的为牵头单位",
    "排名第一的单位为牵头单位，其他单位为配合单位",
    "第一责任单位为牵头单位",
]


def _plan(where: str, rule: str) -> str:
    if where == "clause":
        lines = ["某市实施方案", "一、重点任务"]
        for n, group in enumerate(GROUPS, start=1):
            lines.append(f"{n}.加强第{n}项工作。（{'、'.join(group)}{'，' + rule if n == 1 else ''}）")
    elif where == "header":
        lines = ["某市任务分工表", f"|序号|重点任务|责任单位（{rule}）|完成时限|"]
        lines += [
            f"|{n}|加强第{n}项工作|{'、'.join(group)}|12月底|" for n, group in enumerate(GROUPS, start=1)
        ]
    else:
        lines = ["某市实施方案", f"（{rule}）", "一、重点任务"]
        lines += [f"{n}.加强第{n}项工作。（责任单位：{'、'.join(g)}）" for n, g in enumerate(GROUPS, start=1)]
    return "\n".join(lines)


@pytest.mark.parametrize("where", ["clause", "header", "note"])
@pytest.mark.parametrize("rule", WORDINGS)
def test_the_first_listed_unit_leads(where: str, rule: str) -> None:
    measures = parse_plan_text(_plan(where, rule)).measures
    assert [(m.lead_units, m.co_units) for m in measures] == [((g[0],), tuple(g[1:])) for g in GROUPS]


def test_a_lead_titled_first_is_no_rule() -> None:
    # 第一牵头单位 names one unit's place among leads; it does not make every list's first unit lead.
    text = "某市实施方案\n一、重点任务\n1.加强第一项工作。（第一牵头单位：市发改委；配合单位：市财政局）\n2.加强第二项工作。（市教育局、市人社局负责）"
    measures = parse_plan_text(text).measures
    assert measures[1].lead_units == ("市教育局", "市人社局")
