"""Owners read by clause grammar and position, the document's own lead rule, and shapes of numbering.

Each case is a pattern met in real plans of other provinces (issue 12), written as a short sample.
"""

from __future__ import annotations

from datetime import date

import pytest

from services.plans.parser import parse_plan_text, to_json


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_units_are_whatever_the_clause_names_in_its_place() -> None:
    text = """某某省推进外贸发展实施方案
一、重点任务
1.优化通关服务。（海关总署、审计署按职责分工负责）
2.培育新兴产业。（省十大新兴产业推进组工作专班牵头，省推进工业互联网创新发展专项工作组配合）
3.加强人才支撑。（科技部、人力资源社会保障部，各省级人民政府按职责分工负责）
4.做好要素保障。（市发展改革委牵头，各区、县级市按职责分工负责）
5.强化督促落实。（市政府办公室牵头，市财政局等有关部门和单位负责）
6.推进平台建设。（牵头单位：省商务厅；责任单位：省数据局、自贸试验区工作领导小组成员单位）
"""
    assert _owners(text) == [
        ("1", ["海关总署", "审计署"], []),
        ("2", ["省十大新兴产业推进组工作专班"], ["省推进工业互联网创新发展专项工作组"]),
        ("3", ["科技部", "人力资源社会保障部", "各省级人民政府"], []),
        ("4", ["市发展改革委"], ["各区、县级市"]),
        ("5", ["市政府办公室"], ["市财政局"]),
        ("6", ["省商务厅"], ["省数据局", "自贸试验区工作领导小组成员单位"]),
    ]


def test_a_verb_inside_a_labelled_clause_decides_the_role() -> None:
    text = """某某县乡村振兴重点任务清单
一、重点任务
1.保持帮扶政策总体稳定。（责任单位：县扶贫开发办牵头，县教育和体育局、县民政局等有关部门参加，各镇街落实）
"""
    assert _owners(text) == [("1", ["县扶贫开发办"], ["县教育和体育局", "县民政局", "各镇街"])]


def test_a_unit_name_in_brackets_is_not_split() -> None:
    text = "某某市工作方案\n一、重点任务\n1.完善预案。（责任单位：市应急局、各县（市、区）人民政府）\n"
    assert _owners(text) == [("1", ["市应急局", "各县（市、区）人民政府"], [])]


def test_an_odd_name_after_a_label_is_kept_for_review() -> None:
    plan = parse_plan_text(
        "某某区方案\n一、任务\n1.推进建设。（牵头单位：区发改委、智慧城市运营；配合单位：区财政局）\n"
    )
    (measure,) = plan.measures
    assert list(measure.lead_units) == ["区发改委", "智慧城市运营"]
    assert any("智慧城市运营" in doubt for doubt in measure.doubts)


def test_the_documents_own_rule_makes_the_first_listed_unit_the_lead() -> None:
    body = """一、重点任务
1.推进技术改造。（市工信局、市发展改革委、市财政局）
2.扩大有效投资。（市发展改革委牵头，市财政局配合）
3.稳定外贸。（市商务局）
"""
    ruled = parse_plan_text(f"某某市稳增长工作方案\n各责任单位中列第一位者为牵头单位，下同。\n{body}")
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in ruled.measures] == [
        ("1", ["市工信局"], ["市发展改革委", "市财政局"]),
        ("2", ["市发展改革委"], ["市财政局"]),
        ("3", ["市商务局"], []),
    ]
    # Without the rule a bracket of bare names after a sentence is still its owners (batch 26: 西安's
    # 民生实事 write them so), all of them leads, and the review screen shows them for checking.
    plain = parse_plan_text(f"某某市稳增长工作方案\n{body}")
    assert plain.measures[0].lead_units == ("市工信局", "市发展改革委", "市财政局")
    assert "单位名称需核对：市工信局、市发展改革委、市财政局" in plain.measures[0].doubts


def test_first_place_rule_in_a_table_with_one_unit_column() -> None:
    text = """某某区重点工作任务分解表
（排在第一位的部门为牵头部门）
序号\t工作任务\t责任单位
1\t推进城市更新\t区住建局、区财政局
2\t开展消费促进活动\t区商务局
"""
    assert _owners(text) == [("1", ["区住建局"], ["区财政局"]), ("2", ["区商务局"], [])]


def test_items_of_the_first_level_with_their_own_clause_are_measures() -> None:
    text = """某某区2024年重点工作责任分工
一、推进城市更新。（区住建局牵头，区财政局配合）
二、扩大有效投资。（区发改委负责）
三、稳定就业。（区人社局负责）

某某区人民政府办公室
2024年3月1日
"""
    plan = parse_plan_text(text)
    assert [(m.number, list(m.lead_units)) for m in plan.measures] == [
        ("一", ["区住建局"]),
        ("二", ["区发改委"]),
        ("三", ["区人社局"]),
    ]
    assert "人民政府办公室" not in plan.measures[-1].text  # the signature is no part of the last item


