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


def starred_leads(units: list[str]) -> tuple[list[str], list[str]] | None:
    """区财政局*、区发改局 / ★区发改委、统计局: where names in a list carry a star, the starred ones lead
    (带*号的为牵头单位) and the others are co-units, without a helper's own mark (区财政局（配合）); None
    when no name is starred. A list with only helpers marked is left as written: the mark alone does not
    say who leads (a lead column's cell, the first-listed rule)."""
    if not any(_LEAD_MARK.search(unit) for unit in units):
        return None
    leads = [_LEAD_MARK.sub("", unit) for unit in units if _LEAD_MARK.search(unit)]
    return leads, [_CO_MARK.sub("", unit) for unit in units if not _LEAD_MARK.search(unit)]
