"""A task table in every layout an office's tables take — its columns in any order, a 责任领导 or 领域
column, the role labels each issuer uses — read alike as text and as a real Word table.

Written in session 10. When it was written, `责任单位（牵头）` / `责任单位（配合）` headers lost their
roles (the bracket was taken for a note on the column), so the co-units were read as nobody's; the
other 72 layouts read every row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.plans.parser import parse_plan_file, parse_plan_text
from tests.unit.plan_docx_copies import make_docx

ROWS = (
    ("推进老旧小区改造，完成改造120个小区", "区住建局", "区财政局、各街道办事处", "2024年12月底", "张三"),
    ("实施城市更新行动，建成口袋公园10个", "区城管局", "区自然资源局", "2024年10月", "李四"),
    ("加快建设智慧社区，覆盖率达到60%", "区民政局", "区数据局、区委政法委", "长期", "王五"),
)
ORDERS = {
    "plain": ("seq", "task", "lead", "co", "due"),
    "leader": ("seq", "task", "leader", "lead", "co", "due"),
    "units-first": ("seq", "lead", "co", "task", "due"),
    "due-first": ("seq", "task", "due", "lead", "co"),
    "note": ("seq", "task", "lead", "co", "due", "note"),
    "no-number": ("task", "lead", "co", "due"),
    "domain": ("seq", "domain", "task", "lead", "co", "due"),
}
ROLES = {
    "牵头/配合": ("牵头单位", "配合单位"),
    "牵头部门/责任部门": ("牵头部门", "责任部门"),
    "主责/协同": ("主责单位", "协同单位"),
    "责任单位（牵头）": ("责任单位（牵头）", "责任单位（配合）"),
    "牵头责任/协同配合": ("牵头责任单位", "协同配合单位"),
    "主办/协办": ("主办单位", "协办单位"),
}


def _table(order: tuple[str, ...], lead: str, co: str) -> str:
    labels = {
        "seq": "序号",
        "task": "重点任务",
        "lead": lead,
        "co": co,
        "due": "完成时限",
        "leader": "责任领导",
    }
    labels |= {"note": "备注", "domain": "领域"}
    lines = ["某区2024年重点工作任务分解表", "|" + "|".join(labels[c] for c in order) + "|"]
    for number, (task, leads, cos, due, leader) in enumerate(ROWS, start=1):
        cells = {"seq": str(number), "task": task, "lead": leads, "co": cos, "due": due, "leader": leader}
        cells |= {"note": "无", "domain": "城市建设" if number == 1 else ""}
        lines.append("|" + "|".join(cells[c] for c in order) + "|")
    return "\n".join(lines)


@pytest.mark.parametrize("roles", sorted(ROLES))
@pytest.mark.parametrize("order", sorted(ORDERS))
def test_every_layout_reads_every_row_as_text_and_as_word(order: str, roles: str, tmp_path: Path) -> None:
    text = _table(ORDERS[order], *ROLES[roles])
    wanted = [((lead,), tuple(co.split("、"))) for _, lead, co, _, _ in ROWS]
    assert [(m.lead_units, m.co_units) for m in parse_plan_text(text).measures] == wanted
    word = parse_plan_file(make_docx(text, tmp_path / "分解表.docx")).measures
    assert [(m.lead_units, m.co_units) for m in word] == wanted
