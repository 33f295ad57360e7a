"""Marks that pick the lead out of a list of units: ★区发改委, ▲发改局, 区财政局*."""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily

# The star after the name (区财政局*) or before it (★区发改委, ▲发改局): 带*号的为牵头单位 / 标▲的为牵头单位.
# One mark before a name: a run of them (****分局) is a web site masking a name, not marking a lead.
# 市发改委（牵头） / 县住建局（主办）: the word in brackets after the name marks it as the star does.
_LEAD_MARK = compile_lazily(
    r"\s*[*＊★☆※▲]+$|^[*＊★☆※▲]\s*(?![*＊★☆※▲])|(?<=.)\s*[（(\[【〔](?:牵头|主办|主责)[）)\]】〕]$|^[【\[〔]牵头[】\]〕]\s*"
)


# 区财政局（配合）beside 区住建局（牵头）: the co-unit's own mark, no part of its name.
_CO_MARK = compile_lazily(r"(?<=.)\s*[（(\[【〔](?:配合|协办|参与|协同|协助)[）)\]】〕]$")


def without_co_mark(unit: str) -> str:
    return _CO_MARK.sub("", unit)


def starred_leads(units: list[str]) -> tuple[list[str], list[str]] | None:
    """区财政局*、区发改局 / ★区发改委、统计局: where names in a list carry a star, the starred ones lead
    (带*号的为牵头单位) and the others are co-units, without a helper's own mark (区财政局（配合）); None
    when no name is starred. A list with only helpers marked is left to `co_marked`: in a clause read as
    leads, the unmarked names lead (a table's lead column, the first-listed rule keep theirs)."""
    if not any(_LEAD_MARK.search(unit) for unit in units):
        return None
    leads = [_LEAD_MARK.sub("", unit) for unit in units if _LEAD_MARK.search(unit)]
    return leads, [_CO_MARK.sub("", unit) for unit in units if not _LEAD_MARK.search(unit)]


def co_marked(leads: list[str]) -> tuple[list[str], list[str]] | None:
    """责任股室：林政资源管理股、县林业综合执法大队（协助）: in a list read as leads, the names marked as
    helpers help and the others lead; None when none is marked, or every one is."""
    marked = [unit for unit in leads if _CO_MARK.search(unit)]
    if not marked or len(marked) == len(leads):
        return None
    return [unit for unit in leads if unit not in marked], [_CO_MARK.sub("", unit) for unit in marked]
