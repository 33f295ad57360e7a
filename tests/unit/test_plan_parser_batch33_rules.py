"""Rules found by held-out batches 28–33 in this round (tests/data/plans/heldout28..33): made-up samples,
one family each."""

from __future__ import annotations

import pytest

from services.errors import PlanWithoutMeasures
from services.plans.parser import parse_plan_text
from services.plans.parser.assemble import UNNUMBERED_PARAGRAPH
from services.plans.parser.text import split_units
from services.plans.parser.unnumbered import DUTIES


def test_an_indicator_table_one_cell_a_line_whose_number_column_has_no_label() -> None:
    # A web table copied one cell a line after its bar: the header names 指标 … 牵头部门 but not the
    # number's column; parts run across the table with their weight; a row's empty lead cell shares
    # the line of the next row's number (`| | 2`); a bare 单位 beside 牵头部门 is the unit of measure;
    # the page ends with the site's pager.
    text = """附表2
某市“十四五”考核指标
指 标
| 权重
| 单位
| 2025年
目 标
| 牵头部门
| 一、发展指标(2项)(权重占40%)
| 40
|
|
| | 1
| 地区生产总值年均增长
| 20
| %
| 6
| | 2
| 规模以上工业增加值增长
| 20
| %
| 8
| 市工信局
| 二、民生指标(2项)(权重占60%)
| 60
|
|
| | 3
| 城镇新增就业人数
| 30
| 万人
| 12
| 市人社局
| 4
| 城乡居民医保参保率
| 30
| %
| 95
| 市医保局
|
第 [1] [2] 页 共[2]页
"""
    plan = parse_plan_text(text)
    assert [m.number for m in plan.measures] == ["1", "2", "3", "4"]
    assert [m.lead_units for m in plan.measures] == [(), ("市工信局",), ("市人社局",), ("市医保局",)]
    assert all(m.co_units == () for m in plan.measures)
    assert plan.measures[0].text.startswith("地区生产总值年均增长")
    assert "民生指标" not in plan.measures[1].text  # a part's row across the table belongs to no row
    assert "页" not in plan.measures[3].text


def test_a_category_before_each_number_is_no_unlabelled_number_column() -> None:
    # 工作任务 spans the category and the number (a web table's habit): the category stays a category.
    text = """某局政务公开重点任务

工作任务
|
具体要求
|
责任科室
|
时限要求
|
强化文件公开
|
1
|
全面清理行政规范性文件并公布目录。
|
办公室
|
年底前
|
深化政策解读
|
2
|
持续提升政策解读质量。
|
各科室
|
持续推进
|
做好基础工作
|
3
|
及时更新公开目录。
|
办公室
|
长期
"""
    plan = parse_plan_text(text)
    assert [m.lead_units for m in plan.measures] == [("办公室",), ("各科室",), ("办公室",)]


def test_named_places_share_a_body_written_once_after_the_last() -> None:
    # 甲城市、乙河市、丙原州发展改革部门: three departments, as 甲城市、乙河市人民政府 are two governments.
    assert split_units("甲城市、乙河市、丙原州发展改革部门") == [
        "甲城市发展改革部门",
        "乙河市发展改革部门",
        "丙原州发展改革部门",
    ]
    assert split_units("东城区、西城区、南山林区发改委") == ["东城区发改委", "西城区发改委", "南山林区发改委"]
    # Bare place words and kinds alone stay one party, as written.
    assert split_units("甲城、乙河、丙镇市政府") == ["甲城、乙河、丙镇市政府"]
    assert split_units("相关市、县教育局") == ["相关市、县教育局"]


def test_a_company_called_by_its_short_name_stands_alone_in_a_list() -> None:
    # 汉江国投 would otherwise wait for an ending to share with the city bureau after it.
    assert split_units("某江国投、某某市水利局、某区人民政府") == ["某江国投", "某某市水利局", "某区人民政府"]


def test_a_party_whose_name_ends_in_lead_unit_is_no_verb() -> None:
    text = """某市重点工作清单
一、规划引领
1.印发实施一揽子规划。(责任单位:市协调机制办公室、市各规划编制牵头单位,完成时限:2023年6月)
2.推进建设。(市发改委牵头单位，市财政局配合)
"""
    plan = parse_plan_text(text)
    assert plan.measures[0].lead_units == ("市协调机制办公室", "市各规划编制牵头单位")
    assert (plan.measures[1].lead_units, plan.measures[1].co_units) == (("市发改委",), ("市财政局",))


def test_a_name_whose_last_character_a_wrap_set_apart_is_one_name() -> None:
    assert split_units("街道办事处、某某 山管委 会") == ["街道办事处", "某某山管委会"]
    assert split_units("节能与综合 利用司") == ["节能与综合利用司"]
    assert split_units("区财政局 区审计局") == ["区财政局", "区审计局"]


@pytest.mark.parametrize(
    "points",
    [
        "一、落实责任，确保质量\n各责任单位要严格落实。\n二、密切配合，各负其责\n牵头单位要牵头抓总。\n",
        "1.明确任务，压实责任。各牵头单位要结合实际。\n2.统筹协调，合力攻坚。各相关单位要加强配合。\n",
    ],
)
def test_a_covering_notice_without_its_plan_is_refused(points: str) -> None:
    # The notice hands the plan out (or points to its annex), then numbers its own instructions.
    text = (
        "某区人民政府办公室关于印发任务分解方案的通知\n各乡镇人民政府，区政府各部门：\n"
        "现将《任务分解方案》印发给你们，并就抓好落实通知如下：\n"
        + points
        + "某区人民政府办公室\n2021年1月25日\n"
    )
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text(text)


def test_unnumbered_duty_paragraphs_each_open_on_their_unit() -> None:
    text = """某区村庄环境整治责任分工
为确保按时完成村庄环境整治任务，现将各部门职责明确如下：
区住建局负责全区村庄环境整治总协调工作，指导督查康居乡村的创建。
区委农办要结合全区建设任务，负责指导督查新社区建设，配合区住建局组织培训。
规划分局负责规划布点村庄的确定。
区财政局负责专项经费的落实，监督资金的使用情况。
各镇要切实加强组织领导。
"""
    plan = parse_plan_text(text)
    assert [m.lead_units for m in plan.measures] == [
        ("区住建局",),
        ("区委农办",),
        ("规划分局",),
        ("区财政局",),
    ]
    assert all(m.co_units == () for m in plan.measures)
    assert all(DUTIES in m.doubts for m in plan.measures)
    # One note says how the split was made; the per-paragraph note would say it again.
    assert all(UNNUMBERED_PARAGRAPH not in m.doubts for m in plan.measures)


def test_a_heading_whose_paragraph_closes_on_who_answers_is_a_measure() -> None:
    # （一） has no numbered items but its paragraph names its 责任人, as the measures under （二） do.
    text = """某局落实重点工作任务实施方案
一、工作任务
（一）加强乡镇文化活动场所建设。
全年完成乡镇文化分馆8家。（牵头责任人：某甲，具体责任人：某乙）
（二）启动旅游度假区建设。
1.完善度假区服务配套设施。（牵头责任人：某丙，具体责任人：某丁）
2.推进度假区道路建设。（牵头责任人：某丙）
二、保障措施
（一）加强组织领导。
成立工作专班，统筹推进各项工作。
"""
    plan = parse_plan_text(text)
    assert [m.number for m in plan.measures] == ["一", "1", "2"]
    assert "分馆8家" in plan.measures[0].text
    assert all(m.lead_units == () for m in plan.measures)  # people, not units
