"""Plans written in the other styles districts use, as realistic samples of our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from services.plans.parser import ParsedPlan, parse_plan_file, parse_plan_text

COUNTY_PLAN = """\
某某县推动大规模设备更新实施方案

为贯彻落实国家部署，结合我县实际，制定本方案。
一、主要任务
（一）工业领域
1．推进工业设备更新。支持企业更新生产设备，2025年6月底前完成摸底，到2027年完成技改项目二十个以上。
牵头单位：县工信局
责任单位：县发改委、县财政局
2．推进农机更新。2024年底前报废老旧农机100台（套）。
责任单位：县农业农村局、县财政局
3﹒推进医疗设备更新。更新医疗设备50台左右（县卫健委牵头，县财政局配合）
4．推进教育设备更新。（10分；2024年9月30日前完成；县教体局负责）
专栏1 重点项目
1．某某公司技改项目
2．某某医院设备更新
5．推进环卫设备更新（牵头单位：县城管局，配合单位：县财政局）。同时做好资金保障（县财政局负责）。
二、保障措施
县政府成立工作专班，统筹推进各项工作。
"""


def _measures(plan: ParsedPlan) -> dict[str, tuple]:
    return {m.number: (m.title, list(m.lead_units), list(m.co_units)) for m in plan.measures}


@pytest.fixture(scope="module")
def county() -> ParsedPlan:
    return parse_plan_text(COUNTY_PLAN, "县方案.txt")


def test_full_width_and_small_dot_numbering(county: ParsedPlan) -> None:
    assert [m.number for m in county.measures] == ["1", "2", "3", "4", "5"]
    assert county.title == "某某县推动大规模设备更新实施方案"


def test_clauses_on_their_own_lines(county: ParsedPlan) -> None:
    first, second = county.measures[0], county.measures[1]
    assert (first.lead_units, first.co_units) == (("县工信局",), ("县发改委", "县财政局"))
    assert first.text.endswith("\n牵头单位：县工信局\n责任单位：县发改委、县财政局")
    # 责任单位 without a lead: every unit named leads.
    assert (second.lead_units, second.co_units) == (("县农业农村局", "县财政局"), ())


def test_lead_and_cooperate_in_one_parenthesis(county: ParsedPlan) -> None:
    assert _measures(county)["3"] == ("推进医疗设备更新", ["县卫健委"], ["县财政局"])
    assert [(t.quantity, t.unit, t.comparator) for t in county.measures[2].targets] == [(50, "台", "about")]


def test_clause_after_a_score_and_deadline(county: ParsedPlan) -> None:
    measure = county.measures[3]
    assert (measure.lead_units, measure.co_units) == (("县教体局",), ())
    assert [d.due for d in measure.deadlines] == [date(2024, 9, 30)]
    assert measure.targets == ()  # 10分 is a score, not a target


def test_several_clauses_merge_and_a_lead_stays_only_lead(county: ParsedPlan) -> None:
    assert _measures(county)["5"] == ("推进环卫设备更新", ["县城管局", "县财政局"], [])


def test_numbered_lines_in_a_box_are_no_measures(county: ParsedPlan) -> None:
    assert all("某某公司技改项目" not in m.text for m in county.measures)


def test_chinese_numerals_and_deadlines_without_a_document_date(county: ParsedPlan) -> None:
    first = county.measures[0]
    assert [(t.quantity, t.unit, t.comparator, t.year) for t in first.targets] == [(20, "个", ">=", 2027)]
    assert [d.due for d in first.deadlines] == [date(2025, 6, 30), date(2027, 12, 31)]


def test_paragraphs_after_a_section_are_no_measures(county: ParsedPlan) -> None:
    assert all("工作专班" not in m.text for m in county.measures)
    assert county.items[-1].kind == "section" and county.items[-1].title == "保障措施"


def test_a_deadline_without_a_year_is_doubtful_when_the_document_has_no_date() -> None:
    plan = parse_plan_text("某县方案\n一、任务\n1.建立项目库，7月31日前完成。（县发改委负责）\n")
    measure = plan.measures[0]
    assert [(d.text, d.due) for d in measure.deadlines] == [("7月31日前", None)]
    assert "期限“7月31日前”缺少年份" in measure.doubts


def test_month_end_takes_the_document_year() -> None:
    plan = parse_plan_text("某县方案\n2023年3月1日\n一、任务\n1.建立项目库，9月底前完成。（县发改委负责）\n")
    assert [d.due for d in plan.measures[0].deadlines] == [date(2023, 9, 30)]


TRADITIONAL = """\
某某區推動設備更新行動方案

二〇二四年八月一日

