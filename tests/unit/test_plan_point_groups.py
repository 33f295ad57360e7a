"""Points under a title: `①` points are the measures when their numbered title is only a heading and they
carry the clauses, the title's text under a whole measure; one clause closing a group makes its title the measure.

Written in session 14: `①` points each with its clause under `1.提升政务服务效能。` were read as the title
(first point) and unnumbered measures (the rest), so two of three points lost their number and the
title took the first point's units. The first test failed when written, the second held; the third (a 整改方案) failed.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

PLAN = """某区2025年城市管理工作方案
一、重点任务
（一）市容整治
1.开展背街小巷整治。重点做好以下工作：
①清理乱堆乱放；
②规范门前三包。
（责任单位：区城管局，配合单位：各街道）
2.推进垃圾分类
①完善分类设施；
②开展宣传进社区。
（责任单位：区城管局）
3.加强户外广告管理（责任单位：区城管局，配合单位：区市场监管局）
①清理违规广告牌匾；
②建立审批台账。
4.提升政务服务效能
①推行“一件事一次办”。（责任单位：区政务服务中心）
②推进帮办代办服务。（责任单位：区政务服务中心，配合单位：各街道）
③规范中介服务。（责任单位：区发改局）
（二）交通秩序
（1）整治占道经营
①划定临时摊点区域。（责任单位：各街道）
②开展联合执法。（责任单位：区城管局，配合单位：区公安分局）
"""


def _read() -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(PLAN).measures]


def test_points_with_their_own_clauses_are_the_measures() -> None:
    assert _read()[3:] == [
        ("1", ["区政务服务中心"], []),
        ("2", ["区政务服务中心"], ["各街道"]),
        ("3", ["区发改局"], []),
        ("1", ["各街道"], []),
        ("2", ["区城管局"], ["区公安分局"]),
    ]


def test_points_of_a_whole_measure_or_closed_by_one_clause_stay_its_text() -> None:
    measures = parse_plan_text(PLAN).measures
    assert _read()[:3] == [
        ("1", ["区城管局"], ["各街道"]),
        ("2", ["区城管局"], []),
        ("3", ["区城管局"], ["区市场监管局"]),
    ]
    assert "②开展宣传进社区" in measures[1].text


RECTIFICATION = """某县巡察反馈问题整改方案
一、整改任务
（一）关于落实主体责任不到位的问题
1.召开专题民主生活会，深入剖析问题根源；
2.建立整改工作台账，逐项对账销号。
责任领导：张某
责任部门：县住建局
整改时限：2025年6月底前
（二）关于项目管理不规范的问题
1.开展项目全面清查；
2.完善项目管理制度。
责任部门：县住建局、县财政局
（三）县发改局牵头的工作
1.完善项目储备库。
2.做好项目申报。
协同单位：县财政局
"""


def test_one_clause_after_a_headings_points_makes_the_heading_the_measure() -> None:
    """A 整改方案's problem heading over its steps, one 责任部门 after the last: the problem is the measure
    (its steps were read as two measures, the first naming nobody, when this was written). A 协同单位
    line naming only helpers is the last point's own, under a heading that names the lead."""
    measures = parse_plan_text(RECTIFICATION).measures
    assert [(m.number, list(m.lead_units)) for m in measures][:2] == [
        ("一", ["县住建局"]),
        ("二", ["县住建局", "县财政局"]),
    ]
    assert "2.建立整改工作台账" in measures[0].text
    assert [m.number for m in measures][2:] == ["1", "2"]


def test_a_group_closed_by_two_clause_lines_or_a_sentence_for_the_points_above() -> None:
    """牵头单位 / 配合单位 on two lines, or 以上工作由X负责，Y配合。, after a heading's bare points (session 14: the
    first gave the last point alone the units, the second named nobody and left the points as measures)."""
    text = (
        "某县美丽乡村建设实施方案\n三、建设内容\n（一）村庄规划引领\n1.编制实用性村庄规划。\n2.规范农房建设风貌。\n"
        "以上工作由县自然资源局负责，县住建局、各乡镇人民政府配合。\n（二）人居环境整治\n1.推进农村户厕改造。\n"
        "2.开展农村生活污水治理。\n牵头单位：县农业农村局\n配合单位：县住建局、县生态环境局"
    )
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures] == [
        ("一", ["县自然资源局"], ["县住建局", "各乡镇人民政府"]),
        ("二", ["县农业农村局"], ["县住建局", "县生态环境局"]),
    ]


