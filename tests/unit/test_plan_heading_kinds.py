"""Headings that are work, and headings that only look like a unit's name.

Written in session 12 from held-out batch 42:
- a provincial project list gave each city's part （一）重点项目 over 1. 2. and then （二）预备重点项目（2个）。
  over one line naming the projects; that heading stayed a heading and its line was lost;
- a plan's task heading （一）完善地方立法工作格局 ends on 局 and was handed down as the lead of the
  measures under it.
9 of the 15 cases below failed when written (the unit headings, the title and 推进数字政府建设 passed).
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text


def _measures(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.number, m.lead_units) for m in parse_plan_text(text).measures]


PROJECTS = (
    "某省重点项目安排\n三、儋州市政府\n（一）重点项目（2个）。\n1.竣工项目（1个）：西部中心医院一期工程。\n"
    "2.续建项目（1个）：滨海新区开发项目。\n（二）预备重点项目（2个）。\n东坡文化旅游区、白马湾综合开发项目。\n"
    "四、文昌市政府\n（一）重点项目（1个）。\n1.续建项目（1个）：铜鼓岭生态旅游区开发项目。\n"
    "（二）预备重点项目（1个）。\n铺前大桥。{closing}"
)


@pytest.mark.parametrize(
    "closing", ["", "\n各市县要加强组织领导，确保项目顺利推进。\n某省人民政府办公厅\n2011年3月1日"]
)
def test_a_sentence_heading_over_its_paragraph_beside_numbered_parts_is_a_measure(closing: str) -> None:
    plan = parse_plan_text(PROJECTS.format(closing=closing))
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("1", ("儋州市政府",)),
        ("2", ("儋州市政府",)),
        ("二", ("儋州市政府",)),
        ("1", ("文昌市政府",)),
        ("二", ("文昌市政府",)),
    ]
    assert "白马湾综合开发项目" in plan.measures[2].text
    assert plan.measures[-1].text.endswith("铺前大桥。")  # the closing words are no part of it


def test_a_title_over_paragraphs_stays_a_heading() -> None:
    text = (
        "某区工作方案\n一、总体要求\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导。\n"
        "（二）工作目标\n到2025年，营商环境明显改善。\n二、重点任务\n（一）深化改革\n"
        "1.推行一网通办。（责任单位：区政务服务中心）\n2.压缩审批时间。（责任单位：区行政审批局）\n"
        "（二）强化保障\n各单位要加强组织领导。"
    )
    assert _measures(text) == [("1", ("区政务服务中心",)), ("2", ("区行政审批局",))]


TASK_HEADINGS = [
    "完善地方立法工作格局",
    "优化城市空间布局",
    "服务发展大局",
    "健全基层治理中心",
    "建设区域医疗中心",
    "打造营商环境示范区",
    "争创国家级开发区",
    "推进数字政府建设",
]
UNIT_HEADINGS = ["区发改局", "省人力资源和社会保障厅", "儋州市政府", "发展改革委"]


@pytest.mark.parametrize("heading", TASK_HEADINGS + UNIT_HEADINGS)
def test_a_heading_names_a_unit_only_when_it_opens_on_no_verb(heading: str) -> None:
    text = (
        f"某市工作要点\n一、重点工作\n（一）{heading}\n1.制定年度工作计划，明确目标任务。\n"
        "2.开展专项检查，确保取得实效。\n（二）其他工作\n1.做好信息报送工作。"
    )
    lead = (heading,) if heading in UNIT_HEADINGS else ()
    assert _measures(text) == [("1", lead), ("2", lead), ("1", ())]
