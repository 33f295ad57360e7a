"""Rules found by held-out batch 19 (tests/data/plans/heldout19): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

# A document that says once 列第一位的为牵头单位，下同, whose clause lines end on a unit with its own
# bracket (各区县政府（含新区、开发区管委会）): the bracket is part of that name, no second clause.
_FIRST_LISTED = """2024年重点工作责任分解
一、重点工作
1.坚持稳中求进，加快建设新城市。
责任单位:市政府办公室、市级其他有关单位、各区县政府(含新区、开发区管委会)(列第一位的为工作牵头单位,下同)
2.全面提高政府自身建设水平。
责任单位:市政府办公室、市级其他有关单位、各区县政府(含新区、开发区管委会)
3.推进数字政府建设。
责任单位:市大数据局、各区县政府(含新区)
"""


def _measures(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    plan = parse_plan_text(text)
    return [(m.number, m.lead_units, m.co_units) for m in plan.items if m.kind == "measure"]


def test_a_bracket_glued_to_the_last_unit_is_part_of_its_name() -> None:
    wide = "各区县政府(含新区、开发区管委会)"
    assert _measures(_FIRST_LISTED) == [
        ("1", ("市政府办公室",), ("市级其他有关单位", wide)),
        ("2", ("市政府办公室",), ("市级其他有关单位", wide)),
        ("3", ("市大数据局",), ("各区县政府(含新区)",)),
    ]


def test_a_bare_list_closing_a_sentence_is_still_a_clause_under_the_rule() -> None:
    text = """某市推进工作方案
（列第一位者为牵头单位，下同）
一、重点任务
（一）建设智慧城市平台。（市大数据局、市财政局）
（二）推进老旧小区改造。（市住建局、各区政府）
"""
    assert _measures(text) == [
        ("一", ("市大数据局",), ("市财政局",)),
        ("二", ("市住建局",), ("各区政府",)),
    ]
