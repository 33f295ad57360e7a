"""Rules found reading blind set AU (session 29): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.blank_cells import blank_separated_cells
from services.plans.parser.table_columns import column_of

# A web table copied one cell a paragraph: a header label wrapped (任务 / 类型), a category merged down its group
# (printed on the group's first row only), two units one a line in a cell, and rows with no 配合单位 cell at all.
_BODY = """某区排水管理改革实施方案
一、改革任务
1.完成区级方案编制。（责任单位：区建设管理委）
2.完成设施移交。（责任单位：区建设管理委）

附件

改革任务表

项目序号

任务
类型

改革任务

完成时间

责任单位

配合单位

1

推进移交

方案编制

2025年6月

区建设管理委

各成员单位

2

清单建立

2025年9月

区建设管理委
市城投集团

区城投集团
申浦公司

3

人员征询

2025年9月

市城投集团
区城投集团

4

构建运营体系

协议签订

2025年12月

区政府
市城投集团
"""


def _rows():
    return [(row.seq, row.lead_units, row.co_units) for row in parse_plan_text(_BODY).task_table]


def test_a_table_one_cell_a_paragraph_with_rows_short_of_their_helpers() -> None:
    assert _rows() == [
        ("1", ("区建设管理委",), ("各成员单位",)),
        ("2", ("区建设管理委", "市城投集团"), ("区城投集团", "申浦公司")),
        ("3", ("市城投集团", "区城投集团"), ()),
        ("4", ("区政府", "市城投集团"), ()),
    ]


def test_a_numbered_column_labelled_as_the_projects_number() -> None:
    assert [column_of(label) for label in ("项目序号", "任务序号", "指标编号", "序号")] == ["seq"] * 4
    assert column_of("项目名称") != "seq" and column_of("项目") == "task"


def test_lines_of_one_cell_that_are_no_two_names_stay_one_cell() -> None:
    # 区政府 / 办公室 (an office's name wrapped) and 区住房和城乡 / 建设管理委员会 are one name each.
    region = [
        "序号",
        "",
        "任务",
        "",
        "责任单位",
        "",
        "1",
        "",
        "完成",
        "清单",
        "",
        "区政府",
        "办公室",
        "",
        "2",
        "",
    ]
    region += ["", "编制", "", "区住房和城乡", "建设管理委员会", ""]
    cells = [cell for cell in blank_separated_cells(region) if cell]
    assert "区政府办公室" in cells and "区住房和城乡建设管理委员会" in cells


def _measures(text: str) -> list:
    return [m for m in parse_plan_text(text).items if m.kind == "measure"]


_SUPPORT = """某省防汛应急预案（节选）
五、应急保障
（一）预测预报。省气象局、水利厅、国土资源厅等单位共同做好暴雨、洪水的预测预报，及时上报省防指。
（二）物资保障。省发改委牵头，省经贸委、省交通厅、省军区等单位共同做好抢险物资的储备和调运工作。
（三）资金保障。省财政厅牵头，省发改委、水利厅及人行杭州中心支行等单位负责抢险救灾资金的筹措和下拨。
（四）灾情核查。省民政厅、水利厅牵头，省交通厅、农业厅等单位分别负责收集本行业的灾害损失情况。
"""


def test_the_units_after_a_leads_comma_ending_on_deng_danwei_work_with_it() -> None:
    owners = [(m.lead_units, m.co_units) for m in _measures(_SUPPORT)]
    assert owners == [
        (("省气象局", "水利厅", "国土资源厅"), ()),
        (("省发改委",), ("省经贸委", "省交通厅", "省军区")),
        (("省财政厅",), ("省发改委", "水利厅", "人行杭州中心支行")),
        (("省民政厅", "水利厅"), ("省交通厅", "农业厅")),
    ]


def test_a_list_helped_is_no_subject() -> None:
    text = "某市防艾工作职责\n一、市住建委\n1.配合市防艾办、卫生局等部门做好建筑工地宣传工作。\n"
    (measure,) = _measures(text)
    assert "配合市防艾办" not in measure.lead_units and "卫生局" not in measure.lead_units


def test_how_a_unit_works_is_no_part_of_its_name() -> None:
    from services.plans.parser.text import split_units

    assert split_units("廣州市花都區稅務局、區財政局按職能分工落實") == ["廣州市花都區稅務局", "區財政局"]
    assert split_units("区发改委按职责分工负责") == ["区发改委"]
    assert split_units("区职能分工办公室") == ["区职能分工办公室"]  # a name with the words inside it stays


_DUTIES = """某市突发环境事件应急预案（节选）
五、部门职责
1、民政部门
做好救济物资发放和受灾群众的转移安置工作。
2、气象部门
及时、准确提供发生突发环境事件区域的气象情报资料。
3、科技管理部门
根据突发环境事件需要,及时组织科技力量协作攻关。
"""


def test_a_duty_under_its_unit_may_open_on_how_or_on_what_it_answers_to() -> None:
    assert [m.lead_units for m in _measures(_DUTIES)] == [("民政部门",), ("气象部门",), ("科技管理部门",)]


def test_a_notice_opening_on_its_grounds_is_still_no_duty() -> None:
    from services.plans.parser.opening_owners import duty_under_unit

    assert not duty_under_unit("根据市政府工作安排，现将有关事项通知如下：")
    assert duty_under_unit("根据工作需要，及时组织力量开展抢修。")


def test_a_lists_ending_in_traditional_characters_is_no_part_of_the_last_name() -> None:
    from services.plans.parser.text import split_units

    assert split_units("區金融局、廣州市花都區稅務局等部門") == ["區金融局", "廣州市花都區稅務局"]


def test_jishi_is_no_and_between_two_names() -> None:
    text = (
        "某区措施\n（一）企业上市。遇到困难的，由区财政金融局及时召集相关部门予以协调并报区管委会研究审定。\n"
    )
    text += "（二）融资担保。降低担保费率。责任单位：区财政金融局\n"
    assert ("区财政金融局",) in [m.lead_units for m in _measures(text)][:1]


# A Word table a document site ran into one line: no cell separators, the next row's number glued to the last
# unit, a 第一责任单位 column before the 主要责任单位 one, a group heading and a printed page number between rows.
_GLUED = (
    "—1—某市十一五规划纲要主要目标任务分解落实方案序号主要工作任务第一责任单位主要责任单位一、主要发展指标"
    "1地区生产总值年均增长12%左右。市发展改革委各县(市、区)政府、某某经济开发区、某某港区"
    "2服务业增加值比重达到40%。市发展改革委各县(市、区)政府、市三产发展领导小组各成员单位"
    "3地方财政收入年均增长13%。市财政局各县(市、区)政府、某某港区—2—二、产业优化升级"
    "4进出口总额年均增长15%左右。市外经贸局各县(市、区)政府、某某港区\n"
)


def test_a_glued_table_with_a_first_responsible_column() -> None:
    owners = [(m.number, m.lead_units, m.co_units) for m in _measures(_GLUED)]
    assert owners == [
        ("1", ("市发展改革委",), ("各县(市、区)政府", "某某经济开发区", "某某港区")),
        ("2", ("市发展改革委",), ("各县(市、区)政府", "市三产发展领导小组各成员单位")),
        ("3", ("市财政局",), ("各县(市、区)政府", "某某港区")),
        ("4", ("市外经贸局",), ("各县(市、区)政府", "某某港区")),
    ]


# A gazette's PDF page: the 成员单位 table's number and unit centred on their row (the duty's first line printed
# above them, the rest after or on the same line), its marks read as Yi syllables (ꎬ ꎮ ꎻ are GB2312's ，．；).
_GAZETTE = """某市人民政府公报 2025年第1期
序号 成员单位 应急职责
负责组织、协调事故现场环境应急监测、预警和环境损害
12 市生态环境局
评估工作ꎬ组织制定环境应急处置方案ꎬ参与事故调查ꎮ
协调施救所需的施工机械、救援器材和其它特种设备ꎬ负
13 市住房和城乡建设局 责协调和指导恢复城市供水、供气等公
用设施运行ꎬ保障居民基本生活需要ꎮ
14 市交通运输局 负责组织提供应急救援所需的交通运输保障工作ꎮ
"""


def test_a_pdf_table_of_member_units_and_their_duties() -> None:
    rows = [(m.number, m.lead_units, m.text) for m in _measures(_GAZETTE)]
    assert rows == [
        (
            "12",
            ("市生态环境局",),
            "负责组织、协调事故现场环境应急监测、预警和环境损害评估工作，组织制定环境应急处置方案，参与事故调查。",
        ),
        (
            "13",
            ("市住房和城乡建设局",),
            "协调施救所需的施工机械、救援器材和其它特种设备，负责协调和指导恢复城市供水、供气等公用设施运行，保障居民基本生活需要。",
        ),
        ("14", ("市交通运输局",), "负责组织提供应急救援所需的交通运输保障工作。"),
    ]


def test_yi_syllables_stand_for_marks_only_beside_chinese() -> None:
    from services.plans.parser.cleaning import clean_line

    assert clean_line("参与事故调查ꎬ上报ꎮ") == "参与事故调查，上报。"
    assert clean_line("ꎬꎮ") == "ꎬꎮ"  # no Chinese on the line: left as written


# A 预案's 保障 part flattened onto one line by a law archive: each dotted part's topic, a blank, then sentences
# whose subjects do the work (…要尽快恢复 / …加强…).
_SUPPORT_RUN_ON = (
    "|\n6.2.3 交通运输保障 盟交通局、铁路乌兰浩特站、民航乌兰浩特机场要尽快恢复被毁坏的公路、铁路、空港和相关设施;"
    "优先保证抢险救援人员、物资的运输和灾民的疏散。 6.2.4 电力保障 电力主管部门,尽快恢复被破坏的发、送、变、配电设施"
    "和电力调度通信系统功能等,保证灾区用电供应。 6.2.5 城市基础设施抢险与应急恢复 盟建设局组织力量对灾区城镇中被破坏的"
    "供排水、燃气热力、公共交通、道路、桥梁及其他市政设施进行抢排险,尽快恢复城镇基础设施功能。 6.2.6 医疗卫生保障 "
    "盟卫生局对灾区可能发生的传染病进行预警,并采取有效措施防止和控制传染病的暴发流行。 6.2.7 治安保障 "
    "武警兴安盟支队加强对政府机关、要害部门、金融单位、救济物品集散点、储备仓库等重要目标的警戒。\n"
)


def test_a_flattened_support_part_reads_its_topics_and_the_units_that_open_their_sentences() -> None:
    owners = [(m.number, m.title, m.lead_units) for m in _measures(_SUPPORT_RUN_ON)]
    assert owners == [
        ("6.2.3", "交通运输保障", ("盟交通局", "铁路乌兰浩特站", "民航乌兰浩特机场")),
        ("6.2.4", "电力保障", ("电力主管部门",)),
        ("6.2.5", "城市基础设施抢险与应急恢复", ("盟建设局",)),
        ("6.2.6", "医疗卫生保障", ("盟卫生局",)),
        ("6.2.7", "治安保障", ("武警兴安盟支队",)),
    ]


def test_a_text_tables_row_keeps_its_cells() -> None:
    from services.plans.parser.plain_numbers import topic_apart

    assert topic_apart("1.1 道路改造  区住建局  2024年底前") == ["1.1 道路改造  区住建局  2024年底前"]
    assert topic_apart("1.1 总体要求 坚持问题导向，全面推进。") == [
        "1.1 总体要求",
        "坚持问题导向，全面推进。",
    ]


def test_a_ten_days_span_of_a_month_is_a_deadline() -> None:
    from datetime import date

    from services.plans.parser.deadlines import find_deadlines

    assert [d.due for d in find_deadlines("9月中旬完成演练，10月上旬前总结", 2024)] == [
        date(2024, 9, 20),
        date(2024, 10, 10),
    ]
    assert [d.due for d in find_deadlines("2023年2月下旬", None)] == [date(2023, 2, 28)]
