"""A list of units as written after a label or in a sentence: the names it gives, or None when it is no
list of units (a sentence caught by a loose pattern)."""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.shared_endings import named_place
from services.plans.parser.text import LOCAL_PLACE, ends_like_unit, fold, looks_like_unit, split_units

_ODD_MAX = 15  # a short name after a label is kept for review; a longer one is a sentence
# A page joined by spaces: a space between two words of the list's text.
_SPACE = compile_lazily(r"(?<=[\u4e00-\u9fff）)]) +(?=[\u4e00-\u9fff])")
_POST = compile_lazily(
    r"(?:网格员|信息员|联络员|协管员|监督员|志愿者|网格长|楼栋长|村民小组长|党员干部|包村干部|驻村干部)$"
)
_ROLE_BEFORE = compile_lazily(r"^(?:包片|包保|包联|挂点|挂包|帮扶)(?:单位|部门)(?=[\u4e00-\u9fff]{2})")
NAME_BREAK = compile_lazily(r"[、，,；;\s/]+")


def _before_run_on(written: str) -> str:
    """A list that runs on, after a space, into words that name no unit (a flattened table of figures,
    `…，各区政府 鄞州 海曙、江东 合计 2 5`): the list ends at the last whole name before that space."""
    for space in _SPACE.finditer(written):
        head = NAME_BREAK.split(written[: space.start()])[-1]
        after = [word for word in NAME_BREAK.split(written[space.end() :]) if word]
        if ends_like_unit(head) and not any(ends_like_unit(w) or fold(w).startswith("各") for w in after):
            return written[: space.start()]
    return written


def units_or_none(written: str, *, labelled: bool = True, odd: list[str] | None = None) -> list[str] | None:
    """The units of a list, or None when it is no list of units.

    After a label (牵头单位：) the place makes a name a unit: one that does not read like an
    organisation is still kept, and noted in `odd` for review, unless it is a sentence. Without a label
    the names must also end like an organisation, so a phrase such as 抓好落实 is not read as a unit
    抓好 that 落实.
    """
    units = split_units(_before_run_on(written))
    # 各社区、网格员配合: a post among the units is none of them, and no reason to drop the list
    units = [u for u in units if not _POST.search(fold(u))] or units
    units = [_ROLE_BEFORE.sub("", u) for u in units]  # 包片单位林业局: the role it plays here, then its name
    if not units:
        return None
    if labelled:
        implausible = [u for u in units if not looks_like_unit(u)]
        if len(implausible) == len(units) or any(
            len(u) > _ODD_MAX or re.search(r"[。！？]", u) for u in implausible
        ):
            return None
        if odd is not None:
            odd.extend(u for u in units if not (ends_like_unit(u) or fold(u).startswith("各")))
        return units
    if _kinds_shared(units):
        return units  # 公安、安监、质监、信息化部门配合: the fields' departments, 部门 written once, after the last
    # 西秀区、普定县、镇宁自治县 after 市移民局, in a clause: places named with their kind are parties too.
    if not all(
        _PLACE_KIND.match(fold(u))
        or (
            looks_like_unit(u)
            and (
                ends_like_unit(u)
                or fold(u).startswith("各")
                or named_place(fold(u))
                or LOCAL_PLACE.match(fold(u))
            )
        )
        for u in units
    ):
        return None
    return units


# 村（社区） / 村(居) / 社区（村）: every village or community of the place, written as its kind with a note — a party as
# 各村（社区） is, though one character before the note reads as no name.
_PLACE_KIND = compile_lazily(r"^(?:村|社区|村居|居)[（(](?:社区|居|村|居委会|村委会)[）)]$")


_FIELD = compile_lazily(r"^[\u4e00-\u9fff]{2,6}$")
_NOT_A_FIELD = compile_lazily(
    r"^(?:加强|完善|提升|推进|推动|落实|开展|建立|健全|强化|做好|组织|指导|督促|协调|负责|按照|根据|依法)"
)


def _kinds_shared(units: list[str]) -> bool:
    """`公安、安监、质监、信息化部门`: fields listed before one 部门 that all of them share."""
    *fields, last = [fold(unit) for unit in units]
    return (
        bool(fields)
        and last.endswith("部门")
        and all(
            _FIELD.match(field) and not _NOT_A_FIELD.match(field) for field in [*fields, last[: -len("部门")]]
        )
    )
