"""A 目标任务分解表 copied one cell a line, without 序号: rows start at their score; merged cells shared.

Samples made up in the shape of held-out batch 9's district 年度经济社会发展目标任务分解表.
"""

from services.plans.parser import parse_plan_text
from services.plans.parser.table_fit import split_run_together

TABLE = "\n".join([
    "某区2026年度目标任务分解表", "项 目", "分值", "目标任务", "监考单位",
    "宏观调控",
    "地区生产总值增长率", "3", "年终综合考核", "区发改局区统计局",
    "社会消费品零售总额增长率", "3",
    "地方财政收入增长率", "3", "年终综合考核", "区财政局",
    "固定资产投资额", "3", "186", "区发改委",
    "民生保障",
    "城镇新增就业", "2", "5000人", "区人社局",
])  # fmt: skip


def test_rows_start_at_their_score_and_a_row_without_units_shares_those_above() -> None:
    plan = parse_plan_text(TABLE)
    measures = plan.measures
    assert [(m.title, m.lead_units) for m in measures] == [
        ("地区生产总值增长率", ("区发改局", "区统计局")),
        ("社会消费品零售总额增长率", ("区发改局", "区统计局")),
        ("地方财政收入增长率", ("区财政局",)),
        ("固定资产投资额", ("区发改委",)),
        ("城镇新增就业", ("区人社局",)),
    ]
    assert any("合并单元格" in doubt for doubt in measures[1].doubts)  # the shared units are said
    assert [item.title for item in plan.items if item.kind == "section"] == ["宏观调控", "民生保障"]
    assert "目标任务：186" in measures[3].text


def test_a_word_between_rows_is_the_next_blocks_category_not_a_task() -> None:
    titles = [m.title for m in parse_plan_text(TABLE).measures]
    assert "民生保障" not in titles


def test_two_names_run_together_are_cut_where_the_level_word_comes_again() -> None:
    units, doubts = split_run_together(["区发改局区统计局", "市场监管局", "县住建局县交通局"], set())
    assert units == ["区发改局", "区统计局", "市场监管局", "县住建局", "县交通局"]
    assert len(doubts) == 2
