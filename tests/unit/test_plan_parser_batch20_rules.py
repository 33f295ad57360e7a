"""Rules found by held-out batch 20 (tests/data/plans/heldout20): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

# A web table copied as `|` rows: its levels side by side (目标 | 内容 | 措施), the first two merged down
# the table so the rows under them lack those cells and end in the empty cells the copy added.
_LEVELS = """2025年某县安全生产重点工作任务清单
| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |
| 一、加强源头治理 | （一）强化排查 | 1.开展重点行业隐患排查整治，建立问题清单。 | 县应急管理局牵头，各有关部门按照职责分工负责 | 2025年11月底前 |
| 2.持续开展消防安全专项整治行动。 | 县消防救援大队 | 2025年12月底前 | ||
| （二）严格执法 | 3.深入开展执法检查，严打非法违法行为。 | 县应急管理局、县公安局、县市场监管局按职责分工负责 | 2025年12月底前 | |
"""


def _measures(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    plan = parse_plan_text(text)
    return [(m.number, m.lead_units, m.co_units, m.text) for m in plan.items if m.kind == "measure"]


def test_merged_level_cells_leave_the_rows_right_aligned_and_the_work_in_the_last_level() -> None:
    measures = _measures(_LEVELS)
    assert [(n, lead, co) for n, lead, co, _ in measures] == [
        ("1", ("县应急管理局",), ("各有关部门",)),
        ("2", ("县消防救援大队",), ()),
        ("3", ("县应急管理局", "县公安局", "县市场监管局"), ()),
    ]
    assert measures[1][3].startswith("持续开展消防安全专项整治行动")


def test_a_task_table_whose_two_task_columns_are_both_filled_keeps_the_first() -> None:
    text = """某区重点项目清单
| 序号 | 项目名称 | 建设内容 | 责任单位 |
| 1 | 城区污水管网改造工程 | 改造雨污管网12公里。 | 区住建局 |
| 2 | 中心小学扩建工程 | 新建教学楼一栋。 | 区教育局 |
"""
    measures = _measures(text)
    assert [(n, lead) for n, lead, _co, _t in measures] == [("1", ("区住建局",)), ("2", ("区教育局",))]
    assert measures[0][3].startswith("城区污水管网改造工程")


def test_a_plain_unit_cell_is_still_a_list_of_leads() -> None:
    text = """某区重点项目清单
| 序号 | 工作任务 | 责任单位 | 完成时限 |
| 1 | 改造雨污管网12公里。 | 区住建局、区水务局 | 2025年底 |
"""
    assert [(n, lead, co) for n, lead, co, _ in _measures(text)] == [("1", ("区住建局", "区水务局"), ())]


def test_a_word_table_of_level_cells_is_read_as_a_task_table_not_as_numbered_lines(tmp_path) -> None:
    # The same table as a Word table, its level cells merged down (tests/unit/plan_docx_copies.py): each
    # row's text starts 一、… or 2.…, which read as numbered lines gave one measure of three.
    from services.plans.parser import parse_plan_file
    from tests.unit.plan_docx_copies import make_docx

    path = make_docx(_LEVELS, tmp_path / "清单.docx")
    measures = [m for m in parse_plan_file(path).items if m.kind == "measure"]
    assert [(m.number, m.lead_units, m.co_units) for m in measures] == [
        ("1", ("县应急管理局",), ("各有关部门",)),
        ("2", ("县消防救援大队",), ()),
        ("3", ("县应急管理局", "县公安局", "县市场监管局"), ()),
    ]
