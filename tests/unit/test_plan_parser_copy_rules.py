"""Made-up samples of the rules the corpus's copies asked for (tests/unit/plan_variants.py): the first of
each pair fails without its rule, the second guards what it must leave alone."""

import pytest

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_row_number_typed_full_width_is_the_row_number() -> None:
    text = (
        "某县2023年民生实事项目表\n"
        "序号 | 项目名称 | 牵头单位 | 责任单位 |\n"
        "１ | 新建城东幼儿园1所。 | 县教育局 | 城东街道 |\n"
        "１２ | 改造农村公路30公里。 | 县交通运输局 | 县财政局 |\n"
    )
    assert [m[0] for m in _measures(text)] == ["1", "12"]


def test_a_space_after_a_lists_mark_inside_a_name_is_no_part_of_it() -> None:
    text = (
        "某市2022年重点工作分工\n"
        "一、稳增长\n"
        "1.扩大有效投资。（牵头单位：市发改委、 各县(市、 区)政府；责任单位：市财政局、 市统计局）\n"
    )
    assert _measures(text) == [("1", ["市发改委", "各县(市、区)政府"], ["市财政局", "市统计局"])]


def test_a_space_between_two_whole_names_in_a_cell_still_splits_them() -> None:
    # The space the rule drops sits by a mark (、 or a bracket); one between two names is a separator.
    text = (
        "某县2022年十件民生实事任务分解表\n"
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        "1 | 新建城东小学。 | 县教育局 各有关乡镇政府 | 2022年底 |\n"
    )
    assert _measures(text) == [("1", ["县教育局", "各有关乡镇政府"], [])]


@pytest.mark.parametrize(
    ("clause", "leads", "cos"),
    [
        ("责任主体：县财政局。", ["县财政局"], []),
        ("主要责任主体：区发展改革委", ["区发展改革委"], []),
        ("（主办单位：市商务局；协办单位：市财政局）", ["市商务局"], ["市财政局"]),
        ("（牵头单位：市科技局 协同单位：市工信局、市财政局）", ["市科技局"], ["市工信局", "市财政局"]),
    ],
)
def test_other_offices_words_for_the_owners(clause: str, leads: list[str], cos: list[str]) -> None:
    # 责任主体, 主办/协办, 协同单位: the words other offices label a measure's owners with.
    text = f"某县2023年重点工作任务分解\n一、稳增长\n1.财政总收入与经济增长基本同步。\n{clause}\n"
    assert _measures(text) == [("1", leads, cos)]