def test_numbering_glued_to_digits_and_above_one_hundred() -> None:
    text = """某某市人才工作要点
一、重点任务
10.实施青年人才计划。（市人社局牵头）
11.121人才梯队项目。培养骨干人才121名。（市委组织部牵头）
一百零一、完善人才服务。（市人才办负责）
"""
    plan = parse_plan_text(text)
    assert [m.number for m in plan.measures] == ["10", "11", "一百零一"]
    assert plan.measures[1].title.startswith("121人才梯队项目")


def test_web_markup_is_not_part_of_the_plan() -> None:
    text = (
        '某某区设备更新行动方案</p><p align="left">一、重点任务</p>'
        "<p>1.推进设备更新&nbsp;。（区发改委牵头）</p>\n"
    )
    plan = parse_plan_text(text)
    assert plan.title == "某某区设备更新行动方案"
    (measure,) = plan.measures
    assert "<" not in measure.text and "&nbsp;" not in measure.text
    assert to_json(plan)["items"][0]["title"] == "重点任务"


def test_short_place_words_share_the_name_after_them() -> None:
    text = """某省稳增长若干措施
一、重点任务
1.加快铁路建设。（省发改委、相关市、县政府负责）
2.推进机场建设。（哈尔滨、黑河、绥芬河市政府、省农垦总局负责）
"""
    assert _owners(text) == [
        ("1", ["省发改委", "相关市、县政府"], []),
        ("2", ["哈尔滨、黑河、绥芬河市政府", "省农垦总局"], []),
    ]


def test_the_lead_rule_stated_inside_the_first_clause_holds_for_the_document() -> None:
    text = """韶關市降低企業成本若干措施
一、政策措施
1.降低稅收負擔。（責任單位：市稅務局、市財政局，排在首位的爲牽頭單位，下同）
2.降低用地成本。（責任單位：市自然資源局、市財政局）
"""
    assert _owners(text) == [("1", ["市稅務局"], ["市財政局"]), ("2", ["市自然資源局"], ["市財政局"])]


def test_unnumbered_paragraphs_with_their_own_clause_are_one_measure_each() -> None:
    text = """某某区城市更新行动方案
一、重点任务
（一）推进城市更新
加快老旧小区改造，年内完成改造小区30个。（区住建局牵头，各街道配合）
完善停车设施，新增公共停车泊位500个。（区城管局负责）
各街道要加强组织领导。
二、保障措施
"""
    plan = parse_plan_text(text)
    assert [(m.number, m.level, list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        ("", 3, ["区住建局"], ["各街道"]),
        ("", 3, ["区城管局"], []),
    ]
    assert [(i.kind, i.title) for i in plan.items][:3] == [
        ("section", "重点任务"),
        ("section", "推进城市更新"),
        ("measure", "加快老旧小区改造，年内完成改造小区30个"),
    ]


BODY = "一、重点任务\n1.推进更新。（区发改委牵头）\n"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("# 来源：http://www.example.gov.cn/plan.html\n某某区设备更新行动方案\n", "某某区设备更新行动方案"),
        ("\n\n某某区设备更新行动方案\n", "某某区设备更新行动方案"),
        ("某某区2023年重点工作\n\n任务分解和责任分工方案\n\n", "某某区2023年重点工作任务分解和责任分工方案"),
        ("2024年工作要点\n青岛政务网 发布日期 : 2023-06-23\n字体大小: 打印\n", "2024年工作要点"),
        (
            "成文日期 2021-04-20 废止日期\n有效性\n2021年全县乡村振兴工作重点任务清单\n",
            "2021年全县乡村振兴工作重点任务清单",
        ),
        ("某某市人民政府关于印发某某市优化营商环境行动方案的通知\n", "某某市优化营商环境行动方案"),
        ("某某市降低企業成本若干政策措施(修訂版)\n", "某某市降低企業成本若干政策措施(修訂版)"),
        ("某市推动设备更新行动方案（2024—2027年）\n", "某市推动设备更新行动方案（2024—2027年）"),
        ("2021年民生实事项目责任分解表.docx\n", "2021年民生实事项目责任分解表"),
    ],
    ids=[
        "comment-line",
        "blank-lines",
        "two-lines",
        "web-metadata",
        "metadata-labels",
        "notice",
        "revised",
        "years-it-runs",
        "downloaded-file-name",
    ],
)
def test_the_title_is_the_plans_name_not_the_pages_residue(head: str, title: str) -> None:
    assert parse_plan_text(head + BODY).title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "各单位：\n经区政府同意，现将《某区2024年重点工作任务分解》《某区民生实事》印发给你们。\n",
            "某区2024年重点工作任务分解",
        ),
        (
            "各单位：\n《2020年重点工作责任分解》和《民生实事责任分解》已经市政府同意，现印发给你们。\n",
            "2020年重点工作责任分解",
        ),
        # What the notice only cites, or breaks up in its own words, is not the plan it sends.
        ("各单位：\n现将《政府工作报告》提出的重点工作予以分解。\n", None),
        ("各单位：\n为贯彻落实《国务院关于推动设备更新的意见》，经区政府同意，制定本方案。\n", None),
    ],
    ids=["sent-with-another", "agreed", "report-broken-up", "cited"],
)
def test_a_page_without_the_plans_name_takes_the_one_its_notice_sends(head: str, title: str | None) -> None:
    assert parse_plan_text(head + BODY).title == title


