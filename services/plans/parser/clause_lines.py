"""Clauses on lines of their own (责任单位：区发改委), and the names a clause line's list goes on with
on the lines after it (broken at the page width, or one name a line).
"""

from __future__ import annotations

import re

from services.plans.parser.clauses import label_role
from services.plans.parser.label_marks import labels_as_colons
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import ends_like_unit, fold, looks_like_unit, names_a_party, split_units

# (责任处室（单位）：X / 责任单位（部门）：X — the label's note on what kind of body it names)
_OWN_LINE = compile_lazily(r"^[（〔]?\s*([\u4e00-\u9fff]{1,8})(?:（(?:单位|部门|处室|科室)）)?[：]")


# 牵头领导：市长、副市长，责任单位：市发改局…: the person named first, the units after a later label.
# (牵头领导：周训岚牵头处室：X: a township page runs the person into the next label, a unit label for sure)
_LATER_LABEL = compile_lazily(
    r"[，；\s]([\u4e00-\u9fff]{1,8})[：]|((?:牵头|责任|配合|协办|协同)(?:单位|部门|处室|科室|股室))(?:（(?:单位|部门)）)?[：]"
)


# 完成时限：持续推进责任单位：区农业农村局 / 整改期限：2020年5月31日责任单位：…: a flattened table's fields, the
# deadline first and the units glued after it — a clause line as 牵头领导：X责任单位：Y is.
_DEADLINE_LABEL = compile_lazily(
    r"^(?:完成|整改|办结|办理|工作)?(?:时限|期限|时间)(?:要求|节点)?$|^时间节点$"
)


def is_clause_line(line: str) -> bool:
    """A responsibility clause written on a line of its own (责任单位：区发改委, 部门分工：X牵头), also when a
    person label opens the line and a unit label follows (牵头领导：市长，责任单位：市发改局)."""
    folded = fold(labels_as_colons(line.strip()))
    label = _OWN_LINE.match(folded)
    role = label_role(label.group(1)) if label else None
    deadline = bool(label and _DEADLINE_LABEL.match(label.group(1)))
    if role == "person" or deadline:
        # (a deadline's value is short and one sentence: 时间要求：8月15日。二是…责任单位： is the next point's)
        end = re.search("[。；;]", folded[label.end() :]) if deadline else None
        stop = label.end() + end.start() if end else len(folded)
        later = (
            label_role(match.group(1) or match.group(2))
            for match in _LATER_LABEL.finditer(folded, label.end(), stop)
        )
        return any(role in ("lead", "co", "shared", "other") for role in later)
    return role in ("lead", "co", "shared", "other")


def is_member_line(line: str) -> bool:
    """成员单位：… — the members under a 牵头单位 line (alone, a leading group's members: no clause)."""
    label = _OWN_LINE.match(fold(line).strip())
    return bool(label) and label_role(label.group(1)) == "member"


def is_person_line(line: str) -> bool:
    """分管省领导：林克庆 / 牵头负责领导：刘惠: who answers for a measure, written beside its clause."""
    label = _OWN_LINE.match(fold(line).strip())
    return bool(label) and label_role(label.group(1)) == "person" and len(line.strip()) <= 40


# 办结时限：2021年7月31日 / 办理时限：6月底 under a 督办事项's 主办单位 and 协办单位 lines: the measure's own field
# (not 整改时限 / 完成时限, which close a 整改 block whose problem is the measure: the block reads them)
_DEADLINE_LINE = compile_lazily(r"^(?:办结|办理)(?:时限|期限)\s*[：:]\s*\S")


def is_beside_line(line: str) -> bool:
    """A line beside a measure's clause lines that is still the measure's: who answers for it, by when."""
    return is_person_line(line) or (
        bool(_DEADLINE_LINE.match(fold(line).strip())) and len(line.strip()) <= 40
    )


