"""Owners listed as points under an empty label: `责任单位：` alone on its line, then `（1）城管局负责城区街道；`
`（2）交通局负责国道。` — each point's subject answers for its share of the measure, so all of them lead."""

from __future__ import annotations

from services.plans.parser.clauses import units_or_none
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.text import fold

_EMPTY_LABEL = compile_lazily(r"^\s*(?:责任单位|责任部门|牵头单位|牵头部门)[：:]\s*$")
# （2）各村（居）委会负责…: a kind of place in brackets inside the name
_POINT_OWNER = compile_lazily(
    r"^\s*[（(]\d{1,2}[）)]\s*((?:[^，,。；;：:（(\n]|[（(][^（）()\n]{1,6}[）)]){2,24}?)(?:牵头负责|负责|牵头)"
)


def owners_listed_under_a_label(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    """The (span, responsibility) of each empty label followed by such points; the names as written."""
    written = text.split("\n")
    folded = fold(text).split("\n")
    spans: list[tuple[tuple[int, int], Responsibility]] = []
    offset = 0
    for index, line in enumerate(folded):
        if _EMPTY_LABEL.match(line):
            units: list[str] = []
            for point, original in zip(folded[index + 1 :], written[index + 1 :], strict=True):
                owner = _POINT_OWNER.match(point)
                named = (
                    units_or_none(original[owner.start(1) : owner.end(1)], labelled=False) if owner else None
                )
                if not named:
                    break
                units.extend(unit for unit in named if unit not in units)
            if units:
                spans.append(((offset, offset + len(line)), Responsibility(tuple(units), named_lead=True)))
        offset += len(line) + 1
    return spans
