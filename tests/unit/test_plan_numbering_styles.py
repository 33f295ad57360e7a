"""Every numbering a plan's measures are written in, under every heading style: each measure closed by its
clause is read with its own units.

Written in session 10. The measures' lines here are all of one length, as a PDF copy's are; when this
was written, `一是…。（牵头单位：…）` lines were run together as one wrapped paragraph (parser/rewrap.py took
a line ending on a clause's bracket, at the page's width, for a wrap), so each heading kept one measure
with every unit of its points.
"""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
ITEMS = {
    "1.": lambda n: f"{n}.",
    "1、": lambda n: f"{n}、",
    "1．": lambda n: f"{n}．",
    "（1）": lambda n: f"（{n}）",
    "(1)": lambda n: f"({n})",
    "1)": lambda n: f"{n})",
    "①": lambda n: _CIRCLED[n - 1],
    "第一条": lambda n: f"第{_CN[n - 1]}条 ",
    "（一）": lambda n: f"（{_CN[n - 1]}）",
    "一是": lambda n: f"{_CN[n - 1]}是",
    "第一，": lambda n: f"第{_CN[n - 1]}，",
    "1 ": lambda n: f"{n} ",
    "一、": lambda n: f"{_CN[n - 1]}、",
}
HEADINGS = {
    "一、": lambda n: f"{_CN[n - 1]}、",
    "第一部分": lambda n: f"第{_CN[n - 1]}部分 ",
    "第一章": lambda n: f"第{_CN[n - 1]}章 ",
    "（一）": lambda n: f"（{_CN[n - 1]}）",
    "none": None,
}
# A heading style over an item style that outranks it (（一） over 一、) is no plan's outline.
_PAIRS = [(h, i) for h in HEADINGS for i in ITEMS if h != i and not (h == "（一）" and i == "一、")]
_UNITS = [("市发改委", "市财政局"), ("市教育局", "市人社局"), ("市住建局", "市交通局")]


@pytest.mark.parametrize(("heading", "item"), _PAIRS)
def test_each_measure_keeps_its_own_units(heading: str, item: str) -> None:
    lines = ["某市推进某某工作实施方案", "为推进某某工作，制定本方案。"]
    wanted = []
    for part in (1, 2):
        if HEADINGS[heading]:
            lines.append(f"{HEADINGS[heading](part)}第{part}方面任务")
        for n, (lead, co) in enumerate(_UNITS, start=1):
            lines.append(
                f"{ITEMS[item](n)}加强第{part}{n}项工作，确保按期完成。（牵头单位：{lead}；配合单位：{co}）"
            )
            wanted.append(((lead,), (co,)))
    measures = parse_plan_text("\n".join(lines)).measures
    assert [(m.lead_units, m.co_units) for m in measures] == wanted


NUMBERS = {"（一）": "一二三", "一是": "一二三", "第一条": "一二三", "第一，": "一二三", "一、": "一二三"}


@pytest.mark.parametrize("heading", ["一、", "none"])
@pytest.mark.parametrize("item", ITEMS)
def test_each_measure_keeps_its_number(heading: str, item: str) -> None:
    # Session 12: 1) / ① / 第一条 / 第一， measures were read as unnumbered paragraphs closed by their clause,
    # so the ledger showed no 编号 (16 of the 24 cases passed). Session 13: `1 ` (a number and a space),
    # which lost the first measure's number and, after a heading, gave the heading the measure.
    lines = ["某市推进某某工作实施方案", "为推进某某工作，制定本方案。"]
    for part in (1, 2):
        if HEADINGS[heading] and item != heading:
            lines.append(f"{HEADINGS[heading](part)}第{part}方面任务")
        for n, (lead, co) in enumerate(_UNITS, start=1):
            lines.append(f"{ITEMS[item](n)}加强第{part}{n}项工作。（牵头单位：{lead}；配合单位：{co}）")
    numbers = [m.number for m in parse_plan_text("\n".join(lines)).measures]
    assert numbers == list(NUMBERS.get(item, "123")) * 2


@pytest.mark.parametrize(("label", "numbers"), [("任务", "一二三"), ("措施", "123"), ("行动", "一二三")])
def test_a_labelled_number_is_the_measures(label: str, numbers: str) -> None:
    # 任务一：… / 措施1：… each closed by its clause (session 12; all three read with no number before).
    marks = numbers if numbers.isdigit() else "一二三"
    lines = ["某市推进某某工作实施方案"]
    for mark, (lead, co) in zip(marks, _UNITS, strict=True):
        lines.append(f"{label}{mark}：加强第{mark}项工作。（牵头单位：{lead}；配合单位：{co}）")
    assert [m.number for m in parse_plan_text("\n".join(lines)).measures] == list(numbers)


