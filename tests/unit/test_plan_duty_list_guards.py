"""What the new readers of duty lists, problems, brackets and wrapped tables must leave alone: a review's
made-up inputs near their edges (session 15). Each was read right before those readers and wrong by their
first version; the readers were narrowed until all pass again.
"""

from __future__ import annotations

import pytest

from services.errors import PlanRejected
from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    try:
        plan = parse_plan_text(text)
    except PlanRejected:
        return []
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in plan.measures]


@pytest.mark.parametrize(
    "text",
    [
        # a roster: posts and people after the units' colons
        "领导小组成员单位及负责人：\n县水利局：党组书记、局长王五同志\n县应急局：党委书记、局长赵六同志\n县气象局：局长钱七同志\n",
        # a notice asking units to report
        "关于报送项目资金拨付情况的通知\n县财政局：请于3月25日前将项目资金拨付情况报县政府办公室督查室。\n"
        "县发改局：请于3月25日前将项目进展情况报县政府办公室督查室。\n县住建局：请于3月25日前将工程进展报县政府办公室督查室。\n",
        # a directory: how to reach each unit
        "联络员名单\n县发改局：办公室主任张三，联系电话13800000001\n县财政局：办公室主任李四，联系电话13800000002\n"
        "县住建局：办公室主任王五，联系电话13800000003\n",
        # a unit's line over its address
        "办事指南\n县政务服务中心\n地址：县城人民路88号政务服务大楼一楼\n县不动产登记中心\n地址：县城人民路90号综合楼二楼\n"
        "县社保服务中心\n地址：县城建设路12号社保大楼一楼\n",
        # a working group's line over its leader and members
        "工作机构\n综合协调组\n组长：张三（区政府办公室主任）\n信息核查组\n组长：李四（区自然资源局局长）\n"
        "资金保障组\n组长：王五（区财政局局长）\n",
    ],
)
def test_lists_that_name_no_duty(text: str) -> None:
    assert _owners(text) == []


def test_units_asked_to_report_under_a_part_add_nothing() -> None:
    text = (
        "城区环境整治方案\n（一）整治背街小巷。（牵头单位：县住建局）\n1.清理乱堆乱放。\n2.修补破损路面。\n"
        "县住建局：请于每月25日前将整治进展情况报县创建办。\n县城管局：请于每月25日前将整治进展情况报县创建办。\n"
    )
    assert _owners(text) == [("1", ["县住建局"], []), ("2", ["县住建局"], [])]


def test_units_asked_what_they_must_do_name_no_owner() -> None:
    text = (
        "农村公路建设方案\n一、建设任务\n（一）新建通村公路50公里。（牵头单位：县交通局）\n（二）改造危桥10座。（牵头单位：县交通局）\n"
        "二、保障措施\n各乡镇要高度重视。县财政局要足额安排配套资金。县审计局要加强资金使用监督。\n"
    )
    assert _owners(text) == [("一", ["县交通局"], []), ("二", ["县交通局"], [])]


def test_a_single_name_in_brackets_is_a_note() -> None:
    text = (
        "停车设施建设方案\n一、建设任务（牵头单位：市住建局）\n1.新建公共停车场10处。\n2.新建立体停车库5座（县城新区）。\n"
        "二、组织机构\n（一）成立县数字经济发展领导小组（县数字办）。（牵头单位：县发改局）\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["市住建局"], ["市住建局"], ["县发改局"]]


def test_problems_listed_without_mending_are_text() -> None:
    text = (
        "作风建设整改方案\n二、存在问题\n问题一：思想认识不到位，部分干部对整改工作重视不够。\n问题二：工作落实不扎实。\n"
        "三、整改措施\n（一）加强学习教育。（牵头单位：县委组织部）\n（二）严格督查问责。（牵头单位：县纪委监委）\n"
    )
    assert _owners(text) == [("一", ["县委组织部"], []), ("二", ["县纪委监委"], [])]


def test_a_tables_paragraphs_and_part_rows_are_no_wrapped_cells() -> None:
    text = (
        "重点工作任务表\n序号\t工作任务\t责任单位\n\t一、经济发展\t\n1\t推进招商引资\t县商务局\n2\t扩大有效投资\t县发改局\n"
        "\t二、社会事业\t\n3\t新建幼儿园2所\t县教育局\n"
        "\t各责任单位要于每月25日前将工作进展情况报县政府督查室，督查室汇总后报县政府主要领导。\n"
    )
    assert [(number, lead) for number, lead, _ in _owners(text)] == [
        ("1", ["县商务局"]),
        ("2", ["县发改局"]),
        ("3", ["县教育局"]),
    ]


def test_the_plans_own_arrangements_after_its_measures_are_no_duties() -> None:
    text = (
        "重点任务分工方案\n1.推进老旧小区改造。（牵头单位：县住建局）\n2.新建农贸市场2个。（牵头单位：县商务局）\n"
        "县政府督查室负责对各项任务落实情况进行跟踪督查。\n县政府办公室负责本方案的解释工作。\n"
    )
    assert _owners(text) == [("1", ["县住建局"], []), ("2", ["县商务局"], [])]


def test_a_dash_before_a_field_that_names_no_owner() -> None:
    """A second review's probe: `——数据来源：市统计局` is where the figure comes from, not who answers for it."""
    text = (
        "考核指标\n1.地区生产总值增速（10分）——数据来源：市统计局\n2.一般公共预算收入增速（8分）——数据来源：市财政局\n"
        "3.城镇新增就业（6分）——责任单位：市人社局\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [[], [], ["市人社局"]]
