"""Rules found by held-out batches 28 and 29 (tests/data/plans/heldout28, heldout29): made-up samples,
one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.text import split_units


def test_owners_in_a_sentence_right_after_the_number() -> None:
    # （二）由X负责，Y、Z配合，… and 由X承办，Y配合。: the owners open the measure's sentence.
    text = """某市餐桌污染治理工作方案
一、治理蔬菜污染
（一）由市贸发局负责，市农业局、工商局配合，组织实施蔬菜市场准入制度。
（二）由市农业局负责，继续开展无公害农产品生产基地建设。
二、治理畜产品污染
由乡三农服务中心承办，乡畜牧站、卫生院配合。
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures][:2] == [
        ("一", ("市贸发局",), ("市农业局", "工商局")),
        ("二", ("市农业局",), ()),
    ]


def test_a_role_word_before_the_name_and_the_last_measures_owner_paragraph() -> None:
    # 整改措施：由包片单位X负责… under each numbered problem; the last one keeps its paragraph although
    # only closing words follow it.
    text = """某县创建工作督查通报
1、城关片区：门头牌匾破损。
整改措施：（1）由县环卫站负责更换。（2）由包片单位县幼儿园负责督促商户。
2、供水片区：巷道内有野广告。
整改措施：由包片单位城关小学和市容整治联合执法工作组负责规范。
3、疾控片区：野广告未清理。
整改措施：由包片单位县供水公司负责清除。

请各责任单位迅速整改，落细落实。
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("1", ("县环卫站", "县幼儿园")),
        ("2", ("城关小学", "市容整治联合执法工作组")),
        ("3", ("县供水公司",)),
    ]
    assert "整改措施" in plan.measures[-1].text and "请各责任单位" not in plan.measures[-1].text


def test_a_part_headed_by_its_lead_without_points_is_one_measure() -> None:
    # （一）省监察厅牵头的工作 over a paragraph of work: one measure led by the unit its heading names; a
    # point under such a heading adds its own 协同单位 line to what it takes from the heading.
    text = """某省人民政府工作目标责任分解
一、省长负责的工作
（一）省监察厅牵头的工作
加强行政监察工作，全面落实党风廉政建设责任制。
（二）省审计厅牵头的工作
全面加强审计工作。
协同单位：省直各部门和各市人民政府。
（三）省编办牵头的工作
1.深化行政管理体制改革。
2.积极稳妥地推进乡镇机构改革。
协同单位：省财政厅、省人事厅等和各市、县人民政府。
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("一", ("省监察厅",), ()),
        ("二", ("省审计厅",), ("省直各部门", "各市人民政府")),
        ("1", ("省编办",), ()),
        ("2", ("省编办",), ("省财政厅", "省人事厅", "各市、县人民政府")),
    ]


def test_a_clause_cut_before_its_bracket_closed() -> None:
    text = """某市重点工作分解
一、工业
1.加强稀土资源保护。（市经信委、市国土资源局牵头落实）
2.进一步明确园区发展定位，推动园区错位发展。（市经信委牵头落实
"""
    plan = parse_plan_text(text)
    assert [m.lead_units for m in plan.measures] == [("市经信委", "市国土资源局"), ("市经信委",)]


def test_names_closed_by_etc_before_and_the_places() -> None:
    assert split_units("省政府办公厅、财政厅、地税局等和各市、县人民政府") == [
        "省政府办公厅",
        "财政厅",
        "地税局",
        "各市、县人民政府",
    ]


def test_a_problem_list_one_cell_a_line_and_a_cells_points_kept_together() -> None:
    # 问题描述 is the task column; 任务项 numbers the rows; a cell's points 1.…2.… stay its text.
    problems = """卫生城市测评路段问题汇总表
序号 |
路段名称 |
问题描述 |
责任单位 |
备注 |
1 |
湘北大道 |
沿线街道车辆违停严重 |
停车办 |
|
2 |
赶山西路 |
工地泥巴大量流向街道，污染严重 |
城管支队 |
|
"""
    plan = parse_plan_text(problems)
    assert [(m.number, m.lead_units) for m in plan.measures] == [("1", ("停车办",)), ("2", ("城管支队",))]
    tasks = """某区城管局第四季度重点工作任务完成情况
任务项

重点工作内容

牵头责任单位

四季度任务分解

完成状况

1

开展市容秩序专项整治行动，突出抓好商业大街、背街小巷等区域环境治理。

区城管大队

1.根据年度专项整治行动方案，迅速动员部署、选定示范道路、细化工作措施、启动专项整治。2.开展商业大街环境治理专项行动，清理卫生死角和小广告。

已完成

2

深入推进生活垃圾分类工作。

区环卫所

开展生活垃圾分类督查考核1次。

已完成
"""
    plan = parse_plan_text(tasks)
    assert [(m.number, m.lead_units) for m in plan.measures] == [("1", ("区城管大队",)), ("2", ("区环卫所",))]
    assert "2.开展商业大街" in plan.measures[0].text and "开展生活垃圾" in plan.measures[1].text


def test_a_heading_that_is_only_a_units_name_leads_the_items_under_it() -> None:
    # 十七、省广播电视局 over short items with nothing under them: the items are measures (as they are under
    # the other units' headings), and the heading's unit leads them.
    text = """全省新农村建设工程实施方案
十六、省商务厅
（一）继续推进“万村千乡市场工程”，新建1500个农家店，促进配送设施建设，推进“一网多用”。
（二）“家电下乡”销售达到10亿元。
十七、省农业开发办
（一）完成中低产田改造面积200万亩。
（二）建设现代农业示范区10个。
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("一", ("省商务厅",)),
        ("二", ("省商务厅",)),
        ("一", ("省农业开发办",)),
        ("二", ("省农业开发办",)),
    ]
