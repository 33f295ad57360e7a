"""Session 19: shapes of real documents (held-out batches and blind sets) that the reader read wrong.
Each failed when written."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_spaced_row_whose_progress_cell_holds_a_space() -> None:
    """序号 任务 牵头单位 完成情况 in space columns, a row's 完成情况 written `规模工业增加值增长 11.9%`: the even split
    took its first word for the units; the first organisation after the task is the units' cell."""
    text = (
        "2025年县政府重点工作任务一季度完成情况\n"
        "序号 重点工作任务 牵头责任单位 一季度完成情况\n"
        "1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n"
        "2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%\n"
        "3 财政一般公共预算收入增长3.7%以上。 县财政局、县税务局 财政一般公共预算收入增长 4.8%\n"
    )
    assert _owners(text) == [
        ("1", ["县发改委"], []),
        ("2", ["县工信局"], []),
        ("3", ["县财政局", "县税务局"], []),
    ]


def test_a_cell_a_line_table_with_a_persons_cell_after_the_units() -> None:
    """牵头单位 | 责任人 | 相关单位, the 相关单位 cell wrapped over lines: the person after the lead units is no
    unit, and the wrapped names are the co-units; the cell's note of the unit's part is no part of its name."""
    text = (
        "2018年政府工作报告目标任务半年度完成情况一览表\n\n序号\n\n目标任务\n\n责任领导\n\n牵头单位\n\n责任人\n\n"
        "相关单位\n\n完成情况\n\n1\n\n地区生产总值达到678亿元，增长9.5%\n\n徐  平\n\n区发改局\n\n徐铭喜\n\n"
        "区统计局（数据统计评估牵头单位），\n\n区财政局、区商务粮食局、\n\n区工信局、区金融办\n\n"
        "上半年我区地区生产总值预计完成263亿元。\n\n2\n\n财政收入达到30亿元，增长15%\n\n徐  平\n\n区财政局\n\n"
        "杨大明\n\n区国税局、区地税局\n\n上半年我区财政收入完成16.6亿。\n"
    )
    assert _owners(text) == [
        ("1", ["区发改局"], ["区统计局", "区财政局", "区商务粮食局", "区工信局", "区金融办"]),
        ("2", ["区财政局"], ["区国税局", "区地税局"]),
    ]


def test_a_units_tasks_heading_over_its_numbered_tasks() -> None:
    """`（八）县经济局主要工作任务：` over 1、… 2、…: the unit's tasks, each a measure it leads."""
    text = (
        "（八）县经济局主要工作任务：\n1、鼓励和引导淘汰落后产能。\n2、2010年底前完成两家企业机立窑生产线的淘汰工作。\n"
        "（九）县公安局主要工作任务：\n1、依法整治尾气排放年检不合格的机动车辆。\n"
    )
    assert _owners(text) == [
        ("1", ["县经济局"], []),
        ("2", ["县经济局"], []),
        ("1", ["县公安局"], []),
    ]


def test_a_heading_sentence_whose_subject_does_the_points_under_it() -> None:
    """`（一）区民政局作为主管部门总体负责…。` / `（二）区卫生局、区残联、团区委等部门根据…，做好…。具体包括：` over
    numbered 负责… points: the heading's subject owns each point; a task's heading names nobody."""
    text = (
        "（一）区民政局作为主管部门总体负责救助帮困系统的运行、维护和安全。\n1.负责起草救助帮困系统的管理办法。\n"
        "2.负责协调本区各部门的救助帮困工作。\n（二）区卫生局、区残联、团区委等部门根据救助帮困系统设计功能，做好本部门"
        "有关救助帮困工作的网上处理。具体包括：\n1.及时录入救助对象信息。\n2.做好数据的更新。\n"
        "（三）加强系统安全管理\n1.落实专人负责系统维护。\n"
    )
    assert _owners(text) == [
        ("1", ["区民政局"], []),
        ("2", ["区民政局"], []),
        ("1", ["区卫生局", "区残联", "团区委"], []),
        ("2", ["区卫生局", "区残联", "团区委"], []),
        ("1", [], []),
    ]


def test_a_heading_of_a_town_and_each_street_office_over_tasks() -> None:
    """`（五）南庄镇、各街道办事处` over 1.… 2.…: both do each task (办事处 ends an organisation's name)."""
    text = (
        "四、职责分工\n（一）区体育局\n1.负责组织实施群众体育工作方案。\n（二）南庄镇、各街道办事处\n"
        "1.做好组织发动工作。\n2.配合做好全民健身站点建设工作。\n"
    )
    assert _owners(text) == [
        ("1", ["区体育局"], []),
        ("1", ["南庄镇", "各街道办事处"], []),
        ("2", ["南庄镇", "各街道办事处"], []),
    ]