# Found by a review of the first version (session 12): ordinals that open a sentence got a number, and
# points under a numbered 1. took the next measure's.
NOT_NUMBERS = {
    "ordinals": [
        "第三、四季度完成老旧小区改造验收。（责任单位：区住建局）",
        "第二、三产业融合发展。（责任单位：区发改委）",
    ],
    "first road": [
        "第一条城市快速路年底前建成通车。（责任单位：区交通局）",
        "新建停车泊位500个。（责任单位：区城管局）",
    ],
    "one of two": [
        "推进一网通办。（责任单位：区政务服务中心）",
        "第一，降低融资成本。（责任单位：区金融办）",
    ],
}


@pytest.mark.parametrize("case", sorted(NOT_NUMBERS))
def test_a_sentence_that_opens_like_a_number_gets_none(case: str) -> None:
    text = "\n".join(["某区2024年工作方案", "一、重点任务", *NOT_NUMBERS[case]])
    assert [m.number for m in parse_plan_text(text).measures] == ["", ""]


def test_points_under_a_numbered_measure_take_no_number_of_their_own() -> None:
    text = (
        "某区2024年工作方案\n一、重点任务\n1.深化一网通办改革。\n1）推动高频事项全程网办。（责任单位：区政务服务中心）\n"
        "2）推行免证办服务。（责任单位：区大数据局）\n2.降低企业融资成本。（责任单位：区金融办）"
    )
    numbers = [m.number for m in parse_plan_text(text).measures]
    assert numbers.count("2") <= 1 and numbers[-1] == "2"


def test_a_list_numbered_with_spaces_over_clause_lines() -> None:
    # Session 13: the measures of a `1 ` / `2 ` list with their clause on a line of their own ran together
    # into the heading, which took every unit.
    lines = ["某市推进某某工作实施方案", "一、主要任务"]
    for n, (lead, _) in enumerate(_UNITS, start=1):
        lines += [f"{n} 加强第{n}项工作，确保按期完成。", f"责任单位：{lead}"]
    measures = parse_plan_text("\n".join(lines)).measures
    assert [(m.number, m.lead_units) for m in measures] == [
        ("1", ("市发改委",)),
        ("2", ("市教育局",)),
        ("3", ("市住建局",)),
    ]


def test_a_figure_and_a_space_opening_a_paragraph_is_no_number() -> None:
    # `1 个街道…` with no `2 ` after it is a sentence that opens on a figure.
    text = "某区2024年工作方案\n一、重点任务\n1 个街道完成老旧小区改造。（责任单位：区住建局）\n新建停车泊位500个。（责任单位：区城管局）"
    assert [m.number for m in parse_plan_text(text).measures] == ["", ""]


@pytest.mark.parametrize(
    "lines",
    [
        # figures a wrap put at the lines' start, in a heading's paragraph
        [
            "一、工作目标",
            "到2024年底，全县建成乡村振兴示范村",
            "1 个、精品村",
            "2 个，培育新型农业经营主体",
            "3 家。",
        ],
        # after a measure closed by its clause
        [
            "一、重点任务",
            "1.推进供水管网改造。（责任单位：区水务局）",
            "1 号水厂扩建、",
            "2 号水厂新建纳入年度计划。",
        ],
    ],
)
def test_figures_and_a_space_at_a_lines_start_open_no_list(lines: list[str]) -> None:
    # Found by a review of the first version (session 13).
    text = "\n".join(
        ["某县2024年工作要点", *lines, "二、其他任务", "1.推进人居环境整治。（责任单位：县住建局）"]
    )
    measures = parse_plan_text(text).measures
    assert [m.number for m in measures] == ["1"] * (1 + (len(lines) == 4))
    assert not any(m.text.startswith(("1 ", "2 ")) for m in measures)


@pytest.mark.parametrize("mark", ["）", ")"])
def test_points_numbered_1_paren_right_under_a_heading_are_its_measures(mark: str) -> None:
    # Session 13: under 一、 (no 1. above them) they ran into the heading, which took every unit, or were
    # read without numbers; under a measure's paragraph (重点抓好：) they stay its points.
    text = (
        f"某区2024年社区治理工作计划\n一、完善社区服务设施\n1{mark}新建社区党群服务中心3个。\n责任单位：区民政局\n"
        f"2{mark}改造提升社区食堂10个。（责任单位：区民政局；配合单位：各街道）\n二、加强队伍建设\n"
        f"1{mark}开展社区工作者全员培训。（责任单位：区委社会工作部）\n三、深化改革\n"
        f"（一）深化“一网通办”改革，重点抓好：\n1{mark}企业开办；\n2{mark}不动产登记。\n（责任单位：区政务服务中心）"
    )
    assert [(m.number, m.lead_units) for m in parse_plan_text(text).measures] == [
        ("1", ("区民政局",)),
        ("2", ("区民政局",)),
        ("1", ("区委社会工作部",)),
        ("一", ("区政务服务中心",)),
    ]
