"""Short samples of the rules held-out batch 11 asked for; each made up, each fails without its rule."""

from services.plans.parser import parse_plan_text
from services.plans.parser.text import split_units


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_zones_that_govern_like_a_township_are_units() -> None:
    assert split_units("市统计局，人民大垸、荒湖管理区，监利经济开发区，高新区") == [
        "市统计局",
        "人民大垸、荒湖管理区",
        "监利经济开发区",
        "高新区",
    ]


def test_a_title_ending_in_a_bracket_keeps_its_description_and_clause_line() -> None:
    # （票决项目） ends the title line like a clause would; the 责任单位 line two lines down is still its own.
    text = (
        "某市2026年民生实事项目清单\n一、城建类\n1.第二水源水厂建设项目\n建设日供水30万吨的净水厂。\n"
        "责任单位：市住建委、水务集团\n2.火车站站前广场改造项目（票决项目）\n新建下穿通道，总长约1400米。\n"
        "责任单位：市住建委、交发集团\n"
    )
    assert _measures(text) == [
        ("1", ["市住建委", "水务集团"], []),
        ("2", ["市住建委", "交发集团"], []),
    ]


def test_a_page_of_labelled_fields_joined_by_spaces_reads_each_field() -> None:
    # 牵头领导 / 责任单位 / 项目责任人 / 配合单位 / 完成情况 on one line, a space between each.
    text = (
        "某市民生实事项目进展情况 现将进展情况公示如下。 1.新增安装300套交通视频采集设备。 牵头领导:王某 "
        "责任单位:市公安局 项目责任人:李某 配合单位:市城管局、市财政局 完成情况:已完成55%。 "
        "2.新辟公交线路10条。 牵头领导:王某 责任单位:市交通委 项目责任人:张某 配合单位:市公安局 完成情况:已开通6条。"
    )
    assert _measures(text) == [
        ("1", ["市公安局"], ["市城管局", "市财政局"]),
        ("2", ["市交通委"], ["市公安局"]),
    ]


def test_responsible_and_cooperating_labels_without_a_lead_label() -> None:
    text = (
        "某区工作安排\n一、重点任务\n1.推进老旧小区改造。\n责任单位：区住建局\n配合单位：区财政局、各街道\n"
    )
    assert _measures(text) == [("1", ["区住建局"], ["区财政局", "各街道"])]


def test_a_person_line_between_two_clause_lines_does_not_split_the_clause() -> None:
    text = (
        "某区工作安排\n一、重点任务\n1.推进老旧小区改造。\n责任单位：区住建局\n项目责任人：张某\n"
        "配合单位：区财政局\n"
    )
    assert _measures(text) == [("1", ["区住建局"], ["区财政局"])]


def test_a_pipe_row_without_its_merged_category_and_with_a_trailing_bar_keeps_its_columns() -> None:
    # No 序号 column: the number stands in the name cell; 四、教育文化 is printed in the first row only.
    text = (
        "类别 | 民生事项名称 | 年度任务目标 | 责任单位 | 分管市领导 | 监督电话 |\n"
        "四、教育文化 | 14.改扩建泉山学校 | 完成一期2座教学楼建设。 | 教育体育局 | 刘某 | 8000001 |\n"
        "15.推进学校塑胶运动场地建设 | 完成13处农村学校运动场。 | 教育体育局 | 刘某 | 8000001 |  |\n"
        " | 16.推进义务教育课后服务 | 课后服务全覆盖。 | 教育体育局 | 刘某 | 8000001 |\n"
    )
    assert _measures(text) == [
        ("14", ["教育体育局"], []),
        ("15", ["教育体育局"], []),
        ("16", ["教育体育局"], []),
    ]
    assert parse_plan_text(text).measures[0].title == "改扩建泉山学校"
