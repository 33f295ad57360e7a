"""A 预案's line that names a kind of event and who leads its response: `（1）生产经营性火灾事故：区消防救援局牵头。` /
`（2）危险化学品事故：区应急局（经营、储存、使用）、区公安分局（道路运输）分别牵头。` — the topic, a colon, the units and
牵头 closing the line. Each unit's bracket says the part of the topic it takes (its scope), no part of its name.
"""

from __future__ import annotations

from services.plans.parser.labels import label_role
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.text import ends_like_unit, fold
from services.plans.parser.unit_lists import units_or_none

_NUMBER = r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)?"
_TOPIC_LEAD = compile_lazily(
    rf"^\s*{_NUMBER}\s*([^，,。；;：:\n]{{2,30}})：\s*"
    r"((?:[^，,。；;：:\n（(]|[（(][^（）()\n]{1,24}[）)]){2,160}?)"
    r"(?:分别|共同)?(?:牵头(?:负责|处置|应对)?|负责处置)[。；;]?\s*$"
)
_SCOPE = compile_lazily(r"[（(][^（）()]{1,24}[）)]")


def topic_leads(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    first = text.split("\n", 1)[0]
    found = _TOPIC_LEAD.match(fold(first))
    if found is None or label_role(found.group(1)) is not None or ends_like_unit(found.group(1)):
        return []  # (牵头单位：X牵头 is a clause; 区应急局：牵头… a member's duty)
    units = units_or_none(_SCOPE.sub("", first[found.start(2) : found.end(2)]), labelled=False)
    if not units or not all(ends_like_unit(unit) for unit in units):
        return []
    return [((found.start(2), found.end()), Responsibility(tuple(units), named_lead=True))]
