"""Unnumbered measures run together are split after each clause (services/plans/parser/unnumbered.py,
batch 15) — but only after a clause that closes a sentence: `建设（X负责）和保障（Y负责）。` is one measure
with two parts, not a measure and a second one opening with 和."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.text, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_clause_inside_a_sentence_does_not_split_the_measure() -> None:
    text = (
        "关于做好2024年教育工作的通知\n各县区：\n"
        "加强教师队伍建设（市教育局负责）和办学经费保障（市财政局负责）。\n"
        "推进义务教育优质均衡发展（市教育局牵头，各县区政府负责）。\n"
        "加强校园安全管理（市教育局、市公安局按职责分工负责）。\n"
    )
    measures = _measures(text)
    assert len(measures) == 3
    assert measures[0] == (
        "加强教师队伍建设（市教育局负责）和办学经费保障（市财政局负责）。",
        ["市教育局", "市财政局"],
        [],
    )


def test_clauses_that_close_sentences_still_split_a_run_together_paragraph() -> None:
    text = (
        "某县2025年重点工作安排\n"
        "修订安全生产责任清单。（县应急局负责）开展安全生产督导检查。（县应急局牵头，县公安局协作）"
        "各乡镇修订本级责任清单（各乡镇负责）。\n"
    )
    assert [m[1:] for m in _measures(text)] == [
        (["县应急局"], []),
        (["县应急局"], ["县公安局"]),
        (["各乡镇"], []),
    ]
