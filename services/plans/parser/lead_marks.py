"""Marks that pick the lead out of a list of units: ★区发改委, ▲发改局, 区财政局*."""

from __future__ import annotations

import re

# The star after the name (区财政局*) or before it (★区发改委, ▲发改局): 带*号的为牵头单位 / 标▲的为牵头单位.
# One mark before a name: a run of them (****分局) is a web site masking a name, not marking a lead.
# 市发改委（牵头）: the word in brackets after the name marks it as the star does.
_LEAD_MARK = re.compile(
    r"\s*[*＊★☆※▲]+$|^[*＊★☆※▲]\s*(?![*＊★☆※▲])|(?<=.)\s*[（(\[【〔]牵头[）)\]】〕]$|^[【\[〔]牵头[】\]〕]\s*"
)


# 区财政局（配合）beside 区住建局（牵头）: the co-unit's own mark, no part of its name.
_CO_MARK = re.compile(r"(?<=.)\s*[（(\[【〔](?:配合|协办|参与|协同|协助)[）)\]】〕]$")


def without_co_mark(unit: str) -> str:
    return _CO_MARK.sub("", unit)


def starred_leads(units: list[str], *, co_marks: bool = True) -> tuple[list[str], list[str]] | None:
    """区财政局*、区发改局 / ★区发改委、统计局: where names in a list carry a star, the starred ones lead
    (带*号的为牵头单位) and the others are co-units; where only helpers are marked (区财政局（配合）), the
    others lead (with `co_marks`: a list not yet split by its labels). None when no name is marked."""
    if not any(_LEAD_MARK.search(unit) for unit in units):
        if not co_marks or not any(_CO_MARK.search(unit) for unit in units):
            return None
        # 区住建局、区财政局（配合）: only the helpers marked; the others lead.
        return [u for u in units if not _CO_MARK.search(u)], [
            _CO_MARK.sub("", u) for u in units if _CO_MARK.search(u)
        ]
    leads = [_LEAD_MARK.sub("", unit) for unit in units if _LEAD_MARK.search(unit)]
    return leads, [_CO_MARK.sub("", unit) for unit in units if not _LEAD_MARK.search(unit)]
