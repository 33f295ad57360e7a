"""Unit grammar met in the fourth held-out batch of real plans (docs/plan-reading.md), as short samples.

Each sample is a family of documents, not one document: a shared government after a list of kinds of
place, 协作 as a co-operating label, the lead rule written without its verb or as a note in a table
cell, and the pinyin glosses mirror sites put after characters.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_kinds_of_place_after_each_share_the_government_at_the_end() -> None:
    text = """某市重点工作及责任分解
一、主要预期目标
1.地区生产总值增长8%以上。（市发展改革委牵头，市统计局等，各县、市、区政府配合）
2.财政收入增长8%左右。（省财政厅牵头，各州、市人民政府配合）
3.固定资产投资增长10%。（市发展改革委牵头，各区、县级市配合）
"""
    assert _owners(text) == [
        ("1", ["市发展改革委"], ["市统计局", "各县、市、区政府"]),
        ("2", ["省财政厅"], ["各州、市人民政府"]),
        ("3", ["市发展改革委"], ["各区、县级市"]),
    ]


def test_a_label_of_co_operation_by_its_word() -> None:
    text = """某县政府工作报告任务分解
1.创建国家卫生县城。
牵头责任单位：县卫健委、县民政局
主要协作单位：各乡镇人民政府、经济开发区管委会
2.推广家庭医生签约服务。（县卫健委牵头，县医保局协作）
"""
    assert _owners(text) == [
        ("1", ["县卫健委", "县民政局"], ["各乡镇人民政府", "经济开发区管委会"]),
        ("2", ["县卫健委"], ["县医保局"]),
    ]


def test_the_first_responsible_unit_leads_when_the_document_says_so_in_a_note() -> None:
    text = """某市优化营商环境若干措施
一、营造公平竞争市场环境
（一）规范推进PPP项目建设。
责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）
时限要求：持续推进
（二）落实统一的招投标政策。
责任单位：市建设局、市财政局
"""
    assert _owners(text) == [
        ("一", ["市发改委"], ["市财政局"]),
        ("二", ["市建设局"], ["市财政局"]),
    ]


def test_a_rule_note_in_a_table_cell_is_no_unit() -> None:
    text = """某某工作重点任务分工方案
序号 | 工作任务 | 负责单位 | 时间进度 |
1 | 建立就业影响评价机制 | 发展改革委、人力资源社会保障部、统计局（列第一位者为牵头单位，下同） | 持续实施 |
2 | 加强政策配套衔接 | 财政部、商务部 | 持续实施 |
"""
    assert _owners(text) == [
        ("1", ["发展改革委"], ["人力资源社会保障部", "统计局"]),
        ("2", ["财政部"], ["商务部"]),
    ]


def test_pinyin_glosses_of_a_mirror_site_are_not_part_of_names() -> None:
    text = """某某工作分工方案
一、重点任务
1.加强统计监测。（國家統(tǒng)計局牵头，發(fā)展改革委配合）
2.保持地区(qū)稳定。（公安部负责）
"""
    plan = parse_plan_text(text)
    assert _owners(text) == [("1", ["國家統計局"], ["發展改革委"]), ("2", ["公安部"], [])]
    assert "qū" not in plan.measures[1].text
    # A bracket of plain letters (an abbreviation) stays: only tone-marked pinyin is a gloss.
    assert "(PPP)" in parse_plan_text("一、任务\n1.推广合作(PPP)模式。（市财政局负责）\n").measures[0].text
