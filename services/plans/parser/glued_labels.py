"""A numbered title with its clause label glued on (`（一）城区公厕改造牵头责任部门：区城管局`): the title, then its
clause on a line of its own (run_on.unrun's pass over a page's lines)."""

from __future__ import annotations

import re

from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold, looks_like_unit, split_units

# A numbered title run into its owner: the label one of a clause label's own forms (牵头单位, 牵头责任部门,
# 配合单位, 责任科室 …), found by its words as nothing sets it off; 责任 in a title (压实安全责任) is no such form.
_NUMBERED_TITLE = compile_lazily(
    r"^\s*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|\d{1,3}\s*[、.．])[^。；！？：]{2,40}?$"
)
# 3.《农药管理条例》《植物检疫条例》…责任单位：X: a 普法清单's laws, however many, before the label
_NUMBERED_LAWS = compile_lazily(
    r"^\s*\d{1,3}\s*[、.．](?:\s*[^《》。；：]{0,12}《[^《》]{1,60}》(?:[（(][^（）()]{1,8}[）)])?)+"
    r"[^《》。；：！？]{0,16}\s*$"  # (…《消防法》等法律法规的学习宣传责任单位：X: a few words after the titles)
)
_GLUED_LABEL = compile_lazily(
    r"(?<=[\u4e00-\u9fffA-Za-z0-9》”])(?:(?:牵头|主办|主责|主要)(?:责任|配合|协办|协同|协作)?|责任|配合|协办|协同|协作)"
    r"(?:单位|部门|科室|处室)(?:（(?:单位|部门)）)?："  # (责任处室（单位）：, the label's note)
)
_GLUED_LEADER = compile_lazily(r"(?<=[\u4e00-\u9fff》”）])(?:牵头|责任|分管|包片|挂钩)领导：")


def glued_label(line: str) -> int | None:
    """Where `（一）城区公厕改造牵头责任部门：区城管局` is cut into the title and its clause, when what follows the
    label is unit names only; None where it is not."""
    folded = fold(line)
    # (`1.台风、山洪及森林火灾牵头领导：周训岚牵头处室：X责任处室：Y`: a leader's field opens the clause)
    leader = _GLUED_LEADER.search(folded)
    if (
        leader
        and _NUMBERED_TITLE.match(folded[: leader.start()])
        and is_clause_line(folded[leader.start() :])
    ):
        return leader.start()
    label = _GLUED_LABEL.search(folded)
    title = folded[: label.start()] if label else ""
    if label is None or not (_NUMBERED_TITLE.match(title) or _NUMBERED_LAWS.match(title)):
        return None
    units = split_units(folded[label.end() :].rstrip("。；; "))
    if not units or not all(looks_like_unit(unit) for unit in units):
        return None
    return label.start()


def in_bracket(folded: str, at: int) -> bool:
    """Whether `at` stands inside a bracket opened before it on the line and closed after it."""
    before = folded[:at]
    opened = max(before.rfind("（"), before.rfind("("))
    closed = max(before.rfind("）"), before.rfind(")"))
    return opened > closed and bool(re.search(r"[）)]", folded[at:]))


# …服务城乡居民责任单位：X、Y，Z（二）…: a clause's label glued to the last word of its sentence (a PDF's text with no
# full stop before it) — not a label's own first word (主要责任单位 / 牵头责任单位 / 整改责任单位)
LABEL_GLUED = compile_lazily(
    r"(?<=[\u4e00-\u9fff])(?<!主要)(?<!牵头)(?<!协同)(?<!共同)(?<!次要)(?<!配合)(?<!协办)(?<!整改)(?<!考核)(?<!直接)"
    r"(?=(?:主要|牵头|协同|共同)?(?:责任|牵头|配合|协办)(?:单位|部门)[：:])"
)
GLUED_MIN = 40  # a sentence before the label, not a table's short cell