一、重點任務
1.推動工業設備更新。到2027年完成技術改造項目30個以上。（牽頭單位：區經濟發展局；責任單位：各鎮街）
2.推動醫療設備更新。更新醫療設備20臺（套）。（區衛生局牽頭，區財政局配合）
二、保障措施
3.加強組織領導。（各有關部門按職責分工負責）
"""


def test_traditional_characters() -> None:
    plan = parse_plan_text(TRADITIONAL, "繁體.txt")
    assert plan.title == "某某區推動設備更新行動方案"
    assert plan.issued_on == date(2024, 8, 1)
    assert _measures(plan) == {
        "1": ("推動工業設備更新", ["區經濟發展局"], ["各鎮街"]),
        "2": ("推動醫療設備更新", ["區衛生局"], ["區財政局"]),
        "3": ("加強組織領導", ["各有關部門"], []),
    }
    assert [(t.quantity, t.unit, t.comparator, t.year) for t in plan.measures[0].targets] == [
        (30, "个", ">=", 2027)
    ]
    assert [(t.quantity, t.unit) for t in plan.measures[1].targets] == [(20, "台（套）")]


OWNERS_IN_ANNEX = """\
某某区推进设备更新工作方案

二〇二四年九月五日

一、重点任务
（一）加快工业设备更新。推动重点行业企业更新设备，9月底前建立项目库。
（二）加快农业机械更新。报废更新农机200台。
（三）加快医疗设备更新。更新医疗设备30台（套）。
二、保障措施
（一）加强组织领导
成立工作专班。

附件：重点任务分工表

\t序号
\t重点任务
\t牵头单位
\t配合单位

\t1
\t加快工业设备更新
\t区工信局
\t区发改委、区财政局

\t2
\t加快农业机械更新
\t区农业农村局
\t

