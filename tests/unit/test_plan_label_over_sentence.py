"""A measure's labelled line (责任单位：X) is the document's assignment; a 由…负责 sentence beside it is not.

Written in session 11, from held-out batch 40: a county's project list wrote in each project's text
`由县农业农村局、财政局、发改委、审计局、纪委监委负责监督。` and under it `项目责任单位：洛克乡、水利局`. The
reader made all seven bodies leads. When this was written 6 of the 9 combinations below failed so (a
`项目由…` sentence was already no owner's); the sentence alone still names the owners.
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

SENTENCES = (
    "由县农业农村局、县财政局、县审计局负责监督。",
    "由县发改委负责监督指导。",
    "项目由县财政局会同县审计局负责资金监管。",
)
LABELS = {
    "责任单位": ("责任单位：洛克乡、县水利局", ("洛克乡", "县水利局"), ()),
    "项目责任单位": ("项目责任单位：宗朗乡", ("宗朗乡",), ()),
    "牵头/配合": ("牵头单位：县水利局\n配合单位：洛克乡", ("县水利局",), ("洛克乡",)),
}


def _plan(measure: str) -> str:
    return "\n".join(
        [
            "某县2026年衔接资金项目实施方案",
            "一、产业发展项目",
            measure,
            "2.新建农村道路3公里。（责任单位：县交通运输局）",
        ]
    )


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("label", sorted(LABELS))
def test_the_labelled_line_names_the_owners(sentence: str, label: str) -> None:
    line, leads, cos = LABELS[label]
    measure = f"1.新建防渗渠4公里及配套。{sentence}\n{line}\n项目实施时间：2026年1月-2026年10月"
    plan = parse_plan_text(_plan(measure))
    assert (plan.measures[0].lead_units, plan.measures[0].co_units) == (leads, cos)


def test_without_a_label_the_sentence_names_the_owner() -> None:
    plan = parse_plan_text(_plan("1.新建防渗渠4公里及配套，由县水利局负责组织实施。"))
    assert plan.measures[0].lead_units == ("县水利局",)


@pytest.mark.parametrize(
    "line",
    ["配合单位：县财政局", "协办单位：县财政局", "完成时限：2024年12月底", "责任领导：王某某"],
)
def test_a_sentence_that_gives_the_work_keeps_its_owner(line: str) -> None:
    # Found by review: the first version dropped 由县住建局负责组织实施 beside a 配合单位 line too.
    plan = parse_plan_text(_plan(f"1.推进城区污水管网改造，由县住建局负责组织实施。\n{line}"))
    assert plan.measures[0].lead_units == ("县住建局",)
