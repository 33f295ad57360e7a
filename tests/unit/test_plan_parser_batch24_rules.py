"""Rules found by held-out batch 24 (tests/data/plans/heldout24): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

from services.plans.parser.clauses import read_clause
from services.plans.parser.text import split_units


def test_the_adverb_before_the_verb_is_no_part_of_the_last_name() -> None:
    said = read_clause("责任单位：市人力社保局、市农业农村局分别牵头")
    assert said.lead_units == ("市人力社保局", "市农业农村局")
    said = read_clause("市发改委、市财政局共同牵头，市商务局配合")
    assert (said.lead_units, said.co_units) == (("市发改委", "市财政局"), ("市商务局",))


def test_a_name_that_ends_in_such_a_word_keeps_it() -> None:
    assert split_units("区联合、区共同") == ["区联合", "区共同"]


def test_a_triangle_before_a_name_marks_the_lead_as_a_star_does() -> None:
    from services.plans.parser.lead_marks import starred_leads

    assert starred_leads(split_units("▲发改局,各部门,各镇乡(街道)")) == (
        ["发改局"],
        ["各部门", "各镇乡(街道)"],
    )
    assert starred_leads(split_units("经信局,相关部门")) is None
