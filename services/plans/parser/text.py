"""Text helpers shared by the parser: folding variants, splitting unit lists (cleaning.py cleans lines).

Matching runs on a *folded* copy of the text (traditional characters and punctuation variants mapped to
one form, character for character), so every offset found in the folded copy is valid in the original
and unit names can be cut from the text exactly as written.
"""

from __future__ import annotations

import re

from services.plans.parser.folding import fold
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.shared_endings import (
    named_place,
    shared_body,
    shared_government,
    shared_zone_office,
    zones_sharing_an_office,
)
from services.plans.parser.unit_endings import NAME_NOTE as _NAME_NOTE
from services.plans.parser.unit_endings import ends_like_unit

# --- unit lists ----------------------------------------------------------------------------------

_PLACE_KIND = compile_lazily(r"[省市县区州镇乡旗盟]")

# A bare generic word after 、 belongs to the previous name: 区有关部门、单位.
_GENERIC_TAILS = {"单位", "部门", "机构", "企业", "单位等"}
# A bare kind of place after 各X、 is governed by the same 各: 各区、县级市 is one party, not a unit 县级市.
_BARE_PLACES = {"县级市", "县", "区", "市", "镇", "乡", "街道", "乡镇", "镇街", "县区", "县市", "特区"}
_BARE_PLACES |= {"县市区", "市县", "园区", "州", "盟", "旗"}
# 各县（市、区） / 各区县 / 各乡镇: every place of a kind, a party though it ends on no organisation's word.
EACH_PLACE = compile_lazily(
    r"^各(?:[县市区镇乡州盟旗村]|街道|开发区|园区|社区|嘎查)[\u4e00-\u9fff]{0,4}(?:[（(][^（）()]{1,10}[）)])?$"
)
LOCAL_PLACE = compile_lazily(
    r"^(?:属地|所在地?|相关|有关|涉及)(?:行政村|村|乡镇|镇|乡|街道|社区|村居|村[（(]居[）)]|县区|县市区|区县|市县区?)$"
)
# The last word of such a list may carry the government they share: 各县、市、区政府 / 各州、市人民政府.
_PLACE_GOVERNMENT = compile_lazily(
    rf"^(?:{'|'.join(sorted(_BARE_PLACES, key=len, reverse=True))})(?:人民政府|政府)$"
)
_SEPARATORS = "、，,；;\n/"
_OPENING, _CLOSING = "（(〔[【〈", "）)〕]】〉"
_AND = compile_lazily(r"和|及(?!时)|与")  # (及时 is an adverb, no "and")
# 区财政局等 / 等有关部门和单位 / 等省有关部门 / 等14个部门 / 等县安委会有关成员单位 / X处等处室: the list's own ending.
_ETC = compile_lazily(
    r"等(?:[省市区县州](?:级|直)?)?(?:有关|相关|其他|各|[\d一二三四五六七八九十]{1,3}个)?(?:部门|单位|机构|处室|科室|股室)?"
    r"(?:[和及与、](?:有关|相关)?(?:部门|单位|机构)|[（(](?:部门|单位)[）)])?$|(?<![高中初平同上次])等(?![级学])[\u4e00-\u9fff]{1,10}?(?:有关|相关)?(?:成员)?(?:部门|单位)$"
)


# 各街道（下同）: the clause's note that it holds for the measures after it (read by clauses._REPEATS).
_NO_UNIT = compile_lazily(r"^(?:[—\-－–/／]+|无)$")
_SAME_BELOW = compile_lazily(r"[（(](?:以下|下)同[）)]")
_DUTY_TAIL = compile_lazily(r"(?<=[\u4e00-\u9fff）)])(?:按照?|依)职[责能]分工(?:负责)?(?:落实|实施|推进)?$")
_ALIAS_NOTE = compile_lazily(r"^[（(]?(?:以下|下文|下面)?(?:统称|简称|合称|并称)")

_ROLE_MARK = compile_lazily(r"[（(](?:牵头|主办|配合|协办)[）)]$")


