"""Names of organisations written in a sentence: the words from a sentence's start, a verb of charge (由 / 责令 /
移交 / 配合), a place word or a closing bracket up to where they end like a unit (局 / 委 / 办 / 中心 / 政府 …),
with no verb inside — 区城管执法局 in `区城管执法局依法对…`, 市交通运输局 in `移交市交通运输局承担`.

Loose on purpose: the review screen offers what it finds as choices (services/plans/named_units.py), and the
reader takes an opening name only where sibling items agree (sibling_subjects, settled_headings).
"""

from __future__ import annotations

import re

from services.plans.parser.folding import fold
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import ends_like_unit, looks_like_unit
from services.plans.parser.unit_endings import EVERY_PLACE, WORKING_GROUP

# Names are looked for in a text's first characters only (each look is on a click, or for each item).
SCANNED = 2000
_NAME_MIN, _NAME_MAX = 2, 20
_WHOLE_MAX = 8  # characters of a name ending on a common word (会, 联, 部) that fills its piece
_LONGER = 6  # characters a name may run on past its first ending: 委 → 委员会, 局 → 局交警大队
# Where a name may open: a piece's start, or right after a word that hands work to someone.
_OPENERS = compile_lazily(
    r"由|责令|移交|交由|会同|配合|协助|牵头|以及|和|及|与|请|(?:责任|牵头|配合)(?:单位|部门|处室)"
    r"|组织|推动|指导|检查|负责|督促|依托|联合|要求|鼓励|支持|纳入"
)
# A verb opening the words is no part of a name (责令路政执法队, 组织区效能办, 按照省委); 组织部, 检察院 are names.
_LEADING_VERB = compile_lazily(
    r"(?:责令|组织(?!部)|推动|指导(?!中心|站)|检查(?!站)|负责|协助|督促|依托|配合|联合(?!会)|及时|要|由|会同|按照|依法"
    r"|鼓励|支持|确保|加强|推进|开展|落实|将|把|对|在|向|从|请|纳入|接任)"
)
# A place word that ends a word rather than opens a name: 园区企业 (not 区企业), 安丰乡人民政府 (not 乡人民政府).
_PLACE_ENDS_WORD = compile_lazily(
    r"(?<=[园校社城辖景小街山地郊军老我本全该都超门上营学])[区市县镇乡]|(?<=[\u4e00-\u9fff])[县区市镇乡](?=人民政府|政府)"
)
# 区域单位 / 县域经济: the place words of a phrase, no name
_NOT_A_PLACE = compile_lazily(r"^(?:区域|县域|市域|区内|市内|县内|省内|镇域)")
# A campaign or a cited document in quotes (“无废园区”, 《…国家发展改革委…通知》): no owner of the measure.
_QUOTED = compile_lazily(r"《[^《》]*》|“[^“”]*”")
# After these the text hands the work to whoever is named next, place or none (责令公路建设养护中心…).
_CHARGED = compile_lazily(r"由|责令|移交|交由|会同|配合|协助|(?:责任|牵头|配合)(?:单位|部门|处室)")
# A written name opens on a place or on 各 (区城管执法局, 各乡镇), unless it fills its piece alone.
_PLACED = compile_lazily(r"[省市县区州盟旗镇乡各]|街道|片区|社区")
# Endings too common in plain words to mark a name written in a sentence (进行, 场所, 组织, 会议, 科室 work).
_WEAK_END = compile_lazily(r"(?:[行所会组部室处科校]|社|团|街|乡|联|协|园区)$")
_STRONG_WEAK = compile_lazily(
    r"(?:派出所|委员会|管委会|居委会|工会|联合会|协会|小组|工作组|专班|办公室|支部|团委|[科股处]室"
    r"|(?:指挥|工作|宣传|组织|统战|政治|武装)部"
    # the people's organisations by their short names: 区妇联完善…, 县科协、县残联
    r"|妇联|文联|科协|侨联|残联|工商联|红十字会|共青团)$"
)
# 各沿海村 / 各社区居委会: every village of a kind
_EVERY_VILLAGE = compile_lazily(r"^各[\u4e00-\u9fff]{1,3}(?:村|社区)(?:[（(][^（）()]{1,4}[）)])?$")
# The text cut into pieces at punctuation; a name lies inside one piece.
_CLOSE = compile_lazily(r"[）)]")
# Brackets stay inside a piece: 各县（区）人民政府（管委会） is one name.
_PIECE = compile_lazily(r"[^\s，。；：:、,.;！？!?“”‘’\"《》〈〉【】\[\]|/]+")
# Words that end like an office and are none (a duty, a place of work, a kind of body).
_NO_NAME = compile_lazily(
    r"(?:负责|工作|职责|布局|格局|网站|有关部门|相关部门|各部门|各单位|有关单位|相关单位|其他|交界处|结合处|路口处)$"
)
# 责任处室 / 牵头单位 / 组成单位：X、Y: the label, not a name
_LABEL = compile_lazily(r"(?:责任|牵头|配合|主办|协办|主责|组成|参加|参与|协同|成员单位$)")
_VERBS = compile_lazily(
    r"(?:要|应(?!急)|负责|开展|加强|落实|推进|做好|完成|组织|建立|确保|依法|按照|根据|对|在|的|有|是|将|把|向|从|为|进行|实施|围绕"
    r"|委托|由|责令|移交|交由|会同|配合|协助|牵头|请|指定|提出|同意|召开|纳入|下设|期间|出入|交报|继续|\d)"
)


