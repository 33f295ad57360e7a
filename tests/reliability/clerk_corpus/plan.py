"""The plan the corpus is made against: the habits of issue 13 need more than tests/conftest.py's
SMALL_PLAN has — a task with two lead units, a task with four targets, targets counted in 平方米, 元 and
户 (where 2.5万, 1.2亿 and 3千 mean something), and a unit whose name starts with "="."""

from __future__ import annotations

NDRC, HEALTH, MIIT, HOUSING, COMMERCE, DATA = (
    "区发改委",
    "区卫健委",
    "区工信局",
    "区住建局",
    "区商务局",
    "=区数据局",  # a unit can get such a name by a rename or a roster import
)


def _target(text: str, quantity: float, unit: str, comparator: str = "=", year: int | None = 2027) -> dict:
    return {
        "text": text,
        "quantity": quantity,
        "unit": unit,
        "comparator": comparator,
        "year": year,
        "recurring": None,
    }


def _measure(number: str, title: str, leads: list[str], cos: list[str], targets: list[dict], due=()) -> dict:
    return {
        "kind": "measure",
        "level": 3,
        "number": number,
        "title": title,
        "text": title + "。",
        "lead_units": leads,
        "co_units": cos,
        "targets": targets,
        "deadlines": list(due),
    }


CORPUS_PLAN = {
    "title": "测试区推动大规模设备更新行动方案",
    "doc_number": "测政发〔2024〕9号",
    "issued_on": "2024-07-10",
    "items": [
        {"kind": "section", "level": 1, "number": "一", "title": "实施设备更新行动"},
        _measure(
            "1",
            "加快重点行业设备更新和技术改造",
            [NDRC],
            [MIIT],
            [{**_target("每年组织实施技术改造项目80个以上", 80, "个", ">=", None), "recurring": "yearly"}],
        ),
        _measure(
            "2",
            "推进医疗卫生设备更新",
            [HEALTH],
            [],
            [_target("到2027年更新医疗设备226台（套）", 226, "台（套）")],
        ),
        _measure("3", "建立设备更新项目库", [NDRC, HOUSING], [MIIT], [], due=["2024-07-31"]),
        _measure(
            "4",
            "推进建筑和市政基础设施领域设备更新",
            [HOUSING],
            [],
            [
                _target("更新老旧电梯120台", 120, "台"),
                _target("改造供水管网35公里", 35, "公里"),
                _target("更新公交车50辆", 50, "辆"),
                _target("改造燃气管道60公里", 60, "公里"),
            ],
        ),
        _measure(
            "5",
            "实施既有建筑节能改造",
            [HOUSING],
            [],
            [_target("完成既有建筑节能改造30万平方米", 300000, "平方米")],
        ),
        {"kind": "section", "level": 1, "number": "二", "title": "实施消费品以旧换新行动"},
        _measure(
            "6", "开展汽车以旧换新", [COMMERCE], [], [_target("带动汽车消费5亿元", 500000000, "元", ">=")]
        ),
        _measure(
            "7",
            "推动家装厨卫消费品换新",
            [COMMERCE],
            [],
            [_target("完成旧房装修、厨卫改造1万户", 10000, "户")],
        ),
        _measure("8", "推进政务信息化设备更新", [DATA], [], [_target("更新政务终端500台", 500, "台")]),
    ],
    "roster": [{"role": "组长", "name": "宋涯", "title": "区委常委、区政府副区长", "unit": None}],
    "task_table": [],
}
