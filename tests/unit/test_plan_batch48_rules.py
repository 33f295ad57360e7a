"""Rules found by held-out batch 48 (real documents from public pages, session 15): made-up samples, one
family each. When this was written, all failed but the guards (the last two).

- a 督查通报 grouped by the unit whose duty each problem is (`一、属住建局职责范围：`), and a 防汛 plan's
  `（一）镇防汛工作领导小组职责` over numbered duties: the unit leads every item under it;
- under such a unit, a place's heading over a paragraph (`（二）文山路` / …占道经营) is a problem of its own
  beside the places with numbered problems;
- `1、816路与玉荷路…`: an item opening on a figure (a 、 is no decimal point);
- `…增长11%（市发改委，各县市区政府）。`: a bracket of names closing the sentence before its full stop;
- a page that opens inside a duty list (`市卫生局负责…` paragraphs, then `三、应急准备`).
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_problems_grouped_by_the_unit_whose_duty_they_are() -> None:
    text = (
        "县创建办督查通报\n现将督查中发现问题通报如下：\n一、属住建局职责范围：\n（一）江滨项目工地\n"
        "1、工地围挡尚未按要求布置公益广告。\n2、建筑材料堆放不规范。\n（二）文山路\n自行车店、家具店等占道经营，屡禁不止。\n"
        "二、属凤城镇职责范围：\n（一）金安路\n1、五金店占道经营。\n2、乱停车现象严重。\n"
        "三、属城关派出所职责范围：\n1、816路与玉荷路交叉路口宣传标语乱涂鸦严重，建议更换。\n2、主要交通路口协管员履职时紧时松。\n"
    )
    assert _owners(text) == [
        ("1", ["住建局"], []),
        ("2", ["住建局"], []),
        ("二", ["住建局"], []),
        ("1", ["凤城镇"], []),
        ("2", ["凤城镇"], []),
        ("1", ["城关派出所"], []),
        ("2", ["城关派出所"], []),
    ]


def test_a_bodys_duties_under_its_heading() -> None:
    text = (
        "桐川镇2023年防汛工作安排意见\n二、明确职责，落实责任\n（一）镇防汛工作领导小组职责\n1、负责全镇抢险应急救援任务；\n"
        "2、负责对全镇防汛工作的重大事项进行研究和部署；\n（二）镇防汛办公室职责\n1、负责防汛日常工作；\n2、负责汛情收集上报。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["镇防汛工作领导小组"]] * 2 + [["镇防汛办公室"]] * 2


def test_a_bracket_of_names_before_the_full_stop() -> None:
    text = (
        "关于分解落实《政府工作报告》的通知\n一、主要工作目标\n1、地区生产总值增长11%（市发改委，市政府相关部门，各县市区政府）。\n"
        "2、固定资产投资增长25%（市发改委，各县市区政府）。\n3、农民人均纯收入增长7%（市农业局、市林业局，各县市区政府）。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        ["市发改委", "市政府相关部门", "各县市区政府"],
        ["市发改委", "各县市区政府"],
        ["市农业局", "市林业局", "各县市区政府"],
    ]


def test_a_page_opening_inside_a_duty_list() -> None:
    text = (
        "市卫生局负责灾区的医疗救援和食品卫生监督管理工作。\n市文广局负责及时发布暴风雪预警信息。\n"
        "市气象局负责暴风雪的监测、预警工作。\n三、应急准备\n3.1资金准备\n各级政府要建立应急储备金制度。\n"
    )
    assert [lead for _, lead, _ in _owners(text)][:3] == [["市卫生局"], ["市文广局"], ["市气象局"]]


def test_guard_notes_in_brackets_before_the_full_stop_name_nobody() -> None:
    text = (
        "重点项目\n一、琼海市政府\n1.竣工项目（1个）：14家五星级酒店琼海项目（博鳌国宾馆）。\n"
        "2.续建项目（1个）：博鳌机场（设在县发展和改革局）。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["琼海市政府"], ["琼海市政府"]]


def test_guard_a_framework_title_under_a_unit_stays_a_heading() -> None:
    text = (
        "督查通报\n一、属住建局职责范围：\n（一）江滨项目工地\n1、工地围挡尚未布置公益广告。\n2、建筑材料堆放不规范。\n"
        "（二）工作要求\n请于5月底前整改到位。\n"
    )
    assert [number for number, _, _ in _owners(text)] == ["1", "2"]


def test_a_unit_without_its_place_before_a_colon() -> None:
    """`(3)农牧业局：指导…` in a list whose units drop the 盟 they share. Failed when written."""
    text = (
        "沙尘暴灾害应急预案\n4.2成员单位职责\n(1)盟气象局：负责沙尘暴天气的监测预报。\n(2)盟林业局：负责组织植树造林。\n"
        "(3)农牧业局：指导农牧业生产灾前预防、灾后自救和恢复生产。\n(4)卫生局：灾害造成人员伤亡时，负责协调落实救灾医疗物品。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["盟气象局"], ["盟林业局"], ["农牧业局"], ["卫生局"]]


def test_members_named_by_their_line_of_work() -> None:
    """Held-out batch 49: `1.河务部门。组织…2.气象部门。负责…3.电力部门。保障…` run into one paragraph. Failed
    when written (3.电力部门 read with no owner)."""
    text = (
        "防汛抗旱应急预案\n（二）各成员单位和有关部门职责如下：1.河务部门。组织、协调、监督黄河防汛日常工作。"
        "2.气象部门。负责监测暴雨、大风等异常天气。3.电力部门。保障防汛抢险用电。4.通信管理部门。组织协调防汛通信保障。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        ["河务部门"],
        ["气象部门"],
        ["电力部门"],
        ["通信管理部门"],
    ]


def test_minutes_asking_a_unit_under_the_topics_line() -> None:
    """Held-out batch 52: `一、关于2010年县本级财政支出预算` / `会议原则同意…，请县财政局按会议讨论意见…修改完善`.
    Failed when written."""
    text = (
        "县人民政府第32次常务会议纪要\n一、关于2010年县本级财政支出预算\n会议原则同意2010年县本级财政支出预算，"
        "请县财政局按会议讨论意见作进一步修改完善。\n二、关于推进2010年重点项目建设意见\n议定：原则同意，"
        "请县发改委根据会议讨论意见作进一步修改完善。\n"
    )
    assert _owners(text) == [("一", ["县财政局"], []), ("二", ["县发改委"], [])]


def test_who_must_mend_it_and_who_watches() -> None:
    """Held-out batch 51: `（主体责任：白茶村委会，监督责任：市工商局）` after each problem. Failed when written."""
    text = (
        "创卫巩固工作发现问题\n●白茶村委会附近垃圾乱堆乱放。（主体责任：白茶村委会，监督责任：市工商局）\n"
        "●星悦公馆小区楼道堆放杂物。（主体责任：星悦公馆，监督责任：市住建委）\n"
    )
    assert _owners(text) == [("", ["白茶村委会"], ["市工商局"]), ("", ["星悦公馆"], ["市住建委"])]


def test_a_meeting_giving_a_unit_the_work_by_you() -> None:
    """Set G: `会议要求由区教育局抓紧时间给区政府打报告…` in a coordination meeting's project item. Failed when
    written."""
    text = (
        "协调会议纪要\n一、教育项目：\n1、旅游职专：会议要求招标手续尽快落实。财政投资意见由区建委负责提出。\n"
        "2、中心小学：目前正在做施工图。会议要求由区教育局抓紧时间给区政府打报告，协调减免绿化费用问题。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["区建委"], ["区教育局"]]
