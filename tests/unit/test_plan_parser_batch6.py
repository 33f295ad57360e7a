"""Shapes met in the sixth held-out batch of real plans (docs/plan-reading.md), as short samples.

Each sample is a family of documents, not one document: a unit list whose starred name leads, a table
row that lost an empty cell before its units, a measure whose paragraph broke at a 。 before its
clause (a PDF's lines), and measures quoted without numbers, each closing with its own clause.
"""

from __future__ import annotations

import pytest

from services.errors import PlanWithoutMeasures
from services.plans.parser import parse_plan_text
from services.plans.parser.unnumbered import UNNUMBERED


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_starred_unit_leads_and_an_empty_cell_before_the_units_keeps_them_in_their_column() -> None:
    text = """2023年区政府工作报告重点工作责任分解
序号

重点工作

区本级

任务数

责任单位

1

地区生产总值增长6.5%。


区发改局

2

力争全年兑现惠企资金20亿元。

9亿元

区政府办公室*、区财政局

3

设立重点领域专项子基金。

10亿元

区财政局＊、区科技局、区投促中心

4

着力推进重大建设项目340个以上。


区发改局
"""
    plan = parse_plan_text(text)
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        ("1", ["区发改局"], []),
        ("2", ["区政府办公室"], ["区财政局"]),
        ("3", ["区财政局"], ["区科技局", "区投促中心"]),
        ("4", ["区发改局"], []),
    ]
    # The lead is the row's own, not carried down from the row above.
    assert not any("沿用上一行" in doubt for m in plan.measures for doubt in m.doubts)


def test_a_paragraph_broken_at_a_full_stop_keeps_its_clause_and_text() -> None:
    text = """加快推进工业经济高质量发展若干政策
一、深入实施数字经济“一号工程”
（一）深入推进数字经济系统建设。加快以“产业大脑+未
来工厂”为核心的数字经济系统建设。推进产业大脑建设,待省、
市出台专项政策后,按上级政策执行。
推进未来工厂建设,对当年评为省级未来工厂的,
给予 100 万元奖励。
（责任单位：市经信局）
（二）加快推进数字产业化。对软件企业给予一次性奖励。（责任单位：市经信局、市财政局）
"""
    measures = parse_plan_text(text).measures
    assert [(m.number, list(m.lead_units)) for m in measures] == [
        ("一", ["市经信局"]),
        ("二", ["市经信局", "市财政局"]),
    ]
    assert "推进未来工厂建设" in measures[0].text  # no measure text lost


def test_a_measure_without_clause_does_not_take_the_closing_words() -> None:
    text = """某县工作要点
一、重点工作
1.抓好项目建设。全年完成投资10亿元。
各单位要高度重视，认真抓好落实。
某县人民政府办公室
2023年3月1日
"""
    measures = parse_plan_text(text).measures
    assert [m.number for m in measures] == ["1"]
    assert "认真抓好落实" not in measures[0].text


def test_unnumbered_measures_each_closing_with_a_clause_are_read_one_by_one() -> None:
    text = """国务院印发重点工作分工的意见，一起来看——
??? 提升科技创新能力 ? 实施基础研究十年规划。（科技部、财政部等按职责分工负责，年内持续推进） ? 实施科技体制改革三年攻坚方案。（科技部、国家发展改革委牵头，国家国防科工局等按职责分工负责，年内持续推进）
● 加强科普工作。（科技部牵头，外交部、中国科协等按职责分工负责）
"""
    plan = parse_plan_text(text)
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        ("", ["科技部", "财政部"], []),
        ("", ["科技部", "国家发展改革委"], ["国家国防科工局"]),
        ("", ["科技部"], ["外交部", "中国科协"]),
    ]
    assert all(UNNUMBERED in m.doubts for m in plan.measures)  # the split is said, for the review screen
    assert [i.title for i in plan.items if i.kind == "section"] == ["提升科技创新能力"]


def test_unnumbered_text_without_clauses_is_still_refused_with_advice() -> None:
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text("某市新闻稿\n今年以来，全市经济运行平稳。\n下一步将继续加大工作力度。\n")


def test_a_site_breadcrumb_is_no_title_and_a_policy_or_table_name_is_one() -> None:
    text = """您现在的位置:首页
 > 资源库栏目 > 基本信息公开 > 重点工作 > 重点工作
2023年区政府工作报告重点工作责任分解
1.地区生产总值增长6.5%。（责任单位：区发改局）
"""
    assert parse_plan_text(text).title == "2023年区政府工作报告重点工作责任分解"
    text = """>> 走进嵊州 >> 投资嵊州 >> 投资政策
加快推进工业经济高质量发展若干政策
（一）深入推进数字经济系统建设。（责任单位：市经信局）
"""
    assert parse_plan_text(text).title == "加快推进工业经济高质量发展若干政策"


def test_a_starred_unit_leads_in_a_clause_too() -> None:
    text = """某区重点工作责任分解
一、稳增长
1.力争全年兑现惠企资金20亿元。（责任单位：区政府办公室*、区财政局）
2.争取专项债额度15亿元。（责任单位：区财政局）
"""
    assert _owners(text) == [("1", ["区政府办公室"], ["区财政局"]), ("2", ["区财政局"], [])]
