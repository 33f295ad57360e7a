"""The names the review screen offers for a measure's units, and giving one measure's units to its part."""

from __future__ import annotations

import pytest

from services.plans.named_units import (
    give_units_to_part,
    headings_over,
    named_units,
    part_without_leads,
    plan_unit_names,
)
from services.plans.parser.model import ParsedItem, ParsedPlan


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # handed over / ordered: the name after the verb of charge, with or without a place word
        ("1.将城市客运管理职责移交市交通运输局承担。", ["市交通运输局"]),
        ("整改措施：责令公路建设养护中心立即对路面进行修复。", ["公路建设养护中心"]),
        # subjects of sentences, in the order written; 各街道 is named too
        (
            "区城管执法局依法对违反规定的行为实施行政处罚，区住房保障房屋管理局指导各街道督促物业。",
            ["区城管执法局", "区住房保障房屋管理局", "各街道"],
        ),
        # the longest reading of a name: 委员会, not 委
        ("由区发展和改革委员会负责组织实施。", ["区发展和改革委员会"]),
        # a name whose notes are in brackets is one name
        ("（三）各县（区）人民政府（管委会）要成立相应的领导机构。", ["各县（区）人民政府（管委会）"]),
        # a number's bracket is no part of the name
        ("（二）各包村处室要深入开展宣传教育活动。", ["各包村处室"]),
        # words that end like an office and are none
        ("优化产业布局，提升城市格局，推进门户网站建设，进行专项检查。", []),
        ("加强对公共场所的监管，组织召开工作会议。", []),
        # (a clerk's review of the screen) a verb at the front is no part of a name; a list goes on after 、
        ("整改措施:责令路政执法队、安丰乡人民政府派人对现场进行调查。", ["路政执法队", "安丰乡人民政府"]),
        ("组织区效能办对重点项目建设责任制进行监督检查。", ["区效能办"]),
        (
            "按照省委、省政府的决策部署推进。",
            ["省委", "省政府"],
        ),  # (offered, not 按照省委: the clerk skips them)
        # a short name alone before its colon may end on a common word (联, 会, 部); a long piece so ending is a sentence
        ("县文联：负责文艺志愿服务。", ["县文联"]),
        ("统计资料一并交报考点保密室。", []),
        # a place word ending a word (园区企业, 我区科学, 区域单位) opens no name
        ("鼓励园区企业开展技术改造，加快我区科学发展。", []),
        # names in a cited document's title or a campaign's quotes own nothing here
        ("按照《国家发展改革委 工业和信息化部关于开展零碳园区建设的通知》要求，打造“无废园区”。", []),
        # 等 / 及 end a name: 林业局等部门 is 林业局, X指挥部及各乡镇 two names
        ("规划局、林业局等部门对本部门事项优先办理。", ["规划局", "林业局"]),
        ("各片区项目建设指挥部及各乡镇要加强协调。", ["各片区项目建设指挥部", "各乡镇"]),
        # (session 28) a label before the names is none of them; the people's organisations by short name;
        # every village of a kind as the sentence names it
        ("组成单位:市民政局、外事办、红十字会", ["市民政局", "外事办", "红十字会"]),
        ("（十二）区妇联完善家校社协同机制，进一步明晰家校育人责任。", ["区妇联"]),
        ("各网格、各村（居）要按照要求开展排查。", ["各村（居）"]),
        ("（三）农业农村处和各沿海村要组织辖区出海船舶落实报备制度。", ["各沿海村"]),
    ],
)
def test_names_written_in_a_measure(text, names):
    assert named_units(text) == names


def test_known_names_are_found_anywhere_and_skipped_names_left_out():
    text = "会议同意区政府办、农业局提出的意见，由区发改委牵头，区财政局配合。"
    assert named_units(text, ["区政府办", "农业局", "区发改委"]) == [
        "区政府办",
        "农业局",
        "区发改委",
        "区财政局",
    ]
    assert named_units(text, ["区政府办", "农业局", "区发改委"], skip=["区发改委", "农业局"]) == [
        "区政府办",
        "区财政局",
    ]


def test_every_name_is_returned_and_names_inside_a_set_unit_are_skipped():
    numbers = [f"{n}" for n in range(1, 16)]
    text = "、".join(f"区第{n}局" for n in numbers) + "配合。"
    assert named_units(text, [f"区第{n}局" for n in numbers]) == [f"区第{n}局" for n in numbers]
    # 区投促办 lies inside the lead 区投促办（区金融办）: not offered again
    assert named_units("区投促办负责招商引资，区财政局配合。", skip=["区投促办（区金融办）"]) == ["区财政局"]


def _item(kind, level, number, title, lead=(), co=()):
    return ParsedItem(kind=kind, level=level, number=number, title=title, lead_units=lead, co_units=co)


ITEMS = [
    _item("section", 1, "一", "考务组职责"),
    _item("measure", 2, "1", "组织实施考务工作", lead=("考务组",), co=("保密组",)),
    _item("measure", 2, "2", "培训监考人员"),
    _item("measure", 2, "3", "收发工作标志", co=("办公室",)),
    _item("measure", 2, "4", "检查试卷", lead=("教务处",)),
    _item("section", 1, "二", "保密组职责"),
    _item("measure", 2, "1", "交接试卷"),
]


def test_headings_over_a_measure_nearest_first():
    items = [
        _item("section", 1, "一", "总体"),
        _item("section", 2, "一", "考务组"),
        _item("measure", 3, "1", "x"),
    ]
    assert headings_over(items, 2) == ["考务组", "总体"]


def test_part_without_leads_stops_at_the_next_heading():
    assert part_without_leads(ITEMS, 1) == [2, 3]
    assert part_without_leads(ITEMS, 6) == []


def test_giving_units_to_the_part_fills_only_measures_without_a_lead():
    items, filled = give_units_to_part(ITEMS, 1)
    assert filled == [2, 3]
    assert items[2].lead_units == ("考务组",) and items[2].co_units == ("保密组",)
    # its own co-unit kept; a measure with a lead untouched; the next part untouched
    assert items[3].lead_units == ("考务组",) and items[3].co_units == ("办公室",)
    assert items[4] == ITEMS[4] and items[6] == ITEMS[6]
    # a measure without a lead gives nothing
    assert give_units_to_part(ITEMS, 2) == (list(ITEMS), [])


def test_plan_unit_names_are_every_unit_the_plan_names():
    plan = ParsedPlan(file_name="t.txt", title="t", doc_number=None, issued_on=None, items=tuple(ITEMS))
    assert plan_unit_names(plan) == sorted({"考务组", "保密组", "办公室", "教务处"})


def test_a_space_a_pdf_line_left_inside_a_name_is_closed():
    """(clerk review, session 29) `县交通 运输局` offered 运输局, one click from a wrong lead."""
    assert named_units("由县交通 运输局负责，县城管局配合。") == ["县交通运输局", "县城管局"]
    # a space before a place word parts two names
    assert named_units("由区财政局 区住建局负责。") == ["区财政局", "区住建局"]