def _pieces(written: str) -> list[str]:
    """The list split on 、，/; but not inside brackets: 各县（市、区）人民政府 is one name."""
    pieces: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(written):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
            if (
                depth == 0
                and _ROLE_MARK.search(written[: index + 1])
                and written[index + 1 : index + 2].strip()
            ):
                pieces.append(written[start : index + 1])  # 财政所（牵头）各村（社区）: a mark ends its name
                start = index + 1
        elif char in _SEPARATORS and depth == 0:
            pieces.append(written[start:index])
            start = index + 1
    pieces.append(written[start:])
    return _rejoin_wrapped(written, pieces)


def _rejoin_wrapped(written: str, pieces: list[str]) -> list[str]:
    """A name a table cell wrapped over two lines (区新兴产业 / 服务中心) joined again: the first part opens
    with a level word and ends like no organisation, the second opens with none and ends like one."""
    if "\n" not in written:
        return pieces
    joined: list[str] = []
    for piece in pieces:
        head = fold(joined[-1].strip()) if joined else ""
        tail = fold(piece.strip())
        if (
            head
            and tail
            and f"{joined[-1]}\n{piece}" in written  # broken at a line, not a list's 、
            and head[0] in "省市区县镇乡"
            and not ends_like_unit(head)
            and tail[0] not in "省市区县镇乡各"
            and ends_like_unit(tail)
            and len(head) + len(tail) <= 16
        ):
            joined[-1] = joined[-1].strip() + piece.strip()
        else:
            joined.append(piece)
    return joined


_BRACKET_ONLY = compile_lazily(r"^[（(][^（()）]{1,10}[）)]$")
_SHARED_PREFIX_MAX = 4  # 相关市、县政府 / 哈尔滨、黑河、绥芬河市政府: short place words share the next ending


def _spaced_names(pieces: list[str]) -> list[str]:
    """`县融媒体中心 国网某某供电公司`: names a table's copy set apart by spaces, each ending as an
    organisation does, are names of their own (a wrap's space inside one name leaves a piece that does not)."""
    out: list[str] = []
    for piece in pieces:
        words = piece.split()
        if len(words) > 1 and all(len(w) >= 3 and ends_like_unit(w) for w in words):
            out.extend(words)
        else:
            out.append(piece)
    return out


def split_units(written: str) -> list[str]:
    """`区发改委、区住建局和区财政局等` -> ['区发改委', '区住建局', '区财政局'], names as written.

    Short place words before a name share its ending and stay with it, as written: 相关市、县政府 and
    哈尔滨、黑河、绥芬河市政府 are one party each, not a unit called 相关市.
    """
    units: list[str] = []
    waiting: list[str] = []  # short words that are no organisation, waiting for the name they share
    for piece in _spaced_names(_pieces(written)):
        piece = _SAME_BELOW.sub("", piece).strip().strip('"')  # an Excel cell pasted with its quotes
        stripped = piece.strip(" \t\u3000。.：:")
        if (tail := _DUTY_TAIL.search(fold(stripped))) and len(fold(stripped)) == len(stripped):
            stripped = piece = stripped[: tail.start()]  # 区财政局按职能分工落实: the unit, not how it works
        if _NO_UNIT.match(stripped):
            continue  # a table's empty cell written as — / 无 / ／
        if _ALIAS_NOTE.match(fold(stripped)):
            continue  # 以下统称各县（区）政府: a name given to the units before it, no unit of its own
        if _BRACKET_ONLY.match(stripped) and (waiting or units):
            # 高新园 / （邹区镇） on lines of their own (a cell one name a line): the note is the name's.
            # A name with its note is whole: it waits for no ending to share.
            named = waiting.pop() + stripped if waiting else units.pop() + stripped
            for word in waiting:
                units.extend(_split_piece(word, units))
            waiting = []
            units.append(named)
            continue
        if (joined := _name_and_place(stripped)) is not None:
            # 省财政厅和市、县(市、区)政府: the name before 和 stands alone; the place word after it waits.
            # (区、县政府和园区: the short words waiting share the name before 和, as they would without it)
            if waiting:
                units.extend(split_units("、".join([*waiting, joined[0]])))
                waiting = []
            else:
                units.extend(_split_piece(joined[0], units))
            stripped = piece = joined[1]
        if (
            stripped
            and len(stripped) <= _SHARED_PREFIX_MAX
            and not ends_like_unit(stripped)
            and not fold(stripped).startswith("各")
            and fold(stripped) not in _GENERIC_TAILS
            and not (fold(stripped) in _BARE_PLACES and units and fold(units[-1]).startswith("各"))
        ):
            waiting.append(stripped)
            continue
        if waiting and stripped and ends_like_unit(stripped) and not _PLACE_KIND.search(fold(stripped)):
            # 五金城、科技局: the name after the short words has no kind of place to share (县政府, 市教育局):
            # they are names of their own, not places waiting for its ending.
            for word in waiting:
                units.extend(_split_piece(word, units))
            waiting = []
        if waiting and stripped and ends_like_unit(stripped):
            folded_waiting = [fold(word) for word in waiting]
            if (shared := shared_government(folded_waiting, fold(stripped))) or (
                (shared := shared_body(folded_waiting, fold(stripped))) and ends_like_unit(stripped[-shared:])
            ):
                # 甲市、乙市、丙市人民政府 / 甲市、乙州发改委: each named place's own body, one party each.
                units.extend(f"{word}{stripped[-shared:]}" for word in waiting)
            elif all(named_place(word) for word in folded_waiting) and not shared_zone_office(fold(stripped)):
                units.extend(waiting)  # 西秀区、平坝区、安顺经开区: named places before a zone, each a party
            else:
                piece = "、".join([*waiting, stripped])
            waiting = []
        if units and _shares_zone_body(units[-1], stripped):
            units[-1] = f"{units[-1]}、{stripped}"
            continue
        for word in waiting:  # short words no ending took: names of their own, in their place in the list
            units.extend(_split_piece(word, units))
        waiting = []
        units.extend(_split_piece(piece, units))
    for word in waiting:
        units.extend(_split_piece(word, units))
    return zones_sharing_an_office(units, [fold(unit) for unit in units])


