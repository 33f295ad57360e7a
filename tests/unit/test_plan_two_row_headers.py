"""A task table whose header runs over two rows: 责任分工 merged over 牵头单位 | 配合单位.

Written in session 12. In a Word table the top row named no unit column, so the table was read with no
units; copied from a web page (the cells merged down left out of the second row) or as tab text, the two
rows ran together into one header and every column after the group moved: the co-units were read as the
leads and the deadline as a co-unit. 64 of the 80 cases below failed when written.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from services.plans.parser import parse_plan_file, parse_plan_text

GROUPS = ["责任分工", "责任单位", "分工", "责任部门"]
SUBS = [("牵头单位", "配合单位"), ("牵头", "配合"), ("牵头部门", "配合部门"), ("主责单位", "协办单位")]
ROWS = [
    ("1", "推进老旧小区改造，完成30个小区。", "区住建局", "区财政局、各街道", "12月底"),
    ("2", "新增公办幼儿园学位1000个。", "区教育局", "区发改委", "9月底"),
]
WANTED = [("1", ("区住建局",), ("区财政局", "各街道")), ("2", ("区教育局",), ("区发改委",))]


def _text(form: str, group: str, sub: tuple[str, str]) -> str:
    lead, co = sub
    if form == "pipe":  # Word's rows as text: a cell for every column in both rows
        head = [f"|序号|重点任务|{group}||完成时限|", f"|||{lead}|{co}||"]
        body = ["|" + "|".join(row) + "|" for row in ROWS]
    elif form == "web":  # a web page's copy: the cells merged down are left out of the second row
        head = [f"|序号|重点任务|{group}|完成时限|", f"|{lead}|{co}|"]
        body = ["|" + "|".join(row) + "|" for row in ROWS]
    elif form == "tab":
        head = [f"序号\t重点任务\t{group}\t\t完成时限", f"\t\t{lead}\t{co}\t"]
        body = ["\t".join(row) for row in ROWS]
    else:  # tab-web
        head = [f"序号\t重点任务\t{group}\t完成时限", f"{lead}\t{co}"]
        body = ["\t".join(row) for row in ROWS]
    return "\n".join(["某区2024年重点任务分解表", *head, *body])


def _word(group: str, sub: tuple[str, str], target: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("某区2024年重点任务分解表")
    table = document.add_table(rows=2 + len(ROWS), cols=5)
    for column, label in enumerate(["序号", "重点任务", group, "", "完成时限"]):
        table.cell(0, column).text = label
    table.cell(1, 2).text, table.cell(1, 3).text = sub
    table.cell(0, 2).merge(table.cell(0, 3))
    for column in (0, 1, 4):
        table.cell(0, column).merge(table.cell(1, column))
    for r, row in enumerate(ROWS, start=2):
        for column, text in enumerate(row):
            table.cell(r, column).text = text
    document.save(target)
    return target


@pytest.mark.parametrize("sub", SUBS, ids=["/".join(s) for s in SUBS])
@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("form", ["word", "pipe", "web", "tab", "tab-web"])
def test_a_group_over_lead_and_co_columns(
    form: str, group: str, sub: tuple[str, str], tmp_path: Path
) -> None:
    if form == "word":
        plan = parse_plan_file(_word(group, sub, tmp_path / "分解表.docx"))
    else:
        plan = parse_plan_text(_text(form, group, sub))
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == WANTED


def test_the_group_is_the_cell_that_says_who() -> None:
    # Found by the review: a web copy with a column of its own before the group (推进路径) read that
    # column as the lead.
    text = (
        "某区2024年重点任务分解表\n|序号|重点任务|推进路径|责任分工|完成时限|\n|牵头单位|配合单位|\n"
        "|1|推进老旧小区改造，完成30个小区。|分步实施|区住建局|区财政局、各街道|12月底|"
    )
    assert [(m.lead_units, m.co_units) for m in parse_plan_text(text).measures] == [
        (("区住建局",), ("区财政局", "各街道"))
    ]
