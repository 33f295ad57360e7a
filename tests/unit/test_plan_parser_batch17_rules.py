"""Short samples of the rules held-out batch 17 asked for, each made up: the first of each pair fails without
its rule, the second guards the rule's limit (what it must not split)."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_clause_label_glued_to_a_numbered_title_is_the_measures_clause() -> None:
    # A progress notice copied from a web page: each matter's title ran into its 牵头责任部门 cell.
    text = (
        "2023年区政府民生实事6月份进展情况通报\n"
        "一、进展情况\n"
        "（一）城区公厕提质改造牵头责任部门：区城市管理局\n"
        "截至6月底，已完成改造12座，完成率60%。\n"
        "（二）社区老年食堂建设牵头单位：区民政局、各街道办事处\n"
        "已建成老年食堂3家，正在装修2家。\n"
        "（三）中小学校园安全提升配合单位：区公安分局\n"
        "已完成视频监控改造8所。\n"
    )
    assert _measures(text) == [
        ("一", ["区城市管理局"], []),
        ("二", ["区民政局", "各街道办事处"], []),
        # 配合单位 alone: a co-unit as the document says, no lead guessed (the review screen asks for one).
        ("三", [], ["区公安分局"]),
    ]


def test_a_title_that_only_mentions_a_duty_or_a_label_before_a_sentence_is_not_split() -> None:
    # 责任 in a title is no label, and a label whose words are a sentence, not unit names, stays text.
    text = (
        "某县2023年安全生产工作要点\n"
        "一、压实安全生产责任\n"
        "1.落实企业主体责任（县应急管理局牵头，县市场监管局配合）\n"
        "2.健全乡镇监管体系牵头单位：要加强统筹，确保按期完成。（县应急管理局负责）\n"
    )
    assert _measures(text) == [
        ("1", ["县应急管理局"], ["县市场监管局"]),
        ("2", ["县应急管理局"], []),
    ]
