"""Owners a meeting's minutes and a sentence's closing phrases name: `会议要求X牵头，Y配合，做好…`,
`会议明确由X负责，…`, `X会同各乡镇抓好…`, `…工作，X牵头，Y配合。`, and a notice's `请X于…完成…`,
`A由X负责，B由Y负责`, `X负责…，Y负责…`.

Written in session 14 (a 常务会议纪要's decided items named nobody, or `会议明确由县安委办` as a unit; the
places after 会同 were read as a request to everyone; phrases of names after the work, joined to it by a
comma, were not read; a notice's units asked by name or given each part of the work named nobody). Of
the 36 cases, 26 failed on the session's first reader (the near misses held).
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

CASES = {
    "the meeting asks": (
        "关于防汛工作。会议要求县应急局牵头，县水利局、县气象局配合，做好汛期值班值守工作。",
        ["县应急局"],
        ["县水利局", "县气象局"],
    ),
    "the meeting settles who": (
        "关于安全生产大检查。会议明确由县安委办负责，组织开展为期三个月的大检查。",
        ["县安委办"],
        [],
    ),
    "the meeting asks together": (
        "会议要求县农业农村局会同各乡镇抓好秋粮田间管理。",
        ["县农业农村局"],
        ["各乡镇"],
    ),
    "together with every township": (
        "县农业农村局会同各乡镇抓好秋粮田间管理。",
        ["县农业农村局"],
        ["各乡镇"],
    ),
    "phrases after the work": (
        "做好汛期值班值守工作，县应急局牵头，县水利局配合。",
        ["县应急局"],
        ["县水利局"],
    ),
    "phrases with others": (
        "做好汛期值班值守工作，县应急局牵头，县水利局、县气象局等部门配合。",
        ["县应急局"],
        ["县水利局", "县气象局"],
    ),
    "one phrase after the work": ("开展专项整治，确保年底前完成，县市场监管局负责。", ["县市场监管局"], []),
    # a notice's items (通知如下：一、请X于…完成…): the unit asked by name, the parts each given to one
    "asked by name": ("请县教育局于2月20日前完成全县中小学校校舍安全排查。", ["县教育局"], []),
    "every township asked": ("请各乡镇人民政府做好辖区内控辍保学工作。", ["各乡镇人民政府"], []),
    "each part by whom": (
        "加强排水设施维护。城区排水管网清疏由各区人民政府负责，市政主干管网由市城市排水有限公司负责。",
        ["各区人民政府", "市城市排水有限公司"],
        [],
    ),
    "by duty": (
        "做好地下空间防倒灌。防倒灌工作由市住建局、市人防办按职责分工负责。",
        ["市住建局", "市人防办"],
        [],
    ),
    "two in charge after a title": (
        "强化应急值守。市城管局负责城区排涝抢险队伍调度，市应急管理局负责综合协调。",
        ["市城管局", "市应急管理局"],
        [],
    ),
    "in charge, then a helper": (
        "会议要求，县住建局负责组织实施，城关镇人民政府配合做好群众工作，确保年底前完工。",
        ["县住建局"],
        ["城关镇人民政府"],
    ),
    "together, then urging": (
        "会议要求，县财政局会同县审计局督促各预算单位抓好审计查出问题整改。",
        ["县财政局"],
        ["县审计局"],
    ),
    # 资金由X统筹安排 is a note on the money (a table's closing line), not whom the work is given to; the unit whose
    # 请示 the meeting agreed carries the project on (a held-out 常务会议纪要's writer ledgers it so)
    "funds arranged by": (
        "会议同意县教育局关于城关三小扩建项目的请示，所需资金由县财政局统筹解决。",
        ["县教育局"],
        [],
    ),
    "every village in charge": (
        "落实护林员巡护。各村（居）委会负责本辖区护林员日常管理。",
        ["各村（居）委会"],
        [],
    ),
    "together at the crossings": (
        "加强野外火源管控。镇综合行政执法队会同镇派出所在重点路口设置防火检查站。",
        ["镇综合行政执法队"],
        ["镇派出所"],
    ),
    "lead, helpers assist, work": (
        "保障农民工工资支付。县人社局牵头，县住建局、县水利局协助，开展根治欠薪冬季专项行动。",
        ["县人社局"],
        ["县住建局", "县水利局"],
    ),
    "an office, a station helps": (
        "整治违法分包转包。建筑业管理科负责，质安站配合，对在建项目全覆盖检查。",
        ["建筑业管理科"],
        ["质安站"],
    ),
    "the road given to": (
        "关于学校配套道路建设。会议明确，城北中学配套道路由县住房和城乡建设局负责建设。",
        ["县住房和城乡建设局"],
        [],
    ),
    "together, then actively": (
        "关于建设资金筹措。会议要求，县财政局会同县发展和改革局积极争取专项债券资金。",
        ["县财政局"],
        ["县发展和改革局"],
    ),
    "each leads its part": (
        "会议明确，县人力社保局、县教委分别牵头做好毕业生实名服务和就业指导，团县委配合开展见习活动。",
        ["县人力社保局", "县教委"],
        ["团县委"],
    ),
    "two in charge after 由": (
        "会议同意安排资金3000万元。由县财政局负责资金拨付，县审计局负责全过程跟踪审计。",
        ["县财政局", "县审计局"],
        [],
    ),
    "a second after a semicolon": (
        "会议明确，由县人力社保局牵头开发公益性岗位；县残联负责残疾人就业帮扶。",
        ["县人力社保局", "县残联"],
        [],
    ),
    "together with places in brackets": (
        "加强农村集体聚餐风险防控。由区市场监管局牵头，会同区卫健局、各镇（街道）落实申报备案制度。",
        ["区市场监管局"],
        ["区卫健局", "各镇（街道）"],
    ),
    "closing helpers assist": (
        "深化专项行动，依法严惩违法犯罪行为。区公安分局牵头，区市场监管局、区农业农村局协助。",
        ["区公安分局"],
        ["区市场监管局", "区农业农村局"],
    ),
    "asked to help": (
        "请县公安局配合县交通运输局做好考点周边交通疏导。",
        ["县交通运输局"],
        ["县公安局"],
    ),
    # near misses that name nobody (found by a review of the first version: money notes, posts, people,
    # places asked to report)
    "money kept by": ("工作经费：所需经费由县财政局负责保障。", [], []),
    "subsidies paid by": ("资金保障：培训补贴资金由县财政局负责拨付。", [], []),
    "a post in charge": ("各乡镇长负责本辖区防汛工作。", [], []),
    "people must": ("会议强调，全镇干部要提高政治站位。", [], []),
    "townships asked to report": ("请各乡镇于5月20日前将检查情况报县应急管理局。", [], []),
    "everyone asked to report": ("请各单位于2月25日前将落实情况报县教育局。", [], []),
    "funds by the street": ("包括完成某小学改造，资金由街道负责。", [], []),
    "everyone helps": ("加强宣传，各部门配合。", [], []),
    "every place must": ("各地要会同有关部门抓好落实。", [], []),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_owners_of_a_decision(case: str) -> None:
    written, leads, cos = CASES[case]
    plan = parse_plan_text(f"县政府常务会议纪要\n一、{written}\n二、做好另一项工作。（责任单位：县督查室）")
    # an item naming nobody may be read as no measure at all: the same answer, nobody owns it
    measure = next((m for m in plan.measures if m.number == "一"), None)
    read = (list(measure.lead_units), list(measure.co_units)) if measure else ([], [])
    assert read == (leads, cos)