# 各市（州）、贵安新区数据管理部门: every 市（州）'s body and the named zone's body of that name — one party, as
# written. Only a body of its own (数据管理部门, 教育局), not the zone's government (管委会, 人民政府).
_ZONE_BODY = compile_lazily(
    r"^[\u4e00-\u9fff]{2,6}?(?:新区|开发区|高新区|经开区|示范区|实验区|试验区)(?P<body>[\u4e00-\u9fff]{2,})$"
)
_ZONE_GOVERNMENT = compile_lazily(r"^(?:人民政府|政府|管委会|管理委员会|党工委|工委)")


def _shares_zone_body(before: str, piece: str) -> bool:
    folded = fold(before)
    kinds = [
        kind for kind in re.split(f"[{re.escape(_OPENING + _CLOSING)}、]", folded.removeprefix("各")) if kind
    ]
    zone = _ZONE_BODY.match(fold(piece))
    return (
        folded.startswith("各")
        and bool(kinds)
        and all(kind in _BARE_PLACES for kind in kinds)
        and zone is not None
        and fold(piece)[0] not in "省市区县镇乡各"
        and ends_like_unit(piece)
        and not _ZONE_GOVERNMENT.match(zone.group("body"))
    )


def _name_and_place(piece: str) -> tuple[str, str] | None:
    for match in _AND.finditer(piece):
        left, right = piece[: match.start()], piece[match.end() :]
        place = fold(right).removeprefix("各")
        left = left.removesuffix("等")  # 财政厅、地税局等和各市、县人民政府: 等 closes the names before 和
        if len(left) >= 2 and ends_like_unit(left) and place in _BARE_PLACES:
            return left, right
    return None


