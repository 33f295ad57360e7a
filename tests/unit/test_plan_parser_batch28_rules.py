"""Rules found by held-out batch 28 (tests/data/plans/heldout28) and by batch 26's 靖边 notice:
made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


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
