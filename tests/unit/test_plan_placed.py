"""What the reader placed in no measure (services/plans/placed.py), shown on the review screen."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.placed import unplaced_lines

_PLAN = """某区推进老旧小区改造实施方案
为推进老旧小区改造，制定本方案。
一、重点任务
推动改造工作，要坚持政府引导、居民自愿、市场运作的原则，一是先民生后提升，二是先地下后地上。
（一）完成老旧小区改造12个。（牵头单位：区住建局）
（二）新建城市公园2处。（牵头单位：区城管局）
某区人民政府
2024年3月1日
"""


def test_a_paragraph_under_a_heading_that_no_measure_holds_is_unplaced() -> None:
    plan = parse_plan_text(_PLAN)
    lines = plan.source_text.split("\n")
    assert [lines[i] for i in unplaced_lines(plan)] == [
        "推动改造工作，要坚持政府引导、居民自愿、市场运作的原则，一是先民生后提升，二是先地下后地上。"
    ]


def test_the_notice_before_the_plan_a_signature_and_a_date_are_not_listed() -> None:
    plan = parse_plan_text(
        _PLAN.replace(
            "推动改造工作，要坚持政府引导、居民自愿、市场运作的原则，一是先民生后提升，二是先地下后地上。\n",
            "",
        )
    )
    assert unplaced_lines(plan) == []


def test_table_rows_read_as_measures_are_placed_cell_by_cell() -> None:
    plan = parse_plan_text(
        "某区重点任务清单\n| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n"
        "| 1 | 改造雨污管网12公里。 | 区住建局* | 区水务局、区财政局 |\n"
        "| 2 | 新建公园2处。 | 区城管局 | ▲区自然资源局，各街道办事处 |\n"
    )
    assert len(plan.measures) == 2 and unplaced_lines(plan) == []
