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


_OPINION = (
    "某市人民政府办公厅关于进一步加强校园周边交通安全的意见\n"
    "一、强化源头管理\n"
    "（一）改造校园周边道路设施。市交通委、市公安局要完善学校周边交通标志标线，保障资金到位。"
    "市住房城乡建设管理委和各区政府要推进人行过街设施建设。市教委要督促学校落实门前护学岗制度。\n"
    "（二）加强校车安全管理。市教委要会同市公安局建立校车运行动态监管机制，定期开展检查。\n"
    "（三）完善救助基金管理。市财政局要牵头优化救助基金管理系统。市卫生健康委、市公安局要加强业务指导。\n"
)


def test_each_later_sentence_opening_on_its_own_subject_answers_for_its_part():
    """An item whose sentences each open on the units that do that part (`…。Y和Z要…。W要…`): all of them lead, as
    `，Y负责…` after the first owner does; the units a subject works with (`会同`) help, and where the opening unit
    牵头s, the later subjects help it."""
    measures = [(m.number, m.lead_units, m.co_units) for m in _measures(_OPINION)]
    assert measures == [
        ("一", ("市交通委", "市公安局", "市住房城乡建设管理委", "各区政府", "市教委"), ()),
        ("二", ("市教委",), ("市公安局",)),
        ("三", ("市财政局",), ("市卫生健康委", "市公安局")),
    ]


_CALENDAR = "\n".join(
    [
        "某中学2025年秋季学期工作安排",
        "起止日期 | 主要工作 | 责任处室 | |",
        "开学前 | 8月28日 | 教职工大会 | 办公室 |",
        "第一周 | 9月1日-9月7日 | 开学典礼、升旗仪式 | 德育处、团委 |",
        "新学期备课组长会议 | 教务处 | ||",
        "消防安全隐患排查 | 保卫处 | ||",
        "第二周 | 9月8日-9月14日 | 教师节表彰 | 工会 |",
    ]
)


def test_a_pipe_row_with_cells_merged_down_stands_right_under_its_units():
    """起止日期 | 主要工作 | 责任处室 over rows a cell short (the week merged down) or over (a week and its dates): the
    row's last cell, an organisation's name, is the unit; the cell before it the work."""
    measures = [(m.lead_units, m.text.splitlines()[0]) for m in _measures(_CALENDAR + "\n")]
    assert [leads for leads, _ in measures] == [
        ("办公室",),
        ("德育处", "团委"),
        ("教务处",),
        ("保卫处",),
        ("工会",),
    ]
    assert "开学典礼" in measures[1][1] and "新学期备课组长会议" in measures[2][1]


_DUTY_BLOCKS = (
    "某中学考务工作人员职责\n"
    "考务组职责\n"
    "考务组由教导主任任组长，其职责为：\n"
    "1.组织实施考试过程中的考务工作。\n"
    "2.安排考场，选调监考人员和工作人员。\n"
    "保密组职责\n"
    "1.负责试题、试卷的交接、运送和保管。\n"
    "2.制定严格的保密措施，防止试题泄密。\n"
)


def test_a_groups_duties_heading_its_numbered_points():
    """`考务组职责` / `保密组职责` on lines of their own over points numbered afresh: each group owns its points, and the
    second heading is no text of the point before it. (`…委员会成员单位职责` names the members' duties, no block.)"""
    measures = [(m.number, m.lead_units, m.text) for m in _measures(_DUTY_BLOCKS)]
    assert [(number, leads) for number, leads, _ in measures] == [
        ("1", ("考务组",)),
        ("2", ("考务组",)),
        ("1", ("保密组",)),
        ("2", ("保密组",)),
    ]
    assert "保密组职责" not in measures[1][2]
    from services.plans.parser.unit_blocks import block_unit

    assert block_unit("大同市艾滋病防治工作委员会成员单位职责") == ""
    assert block_unit("综合协调组工作职责") == "综合协调组"


_THREE_TIERS = (
    "某片区农村人居环境整治细化分工方案\n"
    "一、农村垃圾治理\n"
    "（一）建立村庄保洁制度。"
    "牵头单位：农业农村处主抓单位：农业农村处、交通与建设处责任单位：经济发展处、各行政村\n"
    "（二）推进厕所革命。"
    "牵头单位：社会事业处主抓单位：交通与建设处责任单位：党政办公室、各行政村\n"
)


def test_a_main_carrier_label_glued_between_lead_and_responsible_units():
    """`牵头单位：X主抓单位：Y、Z责任单位：W`: 主抓单位 is a label as 责任单位 is — beside a lead, its units help."""
    measures = [(m.lead_units, m.co_units) for m in _measures(_THREE_TIERS)]
    assert measures == [
        (("农业农村处",), ("交通与建设处", "经济发展处", "各行政村")),
        (("社会事业处",), ("交通与建设处", "党政办公室", "各行政村")),
    ]


def test_a_bodys_main_work_duties_heading_its_points():
    """`1.领导小组主要工作职责：` over （1）（2）: both words before 职责 (主要 and 工作), and the body leads its points."""
    text = (
        "某县赤潮灾害应急预案\n二、组织体系和工作职责\n（二）组织机构职责\n1.领导小组主要工作职责：\n"
        "（1）制定应急预案并监督实施；\n（2）启动、调整和终止应急响应；\n2.领导小组办公室工作职责\n"
        "（1）承担领导小组日常交办工作；\n（2）组织落实领导小组的工作部署。\n"
    )
    assert [m.lead_units for m in _measures(text)] == [("领导小组",)] * 2 + [("领导小组办公室",)] * 2


def test_units_that_answer_according_to_their_duties():
    """`（责任分工：X、Y、Z依据职责负责）` / `X牵头，Y根据各自职责配合`: 依据 / 根据 (各自) 职责 is no part of the last name."""
    text = (
        "某片区消防安全治本攻坚三年行动方案\n二、主要任务\n"
        "1.开展消防安全专项检查。（责任分工：经济发展处、交通与建设处、各村（社区）依据职责负责）\n"
        "2.加强消防宣传教育。（社会事业处牵头，党群工作处根据各自职责配合）\n"
    )
    assert [(m.lead_units, m.co_units) for m in _measures(text)] == [
        (("经济发展处", "交通与建设处", "各村（社区）"), ()),
        (("社会事业处",), ("党群工作处",)),
    ]


def test_a_headings_clause_line_under_its_title_leads_points_that_name_only_helpers():
    """`（一）资金保障攻坚战` / `牵头单位：办公室` over points each closing on `（局各单位配合）`: the heading's lead leads them,
    as a bracket in the heading's own line does; the points keep their helpers."""
    text = (
        "某局四个攻坚战实施方案\n二、主要任务\n（一）资金保障攻坚战\n牵头单位：办公室\n"
        "1.加大存量资金盘活力度。提高存量资金综合效益。（局各单位配合）\n"
        "2.努力向上争取资金。纳入年度绩效考评体系。（局各单位配合）\n"
        "（二）项目落地攻坚战\n牵头单位：药械处\n1.稳投资重点项目策划。（局各单位配合）\n"
    )
    assert [(m.lead_units, m.co_units) for m in _measures(text)] == [
        (("办公室",), ("局各单位",)),
        (("办公室",), ("局各单位",)),
        (("药械处",), ("局各单位",)),
    ]
