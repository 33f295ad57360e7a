"""Short samples of the rules held-out batch 9 showed (docs/plan-reading.md, batch 9); each is made up and
fails without its rule."""

from services.plans.parser import parse_plan_text
from services.plans.parser.assemble import UNNUMBERED_PARAGRAPH


def test_a_paragraph_with_its_own_clause_but_no_number_is_a_measure_not_lost() -> None:
    # A mirror garbled the numbering of 二 and 三: their paragraphs still carry their clauses, so they are
    # measures (the clerk is asked to check), never text that disappears between measures.
    text = (
        "某市重点工作事项\n一、加快产业发展\n"
        "（一）建设汽车产业基地。（牵头单位：市经贸委；配合单位：市发改委）\n"
        "?。ǘ┩推进石化基地建设。（牵头单位：市发改委；配合单位：市规划局）\n"
        "?。ㄈ┲创建生物医药产业基地。（牵头单位：市科技局）\n"
        "（四）建设国际物流园区。（牵头单位：市交委）\n"
    )
    measures = parse_plan_text(text).measures
    assert [list(m.lead_units) for m in measures] == [["市经贸委"], ["市发改委"], ["市科技局"], ["市交委"]]
    assert [UNNUMBERED_PARAGRAPH in m.doubts for m in measures] == [False, True, True, False]
    assert "推进石化基地建设" in measures[1].text


def test_the_lead_rule_with_another_name_for_the_lead_after_或() -> None:
    for rule in ("列第一位者为牵头或汇总单位，下同", "列第一位者为工作牵头单位或汇总单位"):
        text = (
            "某市政府工作报告重点工作责任分工\n一、稳定经济增长\n"
            "1.落实减税降费政策。\n"
            f"责任单位：市财政局、市税务局、市发改委（{rule}）\n"
            "2.扩大有效投资。\n责任单位：市发改委、市财政局\n"
        )
        measures = parse_plan_text(text).measures
        assert [(list(m.lead_units), list(m.co_units)) for m in measures] == [
            (["市财政局"], ["市税务局", "市发改委"]),
            (["市发改委"], ["市财政局"]),
        ], rule
