"""Plans whose measures are a task table or numbered in an annex, in the forms offices send them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from services.errors import PlanRejected
from services.plans.parser import parse_plan_file, parse_plan_text


def _owners(plan) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in plan.measures]


def test_word_table_only_plan_becomes_measures(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某某区2024年优化营商环境重点任务清单")
    table = document.add_table(rows=1, cols=6)
    header = ["序号", "重点任务", "责任领导", "牵头单位", "责任单位", "完成时限"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in (
        ["1", "建成政务服务中心综合窗口12个", "张三", "区行政审批局", "区发改委、区财政局", "2024年6月底前"],
        ["2", "清理涉企收费项目", "李四", "区市场监管局", "", "2024年底前"],
        ["3", "开展营商环境评价", "张三", "区发改委", "各街道", "持续推进"],
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    path = tmp_path / "清单.docx"
    document.save(str(path))

    plan = parse_plan_file(path)

    assert _owners(plan) == [
        ("1", ["区行政审批局"], ["区发改委", "区财政局"]),
        ("2", ["区市场监管局"], []),
        ("3", ["区发改委"], ["各街道"]),
    ]
    first = plan.measures[0]
    assert [d.due for d in first.deadlines] == [date(2024, 6, 30)]
    assert first.targets[0].quantity == 12
    assert plan.task_table == ()  # the rows are the measures, stored once


@pytest.mark.parametrize(
    "table",
    [
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 1 | 推进老旧小区改造 | 区住建局 | 区财政局 | 2024年底前 |\n"
        "| 2 | 新增停车泊位500个 | 区城管局 | 各街道 | 2024年9月底前 |",
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推进老旧小区改造\t区住建局\t区财政局\t2024年底前\n"
        "2\t新增停车泊位500个\t区城管局\t各街道\t2024年9月底前",
    ],
    ids=["pipes", "tabs"],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank-line", "title-on-the-header"])
def test_text_table_only_plan_becomes_measures(table: str, gap: str) -> None:
    plan = parse_plan_text(f"某某区城市更新工作任务清单{gap}{table}\n")

    assert _owners(plan) == [("1", ["区住建局"], ["区财政局"]), ("2", ["区城管局"], ["各街道"])]
    assert plan.measures[1].deadlines[0].due == date(2024, 9, 30)
    # The title right above the header row is the plan's (the two did not read as one title).
    assert plan.title == "某某区城市更新工作任务清单"


def test_a_table_headed_by_a_numbered_name_gives_the_plan_that_name() -> None:
    plan = parse_plan_text(
        "一、10件民生实事任务分解表\n序号 | 工作任务 | 责任单位 |\n1 | 新建城东幼儿园1所 | 县教育局 |\n"
    )
    assert plan.title == "10件民生实事任务分解表"


def test_assessment_department_column_is_the_lead_and_leader_column_is_not_units() -> None:
    text = (
        "序号\t考核指标\t责任领导\t负责考核部门\n"
        "1\t规上工业增加值增长6%\t王五副区长\t区工信局\n"
        "2\t社会消费品零售总额增长8%\t赵六副区长\t区商务局、区统计局\n"
    )
    plan = parse_plan_text(text)

    assert _owners(plan) == [("1", ["区工信局"], []), ("2", ["区商务局", "区统计局"], [])]


def test_measures_numbered_in_an_annex_are_read() -> None:
    text = """某某市2024年高质量发展考核方案

一、总体要求
坚持目标导向，压实工作责任。
二、考核内容
考核指标见附件。

附件：

2024年高质量发展考核指标
1.规上工业增加值增长7%以上（6月底完成，牵头考核单位：市工信局）
2.新增高新技术企业50家（12月底完成，牵头考核单位：市科技局）
3.完成老旧小区改造30个（牵头考核单位：市住建局；配合单位：各区政府）
"""
    plan = parse_plan_text(text)

    assert _owners(plan) == [
        ("1", ["市工信局"], []),
        ("2", ["市科技局"], []),
        ("3", ["市住建局"], ["各区政府"]),
    ]


def test_a_roster_annex_alone_is_still_no_plan() -> None:
    text = "某某区工作方案\n\n总体要求：抓好落实。\n\n附件：\n\n领导小组名单\n组长：张三 区长\n成员：李四 区发改委主任\n"
    with pytest.raises(PlanRejected):
        parse_plan_text(text)


def test_annex_task_table_beside_numbered_measures_stays_the_task_table() -> None:
    text = """某某区设备更新行动方案
