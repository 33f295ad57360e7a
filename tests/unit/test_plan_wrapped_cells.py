"""A task table copied out of a PDF one cell a line, each cell broken where its printed column ended.

Text taken from a PDF keeps a cell's lines together but wraps them at the column's width: `区政务服务` /
`中心`, `区发改委、区财` / `政局`, `2024年6月` / `底`. Every layout here prints the same rows in columns of
several widths, with and without blank lines between the lines, and the reader must give each row its
units whole.

Written in session 11. When it was written the first such table tried (three rows) read two rows with a
sentence's tail as the lead unit and a name's half as a co-unit (`区行`); the harness's other layouts
failed alike wherever a unit name or the task was wrapped.
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

ROWS = (
    (
        "深化“一网通办”改革，推动高频事项全程网办，实现企业开办一日办结。",
        "区政务服务中心",
        "区大数据局",
        "2024年6月底",
    ),
    ("开展涉企收费专项检查，清理不合理收费。", "区市场监管局", "区发改委、区财政局", "2024年9月底"),
    (
        "推进工程建设项目审批制度改革，审批时限压减至60个工作日以内。",
        "区住建局",
        "区自然资源局、区行政审批局",
        "2024年12月底",
    ),
    # Every row names a co-unit: a row one cell short is read as a unit cell merged with the row above.
    ("建立重点企业服务专员制度，帮助企业解决融资、用工难题。", "区工业和信息化局", "区人民银行", "长期坚持"),
    (
        "完善信用修复机制，推动失信主体及时修复信用。",
        "区发展和改革委员会",
        "区人力资源和社会保障局、区税务局",
        "2024年11月",
    ),
)
# (task, lead, co, due) widths in characters: a narrow unit column breaks most names.
WIDTHS = {
    "wide": (24, 8, 12, 8),
    "narrow-units": (18, 5, 7, 7),
    "narrow-task": (12, 6, 9, 6),
    "very-narrow": (10, 4, 6, 5),
}
LAYOUTS = {
    "lead-co": ("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
    "lead-duty": ("序号", "工作任务", "牵头单位", "责任单位", "完成时限"),
    "wrapped-labels": ("序号", "重点任务", "牵头单", "位", "配合单", "位", "完成时", "限"),
}


def _wrapped(text: str, width: int) -> list[str]:
    return [text[at : at + width] for at in range(0, len(text), width)] if text else []


def _copied_table(widths: tuple[int, int, int, int], header: tuple[str, ...], gap: bool) -> str:
    lines = ["某区2024年优化营商环境重点任务分解表", *header]
    for number, row in enumerate(ROWS, start=1):
        lines.append(str(number))
        for cell, width in zip(row, widths, strict=True):
            lines.extend(_wrapped(cell, width))
    return ("\n\n" if gap else "\n").join(lines)


@pytest.mark.parametrize("gap", [False, True], ids=["lines", "blank-lines"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("widths", sorted(WIDTHS))
def test_a_table_copied_from_a_pdf_reads_its_wrapped_cells_whole(widths: str, layout: str, gap: bool) -> None:
    plan = parse_plan_text(_copied_table(WIDTHS[widths], LAYOUTS[layout], gap), "任务分解表.txt")
    read = [(m.number, m.lead_units, m.co_units) for m in plan.measures]
    expected = [
        (str(number), (lead,), tuple(co.split("、")) if co else ())
        for number, (_, lead, co, _) in enumerate(ROWS, start=1)
    ]
    assert read == expected
    for measure, (task, *_rest) in zip(plan.measures, ROWS, strict=True):
        assert task in measure.text.replace("\n", "")  # no text lost, none of the next column's taken


def test_an_indicator_table_keeps_its_measure_units_and_figures_apart() -> None:
    # 单位 here is the unit of measure (%, 万元/人): no cut of the lines should join a figure to a text
    # or move the departments, written one a line, out of their column. (A first version of the cut
    # did both on a county's assessment table.)
    cells = ["序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门"]
    cells += [
        "1",
        "确保粮食和重要农产品有效供给",
        "农林牧渔业增加值增幅",
        "%",
        "≥2%",
        "县海洋与渔业局",
        "县农业农村局",
    ]
    cells += ["2", "提高农业劳动生产率", "农业劳动生产率及增幅", "万元/人", "全市统筹", "县农业农村局"]
    plan = parse_plan_text("\n".join(["某县乡村振兴考核任务清单", *cells]), "清单.txt")
    read = [(m.number, m.lead_units) for m in plan.measures]
    assert read == [("1", ("县海洋与渔业局", "县农业农村局")), ("2", ("县农业农村局",))]


@pytest.mark.parametrize(
    ("row", "lead", "cos"),
    [
        (
            ["开展农村人居环境整治。", "县农业农村局", "各镇", "县卫健局"],
            ("县农业农村局",),
            ("各镇", "县卫健局"),
        ),
        (["做好防汛工作。", "应急办", "各村", "派出所"], ("应急办",), ("各村", "派出所")),
        (["做好汛期气象服务。", "气象局", "水利", "应急"], ("气象局",), ("水利", "应急")),
        (["开展职工技能培训，", "全年培训职工2000人次。", "县人社局", "工会"], ("县人社局",), ("工会",)),
    ],
)
def test_short_names_one_a_line_are_no_wrapped_pieces(row: list[str], lead: tuple, cos: tuple) -> None:
    # Found by review: 各镇, 各村, 水利 set under a name were glued to it (县农业农村局各镇) as a wrap's tail.
    cells = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "1", *row, "2024年10月底"]
    plan = parse_plan_text("\n".join(["某县2024年重点工作任务分解表", *cells]), "分解表.txt")
    assert [(m.lead_units, m.co_units) for m in plan.measures] == [(lead, cos)]
