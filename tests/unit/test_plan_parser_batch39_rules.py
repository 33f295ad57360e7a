"""Rules found in session 10's look at the held-out residue and batch 39: made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text

_SPACED = """某县2025年政府工作报告重点工作任务分解表
序号 重点工作任务 主要责任单位 协同配合单位
一、主要预期目标
1 地区生产总值增长6%左右。 县发改委 县政府各部门,各乡镇人民政府。
2 一般公共预算收入增长5%左右。 县财政局
县税务局
县政府有关部门,各乡镇人民政府。
3 固定资产投资增长7%左右。 县发改委 县住建局、县交通局。
4 社会消费品零售总额增长8%左右。 县商务局
县市场监管局
"""


def test_a_spaced_table_row_whose_names_a_web_page_broke_onto_lines() -> None:
    measures = parse_plan_text(_SPACED).measures
    assert [m.number for m in measures] == ["1", "2", "3", "4"]
    assert measures[1].lead_units == ("县财政局", "县税务局")
    assert measures[1].co_units == ("县政府有关部门", "各乡镇人民政府")
    assert measures[2].lead_units == ("县发改委",)
    # The last row's lines run on to the end: its names, not text after the table.
    assert measures[3].lead_units == ("县商务局",)
    assert measures[3].co_units == ("县市场监管局",)


def test_lines_after_a_spaced_table_are_not_a_row() -> None:
    text = _SPACED.rsplit("4 ", 1)[0] + "各单位要按照分工抓好落实，每月5日前报送进展。\n2025年3月1日\n"
    measures = parse_plan_text(text).measures
    assert [m.number for m in measures] == ["1", "2", "3"]
    assert measures[2].co_units == ("县住建局", "县交通局")
