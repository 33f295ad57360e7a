"""Blind set J (session 16, excerpts written in the shape of real 应急预案 and 专项整治 pages, answers
first): a 预案's numbered parts with lead-in paragraphs, its working groups, a 片区 包保 table. Each failed
when written."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_member_duties_under_a_numbered_part_with_a_lead_in_line() -> None:
    """`2.3 县防指成员单位职责` / `各成员单位职责如下：` then （1）…: the （n） items are the measures (they were
    the part's text, all its units lost)."""
    text = (
        "县防汛抗旱应急预案\n2 组织指挥体系及职责\n2.1 县防汛抗旱指挥部\n县人民政府设立县防汛抗旱指挥部。\n"
        "2.2 县防指成员单位职责\n县防指成员单位按照职责分工做好相关工作。各成员单位职责如下：\n"
        "（1）县应急管理局：承担县防指日常工作，组织编制县防汛抗旱应急预案。\n"
        "（2）县水利局：负责水情旱情监测预警，承担水工程防洪抗旱调度技术支撑工作。\n"
        "（3）中国移动平昌分公司、中国电信平昌分公司：负责汛期应急通信保障。\n"
        "2.3 乡镇防汛抗旱指挥机构\n各乡镇人民政府设立防汛抗旱指挥机构。\n"
    )
    owned = [(number, lead) for number, lead, _ in _owners(text) if lead]
    assert owned == [
        ("1", ["县应急管理局"]),
        ("2", ["县水利局"]),
        ("3", ["中国移动平昌分公司", "中国电信平昌分公司"]),
    ]


def test_working_groups_numbered_under_a_part_with_its_own_paragraph() -> None:
    """`2.3 应急工作组` and its paragraph over `2.3.1 综合协调组` / `由X牵头，Y参加。`: each group is a measure
    (they were 2.3's text, the first group's units given to 2.3)."""
    text = (
        "市食品安全事故应急预案\n2 组织体系与职责\n2.1 组织体系\n应急组织机构由市指挥部、应急工作组和专家组组成。\n"
        "2.2 应急工作组\n市指挥部根据事故处置需要设立若干工作组，各工作组在市指挥部统一指挥下开展工作。\n"
        "2.2.1 综合协调组\n由市食安办（市市场监管局）牵头，市委宣传部、市卫健委参加。\n主要职责：承担市指挥部日常工作。\n"
        "2.2.2 事故调查组\n由市市场监管局牵头，会同市公安局、事故发生地县（市、区）人民政府组成。\n"
        "2.2.3 检测评估组\n由市卫健委牵头，市疾控中心、市市场监管局（市食品药品检验检测中心）参加。\n"
        "2.3 专家组\n市指挥部组建专家组，为事故应急处置提供技术支持。\n"
    )
    owned = [owner for owner in _owners(text) if owner[1]]
    assert owned == [
        ("2.2.1", ["市食安办（市市场监管局）"], ["市委宣传部", "市卫健委"]),
        ("2.2.2", ["市市场监管局"], ["市公安局", "事故发生地县（市、区）人民政府"]),
        ("2.2.3", ["市卫健委"], ["市疾控中心", "市市场监管局（市食品药品检验检测中心）"]),
    ]


def test_a_baobao_table_by_area_under_its_heading() -> None:
    """序号 | 整治片区 | 包保县领导 | 牵头单位 | 责任单位 | 整治重点 (the area is the work), its rows under
    `二、责任分工` although the last row's words stand in a sentence of `一、整治范围` before it."""
    text = (
        "县城乡结合部环境卫生专项整治行动方案\n一、整治范围\n县城建成区周边2个片区及城区主干道沿线。\n二、责任分工\n"
        "序号\t整治片区\t包保县领导\t牵头单位\t责任单位\t整治重点\n"
        "1\t东城片区（东环路以东）\t张卫东\t县城市管理局\t东夏亭镇政府、县住建局\t占道经营、乱堆乱放\n"
        "2\t西城片区（西环路以西）\t李明\t县住建局\t西华营镇政府\t建筑垃圾、违章搭建\n"
        "3\t城区主干道沿线\t陈建设\t县交通运输局\t县公路事业发展中心\t路域环境、广告牌匾\n"
        "三、保障措施\n（一）强化经费保障。整治所需经费由县财政局统筹安排。\n"
    )
    items = parse_plan_text(text).items
    rows = [(i.title, i.lead_units, i.co_units) for i in items if i.lead_units]
    assert rows == [
        ("东城片区", ("县城市管理局",), ("东夏亭镇政府", "县住建局")),
        ("西城片区", ("县住建局",), ("西华营镇政府",)),
        ("城区主干道沿线", ("县交通运输局",), ("县公路事业发展中心",)),
    ]
    titles = [i.title for i in items]
    assert titles.index("责任分工") < titles.index("东城片区") < titles.index("保障措施")


def test_a_dotted_part_named_by_its_unit_over_its_duties() -> None:
    """Blind set K: `3.2.1　区应急管理局` over （1）（2）: the unit leads its points; a dotted part that is
    a measure itself (`2.1 县防汛抗旱指挥部` over the paragraph setting it up) takes no lead from its title."""
    text = (
        "区突发事件总体应急预案\n3.1 区应急委员会\n区政府设立区应急委员会，统一领导全区突发事件应对工作。\n"
        "3.2　成员单位职责\n区应急委各成员单位按照职责分工承担相关工作，主要职责如下：\n3.2.1　区应急管理局\n"
        "（1）承担区安委会日常工作，负责全区应急管理综合协调。\n（2）组织编制区总体应急预案。\n3.2.2　区公安分局\n"
        "（1）负责事发现场治安警戒和交通管制。\n"
    )
    assert _owners(text) == [
        ("3.1", [], []),
        ("1", ["区应急管理局"], []),
        ("2", ["区应急管理局"], []),
        ("1", ["区公安分局"], []),
    ]


def test_a_page_opening_inside_a_dotted_list_of_members() -> None:
    """Held-out batch 55 (a city's 火灾事故应急预案, page 3): `2.3.6 市建设局:负责…` — the count began on the
    page before, so no 2.3.1 comes first; each member is a measure numbered as the page numbers it."""
    text = (
        "2.3.6 市建设局:负责提供火灾事故现场建筑物结构情况,评估建筑物险情,提供技术支持。\n"
        "2.3.7 市卫生局: 负责组织救护车辆和医护人员成立应急队伍,进行现场医疗救护。\n"
        "2.3.8 市质量技术监督局:负责提供特殊专业现场的技术支持;参与有关火灾事故的调查处理。\n"
        "2.3.9 市供电公司:负责根据指挥部要求对相关地区采取断电措施。\n"
    )
    assert _owners(text) == [
        ("2.3.6", ["市建设局"], []),
        ("2.3.7", ["市卫生局"], []),
        ("2.3.8", ["市质量技术监督局"], []),
        ("2.3.9", ["市供电公司"], []),
    ]


def test_members_and_duties_copied_as_two_columns_with_a_space() -> None:
    """Held-out batch 55 (岳阳's 特种设备事故应急预案): `市质监局 综合协调和督查…` — a two-column table
    copied with a space between the unit and its duties."""
    text = (
        "市质监局 综合协调和督查全市特种设备安全事故应急救援工作;组织或参与事故调查。\n"
        "市安监局 参与特种设备安全事故应急救援工作,组织或参与事故调查。\n"
        "市公安局 负责控制易燃、易爆、有毒物质泄漏的事故现场;负责事故现场的安全保卫工作。\n"
        "市卫生局 组织事故医疗救护工作和伤员转运救治工作。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["市质监局"], ["市安监局"], ["市公安局"], ["市卫生局"]]
