"""Rules found by held-out batch 28 (tests/data/plans/heldout28) and by batch 26's 靖边 notice:
made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.text import looks_like_unit, split_units


def test_owners_named_as_the_sentence_subject_lead_and_their_sentence_siblings_are_measures() -> None:
    # 五、A、B等牵头部门，要… names its owners as the subject; the other 一、 items are whole sentences with
    # nothing under them, so they are measures of the same list (with no owners), not sections.
    text = """某县人民政府关于建立重点工作调度机制的通知
各镇人民政府：
现将有关要求通知如下。
一、将重大项目、招商引资等重点工作纳入月调度机制，每月召开一次调度会议，由县长主持。
二、继续推行双周例会制度，双周例会由常务副县长主持，研究解决项目建设中的问题。
三、县政府办、县发改局、县林业局等牵头部门，要于每次调度会议前梳理任务进展情况。
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("一", (), ()),
        ("二", (), ()),
        ("三", ("县政府办", "县发改局", "县林业局"), ()),
    ]


def test_each_unit_as_the_subject_names_nobody() -> None:
    # 各主要责任单位要… is a requirement on everybody: no owners, and the items stay the framework.
    text = """某区重点工作分工方案
一、提高政治站位。各部门要将落实好重点工作作为重要政治任务。
二、强化沟通协作。各主要责任单位要建立定期会商机制，形成工作合力。
三、重点工作
1.地区生产总值增长5%。（区发展改革委牵头）
2.新增城镇就业1万人。（区人力社保局牵头）
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("1", ("区发展改革委",)),
        ("2", ("区人力社保局",)),
    ]


def test_a_person_label_before_the_unit_label_on_one_line() -> None:
    # 牵头领导：市长，责任单位：… — the person first, the units after a later label on the same line.
    text = """某市政府工作报告目标任务责任分解
一、主要发展目标
（一）地区生产总值增长7%左右
牵头领导：市长、副市长，责任单位：市发改局、市统计局、各镇（街道）。
（二）一般公共预算收入增长6.5%
牵头领导：副市长，责任单位：市财政局。
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("一", ("市发改局", "市统计局", "各镇（街道）")),
        ("二", ("市财政局",)),
    ]


def test_bracketed_numbers_run_on_after_a_clause_start_new_measures() -> None:
    text = """某省政府工作报告重点工作责任分工
一、主要预期目标
（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（省财政厅主办，省国税局协办）
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("一", ("省发改委",), ()),
        ("二", ("省财政厅",), ("省国税局",)),
    ]


def test_a_standing_deadline_is_no_unit_and_a_places_two_bodies_stay_one_party() -> None:
    assert not looks_like_unit("常态工作")
    assert split_units("各县（市、区）党委和人民政府、城乡一体化示范区、高新区党工委和管委会") == [
        "各县（市、区）党委和人民政府",
        "城乡一体化示范区党工委和管委会",
        "高新区党工委和管委会",
    ]
    # Two units of their own joined by 和 are still two.
    assert split_units("区发改委和区财政局") == ["区发改委", "区财政局"]
