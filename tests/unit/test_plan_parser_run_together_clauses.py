"""Several sentence-and-clause pairs in one paragraph are one measure each; a short name before 等.

Samples made up in the shape of a national 分工意见 excerpt (held-out batch 10): measures run together
inside a paragraph, each closed by （X牵头，Y、Z等按职责分工负责）.
"""

from services.plans.parser import parse_plan_text
from services.plans.parser.text import split_units


def _measures(text: str):
    return [(list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


HEAD = "关于落实重点工作部门分工的意见\n二、增强持续增长动力\n（五）释放创业创新潜能。\n"


def test_two_pairs_in_one_paragraph_are_two_measures() -> None:
    text = HEAD + (
        "加快推广自主创新示范区政策。（科技部牵头，财政部等按职责分工负责）"
        "实施更积极的人才引进政策。（外专局牵头，外交部、侨办等按职责分工负责）\n"
        "建设一批双创示范基地。（发展改革委牵头）\n"
    )
    assert _measures(text) == [
        (["科技部"], ["财政部"]),
        (["外专局"], ["外交部", "侨办"]),
        (["发展改革委"], []),
    ]


def test_a_paragraph_with_words_after_its_only_clause_stays_one() -> None:
    text = HEAD + (
        "加快推广自主创新示范区政策。（科技部牵头）各地要抓好落实。\n建设一批双创示范基地。（发展改革委牵头）\n"
    )
    assert _measures(text) == [(["科技部"], []), (["发展改革委"], [])]


def test_a_short_name_before_deng_loses_the_deng() -> None:
    assert split_units("人力资源社会保障部、侨办等") == ["人力资源社会保障部", "侨办"]
    assert split_units("侨办等") == ["侨办"]
