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


def test_an_annexs_project_list_beside_owned_measures() -> None:
    # Session 13: the body's measures named their owners, so the annex's project table was read only to
    # fill owners by title, and its rows were lost. (A table of the year's tasks beside the measures stays
    # the plan's task table: test_plan_parser_tables.)
    text = "\n".join(
        [
            "某市新型城镇化三年行动方案",
            "二、重点任务",
            "（一）推进农业转移人口市民化。（市公安局牵头，市发展改革委配合）",
            "（二）提升县城综合承载能力。（市发展改革委牵头，各县（市、区）政府负责）",
            "附件",
            "重点项目清单",
            "| 序号 | 项目名称 | 建设内容 | 牵头单位 | 配合单位 |",
            "| 1 | 县城污水管网完善工程 | 新建污水管网200公里 | 市住房城乡建设局 | 各县（市、区）政府 |",
            "| 2 | 县城智慧停车场建设 | 新建停车泊位1万个 | 市城市管理局 | 市公安局交警支队 |",
        ]
    )
    assert [(m.number, m.lead_units) for m in parse_plan_text(text).measures] == [
        ("一", ("市公安局",)),
        ("二", ("市发展改革委",)),
        ("1", ("市住房城乡建设局",)),
        ("2", ("市城市管理局",)),
    ]


def test_a_township_offices_column() -> None:
    text = "某镇2024年重点工作任务分解\n序号\t工作任务\t责任站所\t配合单位\n1\t推进人居环境整治\t镇村建办\t各村\n2\t开展森林防火\t镇林业站\t镇派出所"
    assert [(m.lead_units, m.co_units) for m in parse_plan_text(text).measures] == [
        (("镇村建办",), ("各村",)),
        (("镇林业站",), ("镇派出所",)),
    ]
