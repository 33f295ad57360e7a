"""Rules found by held-out batches 28–33 in this round (tests/data/plans/heldout28..33): made-up samples,
one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


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
