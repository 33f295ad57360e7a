"""Rules found by held-out batches 28–30 (tests/data/plans/heldout28..30): made-up samples, one family each."""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text
from services.plans.parser.text import split_units


def test_marks_strewn_between_a_label_and_its_colon() -> None:
    text = """某省促进消费若干措施
1.发放消费券。（责任单位◆★◆■：省商务厅、省财政厅）
2.开展促消费活动。（责任单位■★：省文化和旅游厅）
"""
    plan = parse_plan_text(text)
    assert [m.lead_units for m in plan.measures] == [("省商务厅", "省财政厅"), ("省文化和旅游厅",)]


def test_a_header_of_labels_without_number_column_over_tasks_numbered_in_their_cells() -> None:
    # 牵头领导 / 重点工作 / 牵头单位 / 配合单位 / 备注, one cell a paragraph; the leader merged down; a
    # 配合单位 cell one name a paragraph.
    text = """某市重点工作责任分工抓落实方案

牵头领导

重点工作

牵头单位

配合单位

备注

张某市长

1.始终做到忠诚于党。自觉把讲政治贯穿始终，不折不扣落实各项决策部署。

市府办

各单位

2.始终坚持依法行政。自觉接受人大依法监督，全面实行政府权责清单制度。

市府办

市司法局

市审计局

各单位
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("1", ("市府办",), ("各单位",)),
        ("2", ("市府办",), ("市司法局", "市审计局", "各单位")),
    ]


def test_bracketed_row_numbers_and_a_sub_heading_row_numbered_otherwise() -> None:
    text = """某市关于重点工作及责任分解的通知
序号 | 目标与任务 | 牵头责任单位 | 责任单位 |
一、主要预期目标 | |||
(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市区政府 |
(2) | 固定资产投资增长6%左右。 | 市发展改革委 | 各县市区政府 |
二、重点工作 | |||
1 | 大力提振消费。 | ||
(3) | 统筹衔接消费券发放与以旧换新行动。 | 市商务局 | 市财政局 |
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("1", ("市发展改革委",)),
        ("2", ("市发展改革委",)),
        ("3", ("市商务局",)),
    ]


def test_a_page_run_into_one_line_with_a_bare_list_and_a_note_for_every_measure() -> None:
    # A document site's text in one line: 一、 after a full stop, （一） after the heading's words. The
    # clause is a bare list under 列第一位的为牵头单位, then a note of units every later measure involves.
    text = (
        "某市促进民营经济高质量发展实施方案为全面落实若干措施，激发民营经济发展活力，提振民营经济发展信心，"
        "结合本市实际，制定本实施方案。一、加强民营经济资源要素支持（一）强化财税政策保障。依规加大减税降费"
        "力度，落实小微企业所得税优惠政策，延续执行融资担保免征增值税政策。（市税务局、市财政局，各县市、区政府，"
        "列第一位的为牵头单位，下同。以下均需各县市、区政府落实，不再列出）（二）强化金融支持。扩大民营企业"
        "贷款规模，落实首贷户培育行动。（市金融办、人行市分行）二、优化民营经济发展环境（一）持续破除市场准入"
        "壁垒。全面落实市场准入负面清单制度。（市发展改革委、市商务局）"
    )
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("一", ("市税务局",), ("市财政局", "各县市、区政府")),
        ("二", ("市金融办",), ("人行市分行", "各县市、区政府")),
        ("一", ("市发展改革委",), ("市商务局", "各县市、区政府")),
    ]


def test_a_label_run_into_a_persons_title() -> None:
    text = """某局创建文明城市工作方案
一、建筑施工场地专项整治
要求施工企业文明施工，做到施工场地围挡、净车出场。牵头领导：阮某副局长责任部门：建工科、安全站
二、小街巷专项整治
对路面坑洼、路灯照明开展专项整治。牵头领导：王某副局长责任部门：城建科
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("一", ("建工科", "安全站")),
        ("二", ("城建科",)),
    ]


def test_a_cell_a_line_table_whose_first_task_was_lost_and_guizhous_special_districts() -> None:
    text = """某市促进经济社会加快发展若干政策措施责任分工
重点工作
主要
任务
工作措施
责任单位
备注
一、加大财政金融支持力度
2.对纳入省级支持的企业，省财政全额补贴设备购置费用。
市经信局、市财政局等，各县、市、区政府
3.对重点企业已生产的库存产品，全部由政府兜底采购收储。
市财政局等，各县、市、区政府
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("2", ("市经信局", "市财政局", "各县、市、区政府")),
        ("3", ("市财政局", "各县、市、区政府")),
    ]
    assert split_units("各县、特区、区人民政府，各经济开发区管委会") == [
        "各县、特区、区人民政府",
        "各经济开发区管委会",
    ]


