"""A plan numbered only in words (一是… / 二是…), with no 一、 or 1. anywhere, reads its points as measures.

Written in session 11, from held-out batch 40: a street's 工作思路 made only of 一是/二是 paragraphs under
a lead-in line was refused with "没有找到方案的层次结构". Every form below was refused then.
"""

from __future__ import annotations

import pytest

from services.errors import PlanWithoutMeasures
from services.plans.parser import parse_plan_text
from services.plans.parser.worded_points import WORDED

POINTS = (
    "一是进一步落实管党治党责任。压实管党治党政治责任，持续规范党内政治生活。",
    "二是进一步强化政务功能保障。深化“秒级响应、分钟处置”机制，全面强化重点区域的管控。",
    "三是持续改善人居环境。完成老旧小区综合整治3个，新增停车位200个。",
)
CLOSING = "各科室要按照以上要求，明确责任分工，确保各项工作落到实处。"


def _plan(lead_in: str, points: tuple[str, ...], closing: str = "") -> str:
    lines = ["某街道2021年度工作思路", "2021年是“十四五”开局之年。", lead_in, *points]
    return "\n".join([*lines, closing] if closing else lines)


@pytest.mark.parametrize(
    "lead_in", ["街道重点抓好以下几个方面工作：", "街道将重点做好以下工作。", "今年的工作安排如下"]
)
@pytest.mark.parametrize("closing", ["", CLOSING], ids=["no-closing", "closing"])
def test_points_numbered_in_words_are_the_measures(lead_in: str, closing: str) -> None:
    plan = parse_plan_text(_plan(lead_in, POINTS, closing))
    assert [m.number for m in plan.measures] == ["一", "二", "三"]
    assert [m.text for m in plan.measures] == list(POINTS)  # the closing words stay out of the last
    assert all(WORDED in m.doubts for m in plan.measures)


def test_a_point_keeps_its_clause_and_its_second_paragraph() -> None:
    points = (
        "一是推进老旧小区改造。完成改造小区12个。",
        "同步实施加装电梯、雨污分流等配套工程。",
        "（责任单位：城市管理办公室、社区建设办公室）",
        "二是办好民生实事。新增养老助餐点3个。",
        "责任单位：社会事务办公室",
    )
    plan = parse_plan_text(_plan("重点抓好以下工作：", points, CLOSING))
    read = [(m.number, m.lead_units) for m in plan.measures]
    assert read == [("一", ("城市管理办公室", "社区建设办公室")), ("二", ("社会事务办公室",))]
    assert "同步实施加装电梯" in plan.measures[0].text


def test_points_out_of_order_or_alone_are_no_list() -> None:
    # 一是 alone, then 三是: no run of points counted from 一 — the plan is refused as before.
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text(_plan("重点抓好以下工作：", (POINTS[0], POINTS[2])))


# Found by a review of the first version (session 11): a second run of points under its topic line was
# merged into the first, the last point lost its second paragraph and clause, and a speech was imported.
def test_each_topic_counts_its_points_afresh() -> None:
    text = (
        "某街道2024年工作要点\n党建工作\n一是加强党员教育管理。\n二是推进基层党组织标准化建设。\n城市管理\n"
        "一是开展背街小巷环境整治。\n二是加强违法建设治理。\n三是推进垃圾分类，覆盖率达到90%。"
    )
    measures = parse_plan_text(text).measures
    assert [m.number for m in measures] == ["一", "二", "一", "二", "三"]
    assert "城市管理" not in measures[1].text


def test_the_last_point_keeps_its_paragraphs_up_to_its_clause() -> None:
    text = (
        "某街道2024年工作思路\n街道重点抓好以下工作：\n一是推进老旧小区改造。\n责任单位：城建科\n"
        "二是办好民生实事。新增养老助餐点3个。\n同步推进社区食堂建设，年底前建成2个。\n责任单位：社会事务科\n"
        "各科室要按照以上要求抓好落实。"
    )
    measures = parse_plan_text(text).measures
    assert [(m.number, m.lead_units) for m in measures] == [("一", ("城建科",)), ("二", ("社会事务科",))]
    assert "社区食堂" in measures[1].text and "各科室" not in measures[1].text


def test_a_speech_is_no_plan() -> None:
    text = (
        "在全县安全生产工作会议上的讲话\n同志们：\n下面，我讲三点意见。\n一是要提高思想认识。\n"
        "二是要突出工作重点。\n三是要压实工作责任。\n同志们，希望大家共同努力。"
    )
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text(text)
