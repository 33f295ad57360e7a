"""Where a measure's clause stands and how its text runs: after the sentence, on lines of its own, after
sub-points or several paragraphs, before the text, as a last sentence without brackets. Each measure
keeps its own units, and the plan's closing part (保障措施) stays out of the last measure.

Written in session 10; when it was written, only the last sentence without brackets (`市发改委牵头，
市财政局配合。`) was not read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from services.plans.parser import parse_plan_text

UNITS = [("市发改委", "市财政局"), ("市教育局", "市人社局"), ("市住建局", "市交通局")]
Layout = Callable[[int, tuple[str, str]], list[str]]
_WORK = "做好相关保障，确保取得实效。"
LAYOUTS: dict[str, Layout] = {
    "inline": lambda n, u: [f"{n}.加强第{n}项工作。{_WORK}（牵头单位：{u[0]}；配合单位：{u[1]}）"],
    "label-lines": lambda n, u: [f"{n}.加强第{n}项工作。{_WORK}", f"牵头单位：{u[0]}", f"配合单位：{u[1]}"],
    "label-line": lambda n, u: [f"{n}.加强第{n}项工作。{_WORK}", f"牵头单位：{u[0]}；配合单位：{u[1]}"],
    "title-then-body": lambda n, u: [
        f"{n}.加强第{n}项工作",
        f"{_WORK}第二句话说明具体要求。",
        f"（牵头单位：{u[0]}；配合单位：{u[1]}）",
    ],
    "clause-before-body": lambda n, u: [
        f"{n}.加强第{n}项工作。（牵头单位：{u[0]}；配合单位：{u[1]}）",
        _WORK,
    ],
    "sub-points": lambda n, u: [
        f"{n}.加强第{n}项工作。",
        "（1）做好第一方面保障。",
        "（2）做好第二方面保障。",
        f"（牵头单位：{u[0]}；配合单位：{u[1]}）",
    ],
    "paragraphs": lambda n, u: [
        f"{n}.加强第{n}项工作。做好相关保障。",
        "同时，要做好第二方面的工作，确保实效。",
        f"（牵头单位：{u[0]}；配合单位：{u[1]}）",
    ],
    "clause-first": lambda n, u: [f"{n}.【牵头单位：{u[0]}；配合单位：{u[1]}】加强第{n}项工作，{_WORK}"],
    "last-sentence": lambda n, u: [f"{n}.加强第{n}项工作：{_WORK}{u[0]}牵头，{u[1]}配合。"],
    "by-sentence": lambda n, u: [f"{n}.加强第{n}项工作。{_WORK}由{u[0]}负责，{u[1]}配合。"],
}
CLOSING = [
    "三、保障措施",
    "（一）加强组织领导。各单位要高度重视，切实抓好落实。",
    "（二）强化督导检查。",
    "附件：联系人名单",
]


@pytest.mark.parametrize("headed", [True, False], ids=["under-a-heading", "no-heading"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_measure_keeps_its_units(layout: str, headed: bool) -> None:
    lines = [
        "某市推进某某工作实施方案",
        "为推进某某工作，制定本方案。",
        *(["一、重点任务"] if headed else []),
    ]
    for n, units in enumerate(UNITS, start=1):
        lines += LAYOUTS[layout](n, units)
    lines += CLOSING if headed else []
    measures = parse_plan_text("\n".join(lines)).measures
    assert [(m.lead_units, m.co_units) for m in measures[:3]] == [((u[0],), (u[1],)) for u in UNITS]
    assert "加强组织领导" not in measures[2].text
    # The closing part's points name nobody beside measures that name their owners: the plan's upkeep,
    # kept in its text, not offered as measures (session 13; before, two measures without units).
    assert len(measures) == 3
