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
