"""The phrasings a plan's clause takes, each read to its lead and co-units.

Written in session 10 from the phrasings plans of many issuers use. When it was written, a lead marked
`X（牵头）` in a list, `X会同Y负责`, a bare `主责：` label and the lead verbs 主抓 / 抓总 / 统筹 were not
read; the 34 others were. (`X指导，Y实施` is left out: which of them answers for the work is the
document's to say.)
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

A, B, C = "市发改委", "市财政局", "市住建局"
CASES = [
    (f"（{A}牵头，{B}、{C}参与）", [A], [B, C]),
    (f"（责任单位：{A}、{B}）", [A, B], []),
    (f"（{A}负责）", [A], []),
    (f"（由{A}负责）", [A], []),
    (f"（{A}牵头负责，{B}配合）", [A], [B]),
    (f"（{A}为牵头单位，{B}为配合单位）", [A], [B]),
    (f"（{A}、{B}负责，{C}配合）", [A, B], [C]),
    (f"（牵头单位：{A}　责任单位：{B}）", [A], [B]),
    (f"（牵头单位：{A} 配合单位：{B}）", [A], [B]),
    (f"（{A}牵头，各县（市、区）政府落实）", [A], ["各县（市、区）政府"]),
    (f"（{A}、{B}牵头，{C}参与）", [A, B], [C]),
    (f"（牵头领导：张三；牵头单位：{A}；责任单位：{B}）", [A], [B]),
    (f"〔牵头单位：{A}；责任单位：{B}〕", [A], [B]),
    (f"【牵头单位：{A}；责任单位：{B}】", [A], [B]),
    (f"[牵头单位：{A}；责任单位：{B}]", [A], [B]),
    (f"\n责任单位：{A}（牵头）、{B}、{C}", [A], [B, C]),
    (f"\n责任单位：{A}*、{B}", [A], [B]),
    (f"\n牵头单位：{A}。责任单位：{B}。", [A], [B]),
    (f"（{A}牵头；{B}、{C}按职责分工负责）", [A], [B, C]),
    (f"（{A}会同{B}负责）", [A], [B]),
    (f"（{A}、{B}共同负责）", [A, B], []),
    (f"（{A}等部门负责）", [A], []),
    (f"（牵头单位：{A}；完成时限：2024年底）", [A], []),
    (f"（牵头单位：{A}，配合单位：{B}，完成时间：2024年6月）", [A], [B]),
    (f"（牵头单位：{A}，配合单位：{B}；2024年6月底前完成）", [A], [B]),
    (f"（{A}牵头，{B}配合，2024年底前完成）", [A], [B]),
    (f"（责任单位：{A}；配合单位：{B}；责任领导：李四）", [A], [B]),
    (f"（牵头单位：{A}，配合单位：{B}等）", [A], [B]),
    (f"（牵头单位：{A}，配合单位：{B}及各镇（街道））", [A], [B, "各镇（街道）"]),
    (f"（{A}牵头，{B}、各乡镇人民政府配合）", [A], [B, "各乡镇人民政府"]),
    (f"（{A}牵头，相关部门配合）", [A], ["相关部门"]),
    (f"（{A}牵头，区直有关部门和各镇街按职责分工负责）", [A], ["区直有关部门", "各镇街"]),
    (f"（{A}，{B}，{C}）", [A, B, C], []),
    (f"（{A}/{B}）", [A, B], []),
    (f"（牵头：{A}；配合：{B}）", [A], [B]),
    (f"（主责：{A}；协同：{B}）", [A], [B]),
    (f"（责任主体：{A}）", [A], []),
    (f"（{A}主抓，{B}配合）", [A], [B]),
    (f"（{A}抓总，{B}配合）", [A], [B]),
    (f"（{A}统筹，{B}、{C}落实）", [A], [B, C]),
]


@pytest.mark.parametrize(("clause", "leads", "cos"), CASES)
def test_the_clause_names_its_lead_and_co_units(clause: str, leads: list[str], cos: list[str]) -> None:
    text = f"某市工作方案\n一、重点任务\n1.加强第一项工作，确保按期完成。{clause}\n2.加强第二项工作。（牵头单位：市教育局）"
    first, second = parse_plan_text(text).measures
    assert (list(first.lead_units), list(first.co_units)) == (leads, cos)
    assert second.lead_units == ("市教育局",)


@pytest.mark.parametrize(
    ("sentence", "leads", "cos"),
    [
        (f"{A}牵头，{B}配合。", [A], [B]),
        (f"{A}负责。", [A], []),
        (f"{A}牵头负责。", [A], []),
        (f"{A}牵头，{B}、{C}等部门配合。", [A], [B, C]),
        # Sentences of work or of everyone, which name no owner:
        ("各部门要密切配合，形成合力。", [], []),
        ("各牵头单位要切实履行牵头责任，各责任单位要密切配合。", [], []),
        ("包括完成某小学整体提升改造，资金由街道负责。", [], []),
    ],
)
def test_a_last_sentence_of_names_and_roles_is_the_clause(
    sentence: str, leads: list[str], cos: list[str]
) -> None:
    text = f"某市工作方案\n一、重点任务\n1.加强第一项工作。做好相关保障，确保取得实效。{sentence}\n2.加强第二项工作。（{C}负责）"
    first, second = parse_plan_text(text).measures
    assert (list(first.lead_units), list(first.co_units)) == (leads, cos)
    assert second.lead_units == (C,)


_RULES = [
    "列第一位者为牵头单位，下同",
    "排在第一位的部门为牵头部门",
    "各项任务中列第一位的单位为牵头单位，其他为配合单位",
    "首位单位为牵头单位，下同",
    "注：责任单位中排名第一的为牵头单位",
]
_GROUPS = [[A, B, C], ["市教育局", "市人社局"], ["市民政局", "市卫健委", "各县（市、区）政府"]]


@pytest.mark.parametrize("rule", _RULES)
@pytest.mark.parametrize("form", ["bare", "comma", "label", "duty"])
def test_the_first_listed_rule_in_the_first_clause_reads_every_clause(rule: str, form: str) -> None:
    # Written in session 10: before it, 各项任务中… and …其他为配合单位 left words read as co-units, and
    # 注：… inside the first bracket lost that measure's units.
    write = {
        "bare": lambda g: "、".join(g),
        "comma": lambda g: f"{g[0]}，{'、'.join(g[1:])}",
        "label": lambda g: f"责任单位：{'、'.join(g)}",
        "duty": lambda g: f"{'、'.join(g)}按职责分工负责",
    }[form]
    lines = ["某市某某实施方案", "一、重点任务"]
    for n, group in enumerate(_GROUPS, start=1):
        note = f"，{rule}" if n == 1 else ""
        lines.append(f"{n}.加强第{n}项工作，确保按期完成。（{write(group)}{note}）")
    measures = parse_plan_text("\n".join(lines)).measures
    assert [(m.lead_units, m.co_units) for m in measures] == [((g[0],), tuple(g[1:])) for g in _GROUPS]
