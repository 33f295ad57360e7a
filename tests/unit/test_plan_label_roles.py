"""The role a clause's label gives its units, read from the label's own words.

Session 14: labels naming the kind of party they list (责任乡镇, 责任镇街, 责任村, 牵头局), 协责 / 合作 / 辅助
helpers and 包保 / 挂点 / 帮扶 units were no labels, so their units went unread. When this was written, the
ten new labels' cases and the township plan failed, and the 林长 / 河长 posts (read as no label, they
split a measure from its 责任单位 line); the old labels held.
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text
from services.plans.parser.labels import label_role

ROLES = {
    "牵头单位": "lead",
    "主责部门": "lead",
    "牵头局": "lead",
    "配合单位": "co",
    "协责单位": "co",
    "合作单位": "co",
    "配合局": "co",
    "责任单位": "other",
    "包保单位": "other",
    "挂点单位": "other",
    "责任乡镇": "other",
    "责任镇街": "other",
    "责任村": "other",
    "责任社区": "other",
    "责任领导": "person",
    "责任林长": "person",
    "责任河长": "person",
    # no labels: a unit's own name, a place, a date
    "财政局": None,
    "各村": None,
    "完成时限": None,
    "督办单位": None,
}


@pytest.mark.parametrize("label", sorted(ROLES))
def test_the_role_a_label_gives(label: str) -> None:
    assert label_role(label) == ROLES[label]


def test_a_township_plans_labels_read_into_its_measures() -> None:
    text = (
        "某镇2025年人居环境整治工作要点\n"
        "一、开展村庄清洁行动。每月开展一次集中整治。（主责单位：镇农业农村办；协责单位：镇财政所）\n"
        "二、推进农村厕所革命。年内完成改厕300户。（包保单位：镇社会事务办）\n"
        "三、整治河道沿岸垃圾。（牵头单位：镇河长办；责任村：各村）"
    )
    assert [(list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures] == [
        (["镇农业农村办"], ["镇财政所"]),
        (["镇社会事务办"], []),
        (["镇河长办"], ["各村"]),
    ]


def test_among_the_listed_units_one_leads() -> None:
    """`（责任单位：X、Y、Z，其中X牵头）`: X leads, the others help (session 14: `其中X` was read as a lead
    and X as its own helper)."""
    text = (
        "某区优化营商环境工作要点\n一、重点任务\n"
        "1.推行高效办成一件事。（责任单位：区行政审批局、区大数据局、区市场监管局，其中区行政审批局牵头）\n"
        "2.开展涉企执法专项监督。（责任单位：区司法局、区直各执法部门，其中区司法局牵头）"
    )
    assert [(list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures] == [
        (["区行政审批局"], ["区大数据局", "区市场监管局"]),
        (["区司法局"], ["区直各执法部门"]),
    ]
