"""Measures numbered in decimals (`1.1`, `1.1.1`), as technical bureaus draft their plans.

Written in session 13 (3 of these 5 failed when written). A `1.1` line was read as an unnumbered paragraph: its
measure had no number (编号 blank, with a doubt), a `1.1` without its own clause was lost into the text
of the `1.` before it, and `1.1.1` under `1.1 标题` made `1.` a measure with no units.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _read(*lines: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    plan = parse_plan_text("\n".join(["某区推进某某工作实施方案", "为推进某某工作，制定本方案。", *lines]))
    return [(item.kind, item.number, item.lead_units, item.co_units) for item in plan.items]


def test_two_levels_under_numbered_headings() -> None:
    assert _read(
        "一、重点任务",
        "1.提升政务服务效能",
        "1.1 推进“一网通办”。（牵头单位：区政务服务局；配合单位：区大数据中心）",
        "1.2 推行告知承诺制。（牵头单位：区司法局）",
        "2.优化市场环境",
        "2.1 规范涉企收费。（牵头单位：区市场监管局；配合单位：区财政局）",
    ) == [
        ("section", "一", (), ()),
        ("section", "1", (), ()),
        ("measure", "1.1", ("区政务服务局",), ("区大数据中心",)),
        ("measure", "1.2", ("区司法局",), ()),
        ("section", "2", (), ()),
        ("measure", "2.1", ("区市场监管局",), ("区财政局",)),
    ]


def test_three_levels_with_clause_lines_and_a_figure_on_a_wrapped_line() -> None:
    assert _read(
        "一、重点任务",
        "1.信息基础设施",
        "1.1 5G网络",
        "1.1.1 加快5G基站建设，累计建成5G基站1.2万个。",
        "责任单位：市通信管理办、各区县人民政府",
        "1.1.2 推进千兆光网覆盖。",
        "责任单位：市通信管理办",
        "1.2 数据中心",
        "1.2.1 建设城市大数据中心，总投资",
        "2.5亿元，2024年底前投入使用。",
        "责任单位：市大数据局",
    ) == [
        ("section", "一", (), ()),
        ("section", "1", (), ()),
        ("section", "1.1", (), ()),
        ("measure", "1.1.1", ("市通信管理办", "各区县人民政府"), ()),
        ("measure", "1.1.2", ("市通信管理办",), ()),
        ("section", "1.2", (), ()),
        ("measure", "1.2.1", ("市大数据局",), ()),
    ]


def test_decimals_right_under_parts_without_owners() -> None:
    # A 工作要点 with no owners: each decimal item is a measure, read without units for the review.
    assert _read(
        "一、强化基础设施建设",
        "1.1 完成主干道改造10公里。",
        "1.2 新建停车泊位500个。",
        "二、提升服务水平",
        "2.1 推行一窗受理。",
    ) == [
        ("section", "一", (), ()),
        ("measure", "1.1", (), ()),
        ("measure", "1.2", (), ()),
        ("section", "二", (), ()),
        ("measure", "2.1", (), ()),
    ]


def test_decimals_under_a_whole_measure_are_its_points() -> None:
    plan = parse_plan_text(
        "\n".join(
            [
                "某区实施方案",
                "一、主要任务",
                "1.推进老旧小区改造，完成改造小区20个。具体包括：",
                "1.1 改造供水管网；",
                "1.2 加装电梯50部。",
                "（牵头单位：区住建局；配合单位：区财政局）",
                "2.开展城市更新行动。（牵头单位：区自然资源局）",
            ]
        )
    )
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("1", ("区住建局",), ("区财政局",)),
        ("2", ("区自然资源局",), ()),
    ]
    assert "1.2 加装电梯50部" in plan.measures[0].text


def test_a_figure_opening_a_line_is_no_number() -> None:
    # 2.5亿元 / 1.5倍 continue the sentence above; 3.2 out of count is no item either.
    plan = parse_plan_text(
        "\n".join(
            [
                "某区实施方案",
                "一、主要任务",
                "1.建设产业园区，总投资",
                "2.5亿元，产值增长",
                "1.5倍。（牵头单位：区发改局）",
                "2.扩大有效投资，完成年度投资",
                "3.2 亿元以上。（牵头单位：区财政局）",
            ]
        )
    )
    assert [(m.number, m.lead_units) for m in plan.measures] == [("1", ("区发改局",)), ("2", ("区财政局",))]
    assert "2.5亿元" in plan.measures[0].text and "3.2 亿元" in plan.measures[1].text
