"""Rules found by held-out batch 23 (tests/data/plans/heldout23): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

import pytest

from services.errors import PlanWithoutMeasures
from services.plans.parser import parse_plan_text
from services.plans.parser.text import split_units
from services.plans.review import NO_LEAD, item_doubts


def _measures(text: str) -> list:
    return [m for m in parse_plan_text(text).items if m.kind == "measure"]


_ITEMS = """某街道2023年民生实事项目完成情况报告
第一项：校舍维修建设工程。
包括完成滨江小学整体提升改造，资金由街道负责。
第二项：农村公路大中修工程。
包括张庄至董村公路。
第三项：社区爱心食堂建设工程。
"""


def test_items_numbered_as_items_are_measures_with_the_paragraphs_under_them() -> None:
    measures = _measures(_ITEMS)
    assert [(m.number, m.lead_units) for m in measures] == [("一", ()), ("二", ()), ("三", ())]
    assert measures[0].text.endswith("包括完成滨江小学整体提升改造，资金由街道负责。")
    assert measures[1].text.endswith("包括张庄至董村公路。")


def test_the_words_after_the_last_measure_without_a_clause_stay_out_of_it() -> None:
    measures = _measures(_ITEMS + "特此报告。\n")
    assert measures[-1].text == "第三项：社区爱心食堂建设工程。"


def test_co_units_alone_are_co_units_and_the_review_asks_for_a_lead() -> None:
    text = """某县2021年重点工作任务
1.推进数字经济发展，建成5G基站300个。
协同配合单位：县经信局、县自然资源和规划局，黄麓镇
2.实施城市更新行动。
牵头单位：县住建局
"""
    measures = _measures(text)
    assert [(m.number, m.lead_units, m.co_units) for m in measures] == [
        ("1", (), ("县经信局", "县自然资源和规划局", "黄麓镇")),
        ("2", ("县住建局",), ()),
    ]
    assert NO_LEAD in item_doubts(measures[0], set())
    assert NO_LEAD not in item_doubts(measures[1], set())


def test_named_zones_share_the_office_written_after_the_last() -> None:
    assert split_units("市商务局，滁州经开区、中新苏滁高新区管委会") == [
        "市商务局",
        "滁州经开区管委会",
        "中新苏滁高新区管委会",
    ]
    assert split_units("城镇投公司，居巢经开区，黄麓镇") == ["城镇投公司", "居巢经开区", "黄麓镇"]


_BULLETS = """2025年街道民生实事项目进展
已完工项目
☑辖区内老旧路灯改造出新工程项目
对承塘路等478盏路灯进行刷漆出新，该项目已于3月完成。
已启动实施项目
☑东蕾苑二期新建工程
该项目于2023年6月开工，目前主体完成约70%。
☑社区卫生服务中心改扩建工程
目前正在桩基施工中。
"""


def test_a_list_of_bulleted_items_is_read_as_unnumbered_measures() -> None:
    plan = parse_plan_text(_BULLETS)
    assert [(i.kind, i.title if i.kind == "section" else i.text.split("\n")[0]) for i in plan.items] == [
        ("section", "已完工项目"),
        ("measure", "辖区内老旧路灯改造出新工程项目"),
        ("section", "已启动实施项目"),
        ("measure", "东蕾苑二期新建工程"),
        ("measure", "社区卫生服务中心改扩建工程"),
    ]
    assert all(m.doubts for m in plan.items if m.kind == "measure")


def test_two_bulleted_lines_are_no_list_of_measures() -> None:
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text("某街道工作动态\n☑路灯改造工程已完工\n☑托育中心已开园\n")


def test_a_bullet_a_pdf_lost_or_drew_from_a_symbol_font_is_a_bullet() -> None:
    # The font had no ☑ (pypdf reads a NUL), or Word's bullet came from Wingdings (a private-use character).
    for bullet in ("\x00", "\uf0fe"):
        plan = parse_plan_text(_BULLETS.replace("☑", bullet))
        assert [m.text.split("\n")[0] for m in plan.items if m.kind == "measure"] == [
            "辖区内老旧路灯改造出新工程项目",
            "东蕾苑二期新建工程",
            "社区卫生服务中心改扩建工程",
        ]
