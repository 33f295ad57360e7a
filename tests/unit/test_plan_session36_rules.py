"""Session 36: an indicator table copied one cell a line, its rows numbered inside the indicator's name."""

from __future__ import annotations

from tests.unit.test_plan_session30_rules import _measures

# A district's plan report with its indicator table copied from a web page: one cell a line, no 序号 column,
# the number inside the name's cell (1、…), a figure wrapped over lines, a category printed once per group.
_REPORT = "\n\n".join(
    [
        "某区2022年国民经济和社会发展计划执行情况",
        "一、计划执行基本情况",
        "全区经济运行总体平稳，主要指标完成情况见下表。",
        "表1：主要指标完成情况",
        "类别",
        "指标名称",
        "年度目标",
        "完成情况",
        "责任部门",
        "经济发展",
        "1、一般公共预算收入增长率",
        "5%以上",
        "6.2%",
        "区财政局",
        "2、新增规模以上工业企业",
        "占全区工业",
        "产值比重",
        "提高2个",
        "百分点",
        "区经信委",
        "区统计局",
        "3、实际利用外资",
        "2亿美元",
        "年度指标",
        "区商务委",
        "民生保障",
        "4、城镇调查失业率",
        "控制在",
        "5.5%以内",
        "4.9%",
        "区人社局",
    ]
)


def test_indicator_rows_numbered_in_their_names_keep_their_departments():
    """The target column (年度目标) after the name holds a figure: the numbered name opens the row. Lines a figure
    wrapped over stay figures, and the next group's category (民生保障) is no unit of the row before it."""
    measures = [(m.number, m.lead_units) for m in _measures(_REPORT + "\n")]
    assert measures == [
        ("1", ("区财政局",)),
        ("2", ("区经信委", "区统计局")),
        ("3", ("区商务委",)),
        ("4", ("区人社局",)),
    ]


# A district's annex of indicators copied from a page whose header row was an image: one cell a line, a row's number
# (an asterisk for a key indicator) on a line of its own, the category printed once before its group's first row.
_HEADERLESS = "\n\n".join(
    [
        "附件",
        "某区2025年城市运行监测指标（区级）",
        "宜居生活",
        "*1",
        "社区食堂覆盖率",
        "设有社区食堂的社区数量占社区总数的比例",
        "%",
        "区民政局",
        "请提供社区食堂点位清单",
        "2",
        "普惠托育机构数",
        "全区备案的普惠性托育机构数量",
        "个",
        "区卫生健康委",
        "请提供机构名单",
        "安全韧性",
        "3",
        "老旧燃气管道更新率",
        "已完成更新改造的老旧燃气管道长度占比",
        "%",
        "区建设管理委",
        "区燃气公司",
        "4",
        "消防车通道畅通率",
        "抽查畅通的消防车通道数占抽查总数的比例",
        "%",
        "区消防救援支队",
        "详见附件2",
    ]
)


def test_a_table_whose_header_did_not_come_with_it_reads_by_its_rows():
    """Rows numbered on lines of their own, each opening on its name with an organisation among its cells: the
    organisations own the row, the rest of its cells stay its text, and a category is no text of the row before."""
    measures = _measures(_HEADERLESS + "\n")
    assert [(m.number, m.lead_units) for m in measures] == [
        ("1", ("区民政局",)),
        ("2", ("区卫生健康委",)),
        ("3", ("区建设管理委", "区燃气公司")),
        ("4", ("区消防救援支队",)),
    ]
    assert "请提供社区食堂点位清单" in measures[0].text
    assert "安全韧性" not in measures[1].text


def test_numbers_on_their_own_lines_without_organisations_are_no_table():
    """Figures on lines of their own (a list of counts, page numbers) with no organisation beside them: no rows."""
    counts = "\n\n".join(
        ["附件", "各年度完成数", "1", "120", "宅基地", "2", "135", "宅基地", "3", "150", "宅基地"]
    )
    from services.plans.parser.headerless_rows import headerless_rows

    assert headerless_rows(counts.split("\n")) == []


_DASHED_DUTIES = (
    "某省农村校舍改造工程实施方案\n"
    "三、各成员单位主要职责\n"
    "——省教育厅：牵头编制工程规划，会同有关部门对工程实施进行指导和验收。\n"
    "——省发展改革委：将工程纳入全省国民经济和社会发展规划，落实专项资金。\n"
    "——省财政厅：将工程所需资金纳入年度财政预算，保证资金及时足额拨付。\n"
    "四、工作要求\n"
    "——女性人均预期寿命延长。\n"
)


def test_a_dash_before_each_units_duty_is_a_bullet():
    """`——省教育厅：…`: each unit's duty is a measure, as it is without the dash; a dash before a target names
    nobody and stays text."""
    measures = _measures(_DASHED_DUTIES)
    assert [(m.lead_units, m.co_units) for m in measures] == [
        (("省教育厅",), ("有关部门",)),
        (("省发展改革委",), ()),
        (("省财政厅",), ()),
    ]


_PROGRESS_NOTICE = (
    "关于重点项目移交工作进展情况的通报\n"
    "各所出资企业：\n"
    "现将项目移交进展情况通报如下：\n"
    "一、截至8月底，已完成移交项目30个，未完成移交项目5个。\n"
    "二、请区城投集团、区交通集团高度重视，加强与接收单位沟通协调，及时做好项目档案移交。\n"
    "三、请区旅游集团严格按照公建移交规定，在竣工验收后三个月内办理移交。\n"
)


def test_a_notice_asks_units_by_name_to_take_it_seriously_or_keep_strictly_to_a_rule():
    """`请X高度重视，…` / `请X严格按照…`: the units a 通报 asks by name own the item; the status line names nobody."""
    measures = [(m.number, m.lead_units) for m in _measures(_PROGRESS_NOTICE) if m.lead_units]
    assert measures == [("二", ("区城投集团", "区交通集团")), ("三", ("区旅游集团",))]


_GAMES_DIVISION = (
    "某市第三届运动会工作方案\n"
    "一、开幕式\n"
    "1.大型文体表演由市文化广电局和大型活动部组织，市教育局、各县区教育局配合。\n"
    "2.场地和所需设施由大型活动部落实，市文化广电局配合。\n"
    "3.仪仗队、引导员由市教育局组织实施。\n"
)


def test_whom_the_helpers_help_is_named_before_them_with_any_verb_of_doing():
    """`由X和Y组织，Z配合` / `由X落实，Y配合`: the helpers' clause is read, and so is the phrase before it."""
    measures = [(m.number, m.lead_units, m.co_units) for m in _measures(_GAMES_DIVISION)]
    assert measures == [
        ("1", ("市文化广电局", "大型活动部"), ("市教育局", "各县区教育局")),
        ("2", ("大型活动部",), ("市文化广电局",)),
        ("3", ("市教育局",), ()),
    ]
