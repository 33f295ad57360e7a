"""Rules found by held-out batch 25 (tests/data/plans/heldout25): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.text import split_units


def _measures(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(m.number, m.lead_units, m.text) for m in parse_plan_text(text).items if m.kind == "measure"]


def test_a_header_and_a_rows_targets_broken_over_lines_are_one_table_row() -> None:
    text = """区发改委2024年11月重点工作落实情况
序号 | 工作 责任组 |
责任 领导 |
责任 单位 |
月度目标要求 | 工作进展 |
3 | 项目推进 | 张三 | 区发改委 | 1.加快固定资产投资调度。 | 已开工2个。 |
2.修改完善2025年政府投资计划。 | 正在修订。 | ||||
3.保障高铁项目施工。 | 已拆迁120户。 | ||||
"""
    measures = _measures(text)
    assert [(n, lead) for n, lead, _ in measures] == [("3", ("区发改委",))]
    assert "2.修改完善2025年政府投资计划。" in measures[0][2] and "3.保障高铁项目施工。" in measures[0][2]


def test_numbered_questions_to_the_reader_are_no_measures() -> None:
    text = """关于征集民生实事意见的通知
1. 您比较关注哪些方面的民生问题？
2. 您对民生实事推进工作有哪些意见或建议？
一、教育惠民
1.新建幼儿园3所。（牵头单位：市教育局）
"""
    assert [(n, lead) for n, lead, _ in _measures(text)] == [("1", ("市教育局",))]


def test_a_part_number_after_a_sentence_and_a_space_starts_a_paragraph() -> None:
    text = (
        "某省支持青年就业若干政策措施 为做好青年就业工作，制定以下政策措施。 一、鼓励企业吸纳就业。"
        "各地要挖掘适合青年的岗位。（省发展改革委、省人力资源社会保障厅按职责分工负责）\n"
    )
    assert [(n, lead) for n, lead, _ in _measures(text)] == [("一", ("省发展改革委", "省人力资源社会保障厅"))]


def test_points_numbered_in_words_under_a_heading_are_measures() -> None:
    text = """某镇2022年工作安排
（一）实施产业强镇工程
一是继续把招商引资作为重中之重来抓，引进项目5个。
二是依托化工园区，引进一批信息技术企业。
（二）加强基层治理
一是完成村两委换届。
"""
    assert [n for n, _, _ in _measures(text)] == ["一", "二", "一"]


def test_points_after_a_paragraph_of_their_own_stay_that_paragraphs() -> None:
    text = """某市规划纲要任务分工
一、分工原则
分工安排的主要原则是：
一是正确处理政府与市场的关系。
二是合理划分市县责任。
二、主要任务
1.耕地保有量保持在2000万亩。（牵头单位：市国土局）
"""
    assert [n for n, _, _ in _measures(text)] == ["1"]


def test_a_star_after_a_measures_number_is_a_note_mark() -> None:
    text = "某区营商环境改革方案\n一、企业开办\n1* .开展一证多址改革。\n2*.开展住所标准化登记。\n"
    assert [n for n, _, _ in _measures(text)] == ["1", "2"]


def test_a_port_zone_is_a_zone_sharing_its_office() -> None:
    assert split_units("济源示范区、航空港区管委会") == ["济源示范区管委会", "航空港区管委会"]
