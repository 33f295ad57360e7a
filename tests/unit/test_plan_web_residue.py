"""A web page's table copied one cell a line: its empty cells written `—`, its 【打印】【关闭】 buttons under
the last row; a label spaced out a character at a time. Session 14: `—` was read as a co-unit and the
buttons as the last row's, the spaced labels named nobody; both tests failed when written.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

PAGE = """宁平市2024年十件民生实事项目及责任分工
序号
项目名称
具体内容
牵头单位
配合单位
1
城区停车泊位
新增公共停车泊位2000个
市城管局
—
2
交通出行
新增和优化公交线路15条
市交通运输局
市公交集团
【打印】【关闭】
"""


def test_empty_cells_and_page_buttons_name_nobody() -> None:
    measures = parse_plan_text(PAGE).measures
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in measures] == [
        ("1", ["市城管局"], []),
        ("2", ["市交通运输局"], ["市公交集团"]),
    ]


def test_a_label_and_a_name_spaced_out_a_character_at_a_time() -> None:
    """A page's letter-spacing: `责 任 单 位 ：` and `县 医 保 局` (session 14: the measures named nobody)."""
    text = (
        "永宁县2024年养老服务体系建设工作要点\n一、完善养老服务设施\n"
        "1. 推进敬老院改造提升 。 责 任 单 位 ： 县民政局 、 各乡镇人民政府\n"
        "2. 新建社区老年食堂15个 。 牵 头 单 位：县民政局  配 合 单 位：县商务局 、县市场监管局\n"
        "3. 落实长期护理保险制度试点。 牵头单位 ： 县 医 保 局"
    )
    assert [(list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures] == [
        (["县民政局", "各乡镇人民政府"], []),
        (["县民政局"], ["县商务局", "县市场监管局"]),
        (["县医保局"], []),
    ]


def test_an_excel_cell_pasted_with_its_quotes() -> None:
    """Excel copies a cell of several lines as `"县住建局\n县生态环境分局"`: the quotes are no part of the
    names (session 14: read as `"县住建局` and `县生态环境分局"`)."""
    text = (
        "2024年重点任务台账\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        '1\t新改建农村公路50公里\t县交通运输局\t"县住建局\n县生态环境分局"\t12月底\n'
        '2\t建设乡村旅游精品线路\t"县农业农村局\n县文广旅体局"\t县财政局\t11月底'
    )
    assert [(list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures] == [
        (["县交通运输局"], ["县住建局", "县生态环境分局"]),
        (["县农业农村局", "县文广旅体局"], ["县财政局"]),
    ]


def test_a_zero_width_space_before_a_number() -> None:
    """A web editor's zero-width space at a line's start hid the measure's number (session 14: three
    measures read as one)."""
    text = (
        "某县河湖长制工作要点\n一、重点任务\n\u200b1.开展河湖清四乱。（责任单位：县水利局）\n"
        "\u200b2.推进幸福河湖建设。（责任单位：县水利局、各乡镇）\n\ufeff3.加强河湖执法。（责任单位：县公安局）"
    )
    assert [(m.number, list(m.lead_units)) for m in parse_plan_text(text).measures] == [
        ("1", ["县水利局"]),
        ("2", ["县水利局", "各乡镇"]),
        ("3", ["县公安局"]),
    ]
