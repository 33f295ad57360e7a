"""A page stored with its paragraphs joined by spaces reads like the plan; a lead-rule note inside a list.

Samples made up in the shapes held-out batches 9 and 10 failed on (a county's 责任分解 and a development
zone's 分工方案, each stored by a public-page index as one line).
"""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_plan_on_one_line_with_spaces_between_paragraphs_is_read() -> None:
    text = (
        "某区重点工作任务分工方案 为推动重点工作落到实处，现作如下分工。 一、全面开展隐患排查 "
        "（一）彻底排查隐患 1、各有关部门要对所有行业领域开展排查。 责任单位：区应急局、区住建局 "
        "2、建立隐患整改台账。 责任单位：区安委办 二、强化责任落实 1、压实企业主体责任。 牵头单位：区市场监管局"
    )
    assert _measures(text) == [
        ("1", ["区应急局", "区住建局"], []),
        ("2", ["区安委办"], []),
        ("1", ["区市场监管局"], []),
    ]


def test_a_line_with_one_space_before_a_number_is_not_broken() -> None:
    # One space is a typist's, not a joined page: 第 1、2 项 stays in its sentence.
    text = (
        "某区行动方案\n一、重点任务\n1.推进老旧小区改造，完成方案所列 2、3 类小区的改造任务，"
        "并同步加装电梯，年底前全部完工。（区住建局牵头）\n"
    )
    assert _measures(text) == [("1", ["区住建局"], [])]


def test_a_lead_rule_note_inside_a_list_keeps_the_rest_of_the_list() -> None:
    text = (
        "某县重点工作责任分解\n一、县长牵头重点工作\n1.全县生产总值增长7.5%左右。\n"
        "责任单位：县发改局（首位单位为牵头单位，下同）、县财政局、县税务局\n"
        "2.严控一般性支出。\n责任单位：县财政局、县审计局\n"
    )
    assert _measures(text) == [
        ("1", ["县发改局"], ["县财政局", "县税务局"]),
        ("2", ["县财政局"], ["县审计局"]),
    ]
