"""Responsibility clauses: who leads a measure and who works with the lead.

The rules (docs/plan-reading.md): units named before 牵头 or after 牵头单位： lead; units after 责任单位：,
配合单位： or before 配合 / 参与 / 负责 are co-units when the same clause names a lead, and leads when it
does not. How the clauses of one measure then combine (merge, carry-over, 列第一位者为牵头单位) is
responsibility.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from services.plans.parser.clause_wraps import joined_wraps
from services.plans.parser.labels import LABELLED, label_role
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.responsibility import Responsibility, unique_units
from services.plans.parser.rule_notes import blank_rule
from services.plans.parser.text import ends_like_unit, fold, split_units
from services.plans.parser.unit_lists import units_or_none

# X牵头 may go on with any short verb (牵头负责, 牵头抓总, 牵头组织; a re-written copy's 牵头卖力): the
# units before 牵头 lead whatever the verb after it.
# 各规划编制牵头单位 in a list is a party's name (the units that lead each plan's drafting); X牵头单位 is
# X牵头 only after an organisation's name (市发改委牵头单位).
# 以下指标均由X牵头 / 上述任务由X负责 (a heading's clause for the items under or above it): X
# …，其中X牵头: X among the units listed before it
_FOR_ITEMS = r"(?:(?:以下|下列|上述|以上)[\u4e00-\u9fff]{0,6}?(?:均|都|全部)?由|其中)?"
_LEAD_VERB = compile_lazily(
    rf"^{_FOR_ITEMS}(?:由)?(.+?)(?:按照?职责分工|按职责|依职责)?(?:牵头(?:(?!单位$|部门$)[\u4e00-\u9fff]{{1,2}})?|(?<=[局委办厅府会室处部署院所队站中心])牵头(?:单位|部门)"
    r"|为牵头单位|主办|主责|主抓|抓总|统筹|总牵头|负总责)$"
)
_OTHER_VERB = compile_lazily(
    # X具体负责 / X承办 / X组织实施 / X抓落实; Y共同推进 beside a lead helps it, alone answers for it.
    rf"^{_FOR_ITEMS}(?:由)?(.+?)(?:(?:按照?职责分工|按职责|按职能|分别|共同|依职责|(?:依据|根据)职责|分工|具体){{0,2}}"
    r"(?:负责(?:组织)?(?:落实|实施|推进)?|(?:组织)?落实|为责任单位|承办|组织实施|抓落实|(?<=共同)推进)"
    r"|(?:按照?职责分工|按职责|按职能|依职责)[\u4e00-\u9fff]{1,2})$"
)
_CO_VERB = compile_lazily(
    # (市交通运输局予以配合 / 等部门积极予以协助: a 办法's wording; 质监处、药械处根据需要配合 / 视情配合)
    r"^(?:由)?(.+?)(?:按照?职责分工|(?:按照?|依据|根据)各自职责|(?:依据|根据)职责|按职责|共同|等|积极|主动|全力|密切"
    r"|(?:根据|按照?)(?:工作)?需要|视情况?)?(?:予以)?"
    r"(?:参与|参加|配合|协同|协助|协办|协作|为配合单位)"
    r"(?:落实|实施|推进|做好)?$"
)
# 以下均需各镇街负责 / 以下政策措施均需各县区人民政府、园区管委会落实 / 以下各项工作均需…落实，不再列出:
# whatever the sentence calls the measures (政策措施, 各项工作), the units come after its 需/须/由/要.
_CARRY_OVER = compile_lazily(
    r"以下(?:[^，,。；]{0,8}?(?:均|都|皆|全部)?(?:需|须|由|要)|(?:各项|任务|措施|各条|内容)?(?:均|都|皆|全部)?)"
    r"(.+?)(?:负责|参与|配合|落实)(?:.*)$"
)
# 具体任务均涉及相关市（州）人民政府，不再做分工，下同 / 除专门列出外，以下任务均涉及各市数据管理部门，不再重复:
# units every measure involves, named once.
_INVOLVES = compile_lazily(
    r"^(?:具体|各项|以上|上述|以下)?(?:任务|工作|措施)?(?:均|都|皆|全部)?(?:涉及|需|须|由|要)(.+?)(?:负责|参与|配合|落实)?$"
)
# A name given to the units before it inside a list: 以下统称各县（区）政府 / 以下简称区直部门.
_ALIAS_IN_LIST = compile_lazily(r"[，,、]\s*(?:以下|下文)?(?:统称|简称|合称)[^，,；;。]*?(?=[，,；;。]|$)")
_NOTE_SAME_BELOW = compile_lazily(r"(?<=[\u4e00-\u9fff])[，,]\s*(?:以下|下)同(?=\s*[）)〉〕])")
_REPEATS = compile_lazily(r"下同|不再(?:一一|逐一|单独|另行)?(?:列出|分工|做分工|列明|重复)")
# What a labelled list may end with: 责任单位：X、Y按职责分工负责 names X and Y.
_LABEL_TAIL = compile_lazily(
    # (…、各村（社区）依据职责负责: 依据 / 根据 / 按照 (各自) 职责 as 按职责)
    r"(?:按照?职[责能]分工|按职责|按职能|分别|共同|依职责|(?:依据|根据|按照)(?:各自)?职[责能](?:分工)?|分工)?"
    r"(?:负责(?:落实|实施|推进)?|落实|配合|参与)$"
)
# Where one clause holds several labelled parts without punctuation between them.
_LABEL_START = compile_lazily(
    r"(?:牵头责任单位|牵头责任部门|协同责任单位|主要责任单位|(?:共同|次要)责任(?:单位|部门)|协同配合单位|牵头考核单位|负责考核部门|部门分工|牵头单位|"
    r"牵头部门|主办单位|主责单位|主责部门|主抓单位|主要责任主体|责任主体|责任单位|责任部门|责任科室|责任处室|责任股室|责任站所|责任站办|配合单位|"
    r"配合部门|协办单位|协办部门|协同单位|协同部门|参与单位|参与部门|参加单位|参加部门|实施单位|(?:牵头|统筹)?(?:协调|联合)(?:单位|部门)"
    # (责任单位：审批处完成时限：2017年6月底: a field after the units, glued, names none of them)
    r"|完成时限|完成时间|完成期限|时间节点|时限要求|时间要求"
    # (牵头处室：机关党委配合处室：各处室: a township's offices labelled as its bureau's sections are)
    r"|(?:牵头|配合|协办|协同)(?:处室|科室|股室)"
    # (牵头领导:周训岚牵头处室:X责任处室（单位）:Y — a leader's field before the units, its label's note, a
    # half-width colon: a township page's three fields run together)
    r"|(?:牵头|责任|分管|包片|挂钩)领导)(?:[（(](?:单位|部门)[）)])?[：:]"
)
# …人事科　整改时限：…: one full-width space before the next field's label is a break too.
_SEGMENT_BREAK = compile_lazily(r"[；。！\n]|\s{2,}|\t|[ \u3000](?=[\u4e00-\u9fff]{2,8}[：:])")
_PHRASE_BREAK = compile_lazily(r"，")
# A bureau's own plan names its offices: 责任科室 / 责任处室 / 责任股室 label a clause as 责任单位 does.
CLAUSE_WORDS = compile_lazily(
    r"牵头|责任单位|责任部门|责任主体|责任科室|责任处室|责任股室|责任站所|责任站办|配合|负责|参与|参加|协办|协作|协同|主办|主责|落实单位"
    r"|考核单位|按照?职责分工|按职责|组长单位|主体责任[：:]|监[督管]责任[：:]"
    # 承办单位 / 实施主体 / 推进单位 / 主管部门 as a label: a 督办单's or a project list's owners
    r"|承办|(?:实施|推进|执行)(?:单位|部门|主体)|主管部门|责任机构|(?:相关|支持|共同责任|次要责任|协调|联合)单位|相关部门[：:]"
    r"|协助|抓落实|负总责|组织实施|组织落实|共同(?:推进|落实|实施)"
    # labels that name the kind of party (责任乡镇：, 责任村：) or a township's assignment (包保单位：)
    r"|责任(?:乡镇|镇街|街道|村|社区|网格|局|科|股|处)[：:]|(?:包保|包联|挂点|挂包|帮扶|协责|合作|辅助)(?:单位|部门)"
)


@dataclass
class _ClauseParts:
    leads: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    cos: list[str] = field(default_factory=list)
    shared: list[str] = field(default_factory=list)  # 共同责任单位: co beside a lead, leads alone
    carry: list[str] = field(default_factory=list)
    odd: list[str] = field(default_factory=list)


def _trimmed(original: str) -> tuple[str, str]:
    """The phrase without surrounding blanks, as written and folded."""
    folded = fold(original).strip()
    offset = len(fold(original)) - len(fold(original).lstrip())
    return original[offset : offset + len(folded)], folded


def _role_of(original: str, parts: _ClauseParts, *, repeats: bool) -> tuple[list[str], list[str]] | None:
    """(the list a phrase's units belong to, its units), or None when the phrase names no units by role."""
    original, folded = _trimmed(original)
    if not folded:
        return None
    carry = _CARRY_OVER.match(folded) or (_INVOLVES.match(folded) if repeats else None)
    if carry:
        units = units_or_none(original[carry.start(1) : carry.end(1)])
        return (parts.carry, units) if units else None
    label = LABELLED.match(folded)
    role = label_role(label.group(1)) if label else None
    if role == "person":
        return None
    if label and role:
        roles = {"lead": parts.leads, "co": parts.cos, "member": parts.cos, "other": parts.others}
        target = roles.get(role, parts.shared)
        target, written = _labelled_role(target, original[label.start(2) : label.end(2)], parts)
        units = units_or_none(written, labelled=True, odd=parts.odd)
        return (target, units) if units else None
    for pattern, target, labelled in (
        (_LEAD_VERB, parts.leads, False),
        (_CO_VERB, parts.cos, False),
        (_OTHER_VERB, parts.others, False),
    ):
        match = pattern.match(folded)
        if match:
            written = original[match.start(1) : match.end(1)]
            if labelled:
                target, written = _labelled_role(target, written, parts)
            units = units_or_none(written, labelled=labelled, odd=parts.odd if labelled else None)
            if units:
                return target, units
    return None


def _labelled_role(target: list[str], written: str, parts: _ClauseParts) -> tuple[list[str], str]:
    """责任单位：X牵头 leads and 责任单位：X、Y等有关部门参加 cooperates: the verb outranks the label."""
    folded = fold(written)
    if target is parts.others:
        for verb, role in ((_LEAD_VERB, parts.leads), (_CO_VERB, parts.cos)):
            found = verb.match(folded)
            if found:
                return role, written[found.start(1) : found.end(1)]
    tail = _LABEL_TAIL.search(folded)
    if tail and tail.start() >= 2:
        written = written[: tail.start()]
    return target, written


def _is_verb_phrase(original: str) -> bool:
    """X配合 / X负责 / X牵头: units followed by what they do (not a label before them)."""
    folded = _trimmed(original)[1]
    label = LABELLED.match(folded)
    return not (label and label_role(label.group(1))) and any(
        p.match(folded) for p in (_LEAD_VERB, _CO_VERB, _OTHER_VERB)
    )


def _leads_by_verb(original: str) -> bool:
    """X牵头 / 责任单位：X牵头 — the leads marked by the verb, not by a 牵头单位： label."""
    folded = _trimmed(original)[1]
    label = LABELLED.match(folded)
    return bool(_LEAD_VERB.match(label.group(2) if label else folded))


# X配合Y落实 / X协助Y做好: the helper before the verb, the unit it helps after it.
_HELPS = compile_lazily(r"^(.{2,40}?)(?:配合|协助)(.{2,40}?)(?:做好|抓好)?(?:落实|实施|推进|开展|负责)$")


def _read_phrases(phrases: list[str], parts: _ClauseParts, *, repeats: bool) -> None:
    """Read the comma-separated phrases of one clause part.

    A bare list of units belongs to the verb that follows it (X牵头，Y、Z等部门，W配合: Y and Z
    cooperate), but leads when the verb is the helpers' and no lead is named (X，Y配合: Y helps X), else
    continues the role of the phrase before it (责任单位：区财政局，区商务局).
    """
    last_role: list[str] | None = None
    pending: list[str] = []  # bare lists waiting for the verb after them
    for phrase in phrases:
        helping = _HELPS.match(_trimmed(phrase)[1])
        if helping and not pending:
            # 省人事厅配合省委有关部门落实: the unit after 配合 leads, the one before it helps.
            original = _trimmed(phrase)[0]
            helpers = units_or_none(original[helping.start(1) : helping.end(1)], labelled=False)
            helped = units_or_none(original[helping.start(2) : helping.end(2)], labelled=False)
            if helpers and helped:
                parts.leads.extend(helped)
                parts.cos.extend(u for u in helpers if u not in parts.leads)
                last_role = None
                continue
        role = _role_of(phrase, parts, repeats=repeats)
        if role is not None:
            target, units = role
            if pending and _is_verb_phrase(phrase) and target is parts.cos and not parts.leads:
                parts.leads.extend(pending)  # （县发改局，县工信局、县住建局配合）: the one helped leads
            elif pending and _is_verb_phrase(phrase) and target is not parts.carry:
                target.extend(pending)
            elif pending and last_role is not None:
                last_role.extend(pending)
            pending = []
            target.extend(units)
            last_role = None if target is parts.carry else target
            if target is parts.leads and _leads_by_verb(phrase):
                # X、Y牵头，Z、W: 牵头 marks the leads, so the units after it that no verb claims co-operate.
                last_role = parts.cos
            continue
        # 数据提供单位：市统计局 — a field whose label names no owner's role ends the list before it, and its
        # names answer for nothing (where a target's figure comes from is not who answers for it).
        field_label = LABELLED.match(_trimmed(phrase)[1])
        units = None if field_label else units_or_none(_trimmed(phrase)[0], labelled=False)
        if units:
            # A bare list waits for the verb after it (科技部、人力资源社会保障部，各省级人民政府按职责
            # 分工负责: all three are responsible), or joins the role before it.
            pending.extend(units)
        elif units is None and pending and last_role is not None:
            last_role.extend(pending)
            pending, last_role = [], None
        else:
            last_role = None
    if pending and last_role is not None:
        last_role.extend(pending)


# 市发改委统筹，市财政局落实: a verb only a lead is given, ending its phrase.
_LEAD_ONLY = compile_lazily(r"(?:统筹|主抓|抓总|会同)[\u4e00-\u9fff]*[，,；;]|会同")
# (--由省农业厅、省水利厅会同有关部门和各市(州)组织落实。: 由 before the leads, 组织落实 closing the sentence)
_TOGETHER = compile_lazily(
    r"^由?([^，,；;：:]{2,80}?)会同([^，,；;：:]{2,80}?)(?:共同)?(?:组织|负责|研究|抓好)?(?:负责|落实|实施|推进|办理)[。；;]?$"
)
# X牵头，会同Y、Z: the units the lead works with, named after its verb.
# (…，会同省财政厅、住房和城乡建设厅组织实施 / 会同省民政厅、物价局等单位负责落实: the verb closing the list is theirs)
_TOGETHER_AFTER = compile_lazily(
    r"(?<=[，,])\s*会同([^，,；;。\n]{2,80}?)(?:等(?:有关|相关)?(?:单位|部门))?"
    r"(?:共同)?(?:组织实施|负责落实|负责实施|抓好落实|落实|实施|推进|办理)?(?=[，,；;。]|$)"
)


def _helpers_after_lead(group: Callable[[int], str]) -> str:
    named = units_or_none(group(1), labelled=False)
    return f"{group(1)}配合" if named else group(0)


def _sub_folded(
    pattern: re.Pattern[str], content: str, replace: Callable[[Callable[[int], str]], str]
) -> str:
    """`pattern.sub` matched on the folded copy (a mirror's 會同…負責 as 会同…负责), its groups taken from `content`
    as written: folding keeps every offset."""
    written, last = [], 0
    for match in pattern.finditer(fold(content)):
        written += [content[last : match.start()], replace(lambda i, m=match: content[m.start(i) : m.end(i)])]
        last = match.end()
    return "".join([*written, content[last:]])


_BLANKS_AFTER_MARK = compile_lazily(r"(?<=[：:])\s+|(?<=、)[ \u3000]+")  # a line break after a label too


# （市交通委牵头负责、各区政府组织落实）: after a role's verb 、 opens the next phrase, as ， does
_ROLE_THEN_LIST = compile_lazily(r"(牵头负责|负责落实|组织落实|牵头)、")


_DUTY_LABEL = compile_lazily(r"^(\s*)负责\s*[：:]\s*(?=\S)")


def read_clause(content: str) -> Responsibility:
    """Read the inside of one clause (a parenthesis or a line of its own); empty when it is no clause."""
    content = joined_wraps(content)  # 责任单\n位：… — a copy's break inside a label or a name
    content = _DUTY_LABEL.sub(r"\1责任单位：", content)  # （负责：院办、绩效办）: 负责 as the label
    if not (CLAUSE_WORDS.search(fold(content)) or _LEAD_ONLY.search(fold(content))):
        return Responsibility()
    # 市发改委会同市财政局负责: the unit that 会同 the others leads them.
    content = _sub_folded(_TOGETHER, content, lambda group: f"{group(1)}牵头，{group(2)}配合")
    content = _sub_folded(_TOGETHER_AFTER, content, _helpers_after_lead)
    content = _unwrapped_labels(content)
    # 责任单位:  市住建局、  大数据局 — blanks typed after a colon or a list mark are no break between parts
    content = _BLANKS_AFTER_MARK.sub("", content)
    content = _ROLE_THEN_LIST.sub(r"\1，", content)
    parts = _ClauseParts()
    # The rule sentence inside a clause (…，排在首位的为牵头单位，下同) names no unit.
    content = blank_rule(content)
    # 各区人民政府（含开发区、长江新区管委会，下同）: the note's 下同 goes, the note stays whole with its name
    content = _NOTE_SAME_BELOW.sub("", content)
    for note in reversed(list(_ALIAS_IN_LIST.finditer(fold(content)))):
        content = (
            content[: note.start()] + content[note.end() :]
        )  # …管委会，以下统称各县（区）政府，市政府各部门
    folded = fold(content)
    pieces: list[str] = []
    start = 0
    for match in _SEGMENT_BREAK.finditer(folded):
        pieces.append(content[start : match.start()])
        start = match.end()
    pieces.append(content[start:])
    pieces = _lists_go_on(pieces)
    repeats = bool(_REPEATS.search(folded))
    for segment in pieces:
        subsegments = _label_parts(segment)
        for subsegment in subsegments:
            phrases: list[str] = []
            phrase_start = 0
            for match in _PHRASE_BREAK.finditer(fold(subsegment)):
                phrases.append(subsegment[phrase_start : match.start()])
                phrase_start = match.end()
            phrases.append(subsegment[phrase_start:])
            _read_phrases(phrases, parts, repeats=repeats)
    if parts.leads:
        leads, cos = parts.leads, parts.cos + parts.others + parts.shared
    elif parts.others:
        # 责任单位：X with 配合单位：Y and no 牵头: X answer for it, Y co-operate (docs/plan-reading.md).
        leads, cos = parts.others, parts.cos + parts.shared
    elif parts.shared:
        leads, cos = parts.shared, parts.cos
    else:
        # Only 配合单位 named (the lead's line lost, or never written): they are co-units as the document
        # says, and the measure has no lead, which the review screen shows — no lead is guessed.
        leads, cos = [], parts.cos
    odd = unique_units([u for u in parts.odd if u in leads or u in cos])
    cos = [unit for unit in cos if unit not in leads]  # 责任单位：X、Y，其中X牵头: X leads, Y helps
    return Responsibility(
        unique_units(leads), unique_units(cos), unique_units(parts.carry), bool(parts.leads), odd
    )


def _lists_go_on(pieces: list[str]) -> list[str]:
    """责任单位：区发改委；区财政局 / a bracket wrapped after 、: names alone after a labelled part are its list's."""
    joined: list[str] = []
    for piece in pieces:
        folded = fold(piece).strip()
        alone = bool(folded) and not CLAUSE_WORDS.search(folded) and ":" not in folded and "：" not in folded
        if joined and alone and fold(joined[-1]).rstrip().endswith(("和", "及", "与")):
            joined[-1] = (
                f"{joined[-1].rstrip()}{piece.strip()}"  # 市人力资源和 / 社会保障局: a name a wrap broke
            )
        elif (
            joined
            and alone
            and LABELLED.match(fold(joined[-1]).strip())
            and all(ends_like_unit(unit) for unit in split_units(piece))
        ):
            joined[-1] = f"{joined[-1].rstrip('、，, ')}、{piece.strip()}"
        else:
            joined.append(piece)
    return joined


def _label_parts(segment: str) -> list[str]:
    """A clause part cut before each label that follows without punctuation (牵头单位：X责任单位：Y).

    Labels are found in the folded text, longest first, so 责任单位 inside 牵头责任单位 is no cut."""
    starts = [match.start() for match in _LABEL_START.finditer(fold(segment)) if match.start() > 0]
    bounds = [0, *starts, len(segment)]
    return [segment[a:b] for a, b in pairwise(bounds) if segment[a:b]]


_CJK_SPACE = compile_lazily(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")


def _unwrapped_labels(content: str) -> str:
    """A clause copied from a PDF keeps the space where a line wrapped (`牵 头单位：`): when dropping the
    spaces between Chinese characters brings out more labels, the clause is read without them."""
    joined = _CJK_SPACE.sub("", content)
    if len(_LABEL_START.findall(fold(joined))) > len(_LABEL_START.findall(fold(content))):
        return joined
    return content