一、重点任务
1.推进工业设备更新。（区工信局牵头）
附件：
2024年任务清单
| 序号 | 领域 | 2024年推进任务 | 牵头部门 |
| 1 | 工业 | 完成技改项目20项 | 区工信局 |
| 2 | 农业 | 报废更新农机100台 | 区农业农村局 |
"""
    plan = parse_plan_text(text)

    assert _owners(plan) == [("1", ["区工信局"], [])]
    assert [(r.seq, r.domain, r.lead_units) for r in plan.task_table] == [
        ("1", "工业", ("区工信局",)),
        ("2", "农业", ("区农业农村局",)),
    ]


def test_a_web_table_copied_one_cell_a_paragraph_is_read() -> None:
    cells = ["序号", "2022年预期目标", "责任单位", "1", "地区生产总值增长5.5%左右", "区发展改革委"]
    cells += ["2", "工业增加值增长7%左右", "区经济信息委"]
    text = "某某区政府工作报告目标任务分解\n\n附件1\n\n" + "\n\n".join(cells) + "\n"
    assert _owners(parse_plan_text(text)) == [("1", ["区发展改革委"], []), ("2", ["区经济信息委"], [])]


def test_numbered_measures_of_an_annex_follow_the_body_under_the_annex_title() -> None:
    text = """某某区扩大有效投资行动方案
一、重点任务
1.加快项目建设。（区发改委牵头）
附件：
领导小组名单
组长：张三 区长
附件2：2024年重点项目清单
1.某某产业园项目，年内完成投资5亿元。（区工信局牵头，某某街道配合）
2.某某医院扩建项目。（区卫健委负责）
"""
    plan = parse_plan_text(text)

    assert _owners(plan) == [
        ("1", ["区发改委"], []),
        ("1", ["区工信局"], ["某某街道"]),
        ("2", ["区卫健委"], []),
    ]
    annex = [item for item in plan.items if item.title == "2024年重点项目清单"]
    assert len(annex) == 1 and annex[0].kind == "section"
    assert [m.level for m in plan.measures[1:]] == [annex[0].level + 1] * 2
    assert [r.name for r in plan.roster] == ["张三"]


def test_rows_keep_the_numbers_of_the_table_they_were_taken_from() -> None:
    cells = ["序号 |", "目标与任务 |", "分 管 县领导 |", "牵头责任单位 |", "责任单位 |"]
    cells += ["80 |", "新增托位400个以上。 |", "俞 悦 |", "县教育局 |", "县各有关单位 |"]
    cells += ["81 |", "保障职业学院秋季开学。 |", "陆 明 |", "县教育局 |", "县各有关单位 |"]
    text = "2024年重点工作目标任务分解表\n附件\n" + "\n".join(cells) + "\n"
    assert _owners(parse_plan_text(text)) == [
        ("80", ["县教育局"], ["县各有关单位"]),
        ("81", ["县教育局"], ["县各有关单位"]),
    ]


def test_section_rows_between_numbered_rows_are_no_cells_of_them() -> None:
    cells = ["序号", "重点工作任务", "主要责任单位", "协同配合单位", "一、主要预期目标"]
    cells += ["3", "固定资产投资增长7.5%左右。", "区发改委", "区工信局、区住建局。"]
    cells += ["二、扩投资", "六、惠民生", "68", "推进学前教育普及普惠。", "区教育局", "各乡镇人民政府。"]
    text = "某某区重点工作任务分解表\n\n" + "\n\n".join(cells) + "\n"
    assert _owners(parse_plan_text(text)) == [
        ("3", ["区发改委"], ["区工信局", "区住建局"]),
        ("68", ["区教育局"], ["各乡镇人民政府"]),
    ]
