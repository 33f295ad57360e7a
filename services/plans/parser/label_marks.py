"""Clause labels set off by other marks than a colon, read as if written with one.

`【牵头单位】区发改委`, `牵头单位——区发改委` and, in a copy that lost the colon, `牵头单位 区发改委` (at a line's
or a bracket's start) or `承办单位` over `区城管局` (a form copied one cell a line) say what `牵头单位：区发改委`
says. The text is rewritten to the colon form keeping every character's place (the marks become a colon and
blanks, a line break a colon), so the spans the clause reader finds still point into the measure's own text.
"""

from __future__ import annotations

import re

from services.plans.parser.clauses import label_role
from services.plans.parser.lazy_patterns import compile_lazily

_ROLES = ("lead", "co", "shared", "other")
# The label names a kind of unit (牵头单位, 责任部门): 【牵头】X is the lead's mark (lead_marks.py), not a label.
_LABEL = r"[\u4e00-\u9fff]{0,6}(?:单位|部门|科室|处室|股室|主体|机构)"
_LENTICULAR = compile_lazily(rf"【({_LABEL})】")
# After a sentence's 。 too (…完成。牵头单位——X), and the second label of a bracket that lost its colons
# after a blank (（牵头单位 X 配合单位 Y）).
_DASHED = compile_lazily(rf"(?:^|(?<=[\n（(；;，,。 \u3000]))([ \u3000]*)({_LABEL})(——|—|--|－－|－|-)")
_SPACED = compile_lazily(
    r"(?:^|(?<=[\n（(；;，,。 \u3000]))([ \u3000]*)([\u4e00-\u9fff]{2,8})([ \u3000]+)(?=[\u4e00-\u9fff])"
)
_ORG_END = r"(?:局|委|办|室|处|队|所|站|中心|公司|政府|街道|乡|镇|院|会|部|组)"
# …实现再就业——主办：市劳动局；协办：市财政局: a dash before the clause's first label ends the sentence
_DASH_BEFORE = compile_lazily(
    r"(?<=[\u4e00-\u9fff）)])(?:——|—|--)(?=(?:主办|协办|牵头|责任|配合|承办)[\u4e00-\u9fff]{0,4}[：:])"
)
# 承办单位 / 区城管局 on the next line: a form copied cell by cell, each field's name on a line of its own
# (the value's line ends the list: the next field, 办结时限, is no unit of it; an empty field names nobody)
_OWN_LINE = compile_lazily(
    rf"(?:^|(?<=\n))([ \u3000]*)({_LABEL})\n([ \u3000]*[\u4e00-\u9fff][^\n]{{0,60}}?{_ORG_END})\n"
)


def labels_as_colons(text: str) -> str:
    """`text` with 【label】, label——, `label ` and a label on its own line (a role label) written as
    `label：`, and a dash before a first label (…——主办：) as a full stop, of the same length."""
    if not any(mark in text for mark in ("【", "—", "-", "－", " ", "\u3000", "\n")):
        return text
    text = _LENTICULAR.sub(
        lambda m: f" {m.group(1)}：" if label_role(m.group(1)) in _ROLES else m.group(0), text
    )
    for pattern in (_DASHED, _SPACED):
        text = pattern.sub(_colon, text)
    text = _DASH_BEFORE.sub(lambda dash: "。" + " " * (len(dash.group()) - 1), text)
    return _OWN_LINE.sub(_field, text) if "\n" in text else text


def _field(match: re.Match[str]) -> str:
    blanks, label, value = match.groups()
    return f"{blanks}{label}：{value}；" if label_role(label) in _ROLES else match.group(0)


def _colon(match: re.Match[str]) -> str:
    blanks, label, mark = match.groups()
    if label_role(label) not in _ROLES:
        return match.group(0)
    return f"{blanks}{label}：{' ' * (len(mark) - 1)}"
