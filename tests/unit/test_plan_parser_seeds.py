"""Golden expectations for two real plans (the sample in resources/samples, one in tests/data/plans), written
by reading them.

Every measure's number, title, lead and co units, targets and deadlines, every roster member and every
task-table row is spelled out here; none of it was copied from the parser's output.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from services.plans.parser import ParsedPlan, parse_plan_file, to_json

ROOT = Path(__file__).resolve().parents[2]
# Two real plans, kept in the repository so the tests run on any clone.
HAIMEN = ROOT / "resources" / "samples" / "haimen_equipment_renewal_plan.txt"
WEIHAI = ROOT / "tests" / "data" / "plans" / "weihai_equipment_renewal_plan.txt"
HAIMEN_SEED_SHA256 = (
    "e2d572a13dbddf7367bb28edac45d8a76da95f1909a29d5cf0b15840a18fa974"  # 000_4aa42ddd74b47b23.txt
)

Y2024, Y2025, Y2026, Y2027 = "2024-12-31", "2025-12-31", "2026-12-31", "2027-12-31"

# number, title, lead units, co units, deadlines
HAIMEN_MEASURES = [
    ("1", "加快重点行业设备更新和技术改造", ["区发改委"], ["各区镇"], []),
    ("2", "加快推动生产性服务业提质发展", ["区发改委"], ["各区镇"], []),
    ("3", "推动企业“智改数转网联”", ["区发改委"], [], [Y2027]),
    ("4", "推动企业绿色低碳转型升级", ["区发改委"], [], [Y2024, Y2027]),
    ("5", "推动重点行业企业安全更新改造", ["区发改委", "区应急管理局"], [], [Y2024]),
    ("6", "加快能源领域设备更新", ["区发改委"], [], [Y2026]),
    ("7", "推进生态环境领域设备更新", ["海门生态环境局"], [], [Y2027]),
    ("8", "加快农业转移人口市民化", ["区发改委", "区住建局", "区人社局", "区教育局"], [], [Y2027]),
    ("9", "推进老旧住宅电梯更新改造", ["区住建局", "区市监局"], [], [Y2027]),
    ("10", "推进既有建筑节能改造", ["区住建局", "区机关事务服务中心"], [], [Y2027]),
    ("11", "推进城市生命线更新改造", ["区住建局"], [], [Y2027]),
    ("12", "推进环卫设施设备更新", ["区城管局"], [], [Y2027]),
    (
        "13",
        "推动运输车辆设备更新",
        ["区交通局", "海门生态环境局", "区公安局", "区城管局"],
        [],
        [Y2027, Y2025],
    ),
    ("14", "推动船舶设备更新", ["区交通局"], [], []),
    ("15", "推动港口设备更新", ["区交通局", "区应急管理局"], [], []),
    ("16", "推动农机设备更新", ["区农业农村局"], [], [Y2027]),
    ("17", "推动农业设施设备更新", ["区农业农村局"], [], [Y2027]),
    ("18", "推动教育领域设备更新", ["区教体局", "区人社局"], [], [Y2027]),
    ("19", "推动文旅设施设备更新", ["区文广旅局"], [], []),
    ("20", "推动卫生健康领域设备更新", ["区卫健委"], [], [Y2027]),
    ("21", "有序推进装备再制造和梯次利用", ["区发改委", "区科技局", "区投资服务中心"], [], []),
    (
        "22",
        "推动资源高水平再生利用",
        ["区发改委", "海门资规局", "海门生态环境局", "区商务局", "区数据局", "区税务局"],
        [],
        [],
    ),
    ("23", "推广能耗、排放、安全标准应用", ["区市监局"], ["区发改委", "区生态环境局", "区应急管理局"], []),
    (
        "24",
        "强化产品技术标准引领",
        ["区市监局"],
        ["区发改委", "区公安局", "区商务局", "海门生态环境局"],
        [Y2027],
    ),
    ("25", "完善资源循环利用标准", ["区市监局"], ["区发改委", "海门生态环境局", "区商务局"], []),
    ("26", "加强组织领导", ["各有关部门"], [], []),
    ("27", "加大财政政策支持力度", ["区财政局", "区税务局"], [], []),
    ("28", "优化金融支持", ["国金局海门支局", "区财政局"], [], []),
    ("29", "加强要素保障和创新支撑", ["区发改委", "海门资规局", "区科技局", "海门生态环境局"], [], []),
    ("30", "加大宣传引导", ["各有关部门"], [], []),
    ("31", "优化组织申报", ["各有关部门"], [], []),
    ("32", "做好供需对接", ["区发改委", "区商务局"], [], []),
]

# number -> [(quantity, unit, comparator, year, recurring)]
HAIMEN_TARGETS = {
    "1": [(80, "个", ">=", None, "yearly")],
    "3": [
        (250, "家", ">=", 2027, None),
        (80, "家", "=", 2027, None),
        (80, "家", "=", 2027, None),
        (1, "家", "=", 2027, None),
    ],
    "4": [(6, "家", "=", 2027, None), (1, "家", "=", 2027, None)],
    "5": [(1, "家", "=", None, None)],
    "7": [(7, "个", "=", 2027, None), (2, "个", "=", 2027, None), (3, "个", "=", 2027, None)],
    "8": [(3, "个百分点", ">=", 2027, None)],
    "9": [(800, "台", "=", 2027, None)],
    "10": [(60000, "平方米", "about", 2027, None)],
    "11": [
        (1.2, "亿元", ">=", 2027, None),
        (2.14, "公里", "=", None, None),
        (1.2, "公里", "=", None, None),
        (229.4, "公里", "=", None, None),
    ],
    "12": [(7, "座", "=", None, None), (4, "座", ">=", 2027, None), (30, "辆", "=", 2027, None)],
    "13": [(85, "%", "=", 2027, None)],
    "16": [(600, "台（套）", "=", 2027, None)],
    "17": [(3500, "亩", "=", 2027, None), (6, "个", "=", 2027, None)],
    "18": [(1000, "台（套）", ">=", 2027, None)],
    "20": [(226, "台（套）", "=", 2027, None)],
    "24": [(3, "项", "=", 2027, None)],
}

HAIMEN_SECTIONS = [
    (1, "一", "总体要求"),
    (1, "二", "实施设备更新行动"),
    (2, "一", "推动制造业设备更新与技术改造"),
    (2, "二", "加快能源和环保领域设备更新"),
    (2, "三", "推进建筑和市政基础设施领域设备更新"),
    (2, "四", "推动交通运输设备更新"),
    (2, "五", "推动农业农村装备设备更新"),
    (2, "六", "推动教育文旅医疗设备更新"),
    (1, "三", "回收循环利用"),
    (1, "四", "实施标准升级行动"),
    (1, "五", "保障措施"),
]

HAIMEN_MEMBERS = [
    ("郁逵", "区发改委主任", "区发改委"),
    ("朱建军", "区教育体育局局长", "区教育体育局"),
    ("黄玮", "区科技局局长", "区科技局"),
    ("陆凯华", "区公安局副局长", "区公安局"),
    ("陈咏梅", "区财政局局长", "区财政局"),
    ("冯新", "区人社局局长", "区人社局"),
    ("袁佩新", "区住建局局长、区政府投资项目工程建设中心主任", "区住建局"),
    ("张磊", "区城管局局长", "区城管局"),
    ("黄辉", "区交通运输局局长", "区交通运输局"),
    ("倪卫彬", "区农业农村局局长", "区农业农村局"),
    ("秦风雷", "区商务局局长", "区商务局"),
    ("姚继伟", "区文广旅局局长", "区文广旅局"),
    ("徐赟", "区卫健委主任", "区卫健委"),
    ("葛小军", "区应急管理局局长", "区应急管理局"),
    ("潘卫星", "区数据局局长", "区数据局"),
    ("俞春华", "区市场监督管理局局长", "区市场监督管理局"),
    ("黄健", "区机关事务服务中心主任、区接待办主任", "区机关事务服务中心"),
    ("黄健辉", "区投资服务中心主任", "区投资服务中心"),
    ("俞华", "海门自然资源和规划局局长", "海门自然资源和规划局"),
    ("刘华军", "海门生态环境局局长", "海门生态环境局"),
    ("陆琰", "海门税务局局长", "海门税务局"),
    ("陈冯军", "国金局海门支局局长", "国金局海门支局"),
]

MANUFACTURING = "制造业(生产性服务业)"
HAIMEN_TASKS = [
    ("1", None, "各牵头部门开展全面摸排于7月31日前建立设备更新项目库。", ["各部门"]),
    (
        "2",
        MANUFACTURING,
        "完成制造业（生产性服务业）领域设备更新相关的技术改造项目80项。（其中，开发区30个以上，海门港新区10个以上，其它区、镇不低于5个）",
        ["发改委"],
    ),
    ("3", MANUFACTURING, "完成数字化改造项目60个。", ["发改委"]),
    ("4", MANUFACTURING, "培育智能车间（工厂）20家。", ["发改委"]),
    ("5", MANUFACTURING, "推进规上企业“上云上平台”80家。", ["发改委"]),
    (
        "6",
        MANUFACTURING,
        "1家铝加工（深井铸造）企业完成铸造车间厂房顶部采用便于泄爆的轻质屋顶，铸造区域独立设置或采取可靠的硬隔离措施（砌设防爆墙），铸造区域监控视频必须实现可回放、可追溯。",
        ["发改委", "应急管理局"],
    ),
    ("7", "能源和环保", "力争完成鑫源热电迁建前期手续（发改委条线）", ["发改委"]),
    ("8", "能源和环保", "推进建设3个噪声自动监测站设备。", ["生态环境局"]),
    (
        "9",
        "建筑和市政基础设施",
        "完成200台老旧住宅电梯安全评估，根据评估意见推进电梯更新（含整机和零部件更新）。",
        ["市场监督管理局", "住建局"],
    ),
    ("10", "建筑和市政基础设施", "完成公共建筑节能改造面积5000平方米。", ["机关事务服务中心", "住建局"]),
    ("11", "建筑和市政基础设施", "改造三星垃圾中转站，更新环卫车辆10辆。", ["城管局"]),
    ("12", "交通运输", "淘汰国Ш及以下排放标准营运类柴油货车72辆。", ["交通运输局", "生态环境局", "区公安局"]),
    ("13", "农业农村", "更新老旧农机150台（套）。", ["农业农村局"]),
    (
        "14",
        "教育",
        "更新中小学理科实验室仪器设备、信息化教学设备、教室基础设备300台（套）。",
        ["教体局", "人社局", "区卫健委"],
    ),
    ("15", "文旅", "更新观光、游乐、演艺、智能等设施设备1-2台（套）", ["文广旅局"]),
    ("16", "医疗卫生", "更新医疗相关设备62台（套）左右。", ["卫健委"]),
]

TOWNS = "各镇街"
IND = "区工业和信息化局"
DEV = "区发展和改革局"
COM = "区商务局"
# Measure 1 says 以下均需各镇街负责: 各镇街 is a co-unit of every measure from there on.
WEIHAI_MEASURES = [
    ("1", "实施先进设备攻坚行动", [IND], [TOWNS], []),
    ("2", "实施智能制造推进行动", [IND], [TOWNS], [Y2025, Y2027]),
    (
        "3",
        "实施绿色装备推广行动",
        [IND, DEV],
        ["生态环境分局", "区应急管理局", "区市场监管局", TOWNS],
        [Y2025, Y2027],
    ),
    ("4", "推动农业机械装备更新", ["区农业机械发展中心"], ["区财政局", TOWNS], [Y2025, Y2027]),
    ("5", "推动交通运输装备更新", ["生态环境分局", "区住房城乡建设局", "区海洋发展局"], [TOWNS], []),
    (
        "6",
        "推动建筑领域改造更新",
        ["区住房城乡建设局", "区环境卫生服务中心", "区市政园林服务中心"],
        ["区市场监管局", TOWNS],
        [Y2025, Y2027],
    ),
    ("7", "推动供水及污水设施设备更新", ["区水利局"], [TOWNS], [Y2025, Y2027]),
    ("8", "推动教育文旅设施水平提升", ["区教育和体育局", "区文化和旅游局"], [TOWNS], [Y2025, Y2027]),
    ("9", "推动医疗卫生服务水平提升", ["区卫生健康局"], [TOWNS], [Y2025]),
    (
        "10",
        "开展汽车以旧换新活动",
        [COM],
        [IND, "生态环境分局", "区环境卫生服务中心", "区国有资产服务中心", "区机关事务服务中心", TOWNS],
        [],
    ),
    ("11", "开展家电以旧换新活动", [COM], [DEV, TOWNS], []),
    ("12", "开展家装消费品换新活动", [COM], [DEV, "区住房城乡建设局", TOWNS], []),
    (
        "13",
        "提升废旧物资回收水平",
        [DEV, COM],
        ["区财政局", "区环境卫生服务中心", "区机关事务中心", TOWNS],
        [],
    ),
    ("14", "提升废旧物资处置水平", [DEV, COM], ["生态环境分局", TOWNS], [Y2025, Y2027]),
    ("15", "提升二手商品流通交易水平", [DEV, COM], ["区市场监管局", TOWNS], []),
    ("16", "提升资源再生利用水平", [DEV], [IND, "生态环境分局", "区综合行政执法局", COM, TOWNS], []),
    ("17", "培育壮大先进产能", [IND], [TOWNS], [Y2025, Y2027]),
    ("18", "培育提升产品质量", [IND], [DEV, "区科技局", TOWNS], []),
    ("19", "培育完善创新体系", ["区科技局"], [DEV, IND, TOWNS], []),
    ("20", "培育塑造质量品牌", [IND, "区市场监管局"], [TOWNS], []),
    ("21", "完善提升产业标准", ["区市场监管局"], [DEV, IND, "生态环境分局", TOWNS], []),
    ("22", "强化提升产品技术标准", ["区市场监管局"], [IND, COM, TOWNS], []),
    ("23", "健全协调机制", [DEV], ["区有关部门、单位", TOWNS], []),
    ("24", "加大财政支持力度", ["区财政局"], [DEV, IND, COM, "区市场监管局", TOWNS], []),
    ("25", "落实税收优惠", ["区税务局"], [TOWNS], []),
    ("26", "强化金融支撑", ["区财政局"], [DEV, TOWNS], []),
    (
        "27",
        "加强要素保障",
        [DEV, "区自然资源局", "规划分局", "区环境卫生服务中心", "区市政园林服务中心"],
        [TOWNS],
        [],
    ),
]

WEIHAI_TARGETS = {
    "2": [
        (6, "个", ">=", 2025, None),
        (28, "个", "=", 2025, None),
        (7, "个", ">=", 2027, None),
        (32, "个", "=", 2027, None),
    ],
    "3": [(7, "家", ">=", 2025, None), (9, "家", ">=", 2027, None)],
    "4": [(95.2, "%", "=", 2025, None), (95.4, "%", "=", 2027, None)],
    "6": [(1.5, "公里", "=", 2024, None)],
    "7": [(6.5, "%", "<=", None, None), (55, "%", "=", 2025, None), (57, "%", "=", 2027, None)],
    "8": [
        (90, "%", ">=", 2025, None),
        (100, "%", "=", None, None),
        (290, "亿元", "=", 2025, None),
        (310, "亿元", "=", 2027, None),
    ],
    "10": [(4, "场", ">=", None, "yearly")],
    "14": [(30000, "辆", "=", 2025, None), (1, "倍", "=", 2027, None)],
    "17": [(185, "亿元", ">=", 2027, None), (24.5, "亿元", "=", 2027, None), (110000, "台", "=", 2027, None)],
}

WEIHAI_SECTIONS = [
    (1, "一", "总体要求"),
    (1, "二", "实施高水平工业技改"),
    (1, "三", "推动多领域装备更新"),
    (1, "四", "开展消费品以旧换新"),
    (1, "五", "畅通资源循环利用链"),
    (1, "六", "构建高质量供给体系"),
    (1, "七", "推进新标准提升应用"),
    (1, "八", "保障措施"),
]


@pytest.fixture(scope="module")
def haimen() -> ParsedPlan:
    return parse_plan_file(HAIMEN)


@pytest.fixture(scope="module")
def weihai() -> ParsedPlan:
    return parse_plan_file(WEIHAI)


def _targets(plan: ParsedPlan) -> dict[str, list[tuple]]:
    return {
        m.number: [(t.quantity, t.unit, t.comparator, t.year, t.recurring) for t in m.targets]
        for m in plan.measures
        if m.targets
    }


def _iso(measure) -> list[str]:
    return list(dict.fromkeys(d.due.isoformat() for d in measure.deadlines if d.due))


# --- Haimen --------------------------------------------------------------------------------------


def test_haimen_header(haimen: ParsedPlan) -> None:
    assert haimen.title == "南通市海门区推动大规模设备更新行动方案"
    assert haimen.doc_number is None  # the Haimen notice prints no 文号
    assert haimen.issued_on == date(2024, 7, 10)


def test_haimen_sections(haimen: ParsedPlan) -> None:
    sections = [(i.level, i.number, i.title) for i in haimen.items if i.kind == "section"]
    assert sections == HAIMEN_SECTIONS


@pytest.mark.parametrize("expected", HAIMEN_MEASURES, ids=[m[0] for m in HAIMEN_MEASURES])
def test_haimen_measure(haimen: ParsedPlan, expected: tuple) -> None:
    by_number = {m.number: m for m in haimen.measures}
    measure = by_number[expected[0]]
    assert (
        measure.number,
        measure.title,
        list(measure.lead_units),
        list(measure.co_units),
        _iso(measure),
    ) == expected
    assert measure.doubts == ()


def test_haimen_has_exactly_the_32_measures(haimen: ParsedPlan) -> None:
    assert [m.number for m in haimen.measures] == [str(n) for n in range(1, 33)]


def test_haimen_targets(haimen: ParsedPlan) -> None:
    assert _targets(haimen) == HAIMEN_TARGETS


def test_haimen_breakdown_of_the_yearly_project_target(haimen: ParsedPlan) -> None:
    target = haimen.measures[0].targets[0]
    assert target.text == "每年组织实施设备更新相关的技术改造项目80个以上"
    assert [(s.unit, s.quantity, s.comparator) for s in target.breakdown] == [
        ("开发区", 30, ">="),
        ("海门港新区", 10, ">="),
        ("其余区、镇", 5, ">="),
    ]


def test_haimen_measure_text_keeps_the_wrapped_line(haimen: ParsedPlan) -> None:
    measure = haimen.measures[30]
    assert measure.text.startswith("31.优化组织申报。")
    assert "“万事好通·惠\n企通”" in measure.text
    assert measure.text.endswith("（各有关部门按职责分工负责）")


def test_haimen_word_bookmarks_are_not_text(haimen: ParsedPlan) -> None:
    assert haimen.measures[2].text.startswith("3.推动企业“智改数转网联”。")


def test_haimen_roster(haimen: ParsedPlan) -> None:
    roster = [(e.role, e.name, e.title, e.unit) for e in haimen.roster]
    assert roster[0] == ("组长", "宋涯", "区委常委、区政府副区长", "区政府")
    assert roster[1:-1] == [("成员", *member) for member in HAIMEN_MEMBERS]
    assert roster[-1] == ("办公室主任", "郁逵", "区发改委主任", "区发改委")


def test_haimen_task_table(haimen: ParsedPlan) -> None:
    rows = [(r.seq, r.domain, r.task, list(r.lead_units)) for r in haimen.task_table]
    assert rows == HAIMEN_TASKS


def test_haimen_json_shape(haimen: ParsedPlan) -> None:
    data = json.loads(json.dumps(to_json(haimen), ensure_ascii=False))
    assert set(data) == {"title", "doc_number", "issued_on", "items", "roster", "task_table"}
    assert data["items"][1] == {"kind": "section", "level": 1, "number": "二", "title": "实施设备更新行动"}
    first = data["items"][3]
    assert first["kind"] == "measure" and first["level"] == 3 and first["number"] == "1"
    assert first["lead_units"] == ["区发改委"] and first["co_units"] == ["各区镇"]
    assert first["targets"][0] == {
        "text": "每年组织实施设备更新相关的技术改造项目80个以上",
        "quantity": 80,
        "unit": "个",
        "comparator": ">=",
        "year": None,
        "recurring": "yearly",
        "breakdown": [
            {"unit": "开发区", "quantity": 30, "comparator": ">="},
            {"unit": "海门港新区", "quantity": 10, "comparator": ">="},
            {"unit": "其余区、镇", "quantity": 5, "comparator": ">="},
        ],
    }
    assert first["deadlines"] == [] and first["doubts"] == []
    assert data["roster"][0] == {
        "role": "组长",
        "name": "宋涯",
        "title": "区委常委、区政府副区长",
        "unit": "区政府",
    }
    assert data["task_table"][2] == {
        "seq": "3",
        "domain": MANUFACTURING,
        "task": "完成数字化改造项目60个。",
        "lead_units": ["发改委"],
        "targets": [
            {
                "text": "完成数字化改造项目60个",
                "quantity": 60,
                "unit": "个",
                "comparator": "=",
                "year": None,
                "recurring": None,
                "breakdown": [],
            }
        ],
        "deadlines": [],
    }
    # A row's deadline is read like a measure's, in the document's year (2024).
    assert data["task_table"][0]["deadlines"] == ["2024-07-31"]


def test_the_shipped_sample_is_the_haimen_seed() -> None:
    assert hashlib.sha256(HAIMEN.read_bytes()).hexdigest() == HAIMEN_SEED_SHA256


# --- Weihai --------------------------------------------------------------------------------------


def test_weihai_header(weihai: ParsedPlan) -> None:
    assert weihai.title == "威海市环翠区推动大规模设备更新和消费品以旧换新工作落实方案"
    assert weihai.doc_number == "威环政发〔2024〕7号"
    assert weihai.issued_on == date(2024, 10, 28)


def test_weihai_sections(weihai: ParsedPlan) -> None:
    assert [(i.level, i.number, i.title) for i in weihai.items if i.kind == "section"] == WEIHAI_SECTIONS


@pytest.mark.parametrize("expected", WEIHAI_MEASURES, ids=[m[0] for m in WEIHAI_MEASURES])
def test_weihai_measure(weihai: ParsedPlan, expected: tuple) -> None:
    measure = {m.number: m for m in weihai.measures}[expected[0]]
    assert (
        measure.number,
        measure.title,
        list(measure.lead_units),
        list(measure.co_units),
        _iso(measure),
    ) == expected
    assert measure.doubts == ()


def test_weihai_has_exactly_the_27_measures(weihai: ParsedPlan) -> None:
    assert [m.number for m in weihai.measures] == [str(n) for n in range(1, 28)]
    assert all(m.level == 2 for m in weihai.measures)


def test_weihai_targets(weihai: ParsedPlan) -> None:
    assert _targets(weihai) == WEIHAI_TARGETS


def test_weihai_breakdown_of_car_fairs(weihai: ParsedPlan) -> None:
    fairs = {m.number: m for m in weihai.measures}["10"].targets[0]
    assert [(s.unit, s.quantity, s.comparator) for s in fairs.breakdown] == [("下乡展销", 2, ">=")]


def test_weihai_has_no_annexes(weihai: ParsedPlan) -> None:
    assert weihai.roster == () and weihai.task_table == ()


def test_weihai_general_requirements_are_no_measure(weihai: ParsedPlan) -> None:
    texts = "".join(m.text for m in weihai.measures)
    assert "新能源汽车保有量达到8000辆以上" not in texts
    assert "为深入贯彻国家" not in texts
