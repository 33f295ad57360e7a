"""The labels a clause is written with, in a bracket and on lines of their own, read by their role.

Written in session 11 from a sweep of 30 lead labels × 17 co labels × 2 forms: 承办单位, 实施主体, 实施单位,
推进单位, 执行单位, 主管部门 and 责任机构 named nobody (a 督办单's 承办单位 left its task ownerless, and in a
bracket the label was read as a unit's name); 参加单位, 相关单位 and 支持单位 beside a lead named no co-unit;
成员单位 on its own line under 牵头单位 was dropped from the measure. 562 of the sweep's 1,020 failed then;
98 of the 109 cases below.
共同责任单位 / 次要责任单位 / 协调单位 / 联合单位: test_plan_shared_labels.py (session 12).
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

LEADS = [
    "承办单位",
    "实施主体",
    "实施单位",
    "推进单位",
    "执行单位",
    "主管部门",
    "责任机构",
    "牵头单位",
    "责任单位",
]
COS = ["参加单位", "相关单位", "支持单位", "成员单位", "配合单位", "协办单位"]
A, B = "市发改委", "市财政局"


@pytest.mark.parametrize("form", ["bracket", "lines"])
@pytest.mark.parametrize("co", COS)
@pytest.mark.parametrize("lead", LEADS)
def test_a_label_pair_reads_lead_and_co_units(lead: str, co: str, form: str) -> None:
    if form == "bracket":
        first, second = (
            f"1.加强某项工作。（{lead}：{A}；{co}：{B}）",
            f"2.做好另一项工作。（{lead}：市教育局）",
        )
    else:
        first, second = f"1.加强某项工作。\n{lead}：{A}\n{co}：{B}", f"2.做好另一项工作。\n{lead}：市教育局"
    measures = parse_plan_text(f"某市方案\n一、任务\n{first}\n{second}").measures
    assert [(m.lead_units, m.co_units) for m in measures] == [((A,), (B,)), (("市教育局",), ())]


def test_members_alone_are_no_clause() -> None:
    # A leading group's 成员单位 list is who sits in it, not who does a measure's work.
    text = "某市方案\n一、任务\n1.加强某项工作。\n成员单位：市发改委、市财政局\n2.做好另一项工作。（市教育局负责）"
    assert parse_plan_text(text).measures[0].lead_units == ()