def test_a_bracketed_note_after_a_name_and_owners_that_open_the_measure() -> None:
    text = """某省大气污染防治行动计划部门分工
（一）调整能源结构
1.控制煤炭消费总量，实现煤炭消费负增长。（省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同）
2.推进依法行政。〔省直各部门（单位），各市（州）人民政府按职责分工负责〕
（二）开展专项整治
1.局办公室、创卫办负责制定专项整治工作方案，明确整治重点和时间安排。
"""
    plan = parse_plan_text(text)
    assert [(m.lead_units, m.co_units) for m in plan.measures] == [
        (("省经信委",), ("省发改委（省能源局）",)),
        (("省直各部门（单位）",), ("各市（州）人民政府",)),  # the document's rule: the first listed leads
        (("局办公室", "创卫办"), ()),
    ]


def test_a_header_of_labels_that_opens_on_the_task_column() -> None:
    # No 序号 and the task's label first, a part's heading between header and rows: this shape once
    # crashed the reader (the task column lost when a 序号 column was assumed in front of it).
    text = """某区政府工作报告主要工作任务分解表

主要工作任务

牵头单位

责任单位

一、优结构、谋发展

1.主动对接国家战略，完善现代化产业体系，加快形成新质生产力。

区发改局

区工信局、各街道办事处

2.深化营商环境建设，推进政务服务一网通办。

区营商局

各街道办事处
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("1", ("区发改局",), ("区工信局", "各街道办事处")),
        ("2", ("区营商局",), ("各街道办事处",)),
    ]


def test_a_fault_in_the_reader_lets_the_clerk_mark_the_measures(monkeypatch) -> None:
    # A shape the reader was never tried on may trip one of its rules: the file is not refused as broken;
    # the clerk gets its text to mark the measures by hand, with a message that says so.
    import services.plans.parser as parser
    from services.errors import READER_STUCK, PlanWithoutMeasures

    def tripped(*_args, **_kwargs):
        raise ValueError("max() arg is an empty sequence")

    monkeypatch.setattr(parser, "read_outline", tripped)
    with pytest.raises(PlanWithoutMeasures) as refused:
        parse_plan_text("某区实施方案\n一、推进城市更新（区住建局牵头）")
    assert refused.value.reason == READER_STUCK
    assert refused.value.lines == ("某区实施方案", "一、推进城市更新（区住建局牵头）")


def test_a_notices_own_requirements_are_not_offered_as_measures() -> None:
    from services.errors import PlanWithoutMeasures

    text = """某市人民政府办公室关于印发某都市圈重点任务责任分工方案的通知
各县（市、区）人民政府，市政府各部门：
现将《某都市圈重点任务责任分工方案》印发给你们，并提出下列工作要求，请结合实际认真抓好工作落实。
一、强化组织协调
各有关县（市、区）要建立工作推进机制，加强统筹调度。
二、强化要素保障
各级各部门要加大资金、土地等要素保障力度。
"""
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text(text)


def test_a_heading_among_measures_keeps_the_paragraph_a_line_end_cut_off() -> None:
    # A PDF's line ended at 。, so （二）'s second sentence reads as a paragraph under a short heading.
    text = """某省新农村建设工程实施方案
十四、省民政厅
（一）完善农村低保制度，健全以农村低保和农村五保供养为基础的社会救助体系。
（二）新建、改造中心敬老院35所，新增床位10000张。
确保五保对象生活水平不低于当地村民平均生活水平。
（三）加强农村医疗救助制度与新型农村合作医疗制度衔接，提高医疗救助水平。
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.lead_units) for m in plan.measures] == [
        ("一", ("省民政厅",)),
        ("二", ("省民政厅",)),
        ("三", ("省民政厅",)),
    ]
    assert "确保五保对象" in plan.measures[1].text


def test_a_problem_list_whose_owner_label_follows_a_space() -> None:
    # An inspection bulletin: a place, its problems, then 责任单位： after a full stop and a space, no numbers.
    text = """某县创建文明城市实地督查问题曝光通报
现对督查过程中发现的问题进行曝光。
县人民医院 存在问题：室外仓储间物品摆放杂乱，垃圾分类收集点保洁物品摆放杂乱。 责任单位：县卫生健康局
水真路农贸市场 存在问题：宣传栏未及时更新，市场内卫生死角较多。 责任单位：县市场监管局、嵩阳街道
"""
    plan = parse_plan_text(text)
    assert [m.lead_units for m in plan.measures] == [("县卫生健康局",), ("县市场监管局", "嵩阳街道")]


def test_a_heading_that_names_who_does_the_parts_work_is_no_measure() -> None:
    text = """某县餐桌污染治理工作方案
一、治理畜牧业产品污染
（一）承办单位：县经贸局。
（二）协办单位：县农业局、卫生局。
（三）治理目标：定点屠宰区域肉品卫生指标合格率达到90%以上，检出率控制在1%以内。
（四）主要措施：
1.加强定点屠宰管理，构建杜绝私宰肉上市的有效管理机制。（县经贸局负责，县农业局配合）
2.抓好定点屠宰厂清理整顿工作。（县经贸局负责）
"""
    plan = parse_plan_text(text)
    assert "承办单位" not in " ".join(m.text for m in plan.measures)
    assert [(m.number, m.lead_units) for m in plan.measures][-2:] == [
        ("1", ("县经贸局",)),
        ("2", ("县经贸局",)),
    ]
