"""A table whose header the reader does not know is read by the columns the clerk picks."""

import pytest

from services.errors import PlanRejected, PlanWithoutMeasures
from services.plans.parser import parse_plan_text
from services.plans.parser.picked import TableChoice, candidate_tables, parse_picked_table

# Column names the reader does not know: the document is refused, its table is offered for picking.
TEXT = (
    "某区2026年重大项目推进安排\n"
    "编 | 项目 | 业主 | 协调 | 帮办 | 要求 |\n"
    "1 | 十陵景区项目加快建设，年内完成投资2亿元。 | 市兴城公司 | 区建设局 | 区财政局、龙泉街道 | 12月底前 |\n"
    "2 | 汽车城道路改造，6月底前完工。 | 区交投公司 | 区交通局 |  | 6月底前 |\n"
)


def _lines() -> list[str]:
    return TEXT.split("\n")


def test_the_document_is_refused_and_its_table_is_a_candidate() -> None:
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text(TEXT)
    tables = candidate_tables(_lines())
    assert len(tables) == 1
    assert tables[0][0] == ["编", "项目", "业主", "协调", "帮办", "要求"]


def test_the_rows_are_read_by_the_picked_columns() -> None:
    choice = TableChoice(table=0, roles=((0, "seq"), (1, "task"), (3, "lead"), (4, "co"), (5, "due")))
    plan = parse_picked_table(_lines(), choice, "安排.txt")
    measures = plan.measures
    assert [(m.number, m.lead_units, m.co_units) for m in measures] == [
        ("1", ("区建设局",), ("区财政局", "龙泉街道")),
        ("2", ("区交通局",), ()),
    ]
    assert "业主：市兴城公司" in measures[0].text  # an unpicked column stays in the text
    assert measures[1].deadlines  # 6月底前 read from the picked deadline column
    assert plan.title == "某区2026年重大项目推进安排"


def test_without_a_unit_column_the_rows_are_tasks_without_owners() -> None:
    plan = parse_picked_table(_lines(), TableChoice(table=0, roles=((1, "task"),)), "安排.txt")
    assert [m.lead_units for m in plan.measures] == [(), ()]
    assert all(m.doubts for m in plan.measures)


def test_a_first_row_that_is_no_header_is_read_as_a_task() -> None:
    lines = ["某区安排", "1 | 建设公共停车泊位500个。 | 区城管局 |", "2 | 改造老旧小区10个。 | 区住建局 |"]
    choice = TableChoice(table=0, roles=((1, "task"), (2, "lead")), has_header=False)
    assert [m.lead_units for m in parse_picked_table(lines, choice, "安排.txt").measures] == [
        ("区城管局",),
        ("区住建局",),
    ]


def test_a_task_column_with_nothing_in_it_is_said_in_chinese() -> None:
    with pytest.raises(PlanRejected, match="没有读出任何任务"):
        parse_picked_table(_lines(), TableChoice(table=0, roles=((2, "lead"),)), "安排.txt")
