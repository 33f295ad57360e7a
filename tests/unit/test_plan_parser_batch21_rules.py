"""Rules found by held-out batch 21 (tests/data/plans/heldout21): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.text import split_units


def test_places_sharing_a_government_with_a_bracket_stay_one_party_before_and() -> None:
    assert split_units("市财政局等有关部门，各区、县（市）政府及开发区管委会") == [
        "市财政局",
        "各区、县（市）政府",
        "开发区管委会",
    ]
    assert split_units("各区、县（市）人民政府") == ["各区、县（市）人民政府"]


def test_a_government_in_a_bracket_without_a_list_of_places_is_its_own_unit() -> None:
    assert split_units("区住建局、县（市）政府及开发区管委会") == ["区住建局", "县（市）政府", "开发区管委会"]


# A page whose whole body sits in the one cell of its layout table: joined by spaces, closed by a bar.
_ONE_CELL = (
    "某局2023年工作计划解读\n"
    "一、制定背景 2023年是开局之年，做好交通运输工作意义重大。 二、重要举措 (一)基础设施提升行动。 "
    "1.扎实推进一批在建项目。 2.确保新开工一批项目。 (二)营商环境提质行动。 1.强化数字赋能。 "
    "2.加强各项纾困政策宣贯. 3.提高政务服务水平。 解读机关:某区交通运输局 |\n"
)


def test_a_page_body_closed_by_a_bar_is_read_as_joined_paragraphs() -> None:
    plan = parse_plan_text(_ONE_CELL)
    measures = [(m.number, m.text.split("\n")[0]) for m in plan.items if m.kind == "measure"]
    assert [n for n, _ in measures] == ["1", "2", "1", "2", "3"]
    assert measures[3][1].startswith("2.加强各项纾困政策宣贯")
    assert measures[4][1].startswith("3.提高政务服务水平")


def test_bars_between_texts_are_still_a_table_row() -> None:
    text = """某区重点项目清单
| 序号 | 工作任务 | 责任单位 | 完成时限 |
| 1 | 改造雨污管网12公里。 推进 2.老旧小区改造 | 区住建局 | 2025年底 |
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.items if m.kind == "measure"] == [("1", ("区住建局",))]
