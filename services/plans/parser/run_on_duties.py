"""A duty list with no numbers run into one line: `各相关部门工作职责：区交通与建设局：负责…。区经济发展局：会同…`.

A page that keeps a 预案's or a plan's members without numbers, one duty after another in one paragraph
(`四、部门职责教育部门：组织…。公安机关：…。民政部门：…`): each member's name and colon after a full stop or a
semicolon starts a line of its own, as the members' lines do in a Word copy — when three or more of them follow
each other in the line, so that a sentence's own `…。说明：` is no member. The first member may stand right after
the list's lead-in (`工作职责：` or a heading's `部门职责` glued to it).
"""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.glued_labels import in_bracket
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import ends_like_unit, fold, split_units
from services.plans.parser.unit_endings import EVERY_PLACE

# (a member's name: no sentence's punctuation, at most a few names joined by 、)
_MEMBER = compile_lazily(r"(?<=[。；])(?=([^，,。；;：:（）()\s“”《》]{2,30}(?:（[^（）]{1,12}）)?)[：:])")
_FIRST_AFTER_LEAD_IN = compile_lazily(
    r"(?:职责|分工)[：:]?(?=([^，,。；;：:（）()\s“”《》]{2,30}(?:（[^（）]{1,12}）)?)[：:])"
)
_LEAD_IN_AFTER_STOP = compile_lazily(r"(?<=[。；])[^，,。；;：:\s]{0,16}(?:职责|分工)[：:]")
_MEMBERS_MIN = 3
# (a clause's label is no member: 。牵头单位：X。责任单位：Y)
_LABEL = compile_lazily(
    r"(?:牵头|责任|配合|协办|协同|参与|参加|主办|承办|推进|实施)(?:单位|部门|处室|科室|股室)$"
)


def _names_members(name: str) -> bool:
    if _LABEL.search(name):
        return False
    units = split_units(name)
    # (各村（社区）: every place of a kind is a member too)
    return bool(units) and all(ends_like_unit(unit) or EVERY_PLACE.match(unit) for unit in units)


def _over_numbered(duty: str) -> bool:
    """Nothing after the member's name, or a lead-in closing on a colon: its duties are numbered below."""
    return not duty.strip() or duty.strip().endswith(("：", ":"))


def members_in(line: str) -> int:
    """How many members of a duty list start after a full stop in `line`."""
    return sum(_names_members(m.group(1)) for m in _MEMBER.finditer(fold(line)))


def member_duties(line: str, *, among_many: bool = False) -> list[str]:
    """`line` cut before each member of a duty list that ran into it, or [line]. `among_many`: the line is a
    piece of a paragraph whose members are many (`…6.做好…推广。城乡建设服务中心：…` between numbered duties),
    so one member in it starts a line too."""
    folded = fold(line)
    cuts = [m.start() for m in _MEMBER.finditer(folded) if _names_members(m.group(1))]
    few = among_many and 0 < len(cuts) < _MEMBERS_MIN and not _FIRST_AFTER_LEAD_IN.search(folded, 0, cuts[0])
    if few:
        # (each member on a line of its own, and its name alone where its duties are numbered below it, so the
        # name heads them as a Word copy's unit line does — unit_line_headings; not （牵头单位：X。参加单位：Y）)
        cuts = [cut for cut in cuts if not in_bracket(folded, cut)]
        names = [m.end(1) + 1 for m in _MEMBER.finditer(folded) if m.start() in cuts]
        ends = [*cuts[1:], len(folded)]
        names = [at for at, end in zip(names, ends, strict=True) if _over_numbered(folded[at:end])]
        bounds = [0, *sorted({*cuts, *names}), len(line)]
        return [line[a:b].strip() for a, b in pairwise(bounds) if line[a:b].strip()]
    if len(cuts) < _MEMBERS_MIN - 1:
        return [line]
    lead_in = [
        m.end()
        for m in _FIRST_AFTER_LEAD_IN.finditer(folded, 0, cuts[0])
        if _names_members(m.group(1)) and m.end() < cuts[0]
    ]
    if lead_in:
        cuts.insert(0, lead_in[-1])
        # (…情况；各相关部门工作职责：区交通与建设局：… — the lead-in a line of its own, not the sentence's)
        opening = _LEAD_IN_AFTER_STOP.search(folded, 0, lead_in[-1])
        if opening and opening.end() == lead_in[-1]:
            cuts.insert(0, opening.start())
    if len(cuts) < _MEMBERS_MIN:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in pairwise(bounds) if line[a:b].strip()]
