"""Rules found by held-out batches 28–30 (tests/data/plans/heldout28..30): made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def test_marks_strewn_between_a_label_and_its_colon() -> None:
    text = """某省促进消费若干措施
1.发放消费券。（责任单位◆★◆■：省商务厅、省财政厅）
2.开展促消费活动。（责任单位■★：省文化和旅游厅）
"""
    plan = parse_plan_text(text)
    assert [m.lead_units for m in plan.measures] == [("省商务厅", "省财政厅"), ("省文化和旅游厅",)]


def test_a_header_of_labels_without_number_column_over_tasks_numbered_in_their_cells() -> None:
    # 牵头领导 / 重点工作 / 牵头单位 / 配合单位 / 备注, one cell a paragraph; the leader merged down; a
    # 配合单位 cell one name a paragraph.
    text = """某市重点工作责任分工抓落实方案

牵头领导

重点工作

牵头单位

配合单位

备注

张某市长

1.始终做到忠诚于党。自觉把讲政治贯穿始终，不折不扣落实各项决策部署。

市府办

各单位

2.始终坚持依法行政。自觉接受人大依法监督，全面实行政府权责清单制度。

市府办

市司法局

市审计局

各单位
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("1", ("市府办",), ("各单位",)),
        ("2", ("市府办",), ("市司法局", "市审计局", "各单位")),
    ]


def test_bracketed_row_numbers_and_a_sub_heading_row_numbered_otherwise() -> None:
    text = """某市关于重点工作及责任分解的通知
序号 | 目标与任务 | 牵头责任单位 | 责任单位 |
一、主要预期目标 | |||
(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市区政府 |
(2) | 固定资产投资增长6%左右。 | 市发展改革委 | 各县市区政府 |
二、重点工作 | |||
1 | 大力提振消费。 | ||
(3) | 统筹衔接消费券发放与以旧换新行动。 | 市商务局 | 市财政局 |
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("1", ("市发展改革委",)),
        ("2", ("市发展改革委",)),
        ("3", ("市商务局",)),
    ]
