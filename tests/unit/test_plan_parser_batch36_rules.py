"""Rules found by held-out batch 36 (tests/data/plans/heldout36): made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.clauses import read_clause
from services.plans.parser.text import split_units

_ANNEX_PLAN = """某市人民政府关于印发2011年重点工作分解落实方案的通知
各市（县）和各区人民政府，市各委、办、局：
现将《重点工作分解落实方案》印发给你们，请认真贯彻执行。
附件：市政府2011年重点工作分解落实方案
二○一一年二月十五日
市政府2011年重点工作分解落实方案
一、目标分解
1、地区生产总值增长11.5%。
（市发改委、财政局）
2、城乡居民收入增长12%。
（市发改委、农委、人保局，各市(县)、区政府）
3、城镇登记失业率控制在3.5%以内。
（市人保局，各市(县)、区政府）
"""


def test_an_annex_keeps_every_measure_and_its_bracket_of_names_at_the_end() -> None:
    # Measures 2 and 3 once vanished: their bracket (各市(县)、区政府 inside it) was no clause, and an
    # annex kept only measures with a clause; the last one's bracket, ending the document, was dropped.
    measures = parse_plan_text(_ANNEX_PLAN).measures
    assert [m.number for m in measures] == ["1", "2", "3"]
    assert measures[1].lead_units == ("市发改委", "农委", "人保局", "各市(县)、区政府")
    assert measures[2].lead_units == ("市人保局", "各市(县)、区政府")
    assert measures[2].text.endswith("（市人保局，各市(县)、区政府）")


def test_an_annex_measure_whose_clause_is_unread_stays_for_review() -> None:
    text = _ANNEX_PLAN.replace("（市人保局，各市(县)、区政府）", "（另行通知）")
    measures = parse_plan_text(text).measures
    assert [m.number for m in measures] == ["1", "2", "3"]
    assert measures[2].lead_units == ()


def test_a_short_name_before_a_unit_without_a_place_kind_is_a_name_of_its_own() -> None:
    assert split_units("总部办、经济开发区、五金城、科技局") == ["总部办", "经济开发区", "五金城", "科技局"]
    assert split_units("相关市、县政府") == ["相关市、县政府"]
    assert split_units("甲城、乙河、丙镇市政府") == ["甲城、乙河、丙镇市政府"]


def test_two_qualifiers_before_the_verb() -> None:
    clause = read_clause("责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。")
    assert clause.lead_units == ("县政府办公室", "县司法局", "各有关部门", "乡镇人民政府")


def test_a_first_point_that_lost_its_number_under_its_heading_stays() -> None:
    text = """某区全面依法治区工作要点
一、深入学习贯彻法治思想
抓好法治思想学习培训。推动列入党委理论学习中心组学习内容。（责任单位：区委宣传部、区委党校）
2. 开展法治思想宣传阐释。组织各部门广泛宣传。（责任单位：区委依法治区办）
"""
    measures = parse_plan_text(text).measures
    assert [(m.number, m.lead_units) for m in measures] == [
        ("", ("区委宣传部", "区委党校")),
        ("2", ("区委依法治区办",)),
    ]
