"""Rules found by held-out batch 22 (tests/data/plans/heldout22): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.lead_marks import starred_leads
from services.plans.parser.text import split_units

# A table copied one cell a line with `|` lines between, whose 序号 numbers the groups (1 over tasks
# 1.–3.), the tasks numbered in their own cells; a blank 牵头领导 cell leaves no line, and ★ marks the lead.
_GROUPED = """某区2024年重点工作目标任务分解落实方案
序号
|
项目
|
重点工作目标任务
|
牵头领导
|
责任单位
|
一、主要预期目标
|
||||
1
|
主要预期目标
|
1.地区生产总值增长5%以上。
|
张 三
|
★区发改委、统计局
|
2.一般公共预算收入增长6%以上。
|
★区财政局、税务局
|
|||
3.规上工业总产值增长5%左右。
|
李 四
|
★区工信局
|
||
"""


def test_rows_start_at_the_tasks_numbered_in_their_own_cells() -> None:
    plan = parse_plan_text(_GROUPED)
    measures = [(m.number, m.lead_units, m.co_units) for m in plan.items if m.kind == "measure"]
    assert measures == [
        ("1", ("区发改委",), ("统计局",)),
        ("2", ("区财政局",), ("税务局",)),
        ("3", ("区工信局",), ()),
    ]


def test_a_star_before_a_name_marks_the_lead_but_a_run_of_them_masks_a_name() -> None:
    assert starred_leads(["★区发改委", "统计局"]) == (["区发改委"], ["统计局"])
    assert starred_leads(["****分局", "县**局"]) is None


def test_a_bracket_on_a_line_of_its_own_is_the_note_of_the_name_above() -> None:
    assert split_units("经开区\n高新园\n（邹区镇）\n各街道\n统计局") == [
        "经开区",
        "高新园（邹区镇）",
        "各街道",
        "统计局",
    ]
    assert split_units("相关市、县政府") == ["相关市、县政府"]