_LIST_CONTINUES = compile_lazily(r"^[\u4e00-\u9fff（(][^。：:]*。?$")  # the list's last line may close it
_LIST_MARK = ("、", "，", ",", "；", ";")
# (1)城管局负责城区街道； under 责任单位： — a numbered duty of its own, no name of the list.
_NO_NAME = compile_lazily(r"^(?:[（(][\d一二三四五六七八九十]{1,3}[）)]|\d{1,3}[.、．])|负责|牵头|配合|落实")
# What follows a list when the plan goes on: the next item's number, a heading's, or a clause line.
_GOES_ON = compile_lazily(
    r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[.、．]|第[一二三四五六七八九十\d]{1,3}[条项]"
    r"|[\u4e00-\u9fff]{2,8}[：:])"
)
# A name's first character when a line opens a name of its own (区财政局), not the rest of one (办公室).
_NAME_START = compile_lazily(r"^[省市区县州镇乡旗盟各]")


def continues_list(clause_line: str, line: str, following: str | None = None) -> bool:
    """A clause's list going on to the next line: broken at the page width (text copied from a PDF:
    协办单位：区委编办、园区党工 / 委、各街道党工委), or one name a line after a list mark (区发改委； /
    区财政局；). The next line continues it when the clause line stops without punctuation or on a list
    mark, and the next line is no label, numbering or sentence, but the rest of a list of names.

    A line that neither ends on a list mark nor closes the list with 。 may be the issuer's name under
    the last measure (区人民政府办公室, over a date, a second issuer, 印发 or nothing): it goes on the
    list only when the plan goes on after it (`following`: the next line with text that is no list of
    names; "" at the end of the document, None when the caller does not know)."""
    folded = fold(line)
    ending = fold(clause_line).rstrip()
    if not folded or ending.endswith(("。", "）", "〕")) or len(folded) > 40:
        return False
    if is_clause_line(line) or is_person_line(line) or not _LIST_CONTINUES.match(folded):
        return False
    if _NO_NAME.search(folded):
        return False
    head, names = ending.split("：", 1)[-1], folded.rstrip("。")
    joined = list_joined(head, names)
    units = split_units(joined)
    if not units or not all(looks_like_unit(u) for u in units):
        return False
    open_end = not folded.rstrip().endswith((*_LIST_MARK, "。"))
    if open_end and following is not None and not _GOES_ON.match(fold(following).strip()):
        return False
    if joined.startswith(head + "、") or not head or head.endswith(_LIST_MARK):
        # names of their own on the line (not the rest of one): each a whole name, no sentence (各街道要…)
        return all(names_a_party(u) for u in split_units(names))
    return not folded.endswith("。")  # the rest of a name closes no sentence (区公安分局 / 已完成…8所。)


def list_joined(clause_line: str, line: str) -> str:
    """The clause line and the next as one list: a name of its own on the next line (区发改委 / 区财政局)
    is set apart by 、; the rest of a name broken at the line's end (园区党工 / 委) is joined to it."""
    last = split_units(fold(clause_line).split("：", 1)[-1])
    own_name = _NAME_START.match(fold(line)) and len(line.strip()) >= 3
    if not clause_line.rstrip().endswith(_LIST_MARK) and last and ends_like_unit(last[-1]) and own_name:
        return clause_line.rstrip() + "、" + line.strip()
    return clause_line.rstrip() + line.strip()


def open_list(lines: list[str]) -> str:
    """The measure's last clause line with the names that went on from it one a line (责任单位：区发改委；
    / 区财政局；), as one line; empty when the measure does not end on a clause line."""
    for start in range(len(lines) - 1, -1, -1):
        if is_person_line(lines[start].strip()):
            return ""
        if is_clause_line(lines[start].strip()) or is_member_line(lines[start].strip()):
            clause = lines[start].strip()
            for line in lines[start + 1 :]:
                clause = list_joined(clause, line.strip())
            return clause
    return ""


def after_names(lines: list[str], index: int, end: int) -> str:
    """The first line with text after `index` (before `end`) that is no line of names on its own: what
    follows a list written one name a line; "" when the document ends first."""
    for line in lines[index + 1 : end]:
        folded = fold(line).strip().rstrip("、，,；;。")
        names = split_units(folded) if folded and len(folded) <= 40 else []
        if folded and not (names and all(names_a_party(name) for name in names)):
            return line.strip()
    return ""
