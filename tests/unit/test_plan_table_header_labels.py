"""A task table's unit columns under the labels offices give them.

Written in session 11 from a sweep of 18 lead labels × 11 co labels: a co column headed 相关单位, 参加单位,
支持单位 or 成员单位 was not read (its units lost), nor a 责任单位 column after a 承办单位 / 实施主体 / 主管部门
column (75 of the sweep's 198, 40 of the 73 cases below failed; 主责单位 and 主办单位 now lead as 牵头单位
does). Left: 责任领导单位 (a label naming a leader and a unit at once; read as the leader's column).
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

LEADS = [
    "牵头单位",
    "主责单位",
    "主办单位",
    "承办单位",
    "实施主体",
    "主管部门",
    "责任部门",
    "负责单位",
    "落实单位",
]
COS = ["配合单位", "协办单位", "参与单位", "相关单位", "参加单位", "支持单位", "成员单位", "责任单位"]


@pytest.mark.parametrize("co", COS)
@pytest.mark.parametrize("lead", LEADS)
def test_the_lead_column_and_the_co_column(lead: str, co: str) -> None:
    text = (
        f"某区任务表\n|序号|重点任务|{lead}|{co}|完成时限|\n|1|加强某项工作|区发改委|区财政局|12月底|\n"
        "|2|做好另一项工作|区教育局||10月底|"
    )
    measures = parse_plan_text(text).measures
    assert [(m.lead_units, m.co_units) for m in measures] == [
        (("区发改委",), ("区财政局",)),
        (("区教育局",), ()),
    ]


def test_a_grader_column_beside_the_owners_names_no_co_unit() -> None:
    # 评分部门 grades the work: it is no second owner column, as 责任单位 after 承办单位 is.
    text = "某区考核表\n|序号|考核内容|责任部门|评分部门|\n|1|加强某项工作|区发改委|区统计局|"
    assert [(m.lead_units, m.co_units) for m in parse_plan_text(text).measures] == [(("区发改委",), ())]


PEOPLE_LABELS = ["责任单位及责任人", "责任单位/责任人", "牵头单位及负责人", "责任单位（联系人）"]
PEOPLE_CELLS = {"bracket": "{unit}（{person}）", "slash": "{unit}/{person}", "space": "{unit} {person}"}


@pytest.mark.parametrize("cell", sorted(PEOPLE_CELLS))
@pytest.mark.parametrize("label", PEOPLE_LABELS)
def test_a_unit_column_that_names_a_person_beside_each_unit(label: str, cell: str) -> None:
    # Session 12: 责任单位及责任人 was read as a person's column, so the table named no unit (12 of 12
    # failed when written); the person beside each unit is no part of its name.
    first = PEOPLE_CELLS[cell].format(unit="区住建局", person="张三")
    second = PEOPLE_CELLS[cell].format(unit="区教育局", person="李四")
    text = (
        f"某区任务表\n|序号|重点任务|{label}|完成时限|\n|1|加强某项工作|{first}|12月底|\n"
        f"|2|做好另一项工作|{second}|10月底|"
    )
    assert [m.lead_units for m in parse_plan_text(text).measures] == [("区住建局",), ("区教育局",)]


@pytest.mark.parametrize("label", ["责任单位（联系人）", "责任单位及责任人"])
def test_a_lead_mark_in_a_people_column_is_kept(label: str) -> None:
    # Found by the review: （牵头） was dropped as a person's name before the lead was picked out.
    text = f"某区任务表\n|序号|重点任务|{label}|完成时限|\n|1|加强某项工作|区住建局（牵头）、区财政局|12月底|"
    assert [(m.lead_units, m.co_units) for m in parse_plan_text(text).measures] == [
        (("区住建局",), ("区财政局",))
    ]
