"""A measure's owners written as its last sentence, with no bracket or label: …确保取得实效。市发改委牵头，
市财政局配合。 Read only where nothing else in the measure names an owner."""

from __future__ import annotations

import re
from dataclasses import replace

from services.plans.parser.clauses import read_clause
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.text import fold, is_party

# The last sentence: what follows the measure's last full stop but one (or its only one), to its end.
_LAST_SENTENCE = re.compile(r"(?<=[。；;])\s*([^。；;\n]{4,120})[。；;]?\s*$")
# A clause sentence is only names and the words that give them roles, commas between.
# Each of its phrases ends on the role its names play: 市发改委牵头 / 市财政局等部门配合 / 由市X局负责.
_ROLE_END = re.compile(r"(?:牵头|负责|配合|参与|协办|协同|落实)[\u4e00-\u9fff]{0,2}$|负责组织实施$")


# 区住建局负责…，区财政局配合做好资金保障: a later phrase whose subject 配合s is the opening unit's co-unit
# (配合市住建局组织… names the unit helped, not a helper: nothing stands between the comma and 配合).
_CO_SUBJECT = re.compile(
    r"[，,；;]\s*([^，,。；;：:（(\n]{2,60}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:配合|协助|协同)"
)


def co_subjects(text: str, after: int) -> tuple[str, ...]:
    """The units a measure opening on its own unit (a duty paragraph, `（一）局办公室负责…`) names as the
    subjects of 配合 after that opening (at `after`)."""
    found: list[str] = []
    for match in _CO_SUBJECT.finditer(fold(text), after):
        said = read_clause(f"{text[match.start(1) : match.end(1)]}配合")
        if said.co_units and all(is_party(unit) for unit in said.co_units):
            found.extend(u for u in said.co_units if u not in found)
    return tuple(found)


def closing_sentence(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    """The units of the measure's last sentence when it is a clause without brackets: every name it
    gives ends as an organisation's does, so a sentence such as 各部门要密切配合 names nobody."""
    last = _LAST_SENTENCE.search(fold(text).rstrip())
    if last is None or not all(_ROLE_END.search(p) for p in re.split(r"[，,]", last.group(1))):
        return []  # 包括完成某小学改造，资金由街道负责: a phrase of work, not only names and their roles
    said = read_clause(text[last.start(1) : last.end(1)])
    if not said.lead_units or not all(is_party(u) for u in said.lead_units):
        return []
    # …，各乡镇要积极配合: a request to the places, no named helper; the lead still answers
    said = replace(said, co_units=tuple(u for u in said.co_units if is_party(u)))
    return [((last.start(1), last.end(1)), said)]
