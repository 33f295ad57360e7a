"""An indicator table that names nobody is read as measures without owners, each with a doubt.

Samples made up in the shape of held-out batch 10's provincial 考核评价指标体系 annex (one cell a line
after a bar, a 数据来源 column that says where a figure comes from, not who answers for it).
"""

from services.plans.parser import parse_plan_text
from services.plans.parser.indicator_tables import NO_OWNER_COLUMN


def _bar_cells(*cells: str) -> str:
    return "".join(f"| {cell}\n" if cell else "|\n" for cell in cells)


TABLE = "附件2：示范区考核评价指标体系\n序号\n" + _bar_cells(
    "考评指标", "权重", "数据来源",
    "1", "地区生产总值", "10", "省统计局",
    "2", "财政收入", "", "省财政厅",
    "3", "进出口总额", "8", "省商务厅",
)  # fmt: skip


def test_the_rows_of_an_indicator_table_are_measures_without_owners() -> None:
    measures = parse_plan_text(TABLE).measures
    assert [(m.number, m.title, m.lead_units) for m in measures] == [
        ("1", "地区生产总值", ()),
        ("2", "财政收入", ()),
        ("3", "进出口总额", ()),
    ]
    assert NO_OWNER_COLUMN in measures[0].doubts
    assert "数据来源：省统计局" in measures[0].text  # the other cells stay with the indicator
    assert "权重" not in measures[1].text  # an empty cell (a bar alone) is no detail


def test_an_indicator_table_does_not_replace_measures_without_owners() -> None:
    points = "某局2026年工作要点\n一、工作要点\n1.深入推进政策解读。\n2.注重回应关切。\n"
    measures = parse_plan_text(points + TABLE).measures
    assert [m.number for m in measures] == ["1", "2"]