# 节能与综合 利用司: a name wrapped in a narrow table cell and copied with the wrap as a space.
_WRAP_SPACE = compile_lazily(r"([\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _two_names(piece: str, space: int) -> bool:
    """Whether the space at `space` parts two names: the words before it end like one and the words after
    it (to the next space) are more than a name's last character (伏羲山管委 会 is one name)."""
    after = piece[space + 1 :].split(" ", 1)[0]
    return ends_like_unit(piece[:space]) and len(after) >= 2


# 县教体局 各相关乡镇政府: a table cell listing whole names one after another, a space between them.
_SPACED_NAMES = compile_lazily(r"(?<=[\u4e00-\u9fff）)]) +(?=[省市区县镇乡各])")


# 各县(市、 区)政府: a space typed after a list's 、 or inside a bracket is no part of the name.
_SPACE_BY_MARK = compile_lazily(r"(?<=[、（(])[ \u3000]+|[ \u3000]+(?=[）)、])")


_ADVERB = compile_lazily(r"(?:分别|共同|联合|各自|一起)$")


def _split_piece(piece: str, units: list[str]) -> list[str]:
    """One piece of a list as units; a generic tail or a bare place after 各X joins the unit before."""
    piece = _SPACE_BY_MARK.sub("", piece.strip(" \t\u3000。.：:"))
    if (adverb := _ADVERB.search(piece)) and ends_like_unit(piece[: adverb.start()]):
        piece = piece[
            : adverb.start()
        ]  # 市人力社保局、市发改委分别牵头: the verb's adverb, no part of a name
    spaced = _SPACED_NAMES.split(piece)
    if len(spaced) > 1 and all(ends_like_unit(name) or fold(name).startswith("各") for name in spaced):
        return [unit for name in spaced for unit in _split_piece(name, units)]
    piece = _WRAP_SPACE.sub(lambda m: m.group(0) if _two_names(piece, m.start() + 1) else m.group(1), piece)
    # (廣州市花都區稅務局等部門: read on the simplified form, cut from the name as written)
    etc = _ETC.search(fold(piece) if len(fold(piece)) == len(piece) else piece)
    bare = piece[: etc.start()] if etc else piece
    # 侨办等: a short name keeps its 等 only when what is left is no organisation's name.
    piece = bare if len(piece) > 3 or (len(bare) >= 2 and ends_like_unit(bare)) else piece
    if not piece:
        return []
    if units and (
        piece in _GENERIC_TAILS
        or (_PLACE_NOTES.sub("", fold(piece)) in _BARE_PLACES and fold(units[-1]).startswith("各"))
        or (_PLACE_GOVERNMENT.match(_PLACE_NOTES.sub("", fold(piece))) and _open_place_list(units[-1]))
    ):
        units[-1] = f"{units[-1]}、{piece}"
        return []
    names = _split_on_and(piece)
    if (
        len(names) > 1
        and units
        and _PLACE_GOVERNMENT.match(_PLACE_NOTES.sub("", fold(names[0])))
        and _open_place_list(units[-1])
    ):
        # 各区、县（市）政府及开发区管委会: the government closes the list of places before 及.
        units[-1] = f"{units[-1]}、{names[0]}"
        return names[1:]
    return names


# 4城区 / 四城区 / 13个县（市、区） / 各城区: places counted or all of a kind, a party as written.
_COUNTED_PLACES = compile_lazily(
    r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3}|各)个?[\u4e00-\u9fff]{0,3}[县市区镇乡州盟旗](?:[（(][^（）()]{1,10}[）)])?$"
)


# 各县、区人民政府（管委会）: the government named with the body that stands for it in a zone.


# …and the kinds of place written in a bracket inside it: 各区、县（市）政府 is one party, as 各区、县政府 is.
_PLACE_NOTES = compile_lazily(r"[（(][^（()）]{1,10}[）)]")


def _open_place_list(unit: str) -> bool:
    """各县 / 各县、市: a 各 followed by bare kinds of place only, still waiting for its government."""
    bare = _PLACE_NOTES.sub("", fold(unit))  # 各市（县）: the kinds in its bracket are places too
    words = bare.removeprefix("各").split("、") if bare.startswith("各") else []
    return bool(words) and all(word in _BARE_PLACES for word in words)


# 各县（市、区）党委和人民政府 / 高新区党工委和管委会 / 各盟市党委和行政公署: a place's two bodies named
# together, one party as written.
_SAME_PLACE_BODY = compile_lazily(r"^(?:人民政府|政府|管委会|管理委员会|党工委|党委|行政公署)$")


# Words of a sentence or of people, never in a party's name: 各乡镇要, 资金由街道, 各村干部, 各学校具体 (not 应 of
# 县应急局, 将 of 将乐县, 对 of 对口支援办).
_NOT_A_NAME = compile_lazily(
    r"^在|要|须|由|应(?!急)|(?<!乐)将(?!乐)|对(?![口外])|把|做好|具体|积极|主动|负责|落实|干部|人员|群众|居民|同志|职工"
    r"|学生|教师|^(?:指导|督促|组织|协调|会同|配合|协助)(?=属地|相关|有关|各)"  # (指导属地住建部门协助…: whose work)
)
# 相关部门 / 项目单位 / 属地政府 / 企业: a role anyone may play, no party a sentence's subject names.
GENERIC_ROLE = compile_lazily(
    r"^各?(?:相关|有关|其他|行业|主管|监管|属地|项目|责任|牵头|配合|成员|工作){0,2}(?:部门|单位|企业|政府|乡镇|机构)$"
)


