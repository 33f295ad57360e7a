"""Rules found in session 10's look at the held-out residue and batch 39: made-up samples, one family each."""

from __future__ import annotations

from services.plans.parser import parse_plan_text

_SPACED = """某县2025年政府工作报告重点工作任务分解表
序号 重点工作任务 主要责任单位 协同配合单位
一、主要预期目标
1 地区生产总值增长6%左右。 县发改委 县政府各部门,各乡镇人民政府。
2 一般公共预算收入增长5%左右。 县财政局
县税务局
县政府有关部门,各乡镇人民政府。
3 固定资产投资增长7%左右。 县发改委 县住建局、县交通局。
4 社会消费品零售总额增长8%左右。 县商务局
县市场监管局
"""


def test_a_spaced_table_row_whose_names_a_web_page_broke_onto_lines() -> None:
    measures = parse_plan_text(_SPACED).measures
    assert [m.number for m in measures] == ["1", "2", "3", "4"]
    assert measures[1].lead_units == ("县财政局", "县税务局")
    assert measures[1].co_units == ("县政府有关部门", "各乡镇人民政府")
    assert measures[2].lead_units == ("县发改委",)
    # The last row's lines run on to the end: its names, not text after the table.
    assert measures[3].lead_units == ("县商务局",)
    assert measures[3].co_units == ("县市场监管局",)


def test_lines_after_a_spaced_table_are_not_a_row() -> None:
    text = _SPACED.rsplit("4 ", 1)[0] + "各单位要按照分工抓好落实，每月5日前报送进展。\n2025年3月1日\n"
    measures = parse_plan_text(text).measures
    assert [m.number for m in measures] == ["1", "2", "3"]
    assert measures[2].co_units == ("县住建局", "县交通局")


def test_a_column_the_labels_do_not_name_before_the_owners_and_short_rows_under_a_merged_cell() -> None:
    # A web table's rows, each followed by a lone `|`; 细化分工 is empty or merged in most rows.
    rows = [
        ["序号", "工作任务", "细化分工", "责任处室", "完成时限", "备注"],
        ["1", "做好疫情防控信息发布", "围绕隔离管控发布权威信息", "应急处、监督处", "长期推进"],
        ["2", "做好疫苗接种信息公开", "疾控处", "长期推进"],
        ["3", "做好爱国卫生运动信息发布", "规划信息处(爱卫办)", "长期推进"],
        ["4", "常规政务公开事项", "强化行政执法信息公开,加强反垄断执法信息公开", "政法处", "长期推进"],
    ]
    stream = "某委政务公开重点任务台账\n" + "".join(" | ".join(row) + " |\n|\n" for row in rows)
    plain = "某委政务公开重点任务台账\n" + "".join("| " + " | ".join(row) + " |\n" for row in rows)
    for text in (stream, plain):
        _check_ledger(parse_plan_text(text).measures)


def _check_ledger(measures: list) -> None:
    assert [m.number for m in measures] == ["1", "2", "3", "4"]
    assert [m.lead_units for m in measures] == [
        ("应急处", "监督处"),
        ("疾控处",),
        ("规划信息处(爱卫办)",),
        ("政法处",),
    ]


def test_an_action_is_no_unit_name() -> None:
    from services.plans.parser.text import looks_like_unit

    assert not looks_like_unit("强化行政执法信息公开")
    assert not looks_like_unit("常规政务公开事项")
    assert looks_like_unit("规划信息处(爱卫办)")
    assert looks_like_unit("区委全面深化改革委员会办公室")


_SCORED = (
    "某县2018年度河长制工作乡镇考核细则\n"
    "序号\t考核项目\t各项分值\t考核指标\t负责考核部门\n"
    "\t总分\t100\t\t\n"
    "一、\t巩固成果，提升河长制工作实效\t9\t\t\n"
    "1\t完善组织体系\t5\t进一步健全河长制组织体系、责任体系、\n"
    "制度体系。\n"
    "若出现人员变动时及时调整。\t县河长办\n"
    "2\t深化培训和宣传\t4\t1.充分利用各类媒体开展公益宣传，得2分。\n"
    "2.开展进校园活动，得2分。\t县委宣传部\n"
    "县教育局\n"
    "县河长办\n"
    "二、\t对标中央、省、市，落实湖长制重点任务（某镇人工湖）\t2\t\t\n"
    "3\t健全湖长制组织体系\t2\t建立湖长体系，向社会公布湖长名单。\t县水利局\n"
    "各乡镇要按细则做好自查，12月底前报县河长办。\n"
)


