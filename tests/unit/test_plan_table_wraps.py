"""Task tables as copies give them: a cell's list wrapped onto a row of its own, a task column merged down
the table beside a column of measures, and a second annex's table with columns of its own.

Written in session 13 from a helper's realistic excerpts. When this was written all four failed: the
wrapped 各区政府 was lost (tab text) or dropped (`|` text), the rows under a merged 重点任务 cell were
dropped (2 of 4 measures), and a 重点项目清单 after the task table was read on with the task table's
columns (its 建设内容 as a lead unit, its 总投资 as a co-unit).
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_ROWS = [
    ["1", "实施黑臭水体整治，消除黑臭水体5条", "市住建局", "市生态环境局、市水利局、", "2024年12月"],
    ["", "", "", "各区政府", ""],
    ["2", "推进污水处理设施建设", "市生态环境局", "市工信局、市商务局", "2024年10月"],
]


@pytest.mark.parametrize("form", ["tab", "pipe"])
def test_a_cells_list_wrapped_onto_a_row_of_its_own(form: str) -> None:
    def line(cells: list[str]) -> str:
        return "\t".join(cells) if form == "tab" else f"| {' | '.join(cells)} |"

    text = "\n".join(["某市2024年生态环境保护重点任务分工表", *map(line, [_HEADER, *_ROWS])])
    assert [(m.number, m.lead_units, m.co_units) for m in parse_plan_text(text).measures] == [
        ("1", ("市住建局",), ("市生态环境局", "市水利局", "各区政府")),
        ("2", ("市生态环境局",), ("市工信局", "市商务局")),
    ]


def test_rows_under_a_merged_task_cell_keep_their_measures() -> None:
    text = "\n".join(
        [
            "某县2024年优化营商环境重点任务清单",
            "序号\t重点任务\t具体举措\t牵头单位\t配合单位",
            "1\t提升政务服务\t推行“一件事一次办”，全年上线集成服务20项\t县行政审批局\t县直有关部门",
            "2\t\t实现政务服务事项全程网办率90%以上\t县行政审批局\t县大数据中心",
            "3\t优化市场环境\t开展妨碍统一市场和公平竞争问题清理\t县市场监管局\t县司法局",
            "4\t\t规范涉企收费\t县发改局\t县财政局、县市场监管局",
        ]
    )
    measures = parse_plan_text(text).measures
    assert [(m.number, m.lead_units) for m in measures] == [
        ("1", ("县行政审批局",)),
        ("2", ("县行政审批局",)),
        ("3", ("县市场监管局",)),
        ("4", ("县发改局",)),
    ]
    assert "规范涉企收费" in measures[3].text


def test_a_second_annexs_table_is_no_part_of_the_task_table() -> None:
    text = "\n".join(
        [
            "某县2024年项目建设年活动实施方案",
            "一、重点工作",
            "各项重点工作分工见附件1。",
            "附件1",
            "重点工作任务分工表",
            "序号\t工作任务\t牵头单位\t配合单位",
            "1\t建立项目储备库\t县发改局\t县直各部门",
            "2\t强化项目用地保障\t县自然资源局\t县林业局",
            "附件2",
            "某县2024年重点项目清单",
            "序号\t项目名称\t建设内容\t总投资（万元）",
            "1\t某产业园标准化厂房\t建设厂房10万平方米\t50000",
        ]
    )
    assert [(m.number, m.lead_units, m.co_units) for m in parse_plan_text(text).measures] == [
        ("1", ("县发改局",), ("县直各部门",)),
        ("2", ("县自然资源局",), ("县林业局",)),
    ]
