"""Shared and secondary responsibility: 共同责任单位, 次要责任单位, 协调单位, 联合单位 beside the unit that answers.

Written in session 12 (left by session 11's label sweep): `责任单位：X；共同责任单位：Y` read Y as leads too,
because 责任单位 inside 共同责任单位 cut the label in two; 协调单位 and 联合单位 were dropped. 30 of the 45
cases below failed when written.
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

A, B, C = "区发改委", "区财政局", "区住建局"
ANSWERS = ["责任单位", "主要责任单位", "牵头单位", "统筹协调单位"]
HELPS = ["共同责任单位", "次要责任单位", "协调单位", "联合单位", "共同责任部门"]


def _plan(first: str) -> str:
    return f"某区方案\n一、任务\n{first}\n2.做好另一项工作。（责任单位：区教育局）"


def _read(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(m.lead_units, m.co_units) for m in parse_plan_text(text).measures]


@pytest.mark.parametrize("form", ["bracket", "lines"])
@pytest.mark.parametrize("helps", HELPS)
@pytest.mark.parametrize("answers", ANSWERS)
def test_who_answers_leads_who_shares_helps(answers: str, helps: str, form: str) -> None:
    if form == "bracket":
        first = f"1.加强某项工作。（{answers}：{A}；{helps}：{B}、{C}）"
    else:
        first = f"1.加强某项工作。\n{answers}：{A}\n{helps}：{B}、{C}"
    assert _read(_plan(first)) == [((A,), (B, C)), (("区教育局",), ())]


@pytest.mark.parametrize(
    ("label", "expected"),
    [("共同责任单位", ((B, C), ())), ("次要责任单位", ((), (B, C)))],
    ids=["shared", "secondary"],
)
def test_named_alone(label: str, expected: tuple) -> None:
    # Shared responsibility named alone answers for the work together; a secondary one leads nothing.
    assert _read(_plan(f"1.加强某项工作。（{label}：{B}、{C}）"))[0] == expected


@pytest.mark.parametrize("helps", ["共同责任单位", "次要责任单位", "协调单位"])
def test_as_table_columns(helps: str) -> None:
    text = (
        f"某区任务表\n|序号|任务|责任单位|{helps}|时限|\n|1|加强某项工作|{A}|{B}、{C}|12月底|\n"
        "|2|做好另一项工作|区教育局|区民政局|10月底|"
    )
    assert _read(text) == [((A,), (B, C)), (("区教育局",), ("区民政局",))]


# Found by a review of the first version: 协调单位 was found inside 牵头协调单位 (the lead lost), a task
# column headed 统筹推进事项 was taken for a lead column (the table refused), and a table whose only unit
# column is 共同责任单位 or 协调单位 was no task table any more.
@pytest.mark.parametrize("form", ["bracket", "lines"])
def test_a_lead_that_coordinates_leads(form: str) -> None:
    if form == "bracket":
        first = f"1.加强某项工作。（牵头协调单位：{A}；配合单位：{B}）"
    else:
        first = f"1.加强某项工作。\n牵头协调单位：{A}\n配合单位：{B}"
    assert _read(_plan(first))[0] == ((A,), (B,))


@pytest.mark.parametrize("task", ["统筹推进事项", "统筹事项"])
def test_a_task_column_named_for_coordination_is_the_task(task: str) -> None:
    text = f"某区任务表\n|序号|{task}|牵头单位|配合单位|完成时限|\n|1|加强某项工作|{A}|{B}|12月底|"
    assert _read(text) == [((A,), (B,))]


@pytest.mark.parametrize("only", ["共同责任单位", "协调单位", "联合单位"])
def test_the_only_unit_column_answers(only: str) -> None:
    text = f"某区任务表\n|序号|工作任务|{only}|完成时限|\n|1|加强某项工作|{A}、{B}|12月底|"
    assert _read(text) == [((A, B), ())]
