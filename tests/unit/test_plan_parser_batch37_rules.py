"""Rules found by held-out batch 37 (tests/data/plans/heldout37): made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.clauses import read_clause
from services.plans.parser.table_columns import column_of


def test_places_named_with_their_kind_after_a_unit_and_a_comma() -> None:
    clause = read_clause("责任单位:市移民局,西秀区、普定县、镇宁自治县")
    assert clause.lead_units == ("市移民局", "西秀区", "普定县", "镇宁自治县")
    zone = read_clause("责任单位:市教育局,西秀区、平坝区、安顺经开区")
    assert zone.lead_units == ("市教育局", "西秀区", "平坝区", "安顺经开区")


def test_a_header_note_and_a_supervising_column() -> None:
    assert column_of("责任单位 (加黑为牵头单位)") == "owner"
    assert column_of("监督科室 监督电话") == "other"
    text = """某区重点工作任务推进情况
| 序号 | 重点任务 | 责任单位 (加黑为牵头单位) | 监督科室 监督电话 |
| 1 | 推进重点项目建设 | 区发展改革局、区住建局 | 区发展改革局产业发展科51806562 |
| 2 | 优化营商环境 | 区行政审批服务局 | 区督查科51806563 |
"""
    measures = parse_plan_text(text).measures
    assert [m.lead_units for m in measures] == [("区发展改革局", "区住建局"), ("区行政审批服务局",)]
