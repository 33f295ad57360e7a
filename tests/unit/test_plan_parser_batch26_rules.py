"""Rules found by held-out batch 26 (tests/data/plans/heldout26): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

import pytest

from services.errors import PlanWithoutMeasures
from services.plans.parser import parse_plan_text
from services.plans.parser.clauses import read_clause
from services.plans.parser.heading_points import HEADED


def test_bare_fen_gong_fu_ze_names_the_units_before_it() -> None:
    said = read_clause("两市市委宣传部牵头，两市市委组织部、文化和旅游局分工负责")
    assert (said.lead_units, said.co_units) == (("两市市委宣传部",), ("两市市委组织部", "文化和旅游局"))
    assert read_clause("两市市委组织部、市委党校分工负责").lead_units == ("两市市委组织部", "市委党校")


def test_a_bracket_of_names_after_a_sentence_is_its_owners_shown_for_checking() -> None:
    plan = parse_plan_text(
        "某市2025年民生实事项目\n一、社会保障\n1.提高城乡居民基础养老金。（市人社局、市财政局）\n"
        "2.推进示范区建设。（含高新区）\n"
    )
    first, second = plan.measures
    assert first.lead_units == ("市人社局", "市财政局")
    assert any("市人社局" in doubt for doubt in first.doubts)
    assert second.lead_units == ()


def test_the_lowest_headings_are_the_measures_when_nothing_else_is() -> None:
    plan = parse_plan_text(
        "关于建立重点工作调度机制的通知\n"
        "一、将重大项目、营商环境等重点工作纳入月调度机制。\n"
        "二、继续推行双周例会制度，研究解决项目推进中的问题。\n"
        "三、各牵头部门要于每次调度会议前报送进展情况。\n"
        "某县人民政府\n2025年3月1日\n"
    )
    assert [m.number for m in plan.measures] == ["一", "二", "三"]
    assert all(HEADED in m.doubts for m in plan.measures)


def test_titled_points_take_the_paragraph_under_them() -> None:
    plan = parse_plan_text(
        "某镇2026年工作计划\n一、深化基层党建引领\n（一）建强骨干队伍体系\n选优配强村级班子，开展轮训两次。\n"
        "（二）健全网格治理体系\n完善网格员队伍，实现网格全覆盖。\n"
    )
    assert [(m.number, m.text.split("\n")[-1]) for m in plan.measures] == [
        ("一", "选优配强村级班子，开展轮训两次。"),
        ("二", "完善网格员队伍，实现网格全覆盖。"),
    ]


def test_headings_over_nothing_are_still_refused() -> None:
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text("某区行动方案\n一、重点任务\n（一）总体目标\n（二）工作安排\n")


def test_a_bare_place_with_its_bracket_after_ge_x_is_one_party() -> None:
    # Batch 27 (海城): 责任单位：各有关部门，各开发区、镇（街道） — 镇（街道） is a kind of place, governed by 各.
    from services.plans.parser.text import split_units

    assert split_units("各有关部门，各开发区、镇（街道）") == ["各有关部门", "各开发区、镇（街道）"]


def test_a_doc_number_in_a_bracketed_metadata_cell_is_found() -> None:
    # 靖边's page: `[ 效力状态 ] | 有效 | [ 文 号 ] | 靖政发〔2025〕17号 |` — the label in brackets, the value a cell on.
    from services.plans.parser.header import find_doc_number

    assert find_doc_number(["[ 效力状态 ] | 有效 | [ 文 号 ] | 靖政发〔2025〕17号 |"]) == "靖政发〔2025〕17号"


def test_a_title_in_a_metadata_name_cell_is_the_title_when_the_page_gives_no_other() -> None:
    from services.plans.parser.header import find_title

    assert (
        find_title(["[ 名 称 ] | 靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知 |"])
        == "靖边县人民政府关于建立重点工作调度机制的通知"
    )
    assert find_title(["[ 名 称 ] | 张三 |"]) is None