def is_party(name: str) -> bool:
    """A party named outside a labelled list: an organisation's name (县应急局) or every place of a kind
    (各乡镇, 各村), not a sentence's subject and verb (各乡镇要, 资金由街道) or people (各村干部)."""
    folded = fold(name).strip()
    if _NOT_A_NAME.search(folded):
        return False
    if folded.startswith("各"):
        return bool(EACH_PLACE.match(folded)) or ends_like_unit(folded)  # 各乡镇, 各单位
    # (属地村 / 相关村 / 所在乡镇: the place the work is in, whichever it is)
    return bool(LOCAL_PLACE.match(folded)) or (len(folded) >= 3 and ends_like_unit(folded))


def names_a_party(name: str) -> bool:
    """A whole name standing alone: an organisation's (区财政局), or places counted or all of a kind."""
    folded = fold(name).strip()
    return ends_like_unit(folded) or bool(EACH_PLACE.match(folded) or _COUNTED_PLACES.match(folded))


_KINDS_ONLY = ("单位", "企业", "机构", "部门", "组织")


def _split_on_and(piece: str) -> list[str]:
    for match in _AND.finditer(piece):
        left, right = piece[: match.start()], piece[match.end() :]
        if _SAME_PLACE_BODY.match(fold(right)) or fold(right) in _KINDS_ONLY:
            continue  # (各相关部门和单位: the kinds of body asked, one owner as written)
        places = any(p.match(fold(right)) for p in (_COUNTED_PLACES, EACH_PLACE, LOCAL_PLACE))  # 和有关县区
        if len(left) >= 2 and len(right) >= 2 and ends_like_unit(left) and (ends_like_unit(right) or places):
            # 能源局等省有关部门和各地级以上市人民政府: the 等… ending closes the names before 和.
            return [_ETC.sub("", left) or left, *_split_on_and(right)]
    return [piece]


ROLE_LABEL = compile_lazily(
    r"(?:整改|项目|工作|任务|考核|具体)?(?:责任|牵头|配合|协办|主办|协同|主责|参与)(?:单位|部门)"
)


def looks_like_unit(name: str) -> bool:
    """A plausible organisation name, not a sentence fragment caught by a loose clause pattern.

    A name that ends like an organisation is one whatever words it holds (省十大新兴产业推进组工作专班,
    省推进工业互联网创新发展专项工作组); other names must not read like an action (抓好落实, 加强协调).
    """
    folded = fold(name)
    # 市委改革办（市委全面深化改革委员会办公室）: the note in brackets after a name is no part of its length
    core = (
        _NAME_NOTE.sub("", folded) or folded
    )  # (村（社区） / 村（居）: a township's villages, each its own)
    if len(folded) > 60 or not (2 <= len(core) <= 30 or re.fullmatch(r"村（(?:社区|居)）", folded)):
        return False
    if re.search(r"[。！？\"《》%]|(?<=[局委办队部厅])(?:配合|协助)(?=[省市县区])", folded):
        return False  # (市武警支队配合市公安局: one unit helping another, no name)
    if re.search(r"[“”]", folded) and not (ends_like_unit(folded) and folded.count("“") == folded.count("”")):
        return False  # 县“放管服”改革协调小组办公室 is a name; “一网通办”改革 is none
    if ROLE_LABEL.fullmatch(folded):
        return False  # 二、整改责任单位 over the unit's name: the label, not who it names
    if folded.startswith("在"):
        return False  # 二、在城镇社区… (a duty cut by the page) / 在本单位: where, not who
    if ends_like_unit(folded) or folded.startswith("各") or _COUNTED_PLACES.match(folded):
        return True
    if re.search(r"\d", folded) or folded.endswith(("工作", "任务", "事项")):
        return False  # 常态工作 in a 时间进度 cell: work, not who does it
    return not re.search(
        r"(推进|加强|强化|开展|实施|完成|建立|做好|提高|提升|确保|按照|根据|完善|深化|健全|加快)", folded
    )