\t3
\t加快医疗设备更新
\t区卫健委
\t区财政局
"""


def test_owners_only_in_an_annex_table() -> None:
    plan = parse_plan_text(OWNERS_IN_ANNEX)
    assert _measures(plan) == {
        "一": ("加快工业设备更新", ["区工信局"], ["区发改委", "区财政局"]),
        "二": ("加快农业机械更新", ["区农业农村局"], []),
        "三": ("加快医疗设备更新", ["区卫健委"], ["区财政局"]),
    }
    assert all("责任单位取自附件任务表" in m.doubts for m in plan.measures)
    # （一）加强组织领导 is a heading with a paragraph under it, not a measure.
    assert plan.items[-1].kind == "section" and plan.items[-1].title == "加强组织领导"
    assert [m.deadlines[0].due for m in plan.measures[:1]] == [date(2024, 9, 30)]


SUB_MEASURES = """\
某某区行动计划
一、重点任务
1.推动设备更新
（1）更新工业设备。（区工信局负责）
（2）更新农业机械。（区农业农村局牵头，各镇参与）
2.推动以旧换新。开展汽车以旧换新活动（1）组织车展；（2）发放消费券。（区商务局负责）
"""


def test_sub_measures_under_a_numbered_heading() -> None:
    plan = parse_plan_text(SUB_MEASURES)
    assert [(i.kind, i.level, i.number, i.title) for i in plan.items] == [
        ("section", 1, "一", "重点任务"),
        ("section", 2, "1", "推动设备更新"),
        ("measure", 3, "1", "更新工业设备"),
        ("measure", 3, "2", "更新农业机械"),
        ("measure", 2, "2", "推动以旧换新"),
    ]
    assert plan.measures[1].co_units == ("各镇",)


def test_carry_over_reaches_every_later_measure_only() -> None:
    text = (
        "某区方案\n一、任务\n1.甲。（区发改委负责）\n"
        "2.乙。（牵头单位：区商务局；责任单位：各镇街。以下均需各镇街负责，不再一一列出）\n"
        "3.丙。（牵头单位：区财政局）\n4.丁。（区税务局、区人社局按职责分工负责）\n"
    )
    plan = parse_plan_text(text)
    assert [(list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        (["区发改委"], []),
        (["区商务局"], ["各镇街"]),
        (["区财政局"], ["各镇街"]),
        (["区税务局", "区人社局"], ["各镇街"]),
    ]


def test_unit_names_with_he_stay_whole_and_lists_split_on_he() -> None:
    plan = parse_plan_text("某区方案\n一、任务\n1.甲。（区发展和改革局牵头，区财政局和区商务局配合）\n")
    assert plan.measures[0].lead_units == ("区发展和改革局",)
    assert plan.measures[0].co_units == ("区财政局", "区商务局")


def test_measure_without_clause_is_doubtful_and_bare_number_flagged() -> None:
    plan = parse_plan_text("某区方案\n一、任务\n1.推进改造。完成改造项目60。\n")
    assert plan.measures[0].lead_units == ()
    assert plan.measures[0].doubts == ("未找到责任单位", "数字“60”没有单位")


def test_per_unit_breakdown_with_other_comparators() -> None:
    plan = parse_plan_text(
        "某区方案\n一、任务\n1.推进投资。每年完成投资10亿元左右（其中，甲镇不少于3亿元，乙街道约2亿元）。（区发改委负责）\n"
    )
    target = plan.measures[0].targets[0]
    assert (target.quantity, target.unit, target.comparator, target.recurring) == (
        10,
        "亿元",
        "about",
        "yearly",
    )
    assert [(s.unit, s.quantity, s.comparator) for s in target.breakdown] == [
        ("甲镇", 3, ">="),
        ("乙街道", 2, "about"),
    ]


# --- .docx ------------------------------------------------------------------------------------------


def _word_plan(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("关于印发《某某区设备更新行动方案》的通知")
    document.add_paragraph("某区政发〔2024〕12号")
    document.add_paragraph("2024年5月20日")
    document.add_paragraph("某某区设备更新行动方案")
    document.add_paragraph("一、重点任务")
    wrapped = document.add_paragraph("1．推进工业设备更新。到2026年更新设备500台（套）。")
    wrapped.add_run().add_break(WD_BREAK.LINE)
    wrapped.add_run("（区工信局牵头，区财政局配合）")
    document.add_paragraph("2．推进农业机械更新。6月30日前完成摸底。（区农业农村局负责）")
    document.add_paragraph("附件1")
    document.add_paragraph("领导小组名单")
    roster = document.add_table(rows=4, cols=3)
    for row, cells in zip(
        roster.rows,
        [
            ("职务", "姓名", "单位及职务"),
            ("组长", "王某某", "区政府副区长"),
            ("成员", "李某", "区工信局局长"),
            ("", "赵某某", "区财政局局长"),
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("附件2")
    table = document.add_table(rows=5, cols=4)
    values = [
        ("序号", "领域", "任务", "牵头部门"),
        ("1", "工业", "更新工业设备200台", "工信局"),
        ("2", "", "培育智能车间5家", ""),
        ("3", "农业", "更新农机100台（套）", "农业农村局\n财政局"),
        ("4", "", "建设烘干中心2个", "农业农村局"),
    ]
    for row, cells in zip(table.rows, values, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    table.cell(1, 1).merge(table.cell(2, 1))  # 领域 merged down, as offices do
    file = path / "方案.docx"
    document.save(str(file))
    return file


def test_docx_with_roster_and_task_tables(tmp_path: Path) -> None:
    plan = parse_plan_file(_word_plan(tmp_path))
    assert plan.title == "某某区设备更新行动方案"
    assert plan.doc_number == "某区政发〔2024〕12号"
    assert plan.issued_on == date(2024, 5, 20)
    assert _measures(plan) == {
        "1": ("推进工业设备更新", ["区工信局"], ["区财政局"]),
        "2": ("推进农业机械更新", ["区农业农村局"], []),
    }
    assert (
        plan.measures[0].text
        == "1．推进工业设备更新。到2026年更新设备500台（套）。\n（区工信局牵头，区财政局配合）"
    )
    assert [d.due for d in plan.measures[1].deadlines] == [date(2024, 6, 30)]
    assert [(e.role, e.name, e.title, e.unit) for e in plan.roster] == [
        ("组长", "王某某", "区政府副区长", "区政府"),
        ("成员", "李某", "区工信局局长", "区工信局"),
        ("成员", "赵某某", "区财政局局长", "区财政局"),
    ]
    assert [(r.seq, r.domain, r.task, list(r.lead_units)) for r in plan.task_table] == [
        ("1", "工业", "更新工业设备200台", ["工信局"]),
        ("2", "工业", "培育智能车间5家", ["工信局"]),
        ("3", "农业", "更新农机100台（套）", ["农业农村局", "财政局"]),
        ("4", "农业", "建设烘干中心2个", ["农业农村局"]),
    ]


# --- styles met in published plans of other provinces ------------------------------------------

TARGET_LINES = """\
某区人民政府办公室关于印发2023年区重点工作责任分解方案的通知
各街道办事处，区人民政府各部门：
一、各责任单位要高度重视，对照目标任务制订工作方案，狠抓落实。
二、各责任单位要在每季度最后一个月的25日前报送进展情况。
某区2023年重点工作责任分解方案
一、主要预期目标
（一）地区生产总值增长6%以上

责任单位：区发展和改革局

