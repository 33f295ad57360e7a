"""Points run on after a colon inside a line: a decision's `会议…并要求：（1）由X牵头，…。（2）Y要…。`."""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold

# 一、会议听取了…汇报。会议…并要求：（1）由X牵头，…。（2）Y要…。: a decision's points run on after its colon
_POINTS_AFTER_COLON = compile_lazily(r"[：:]\s*(?=[（(]1[）)])")
_POINT = compile_lazily(r"[（(](\d{1,2})[）)]")
_POINTS_MIN = 2  # a lone （1） after a colon may be a note's; a chain of them is the line's points


def points_after_colon(line: str) -> list[int]:
    """Where a chain of （1）（2）… run on after a colon inside a line starts, each after a full stop."""
    folded = fold(line)
    colon = _POINTS_AFTER_COLON.search(folded)
    # (整改措施：（1）…（2）…: a field's points are its text; only after a sentence's 并要求： / 会议明确：)
    if colon is None or not re.search(r"[。，,]", folded[: colon.start()]):
        return []
    cuts, expected = [colon.end()], 1
    for point in _POINT.finditer(folded, colon.end() + 1):
        # (after a full stop: points closing on ； are one sentence's parts, which a clause may close)
        if int(point.group(1)) == expected + 1 and folded[: point.start()].rstrip()[-1:] == "。":
            cuts.append(point.start())
            expected += 1
    return cuts if len(cuts) >= _POINTS_MIN else []
