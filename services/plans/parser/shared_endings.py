"""Named places that share one government written once, at the end of the list: 甲市、乙市、丙市人民政府
(or one body: 甲市、乙州发改委).

Each name carries its own kind of place (市, 县, 区…), so only the government is left out before the last: the
standard ellipsis for three city governments, three parties. Bare place words (哈尔滨、黑河、绥芬河市政府) leave
out the kind too and stay one party as written; kinds alone (相关市、县政府, 各县、市政府) name no place.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily

_PLACE = r"[\u4e00-\u9fff]{2,6}?[市县区州盟旗]"
_NAMED_PLACE = compile_lazily(rf"^{_PLACE}$")
_PLACE_GOVERNMENT = compile_lazily(rf"^{_PLACE}(?P<shared>人民政府|政府)$")
# 相关市 / 有关县 / 各市: a kind of place with a determiner, no named place.
_NO_NAME = compile_lazily(r"^(?:各|相关|有关|其他|其余|所在|属地|沿线|辖区|全)")


def named_place(folded: str) -> bool:
    """A place named with its own kind (石城市, 北岭县)."""
    return bool(_NAMED_PLACE.match(folded)) and not _NO_NAME.match(folded)


def shared_government(folded_places: list[str], folded_last: str) -> int | None:
    """How many closing characters of the last name (its government) each named place before it shares,
    or None when the list is not named places followed by one place's government."""
    return _shared(folded_places, _PLACE_GOVERNMENT.match(folded_last), folded_last)


# 海东市、兰州市、临夏州发展改革部门: the last named place and a body of its own (not a bracket or a list).
_PLACE_BODY = compile_lazily(rf"^{_PLACE}(?P<shared>[\u4e00-\u9fff]{{2,12}})$")


def shared_body(folded_places: list[str], folded_last: str) -> int | None:
    """As `shared_government`, for a body of each place (发改委, 教育局)."""
    return _shared(folded_places, _PLACE_BODY.match(folded_last), folded_last)


def _shared(folded_places: list[str], last: re.Match[str] | None, folded_last: str) -> int | None:
    if last is None or _NO_NAME.match(folded_last) or not folded_places:
        return None
    if not all(named_place(place) for place in folded_places):
        return None
    return len(last.group("shared"))


# 滁州经开区、中新苏滁高新区管委会: named zones, each with its own kind, and the office written once after the
# last — each zone's own 管委会, as 甲市、乙市人民政府 are each city's government (above).
_ZONE_KIND = r"(?:经开区|开发区|高新区|新区|示范区|园区|保税区|合作区|试验区|实验区|港区|经济区|自贸区)"
_BARE_ZONE = compile_lazily(rf"^[\u4e00-\u9fff]{{2,10}}?{_ZONE_KIND}$")
# The last zone may be named by its kind alone (城乡一体化示范区、高新区党工委和管委会).
_ZONE_OFFICE = compile_lazily(
    rf"^[\u4e00-\u9fff]{{0,10}}?{_ZONE_KIND}(?P<office>(?:党工委和|党工委、)?(?:管委会|管理委员会))$"
)


def zones_sharing_an_office(units: list[str], folded: list[str]) -> list[str]:
    """`units` with each bare named zone followed by a zone's 管委会 given that office too (`folded`: the
    names folded, as text.fold writes them)."""
    shared, folded = list(units), list(folded)
    for index in range(len(shared) - 2, -1, -1):
        office = _ZONE_OFFICE.match(folded[index + 1])
        if office and _BARE_ZONE.match(folded[index]) and not folded[index].startswith("各"):
            shared[index] += office.group("office")
            folded[index] += office.group("office")
    return shared


def shared_zone_office(folded_last: str) -> bool:
    """A last name that is a zone's office (经开区、高新区管委会), which named zones before it share."""
    return bool(_ZONE_OFFICE.match(folded_last))