def test_a_tab_table_whose_cells_a_web_copy_broke_a_paragraph_a_line() -> None:
    measures = parse_plan_text(_SCORED).measures
    assert [m.number for m in measures] == ["1", "2", "3"]
    assert [m.lead_units for m in measures] == [
        ("县河长办",),
        ("县委宣传部", "县教育局", "县河长办"),
        ("县水利局",),
    ]
    # The scoring lines inside a cell are that row's text, not measures; the text after the table is no cell.
    assert "2.开展进校园活动" in measures[1].text
    assert "自查" not in measures[2].text


def test_a_scored_part_row_is_a_heading_and_a_part_row_with_owners_a_measure_numbered_without_its_comma() -> (
    None
):
    text = _SCORED.replace(
        "各乡镇要按细则", "三、\t加强宣传报送工作\t7\t每个乡镇省级用稿1篇。\t县河长办\n各乡镇要按细则"
    )
    measures = parse_plan_text(text).measures
    assert [m.number for m in measures] == ["1", "2", "3", "三"]
    assert measures[-1].lead_units == ("县河长办",)


def test_a_heading_with_its_own_clause_over_points_that_name_nobody_gives_them_its_units() -> None:
    for heading_clause in ("（牵头单位：市发改委；配合单位：市财政局）", "。市发改委牵头，市财政局配合。"):
        text = (
            "某市某某实施方案\n一、重点任务\n"
            f"（一）加强组织建设{heading_clause}\n1.完善第一项制度。\n2.健全第二项机制。\n"
            "（二）强化要素保障（牵头单位：市教育局）\n3.落实第三项保障。\n4.推进第四项工作。（市人社局负责）\n"
        )
        measures = parse_plan_text(text).measures
        assert [m.number for m in measures] == ["1", "2", "3", "4"]
        assert [(m.lead_units, m.co_units) for m in measures] == [
            (("市发改委",), ("市财政局",)),
            (("市发改委",), ("市财政局",)),
            (("市教育局",), ()),
            (("市人社局",), ()),  # a point with its own clause keeps it
        ]
        assert any("上级标题" in d for d in measures[0].doubts)  # the review screen asks the clerk to check


def test_a_duty_paragraph_names_its_co_units_as_the_subjects_of_peihe() -> None:
    text = """某区村庄环境整治任务分工
为按时完成整治任务，现将各单位任务作如下明确：
区住建局负责全区整治总协调工作，区财政局、区审计局配合做好资金保障。
区城管局负责生活垃圾的收集和转运，配合区农委指导整治农业废弃物。
区环保局负责督查污水处理设施建设，区水务局等部门协同推进管网建设。
"""
    measures = parse_plan_text(text).measures
    assert [(m.lead_units, m.co_units) for m in measures] == [
        (("区住建局",), ("区财政局", "区审计局")),
        (("区城管局",), ()),  # 配合区农委: the unit it helps is no co-unit of its own duty
        (("区环保局",), ("区水务局",)),
    ]


def test_a_numbered_measure_opening_on_its_unit_names_its_co_units_the_same_way() -> None:
    text = """某局工作方案
一、工作任务
（一）局办公室负责制定专项整治工作方案，财务科配合做好经费保障。
（二）执法大队负责开展日常巡查。
（三）规划科牵头组织编制规划，配合市住建局开展培训。
"""
    measures = parse_plan_text(text).measures
    assert [(m.lead_units, m.co_units) for m in measures] == [
        (("局办公室",), ("财务科",)),
        (("执法大队",), ()),
        (("规划科",), ()),
    ]
