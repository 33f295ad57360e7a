"""The units a measure's text names, offered on the review screen as one-click choices of lead or co-unit.

The reader gives a measure its units from the document's clause (`责任单位：X`), a column or a heading; where
none of those is written the measure comes without a lead, though its text may still name who does the work
(`整改措施：责令公路建设养护中心立即修复…`, `由市统计局负责考核`, `区城管执法局依法…`). Guessing one would
be wrong as often as right, so the reader does not; the review screen shows the names instead and the clerk
picks with a click rather than typing them.

Two kinds of name are found: names already known — the ledger's units and the units this plan names
elsewhere — wherever they stand in the text, and names the text writes as an organisation (a run of words
ending on 局 / 委 / 办 / 中心 / 政府 … that opens the sentence or follows a verb of charge such as 由 / 责令 /
移交 / 配合). The second kind is loose on purpose: a clerk skips a wrong chip at no cost, but cannot click a
name that is not offered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from services.plans.parser.folding import fold
from services.plans.parser.model import ParsedItem, ParsedPlan
from services.plans.parser.text import ends_like_unit, looks_like_unit
from services.plans.parser.unit_endings import WORKING_GROUP

MAX_NAMES = 8
# Names written in a sentence are looked for in the text's first characters only: the screen asks on each click,
# and a measure's owner is named near its start; known names are found anywhere, which costs little.
_SCANNED = 2000
_NAME_MIN, _NAME_MAX = 2, 20
_LONGER = 6  # characters a name may run on past its first ending: 委 → 委员会, 局 → 局交警大队
# Where a name may open: a piece's start, or right after a word that hands work to someone.
_OPENERS = re.compile(
    r"由|责令|移交|交由|会同|配合|协助|牵头|以及|和|及|与|请|(?:责任|牵头|配合)(?:单位|部门|处室)"
)
# After these the text hands the work to whoever is named next, place or none (责令公路建设养护中心…).
_CHARGED = re.compile(r"由|责令|移交|交由|会同|配合|协助|(?:责任|牵头|配合)(?:单位|部门|处室)")
# A written name opens on a place or on 各 (区城管执法局, 各乡镇), unless it fills its piece alone.
_PLACED = re.compile(r"[省市县区州盟旗镇乡各]|街道|片区|社区")
# Endings too common in plain words to mark a name written in a sentence (进行, 场所, 组织, 会议, 科室 work).
_WEAK_END = re.compile(r"(?:[行所会组部室处]|社|团|街|乡|联|协)$")
_STRONG_WEAK = re.compile(
    r"(?:派出所|委员会|管委会|居委会|工会|联合会|协会|小组|工作组|专班|办公室|支部|团委|[科股处]室)$"
)
# The text cut into pieces at punctuation; a name lies inside one piece.
_CLOSE = re.compile(r"[）)]")
# Brackets stay inside a piece: 各县（区）人民政府（管委会） is one name.
_PIECE = re.compile(r"[^\s，。；：:、,.;！？!?“”‘’\"《》〈〉【】\[\]|/]+")
# Words that end like an office and are none (a duty, a place of work, a kind of body).
_NO_NAME = re.compile(
    r"(?:负责|工作|职责|布局|格局|网站|有关部门|相关部门|各部门|各单位|有关单位|相关单位|其他|交界处|结合处|路口处)$"
)
# 责任处室 / 牵头单位: the label, not a name
_LABEL = re.compile(r"(?:责任|牵头|配合|主办|协办|主责)")
_VERBS = re.compile(
    r"(?:要|应|负责|开展|加强|落实|推进|做好|完成|组织|建立|确保|依法|按照|根据|对|在|的|有|是|将|把|向|从|为|进行|实施|围绕"
    r"|委托|由|责令|移交|交由|会同|配合|协助|牵头|请|指定|提出|同意|召开|\d)"
)


def named_units(text: str, known: Iterable[str] = (), *, skip: Iterable[str] = ()) -> list[str]:
    """Names of units in `text`, in the order the text names them, at most MAX_NAMES; those in `skip`
    (the measure's units already) left out. A known name wins over a written one it lies inside."""
    folded = fold(text)
    found: list[tuple[int, int, str]] = []
    for name in sorted({name for name in known if len(name) >= _NAME_MIN}, key=len, reverse=True):
        start = folded.find(fold(name))
        while start >= 0:
            if not _covered(found, start, start + len(name)):
                found.append((start, start + len(name), name))
            start = folded.find(fold(name), start + len(name))
    for start, end in _written_names(folded[:_SCANNED]):
        if not _covered(found, start, end):
            found.append((start, end, text[start:end]))
    skipped = {fold(name) for name in skip}
    names: list[str] = []
    for _start, _end, name in sorted(found):
        if fold(name) not in skipped and name not in names:
            names.append(name)
    return names[:MAX_NAMES]


def _covered(found: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end, _name in found)


def _written_names(folded: str) -> list[tuple[int, int]]:
    """Spans of the folded text that read as an organisation's name: from a piece's start, an opener word, a
    place word or a closing bracket to the shortest end where the words end like a unit, with no verb inside."""
    spans: list[tuple[int, int]] = []
    for piece in _PIECE.finditer(folded):
        first, stop = piece.span()
        charged = {word.end() for word in _CHARGED.finditer(folded, first, stop)}
        starts = {first, *charged, *(word.end() for word in _OPENERS.finditer(folded, first, stop))}
        # a name written after words that are none (行业管理为县商务局 → 县商务局) or after a number (（二）各村…)
        starts.update(place.start() for place in _PLACED.finditer(folded, first, stop))
        starts.update(close.end() for close in _CLOSE.finditer(folded, first, stop))
        taken_to = -1
        for start in sorted(starts):
            if start < taken_to:
                continue
            span = _name_from(folded, start, stop, alone=start == first, charged=start in charged)
            if span:
                spans.append(span)
                taken_to = span[1]
    return spans


def _name_from(folded: str, start: int, stop: int, *, alone: bool, charged: bool) -> tuple[int, int] | None:
    """`alone`: the name would open its piece (and may fill it); `charged`: it follows 由 / 责令 / 配合…"""
    for end in range(start + _NAME_MIN, min(stop, start + _NAME_MAX) + 1):
        name = folded[start:end]
        if _VERBS.search(name[1:]):
            return None  # a sentence's words, not a name (区城管执法局依法对… stops before 依法)
        if not _reads_as_name(name, whole=alone and end == stop):
            continue
        if not (_PLACED.match(name) or charged or (alone and end == stop)):
            continue
        # the longest reading of the same name: 区发展和改革委员会 (not 区发展和改革委), 各县（区）人民政府（管委会）
        longer = end
        for extra in range(1, _LONGER + 1):
            wider = folded[start : end + extra]
            # (not across a word that opens a name of its own: 管理局指导各街道 is two)
            if end + extra > stop or _VERBS.search(wider[1:]) or _PLACED.search(folded, end, end + extra):
                break
            if _reads_as_name(wider, whole=alone and end + extra == stop):
                longer = end + extra
        return start, longer
    return None


def _reads_as_name(name: str, *, whole: bool) -> bool:
    """`whole`: the name fills its piece, where it may end on a word common in sentences (进行, 场所, 会)."""
    if name[0] in "（(" or name.count("（") + name.count("(") != name.count("）") + name.count(")"):
        return False  # a number's bracket (（二）各包村处室) or half a note (（责任单位)
    if _LABEL.match(name) or not ends_like_unit(name) or _NO_NAME.search(name) or not looks_like_unit(name):
        return False
    strong = _STRONG_WEAK.search(name) or WORKING_GROUP.search(name)  # 考务组, not 组 of 组织
    return whole or not _WEAK_END.search(name) or bool(strong)


def headings_over(items: Sequence[ParsedItem], index: int) -> list[str]:
    """The titles of the parts `items[index]` stands in, nearest first: a heading's 考务组职责 over its duties
    names their owner as often as the duties' own text does."""
    titles: list[str] = []
    level = items[index].level
    for item in reversed(items[:index]):
        if not item.is_measure and item.level < level:
            titles.append(item.title)
            level = item.level
    return titles


def part_without_leads(items: Sequence[ParsedItem], index: int) -> list[int]:
    """The other measures under the heading `items[index]` stands under that have no lead unit yet, in order:
    the measures from that heading to the next heading, whatever its level."""
    start = index
    while start > 0 and items[start - 1].is_measure:
        start -= 1
    end = index + 1
    while end < len(items) and items[end].is_measure:
        end += 1
    return [i for i in range(start, end) if i != index and not items[i].lead_units]


def plan_unit_names(plan: ParsedPlan) -> list[str]:
    """Every unit the plan names somewhere (its measures, its task table), for completing names as typed."""
    names = {name for item in plan.items for name in (*item.lead_units, *item.co_units)}
    names.update(name for row in plan.task_table for name in row.lead_units)
    return sorted(names)


def answered(item: ParsedItem) -> ParsedItem:
    """A measure the clerk gave a lead has answered the reader's doubts about its units."""
    if not item.lead_units:
        return item
    return replace(item, doubts=tuple(doubt for doubt in item.doubts if "责任单位" not in doubt))


def give_units_to_part(items: Sequence[ParsedItem], index: int) -> tuple[list[ParsedItem], list[int]]:
    """The items with `items[index]`'s lead units given to the measures under its heading that have none (their
    own co-units kept, else its co-units), and the indices filled."""
    source = items[index]
    result = list(items)
    filled = part_without_leads(items, index) if source.lead_units else []
    for other in filled:
        item = items[other]
        co_units = tuple(unit for unit in item.co_units or source.co_units if unit not in source.lead_units)
        result[other] = answered(replace(item, lead_units=source.lead_units, co_units=co_units))
    return result, filled