def test_a_heading_with_its_clause_gives_it_to_its_points_after_another_heading() -> None:
    """（三）规范网格运行（责任科室：综治中心） over bare 1. 2., after a （二） heading over points of their own:
    its points take its units, as the first heading's do (session 14: it was read as a measure, and its
    points as measures naming nobody)."""
    text = (
        "西园街道网格化治理工作实施方案\n三、工作任务\n（一）科学划分网格（责任科室：综治中心、各社区）\n"
        "1.划分基础网格86个。\n2.设立专属网格。\n（二）配强网格力量\n1.每个网格配备1名专职网格员。（责任科室：综治中心）\n"
        "2.建立网格长工作模式。（责任科室：各社区）\n（三）规范网格运行（责任科室：综治中心）\n1.网格员每日巡查。\n"
        "2.建立事件流转处置机制。"
    )
    assert [(m.number, list(m.lead_units)) for m in parse_plan_text(text).measures] == [
        ("1", ["综治中心", "各社区"]),
        ("2", ["综治中心", "各社区"]),
        ("1", ["综治中心"]),
        ("2", ["各社区"]),
        ("1", ["综治中心"]),
        ("2", ["综治中心"]),
    ]


def test_a_problems_fields_after_its_measures_keep_every_unit_label() -> None:
    """A 巡察整改方案's problem, then 整改措施：… / 责任领导 / 责任股室 / 责任单位 / 整改时限 lines: both unit
    labels are the problem's (session 14: the 责任单位 line after 责任股室 became a measure of its own)."""
    text = (
        "县卫生健康局巡察反馈意见整改落实方案\n二、问题清单及整改措施\n（一）贯彻落实决策部署方面\n"
        "1.公共卫生应急处置能力不足。\n整改措施：（1）修订应急预案；（2）每年组织1次应急演练。\n责任领导：张立新\n"
        "责任股室：疾病预防控制股\n责任单位：县疾病预防控制中心\n整改时限：2024年10月底前\n"
        "2.公务接待管理不规范。\n整改措施：全面清理公务接待费用。\n责任领导：王建平\n责任股室：财务审计股\n"
        "整改时限：2024年7月底前"
    )
    assert [(m.number, list(m.lead_units)) for m in parse_plan_text(text).measures] == [
        ("1", ["疾病预防控制股", "县疾病预防控制中心"]),
        ("2", ["财务审计股"]),
    ]


def test_a_headings_clause_for_the_items_under_it() -> None:
    """（一）项目投资指标（以下指标均由市发展改革委牵头） over items naming only their helpers: the lead is
    the unit, not `以下指标均由市发展改革委` (session 14)."""
    text = (
        "营口市2024年度绩效考核指标\n（一）项目投资指标（以下指标均由市发展改革委牵头）\n"
        "1.全市固定资产投资增长8%。配合单位：市统计局\n2.亿元以上新开工项目150个。配合单位：市营商局\n"
        "（二）开放合作指标\n3.外贸进出口总额增长5%。牵头单位：市商务局；配合单位：营口海关"
    )
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures] == [
        ("1", ["市发展改革委"], ["市统计局"]),
        ("2", ["市发展改革委"], ["市营商局"]),
        ("3", ["市商务局"], ["营口海关"]),
    ]


def test_circled_points_under_a_heading_with_its_own_clause_take_it() -> None:
    """（一）标题（牵头单位：X；配合单位：Y） over ①…③ without clauses: the points are the measures and take X
    and Y, as `1.` points do (session 14: the points were the heading's text, one measure)."""
    text = (
        "黔桥县消防安全专项整治行动方案\n二、整治重点及责任分工\n"
        "（一）高层建筑消防安全整治（牵头单位：县消防救援大队；配合单位：县住建局）\n"
        "①全面清理消防车通道占用问题。\n②排查建筑外墙保温材料燃烧性能。\n"
        "（二）人员密集场所消防安全整治\n①商场消防安全整治。（县商务局牵头，县市场监管局配合）\n"
        "②学校消防安全整治。（县教育局牵头）"
    )
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures] == [
        ("1", ["县消防救援大队"], ["县住建局"]),
        ("2", ["县消防救援大队"], ["县住建局"]),
        ("1", ["县商务局"], ["县市场监管局"]),
        ("2", ["县教育局"], []),
    ]


def test_helpers_named_after_a_point_under_a_units_heading() -> None:
    """`十六、市文化广电旅游局` over `2.…，各县（区）人民政府配合。`: the point's helpers beside the heading's
    lead (session 14: a sentence naming only helpers was read as nobody)."""
    text = (
        "临川市政府工作报告重点工作任务分解\n十六、市文化广电旅游局\n1.创建国家5A级旅游景区1家。\n"
        "2.办好临川文化旅游节，各县（区）人民政府配合。\n十七、市市场监管局\n1.新增经营主体3.5万户。\n"
        "2.开展食品安全专项行动，确保不发生重大事故。市卫生健康委、市教育局配合。"
    )
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures] == [
        ("1", ["市文化广电旅游局"], []),
        ("2", ["市文化广电旅游局"], ["各县（区）人民政府"]),
        ("1", ["市市场监管局"], []),
        ("2", ["市市场监管局"], ["市卫生健康委", "市教育局"]),
    ]
