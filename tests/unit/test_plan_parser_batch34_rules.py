"""Rules found by held-out batch 34 (tests/data/plans/heldout34): made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.clauses import read_clause


def test_a_subject_before_you_names_no_unit_the_unit_after_it_leads() -> None:
    text = """某县安全生产大检查方案
四、督查分工
（一）专项督查
1.道路交通专项督查组由县公安局组织实施；
2.危险化学品、烟花爆竹、非煤矿山、冶金专项督查组由县应急局组织实施；
3.其他行业督查组由各主管部门组织实施，其总体工作由县安委办组织推进。
4.资金由县财政局负责保障。（牵头单位：县住建局）
"""
    plan = parse_plan_text(text)
    assert [m.lead_units for m in plan.measures] == [
        ("县公安局",),
        ("县应急局",),
        ("各主管部门", "县安委办"),
        ("县住建局",),  # a clause names the owner: the sentence's 由 is not read beside it
    ]


def test_the_first_listed_rule_holds_for_each_clause_of_a_measure() -> None:
    # One paragraph, three clauses: one names its lead, one only lists units under the document's rule,
    # and a drafting note (明确牵头部门的，有关部门配合，不逐一列出) names nobody.
    text = """某省政府工作报告重点工作分工
一、稳增长
（一）促进多种所有制经济发展。深化国企改革。（分管副省长负责，省国资委牵头。明确牵头部门的，有关部门配合，不逐一列出，下同）落实支持政策。（分管副省长负责，省经信委、省发改委负责。责任单位两个以上的，列第一者为牵头单位，下同）加强监管。（省市场监管局负责）
（二）推进改革。（省发改委、省财政厅负责）
"""
    plan = parse_plan_text(text)
    first, second = plan.measures
    assert first.lead_units == ("省国资委", "省经信委", "省市场监管局")
    assert first.co_units == ("省发改委",)
    assert (second.lead_units, second.co_units) == (("省发改委",), ("省财政厅",))


def test_a_unit_helping_another_to_do_the_work() -> None:
    helped = read_clause("省人事厅配合省委有关部门落实")
    assert (helped.lead_units, helped.co_units) == (("省委有关部门",), ("省人事厅",))
    after_lead = read_clause("省发改委牵头，省财政厅配合落实")
    assert (after_lead.lead_units, after_lead.co_units) == (("省发改委",), ("省财政厅",))


def test_a_numbered_title_over_unnumbered_lines_each_with_its_clause() -> None:
    text = """某省规划纲要主要目标分工
（一）约束性指标
1. 约束性指标的责任部门
单位生产总值能耗降低20%。（省经信委牵头）
完成耕地保有量指标。（省自然资源厅牵头）
森林覆盖率20%左右。（省林业局牵头）
2. 建立约束性指标考核制度
将约束性指标纳入综合评价和绩效考核。（省委组织部、省统计局负责）
"""
    plan = parse_plan_text(text)
    assert [m.number for m in plan.measures] == ["", "", "", ""]
    assert [m.lead_units for m in plan.measures] == [
        ("省经信委",),
        ("省自然资源厅",),
        ("省林业局",),
        ("省委组织部", "省统计局"),
    ]
    assert [i.title for i in plan.items if i.kind == "section"][-2:] == [
        "约束性指标的责任部门",
        "建立约束性指标考核制度",
    ]