def written_names(folded: str) -> list[tuple[int, int]]:
    """Spans of the folded text that read as an organisation's name: from a piece's start, an opener word, a
    place word or a closing bracket to the shortest end where the words end like a unit, with no verb inside."""
    spans: list[tuple[int, int]] = []
    quoted = [quote.span() for quote in _QUOTED.finditer(folded)]
    for piece in _PIECE.finditer(folded):
        first, stop = piece.span()
        if any(start < first < end for start, end in quoted):
            continue
        charged = {word.end() for word in _CHARGED.finditer(folded, first, stop)}
        if spans and spans[-1][1] == first - 1 and folded[first - 1] == "、":
            charged.add(first)  # 责令路政执法队、安丰乡人民政府: a list of names goes on after 、
        starts = {first, *charged, *(word.end() for word in _OPENERS.finditer(folded, first, stop))}
        # a name written after words that are none (行业管理为县商务局 → 县商务局) or after a number (（二）各村…)
        starts.update(
            place.start()
            for place in _PLACED.finditer(folded, first, stop)
            if not _PLACE_ENDS_WORD.match(folded, place.start())
        )
        starts.update(close.end() for close in _CLOSE.finditer(folded, first, stop))
        taken_to = -1
        for start in sorted(starts):
            if start < taken_to:
                continue
            alone, given = start == first, start in charged
            # (every place of a kind only where no fuller name reads: 各县（区）人民政府, not 各县)
            span = _name_from(folded, start, stop, alone=alone, charged=given) or (
                folded[start : start + 1] == "各"
                and _name_from(folded, start, stop, alone=alone, charged=given, places=True)
            )
            if span:
                spans.append(span)
                taken_to = span[1]
    return spans


def _name_from(
    folded: str, start: int, stop: int, *, alone: bool, charged: bool, places: bool = False
) -> tuple[int, int] | None:
    """`alone`: the name would open its piece (and may fill it); `charged`: it follows 由 / 责令 / 配合…"""
    if _LEADING_VERB.match(folded, start) or _NOT_A_PLACE.match(folded, start):
        return None
    passed = 0
    for end in range(start + _NAME_MIN, min(stop, start + _NAME_MAX) + 1):
        name = folded[start:end]
        if _VERBS.search(name[1:]):
            return None  # a sentence's words, not a name (区城管执法局依法对… stops before 依法)
        if ends_like_unit(name) and not _reads_as_name(name, whole=alone and end == stop, places=places):
            passed = (
                end  # (an office's word in a sentence: what follows it and 及 / 等 is no longer one name)
            )
        if passed and re.search(r"[及等和与]", folded[passed:end]):
            return None
        if not _reads_as_name(name, whole=alone and end == stop, places=places):
            continue
        if not (_PLACED.match(name) or charged or (alone and end == stop)):
            continue
        # the longest reading of the same name: 区发展和改革委员会 (not 区发展和改革委), 各县（区）人民政府（管委会）
        longer = end
        for extra in range(1, _LONGER + 1):
            wider = folded[start : end + extra]
            # (not across a word that opens a name of its own: 管理局指导各街道 is two)
            if (
                end + extra > stop
                or _VERBS.search(wider[1:])
                or _PLACED.search(folded, end, end + extra)
                or re.search(r"[等及和与]", folded[end : end + extra])  # (林业局等部门, X指挥部及各乡镇: two)
            ):
                break
            if _reads_as_name(wider, whole=alone and end + extra == stop, places=places):
                longer = end + extra
        return start, longer
    return None


def _reads_as_name(name: str, *, whole: bool, places: bool = False) -> bool:
    """`whole`: the name fills its piece (a piece of a list may be a name with no place word); `places`: every
    place of a kind (各村（居）) reads as a name too."""
    if name[0] in "（(" or name.count("（") + name.count("(") != name.count("）") + name.count(")"):
        return False  # a number's bracket (（二）各包村处室) or half a note (（责任单位)
    if _LABEL.match(name):
        return False
    if places and (EVERY_PLACE.match(name) or _EVERY_VILLAGE.match(name)):
        return (
            True  # 各村（居）要按照… / 农业农村处和各沿海村要组织…: every place of a kind, an owner as named
        )
    if not ends_like_unit(name) or _NO_NAME.search(name) or not looks_like_unit(name):
        return False
    strong = _STRONG_WEAK.search(name) or WORKING_GROUP.search(name)  # 考务组, not 组 of 组织
    # (a short name alone in its piece may end so: 县文联：负责… — a long one is a sentence: …一并交报考点保密室)
    return (whole and len(name) <= _WHOLE_MAX) or not _WEAK_END.search(name) or bool(strong)


def opening_name(text: str) -> str | None:
    """The organisation's name `text` opens on (after its number), if it opens on one."""
    folded = fold(text)
    number = _NUMBER.match(folded)
    shift = number.end() if number else 0
    spans = written_names(
        folded[: shift + _NAME_MAX + _LONGER]
    )  # (its first words only: asked of every item)
    return text[shift : spans[0][1]] if spans and spans[0][0] == shift else None


_NUMBER = compile_lazily(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[.、．])?\s*"
)
