"""Rules found by held-out batch 35 and by the corpus's printed and retyped copies of batches 33–34:
made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.clauses import read_clause
from services.plans.parser.model import PlanBlock
from services.plans.parser.rewrap import rewrapped


def test_a_lead_in_sentence_at_the_margin_ends_its_paragraph() -> None:
    # A PDF's lines, every one as wide as the text block: the lead-in ends with 如下： at the margin.
    lines = [
        "为确保按时完成村庄环境整治任务，根据市里实施方案的要求，有效整合资源，",
        "形成统一合力，结合村庄环境整治的内容，现将各单位任务作如下明确如下：",
        "区住建局负责全区村庄环境整治总协调工作，指导督查康居乡村的创建，指导督",
        "查农村生活污水处理设施建设，指导督查村庄公共配套设施建设，指导督查区域",
        "供水和饮用水安全。",
        "区财政局负责村庄环境整治专项经费的落实，监督审计资金的使用情况，确保资",
        "金的安全运行，加强专项资金的绩效评价，确保资金发挥效益，按时拨付到位。",
    ]
    joined = [block.text for block in rewrapped([PlanBlock(line) for line in lines]) if block.text.strip()]
    assert joined[0].endswith("如下明确如下：")
    assert joined[1].startswith("区住建局负责")


def test_blanks_or_a_line_break_after_a_label_do_not_part_it_from_its_units() -> None:
    spaced = read_clause("责任单位:  市住建局、  大数据局 、  城管局")
    assert spaced.lead_units == ("市住建局", "大数据局", "城管局")
    broken = read_clause("牵头单位:\n省委组织部,责任单位:省委办公厅、省司法厅")
    assert (broken.lead_units, broken.co_units) == (("省委组织部",), ("省委办公厅", "省司法厅"))


def test_the_last_measure_keeps_a_clause_a_print_broke_after_its_label() -> None:
    text = """某省法治建设工作要点
一、加强依法执政能力建设
1.提高领导干部依法履职的能力。各级领导干部应成为遵守宪法法律的模范。
健全和落实中心组学法制度，推广年终述法工作经验。
年内组织全省厅级领导干部法律轮训。〔牵头单位:
省委组织部,责任单位:省委办公厅、省司法厅〕
"""
    (measure,) = parse_plan_text(text).measures
    assert (measure.lead_units, measure.co_units) == (("省委组织部",), ("省委办公厅", "省司法厅"))
    assert "法律轮训" in measure.text


def test_unnumbered_lines_run_together_are_one_measure_a_clause() -> None:
    # Under a numbered title, a print closed the line break between two lines, each closed by its clause.
    text = """某省规划纲要目标分工
（一）约束性指标
1. 约束性指标的责任部门
单位生产总值能耗降低20%。（省经信委牵头）完成耕地保有量指标。（省自然资源厅牵头）
森林覆盖率20%左右。（省林业局牵头）
"""
    measures = parse_plan_text(text).measures
    assert [m.lead_units for m in measures] == [("省经信委",), ("省自然资源厅",), ("省林业局",)]


def test_a_number_that_lost_its_dot_is_the_next_measure() -> None:
    text = """某市乡村振兴实施方案
一、推进农业高质量发展
1. 稳定粮食生产。
（市农业农村局）
2. 加快恢复生猪生产。
落实规模养殖场贴息政策。
（市农业农村局）
3 加强猪肉市场监测和调控。
依法打击扰乱市场行为。
（市市场监管局）
"""
    measures = parse_plan_text(text).measures
    assert [m.number for m in measures] == ["1", "2", "3"]
    assert measures[1].text.endswith("（市农业农村局）")
    assert measures[2].lead_units == ("市市场监管局",)


def test_a_document_sites_download_notice_is_no_measure() -> None:
    text = """某市实施方案
1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。
2. 2、如文档侵犯您的权益，请联系客服反馈。
某市实施方案
一、重点任务
1.推进改革。（市发改委牵头）
"""
    assert [(m.number, m.lead_units) for m in parse_plan_text(text).measures] == [("1", ("市发改委",))]


def test_a_responsible_area_label_names_co_units() -> None:
    clause = read_clause("牵头单位:市发展改革委;责任地区:各区市县政府、先导区管委会")
    assert (clause.lead_units, clause.co_units) == (("市发展改革委",), ("各区市县政府", "先导区管委会"))


def test_principles_under_a_framework_heading_are_no_measures() -> None:
    text = """某市纲要实施分工方案
一、分工原则
（一）明确政府职责和市场功能。充分体现政府与市场的不同功能，对需要政府履行职责的任务进行分解。
（二）落实责任主体。依据各部门的职责分工，将主要任务分解落实到相关部门。
二、工作分工
（一）加强组织领导。（市委办牵头）
1.推进改革。（市发改委牵头）
2.加强监管。
"""
    items = parse_plan_text(text).measures
    assert [(m.number, m.lead_units) for m in items] == [
        ("1", ("市发改委",)),
        # A measure outside the framework stays; with no clause of its own it takes its heading's (since
        # session 10: the heading with a clause over points is their heading, parser/owned_headings.py).
        ("2", ("市委办",)),
    ]


def test_owners_listed_as_points_under_an_empty_label() -> None:
    text = """某市市容环境整治方案
二、主要任务
1.加强清扫保洁。落实门前三包管理。
责任单位：
（1）城管局负责城区街道；
（2）交通局负责国道。
2.清理积存垃圾。对小街巷、城乡结合部集中清理。
责任单位：
（1）城管局负责城区道路
"""
    measures = parse_plan_text(text).measures
    assert [m.lead_units for m in measures] == [("城管局", "交通局"), ("城管局",)]