（二）规上工业增加值增长10%以上
牵头单位：区经信局
责任单位：某某经济开发区，全区经济运行各专班
二、重点任务
（一）指导思想
坚持稳中求进，推动高质量发展。
（二）优化营商环境
深化“一网通办”改革，压缩审批时限。
持续开展涉企收费清理。（区政务服务局牵头，区市场监管局配合）
"""


def test_a_short_heading_with_its_clause_below_is_a_measure() -> None:
    plan = parse_plan_text(TARGET_LINES)
    assert [(m.number, m.title, list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        ("一", "地区生产总值增长6%以上", ["区发展和改革局"], []),
        ("二", "规上工业增加值增长10%以上", ["区经信局"], ["某某经济开发区", "全区经济运行各专班"]),
        ("二", "优化营商环境", ["区政务服务局"], ["区市场监管局"]),
    ]
    first = plan.measures[0]
    assert first.text == "（一）地区生产总值增长6%以上\n责任单位：区发展和改革局"
    # The numbering is no part of a target's wording.
    assert [(t.text, t.quantity, t.unit) for t in first.targets] == [("地区生产总值增长6%以上", 6, "%")]
    # A heading's body paragraphs that carry the clause are the measure's text, none lost.
    last = plan.measures[-1]
    assert last.text.endswith("压缩审批时限。\n持续开展涉企收费清理。（区政务服务局牵头，区市场监管局配合）")
    # A heading whose paragraphs name no owner stays a heading.
    assert ("section", "指导思想") in [(i.kind, i.title) for i in plan.items]


def test_clauses_in_square_and_hexagonal_brackets() -> None:
    plan = parse_plan_text(
        "某区方案\n一、任务\n（一）疫情防控\n"
        "1、做好常态化防控工作。[牵头单位：区卫健局；责任单位：区指挥部成员单位、各街办（新区）]\n"
        "2、开展环境整治。【牵头单位：区城管局、区创文办；责任单位：各街办（新区）】\n"
        "3、推进市场准入改革。〔责任单位：区市场监管局〕\n"
    )
    assert [(list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        (["区卫健局"], ["区指挥部成员单位", "各街办（新区）"]),
        (["区城管局", "区创文办"], ["各街办（新区）"]),
        (["区市场监管局"], []),
    ]


def test_labelled_list_ending_in_by_duty_and_a_said_once_carry_over() -> None:
    plan = parse_plan_text(
        "某省方案\n一、深化改革\n"
        "（一）加强市场体系建设。全面融入全国统一大市场。〔责任单位：省发展改革委、省市场监管局按职责分工负责。"
        "具体任务均涉及各市（州）人民政府，不再做分工，下同。〕\n"
        "（二）优化市场准入环境。持续实施歇业登记制度。〔责任单位：省市场监管局〕\n"
    )
    assert [(list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        (["省发展改革委", "省市场监管局"], ["各市（州）人民政府"]),
        (["省市场监管局"], ["各市（州）人民政府"]),
    ]


def test_a_bare_list_belongs_to_the_verb_after_it() -> None:
    plan = parse_plan_text(
        "某区措施\n一、加快项目建设\n"
        "1. 加强项目储备。完善项目库。（区发改局牵头，区财政局、区住建局等部门，区国投公司、各街道办事处配合）\n"
        "2. 强化要素保障。（牵头单位：区自然资源局，区住建局；配合单位：区财政局）\n"
    )
    first, second = plan.measures
    assert first.lead_units == ("区发改局",)
    assert first.co_units == ("区财政局", "区住建局", "区国投公司", "各街道办事处")
    # After a label, a bare list continues the label's role.
    assert (second.lead_units, second.co_units) == (("区自然资源局", "区住建局"), ("区财政局",))


def test_before_a_month_and_before_a_year() -> None:
    plan = parse_plan_text(
        "某县方案\n2024年3月1日\n一、任务\n"
        "1.建立项目库，6月前完成摸底，2025年前全部建成。（县发改委负责）\n"
        "2.2024年前三季度完成投资5亿元。（县财政局负责）\n"
        "3.2025年3月份前完成验收。（县住建局负责）\n"
    )
    first, second, third = plan.measures
    assert [(d.text, d.due) for d in first.deadlines] == [
        ("6月前", date(2024, 5, 31)),
        ("2025年前", date(2025, 12, 31)),
    ]
    assert second.deadlines == ()  # 前三季度 is a period, not a deadline
    assert [d.due for d in third.deadlines] == [date(2025, 2, 28)]


def test_task_table_rows_get_targets_and_deadlines() -> None:
    plan = parse_plan_text(
        "某区方案\n2024年5月6日\n一、任务\n1.推进设备更新。（区发改委负责）\n附件：2024年任务清单\n\n"
        "\t序号\n\t领域\n\t2024年推进任务\n\t牵头部门\n\n"
        "\t1\n\t工业\n\t9月底前完成技改项目30个以上。\n\t区工信局\n"
    )
    assert plan.task_table, "the annex table is read"
    row = plan.task_table[0]
    assert [d.due for d in row.deadlines] == [date(2024, 9, 30)]
    assert [(t.quantity, t.unit, t.comparator) for t in row.targets] == [(30, "个", ">=")]
