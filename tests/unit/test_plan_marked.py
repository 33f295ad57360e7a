"""A document in which the reader finds no measure: its text comes with the refusal, and the measures
the clerk marks are read like numbered ones."""

from __future__ import annotations

from datetime import date

import pytest

from services.errors import PlanRejected, PlanWithoutMeasures
from services.plans.parser import NO_STRUCTURE, parse_marked_lines, parse_plan_text

UNNUMBERED = """某某区2024年城市管理工作安排
为做好今年工作，安排如下。
加快老旧小区改造，年内完成改造小区30个。（区住建局牵头，各街道配合）
完善停车设施，新增公共停车泊位500个，
年底前完成。
责任单位：区城管局
各街道要加强组织领导。
某某区人民政府
2024年3月1日
"""


def test_the_refusal_carries_the_text_and_the_same_message() -> None:
    with pytest.raises(PlanWithoutMeasures) as refused:
        parse_plan_text(UNNUMBERED)
    assert isinstance(refused.value, PlanRejected)
    assert refused.value.reason == NO_STRUCTURE
    assert refused.value.lines[2].startswith("加快老旧小区改造")


def test_marked_lines_become_measures_read_like_numbered_ones() -> None:
    lines = UNNUMBERED.split("\n")
    plan = parse_marked_lines(lines, [3, 2], "安排.txt")

    assert plan.title == "某某区2024年城市管理工作安排"
    assert plan.issued_on == date(2024, 3, 1)
    first, second = plan.measures
    assert (first.number, first.lead_units, first.co_units) == ("1", ("区住建局",), ("各街道",))
    assert first.targets[0].quantity == 30
    assert (second.number, second.lead_units) == ("2", ("区城管局",))
    assert second.text.endswith(
        "责任单位：区城管局"
    )  # the sentence's second line and its clause line, not what follows
    assert [d.due for d in second.deadlines] == [date(2024, 12, 31)]


def test_a_marked_line_keeps_its_own_numbering_and_blank_marks_are_ignored() -> None:
    lines = ["某某方案", "", "（三）推进项目建设。（区发改委负责）"]
    plan = parse_marked_lines(lines, [1, 2, 99], "方案.txt")
    assert [(m.number, m.title, m.lead_units) for m in plan.measures] == [
        ("三", "推进项目建设", ("区发改委",))
    ]
