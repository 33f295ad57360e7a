"""A short item of a list of one-sentence measures is a measure, and a real heading stays a heading.

Samples made up in the shape of a 民生实事 list (held-out batch 9: the last two of ten projects were
read as headings because they were short).
"""

import pytest

from services.errors import PlanWithoutMeasures
from services.plans.parser import parse_plan_text


def _outline(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.number) for item in parse_plan_text(text).items]


def test_short_items_after_measures_of_their_list_are_measures() -> None:
    text = (
        "某市2026年民生实事项目\n一、民生实事项目\n"
        "（一）提升改造农村公路380公里、实施精品示范公路145公里，完成60座危桥改造，建成一批美丽公路。\n"
        "（二）全市新增城镇就业21万人。\n"
        "（三）持证残疾人免费乘坐公交。\n"
    )
    assert _outline(text) == [("section", "一"), ("measure", "一"), ("measure", "二"), ("measure", "三")]


def test_a_short_heading_over_numbered_measures_stays_a_heading() -> None:
    text = (
        "某区行动方案\n一、重点任务\n（一）长期目标以外的一段说明，写得很长很长，足够说明这是一项措施的内容。\n"
        "（二）加强组织领导\n1.成立工作专班。（区发改局牵头）\n2.建立例会制度。（区政府办牵头）\n"
    )
    assert _outline(text)[-3:] == [("section", "二"), ("measure", "1"), ("measure", "2")]


def test_a_short_heading_with_paragraphs_under_it_is_not_made_a_measure() -> None:
    text = (
        "某区行动方案\n一、重点任务\n（一）推进老旧小区改造。全年完成改造12个小区，惠及居民3000户。\n"
        "（二）保障措施\n各单位要高度重视，明确专人负责。\n"
    )
    assert ("measure", "二") not in _outline(text)


def test_short_items_with_no_measure_before_them_are_not_made_measures() -> None:
    # Nothing says they belong to a list of measures: headings over nothing, no measure invented.
    text = "某区行动方案\n一、重点任务\n（一）总体目标\n（二）工作安排\n"
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text(text)
