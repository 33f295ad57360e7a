"""Rules found by held-out batch 27 (tests/data/plans/heldout27): made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def test_a_short_row_whose_unit_cell_is_a_clause_stands_right() -> None:
    # The 工作任务 cell merged down: the rows under it start with their 具体要求 and end in empty cells, and
    # a unit cell may be written as a clause (办公室牵头，各科室配合).
    text = """某中心政务公开工作任务分工
工作任务 | 具体要求 | 责任部门 |
一、做好财政信息公开。 | 1.积极推进预算、决算公开。 | 财务科 |
2.及时反馈网民意见。 | 各科室 | |
3.及时更新微信公众号信息。 | 办公室牵头，各科室配合 | |
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("1", ("财务科",), ()),
        ("2", ("各科室",), ()),
        ("3", ("办公室",), ("各科室",)),
    ]
