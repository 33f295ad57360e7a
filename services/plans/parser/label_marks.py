"""Clause labels set off by other marks than a colon, read as if written with one.

`【牵头单位】区发改委`, `牵头单位——区发改委` and, in a copy that lost the colon, `牵头单位 区发改委` (at a line's
or a bracket's start) say what `牵头单位：区发改委` says. The text is rewritten to the colon form keeping every
character's place (the marks become a colon and blanks), so the spans the clause reader finds still point
into the measure's own text.
"""

from __future__ import annotations

import re

from services.plans.parser.clauses import label_role

_ROLES = ("lead", "co", "shared", "other")
# The label names a kind of unit (牵头单位, 责任部门): 【牵头】X is the lead's mark (lead_marks.py), not a label.
_LABEL = r"[\u4e00-\u9fff]{0,6}(?:单位|部门|科室|处室|股室|主体|机构)"
_LENTICULAR = re.compile(rf"【({_LABEL})】")
# After a sentence's 。 too (…完成。牵头单位——X), and the second label of a bracket that lost its colons
# after a blank (（牵头单位 X 配合单位 Y）).
_DASHED = re.compile(rf"(?:^|(?<=[\n（(；;，,。 \u3000]))([ \u3000]*)({_LABEL})(——|—|--|－－|－|-)")
_SPACED = re.compile(
    r"(?:^|(?<=[\n（(；;，,。 \u3000]))([ \u3000]*)([\u4e00-\u9fff]{2,8})([ \u3000]+)(?=[\u4e00-\u9fff])"
)


def labels_as_colons(text: str) -> str:
    """`text` with 【label】, label—— and `label ` (a role label) written as `label：`, of the same length."""
    if not ("【" in text or "—" in text or "-" in text or "－" in text or " " in text or "\u3000" in text):
        return text
    text = _LENTICULAR.sub(
        lambda m: f" {m.group(1)}：" if label_role(m.group(1)) in _ROLES else m.group(0), text
    )
    for pattern in (_DASHED, _SPACED):
        text = pattern.sub(_colon, text)
    return text


def _colon(match: re.Match[str]) -> str:
    blanks, label, mark = match.groups()
    if label_role(label) not in _ROLES:
        return match.group(0)
    return f"{blanks}{label}：{' ' * (len(mark) - 1)}"
