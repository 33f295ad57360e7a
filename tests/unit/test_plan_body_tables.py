"""A task table in a plan's body, beside parts that are read as clauses (held-out batch 52, 登封徐庄镇's
专项整治工作计划): where its rows stand and what its schedule column means. Both failed when written."""

from __future__ import annotations

from datetime import date

from services.plans.parser import parse_plan_text

_PLAN = (
    "徐庄镇2017年度安全生产专项整治工作计划\n一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n"
    "烟花爆竹 | 1月份 | 安监站 安监所 |\n电力设施 | 3月份 | 电管所 |\n养老机构 | 4月份 | 民政所 |\n"
    "二、工作要求\n各有关责任单位要按照时间安排制定整治方案。\n三、监督及考核\n镇安委会办公室负责监督各单位开展专项整治。\n"
)


def test_the_rows_stand_under_the_heading_over_the_table() -> None:
    """Listed after 三、监督及考核 they read as that part's work; they are 一's."""
    items = parse_plan_text(_PLAN).items
    assert [(item.kind, item.level, item.title) for item in items[:4]] == [
        ("section", 1, "专项整治安排表"),
        ("measure", 2, "烟花爆竹"),
        ("measure", 2, "电力设施"),
        ("measure", 2, "养老机构"),
    ]
    assert items[-1].lead_units == ("镇安委会办公室",)


def test_a_schedule_cell_of_a_bare_month_is_that_month_of_the_plans_year() -> None:
    """`1月份` in a 2017 plan issued in February: January 2017, not moved to next year as a sentence's
    `1月底前` would be (a year's schedule lists its months, passed ones included)."""
    measures = parse_plan_text(_PLAN).measures
    assert [[d.due for d in m.deadlines] for m in measures[:3]] == [
        [date(2017, 1, 31)],
        [date(2017, 3, 31)],
        [date(2017, 4, 30)],
    ]


def test_a_bare_month_without_the_plans_year_stays_without_a_date() -> None:
    text = _PLAN.replace("徐庄镇2017年度", "徐庄镇")
    measures = parse_plan_text(text).measures
    assert [(d.text, d.due) for d in measures[0].deadlines] == [("1月份", None)]


def test_the_year_a_title_names_and_the_ones_it_does_not() -> None:
    from services.plans.parser.header import year_of_title

    assert year_of_title("徐庄镇2017年度安全生产专项整治工作计划") == 2017
    assert year_of_title("关于印发2019年全县食品安全工作要点的通知") == 2019
    assert year_of_title("2021—2025年农村人居环境整治提升行动方案") is None
    assert year_of_title("到2025年基本建成现代化产业体系实施方案") is None
    assert year_of_title("2019年版权工作要点（2018年修订）") is None
    assert year_of_title(None) is None
