"""Parts and items of a page run into one line: `…制定本实施方案。一、加强要素支持（一）强化财税政策保障。…`.

Where each part (一、) and item (（一）) starts: after a full stop, a heading's words, or right after a clause's
list of units (`…责任单位：区财政局，各乡镇五、工作要求`); each numbered after the one before, the items starting
again at （一） in each part, or counting on across them.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numerals import to_number
from services.plans.parser.text import fold

# A clause's label and its list of units, right before where a number stands (no sentence between)
AFTER_CLAUSE = compile_lazily(
    r"(?:单位|部门|处室|科室|股室|站所)(?:（(?:单位|部门)）)?：[^。！？：\d]{2,80}"
    # (…责任单位：审批处完成时限：2017年6月底（二）…: the units' field after them, glued; or after a full stop,
    # …责任单位：各乡镇。时间要求：3月底前2.…)
    r"(?:。?(?:完成时限|完成时间|完成期限|时间节点|时限要求|时间要求)：[^。；！？：（(]{2,20})?$"
)

# A document site's page text run into one line: …制定本实施方案。一、加强要素支持（一）强化财税政策保障。…
_RUN_ON_MIN = 200
_SHORT_PARTS_MIN = 3
# (not 三、四月份 / 二、三产业 / 各二、三级医院: numerals listed, not a part's number)
_NUMERALS_LISTED = r"(?![一二三四五六七八九十]{1,2}[、月季产级类线批期年号]|第)"
# (…现通知如下：一、…: a notice that is the plan opens its parts after its lead-in's colon)
_LEVEL1_IN_LINE = compile_lazily(
    rf"(?:(?<=[。；！？）])|(?<=如下：))([一二三四五六七八九十]{{1,3}})、{_NUMERALS_LISTED}"
)
# …责任单位：区财政金融局、社会事业局，各乡镇五、工作要求: a part's number right after a clause's units
_LEVEL1_AFTER_UNITS = compile_lazily(
    rf"(?<=[\u4e00-\u9fff])(?<!第)([一二三四五六七八九十]{{1,3}})、{_NUMERALS_LISTED}(?=[\u4e00-\u9fff])"
)
# (not 第（三）项 / （四）款 / 本条（二）项规定: a law's article's parts; but （二）项目落地攻坚战 and （一）目标任务 are
# headings, their 项 / 目 the first of a word)
_LEVEL2_IN_LINE = compile_lazily(
    # (三、重点行动 （一）…: a heading's words and one blank before the item)
    r"(?<=[\u4e00-\u9fff。！？） ])(?<!第)(?<!第 )（([一二三四五六七八九十]{1,3})）"
    r"(?![项款条目](?:[、，,。；;的之所规和或及中]|$))"
)


def run_on_levels(line: str, *, run_on: bool = False) -> list[int]:
    """Where the parts (一、 after a full stop) and their items (（一） after a heading's words or a full
    stop, never after ：or ；, which open a sentence's own list) of a page run into one line start: each
    numbered one after the other, the items starting again at （一） in each part or counting on."""
    folded = fold(line)
    marks = sorted(
        [(m.start(), 1, to_number(m.group(1))) for m in _LEVEL1_IN_LINE.finditer(folded)]
        + [
            (m.start(), 0, to_number(m.group(1)))  # (level 0: a part however it is counted, see below)
            for m in _LEVEL1_AFTER_UNITS.finditer(folded)
            if AFTER_CLAUSE.search(folded, 0, m.start())
        ]
        + [
            # (…责任部门：农业农村处、南盘村（二）全面推进…: an item's number glued to a clause's units, level -2)
            (m.start(), -2 if AFTER_CLAUSE.search(folded, 0, m.start()) else 2, to_number(m.group(1)))
            for m in _LEVEL2_IN_LINE.finditer(folded)
        ]
    )
    # (`run_on`: measures already found run on in it; a number glued to a clause's units tells it too)
    short = len(folded) < _RUN_ON_MIN and not run_on and not any(level <= 0 for _, level, _ in marks)
    # (a short page in one line still runs on when its parts count 一、二、三、 each after a full stop)
    parts = [(start, number) for start, level, number in marks if level == 1]
    numbers = [number for _, number in parts]
    # (two will do after a notice's 如下：, which says its parts follow)
    after_lead_in = bool(parts) and folded[: parts[0][0]].endswith("如下：")
    wanted = 2 if after_lead_in else _SHORT_PARTS_MIN
    if short and numbers[:wanted] != list(range(1, wanted + 1)):
        return []
    cuts: list[int] = []
    glued = False  # a part's number glued to a clause's units: one is enough to tell the line ran on
    expected = {1: 1, 2: 1}
    going_on: int | None = None  # the item after the last, right after a part's number
    opening = re.match(r"([一二三四五六七八九十]{1,3})、", folded)
    if opening and (number := to_number(opening.group(1))) is not None:
        expected[1] = number + 1  # (a piece a page's spaces cut off opens on its part: 二、目标任务…三、…)
    # (a piece that opens on an item, （四）…。三、主要任务（一）…: the parts' count began in a piece before it)
    opening_item = re.match(r"（([一二三四五六七八九十]{1,3})）", folded)
    opened_on = to_number(opening_item.group(1)) if opening_item else None
    any_part = opened_on is not None
    if opened_on is not None:
        expected[2] = opened_on
    items = [number for _, level, number in marks if abs(level) == 2]
    if len(items) >= 2 and items[0] is not None and items[1] == items[0] + 1:
        expected[2] = items[0]  # (a page cut inside a part opens on its （九）, the next （十） after it)
    for at, (start, level, number) in enumerate(marks):
        # a part's number glued to a clause's units is one whatever the count before it (the line may be a
        # piece the count began in before: …区农业农村中心二、机关内部学法活动)
        if level == 0 and number is not None:
            level, expected[1], glued = 1, number, True
        elif level == 1 and any_part and number is not None:
            expected[1], any_part = number, False
        elif level == -2 and number is not None:
            level, expected[2], glued = 2, number, True
        if (
            number != expected[level]
            and not (level == 2 and number == going_on)
            and not _one_skipped(marks, at, level, expected[level])
        ):
            continue
        cuts.append(start)
        expected[level] = number + 1
        going_on = None
        if level == 1:
            # (the items start again at （一）, or count on across the parts: 二、…（三）… in a 工作要点)
            expected[2], going_on = 1, expected[2] if expected[2] > 1 else None
    return _after_colon_first(folded, cuts) if len(cuts) >= 2 or (glued and cuts) else []


def _one_skipped(marks: list[tuple[int, int, int | None]], at: int, level: int, expected: int) -> bool:
    """（二十）…（二十二）…（二十三）: one number the printed count skipped, the count going on after it."""
    number = marks[at][2]
    if level != 2 or number is None or number != expected + 1:
        return False
    later = next((n for _, lv, n in marks[at + 1 :] if abs(lv) == 2), None)
    return later == number + 1


def _after_colon_first(folded: str, cuts: list[int]) -> list[int]:
    """The cuts, with a `…整改：（一）开展…` whose （二） starts the next cut: the list a part's lead-in opens
    is its items, though a colon before （一） otherwise opens a sentence's own list."""
    for first in re.finditer(r"(?<=：)（一）", folded):
        later = [cut for cut in cuts if cut > first.start()]
        # (not `检查以下内容：（一）…；（二）…；（三）…。责任部门：X（二）…`: the colon's own list has its （二）)
        if later and folded.startswith("（二）", later[0]) and "（二）" not in folded[first.end() : later[0]]:
            cuts = sorted([*cuts, first.start()])
    return cuts