def test_a_notice_sending_its_plan_as_an_annex_names_it_there() -> None:
    text = (
        "各乡镇人民政府：\n现将全区年度目标任务下达你们，请对照分解。\n特此通知\n"
        "附件：某区2016年度经济社会发展任务分解表\n某区人民政府\n2016年8月18日\n附件\n"
        "序号\t工作任务\t牵头单位\n1\t新建幼儿园1所\t区教育局\n"
    )
    plan = parse_plan_text(text)
    assert plan.title == "某区2016年度经济社会发展任务分解表"
    assert [list(m.lead_units) for m in plan.measures] == [["区教育局"]]


def test_labels_are_known_by_their_words_and_person_lines_are_no_units() -> None:
    text = """某省重点工作及责任分解
一、主要预期目标
1﹒全省生产总值增长7%以上。
牵头负责领导:刘惠。
牵头责任单位:省发展改革委。
协同责任单位:省政府各部门、各直属机构。
2.固定资产投资增长8%左右。
分管省领导:林克庆
部门分工:省发展改革委牵头,各地、各部门配合。
3.推进城市更新。（主要责任单位：省住房城乡建设厅；协同配合单位：省财政厅）
"""
    assert _owners(text) == [
        ("1", ["省发展改革委"], ["省政府各部门", "各直属机构"]),
        ("2", ["省发展改革委"], ["各地", "各部门"]),
        ("3", ["省住房城乡建设厅"], ["省财政厅"]),
    ]


@pytest.mark.parametrize(
    ("head", "number"),
    [
        ("某某区行动方案\n发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n", "蔡政办〔2023〕1号"),
        (
            "某某区行动方案\n文件编号:  长政办发〔2023〕7号 发布机构:  长兴县政府办公室\n",
            "长政办发〔2023〕7号",
        ),
        (
            "常熟市人民政府办公室文件 常政办发〔2018〕32号 市政府办公室关于分解落实重点工作的方案\n",
            "常政办发〔2018〕32号",
        ),
        # A number a sentence cites after 文件 is the other document's.
        ("某某区行动方案\n根据省政府文件粤府〔2018〕79号精神，结合我区实际，制定本方案。\n", None),
    ],
    ids=["metadata-label", "metadata-label-with-colon", "masthead", "cited-in-a-sentence"],
)
def test_the_doc_number_a_page_labels_is_the_plans(head: str, number: str | None) -> None:
    assert parse_plan_text(head + BODY).doc_number == number


def test_the_date_signed_under_a_notices_list_of_annexes_is_the_issue_date() -> None:
    text = (
        "某某县重点工作任务分解方案\n各乡镇人民政府：\n现将任务分解如下，请认真落实。\n"
        "一、重点任务\n1.推进更新。（县发改局牵头）\n"
        "附件：1.重点工作任务分解表\n2.民生实事分解表\n某某县人民政府办公室\n2021年5月12日\n"
        "附件1\n序号\t工作任务\t牵头单位\n1\t推进更新\t县发改局\n"
    )
    assert parse_plan_text(text).issued_on == date(2021, 5, 12)


@pytest.mark.parametrize(
    ("tail", "issued"),
    [
        (
            "以优异成绩迎接党的二十大胜利召开。 海盐县人民政府办公室 2022年4月18日 (此件公开发布)\n",
            date(2022, 4, 18),
        ),
        # A date a sentence names is no signature.
        ("政策实施期限至2021年12月31日。\n", None),
    ],
    ids=["run-on-signature", "date-in-a-sentence"],
)
def test_a_signature_run_into_the_text_gives_the_issue_date(tail: str, issued: date | None) -> None:
    assert parse_plan_text("某某县行动方案\n" + BODY + tail).issued_on == issued
