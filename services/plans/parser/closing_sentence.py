"""A measure's owners written as its last sentence, with no bracket or label: …确保取得实效。市发改委牵头，
市财政局配合。 Read only where nothing else in the measure names an owner."""

from __future__ import annotations

import re

from services.plans.parser.clauses import read_clause
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.text import EACH_PLACE, ends_like_unit, fold

# The last sentence: what follows the measure's last full stop but one (or its only one), to its end.
_LAST_SENTENCE = re.compile(r"(?<=[。；;])\s*([^。；;\n]{4,120})[。；;]?\s*$")
# A clause sentence is only names and the words that give them roles, commas between.
# Each of its phrases ends on the role its names play: 市发改委牵头 / 市财政局等部门配合 / 由市X局负责.
_ROLE_END = re.compile(r"(?:牵头|负责|配合|参与|协办|协同|落实)[\u4e00-\u9fff]{0,2}$")
_SENTENCE_WORDS = re.compile(r"[要应须将对把由]")


def _named(unit: str) -> bool:
    """An organisation's name, not a sentence's subject and verb (各牵头单位要切实履行 ends on 行 as 农发行 does)."""
    folded = fold(unit)
    return (
        len(folded) >= 3
        and ends_like_unit(folded)
        and not _SENTENCE_WORDS.search(folded)
        and (not folded.startswith("各") or bool(EACH_PLACE.match(folded)))
    )


def closing_sentence(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    """The units of the measure's last sentence when it is a clause without brackets: every name it
    gives ends as an organisation's does, so a sentence such as 各部门要密切配合 names nobody."""
    last = _LAST_SENTENCE.search(fold(text).rstrip())
    if last is None or not all(_ROLE_END.search(p) for p in re.split(r"[，,]", last.group(1))):
        return []  # 包括完成某小学改造，资金由街道负责: a phrase of work, not only names and their roles
    said = read_clause(text[last.start(1) : last.end(1)])
    units = [*said.lead_units, *said.co_units]
    if not said.lead_units or not all(_named(u) for u in units):
        return []
    return [((last.start(1), last.end(1)), said)]
