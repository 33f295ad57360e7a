"""A measure's owners written as its last sentence, with no bracket or label: …确保取得实效。市发改委牵头，
市财政局配合。 Read only where nothing else in the measure names an owner."""

from __future__ import annotations

import re
from dataclasses import replace

from services.plans.parser.clauses import read_clause
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.text import GENERIC_ROLE, ends_like_unit, fold, is_party

_FOR_THE_ABOVE = compile_lazily(
    r"\s*(?:以上|上述|此项|该项|本项|这项)[\u4e00-\u9fff]{0,6}?(?:工作|任务|事项|内容|措施)?均?由"
)
# The last sentence: what follows the measure's last full stop but one (or its only one), to its end.
_LAST_SENTENCE = compile_lazily(r"(?<=[。；;])\s*([^。；;\n]{4,120})[。；;]?\s*$")
# A clause sentence is only names and the words that give them roles, commas between.
# Each of its phrases ends on the role its names play: 市发改委牵头 / 市财政局等部门配合 / 由市X局负责.
_ROLE_END = compile_lazily(r"(?:牵头|负责|配合|参与|协办|协同|协助|落实)[\u4e00-\u9fff]{0,2}$|负责组织实施$")


# 区住建局负责…，区财政局配合做好资金保障: a later phrase whose subject 配合s is the opening unit's co-unit
# (配合市住建局组织… names the unit helped, not a helper: nothing stands between the comma and 配合).
_CO_SUBJECT = compile_lazily(
    # 区住建局（区征收办）配合: a name's note in brackets
    r"[，,；;。]\s*((?:[^，,。；;：:（(\n]|[（(][^（）()\n]{1,12}[）)]){2,300}?)(?:等(?:有关|相关)?(?:部门|单位))?"
    r"(?:配合|协助|协同|参加)"
)


# 县教育局：负责考试的组织，会同县公安局做好考点安全: the unit the opening one works with helps it
_WORKS_WITH = compile_lazily(
    # (区城管局要会同区交通局规范…: after the subject's 要 or 牵头 too)
    r"(?:[，,；;]|(?<=负责)|(?<=[。：:要])|(?<=牵头))\s*会同([^，,。；;：:（(\n]{2,40}?)(?:等(?:有关|相关)?(?:部门|单位))?"
    r"(?=对|做好|开展|进行|加强|落实|组织|研究|制定|共同|负责|抓好|实施|加快|办理|推进|完成|抓紧|尽快|规范|督促|整治"
    r"|排查|检查|清理|完善|建立|编制|起草|审核|指导|协调|监督|做|严厉|严格|打击|联合|[，,])"
)

# X牵头，Y、Z等单位共同做好… / X、Y牵头，A及B等单位分别负责…: the list right after the lead's 牵头 works with it
_OTHERS_AFTER_LEAD = compile_lazily(
    r"(?<=牵头)[，,]\s*((?:[^，,。；;：:（(\n]|[（(][^（）()\n]{1,12}[）)]){2,300}?)"
    r"(?:等(?:有关|相关)?(?:部门|单位)(?:共同|分别|具体)?|共同|分别)"
    r"(?=负责|做好|开展|落实|推进|实施|抓好|完成|做|指导|研究|制定)"
)

# …项目建设。区经发局牵头，区交建局、环土局、电信公司: a task table's 责任单位 cell run in after its task, the lead
# then its helpers, names alone to the text's end
_HELPERS_CLOSING = compile_lazily(
    r"(?<=牵头)[，,]\s*((?:[^。；;：:（(\n]|[（(][^（）()\n]{1,12}[）)]){2,300}?)\s*[。；;]?\s*$"
)

# 各镇人民政府负责…，区住房和城乡建设局负责指导: a later phrase whose subject answers for its own part
_NAME = r"(?:[^，,。；;：:（(\n、]|[（(][^（）()\n]{1,8}[）)]){2,20}"  # (各乡镇（街道）: a bracketed kind of place)
_LEAD_SUBJECT = compile_lazily(
    # (a name as a place's body opens, right after the comma: not 重点检查县交通局负责推进的…, not 县政府负责同志)
    rf"[，,；;]\s*((?=[省市县区州旗盟镇乡各])(?:{_NAME}、){{0,5}}{_NAME}?)"
    r"(?:分别|具体)?(?:负责|牵头)(?![人的]|同志)"
)


# …。市交通委、市住房城乡建设管理委和各区政府要聚焦…: a later sentence of the item opening on its own subject, each
# answering for its part as the opening unit does
_LATER_SUBJECT = compile_lazily(
    rf"(?<=[。])\s*((?=[省市县区州旗盟镇乡各])(?:{_NAME}[、和]){{0,6}}{_NAME}?)要(?!求)"
)


def lead_subjects(text: str, after: int) -> tuple[str, ...]:
    """The organisations a duty paragraph opening on its unit names as subjects of a later 负责 (after
    `after`): each leads its own part of the work, as the opening unit does."""
    found: list[str] = []
    folded = fold(text)
    # (X牵头，Y、Z等单位负责…: after the lead's 牵头 the list works with it, co_subjects reads it)
    helping = {match.start(1) for match in _OTHERS_AFTER_LEAD.finditer(folded, after)}
    for match in _LEAD_SUBJECT.finditer(folded, after):
        if match.start(1) in helping:
            continue
        names = text[match.start(1) : match.end(1)].split("、")
        if all(is_party(name) and ends_like_unit(name) for name in names):
            found.extend(name for name in names if name not in found)
    return tuple(found)


def later_subjects(text: str, after: int) -> tuple[str, ...]:
    """The units later sentences of the item open on as their subjects (`。Y和Z要…`), from `after` on."""
    found: list[str] = []
    for match in _LATER_SUBJECT.finditer(fold(text), after):
        names = [
            part for name in text[match.start(1) : match.end(1)].split("、") for part in _and_split(name)
        ]
        if all(is_party(name) and ends_like_unit(name) for name in names):
            found.extend(name for name in names if name not in found)
    return tuple(found)


def _and_split(name: str) -> list[str]:
    """市公安局和各区政府: two names, each whole; 区住房和城乡建设局: one."""
    head, joined, tail = name.partition("和")
    whole = joined and ends_like_unit(head) and is_party(head) and is_party(tail) and ends_like_unit(tail)
    return [head, tail] if whole else [name]


def co_subjects(text: str, after: int) -> tuple[str, ...]:
    """The units a measure opening on its own unit (a duty paragraph, `（一）局办公室负责…`) names as the
    subjects of 配合 after that opening (at `after`), or as those it works with (会同X做好…)."""
    found: list[str] = []
    folded = fold(text)
    matches = [*_CO_SUBJECT.finditer(folded, after), *_WORKS_WITH.finditer(folded, after)]
    for match in [*matches, *_OTHERS_AFTER_LEAD.finditer(folded, after)]:
        said = read_clause(f"{text[match.start(1) : match.end(1)]}配合")
        if said.co_units and all(is_party(unit) for unit in said.co_units):
            found.extend(u for u in said.co_units if u not in found)
    closing = None if found else _HELPERS_CLOSING.search(folded, after)
    # (由X牵头，Y承办。: Y's own role said, which the clause readers read — names alone are helpers)
    if closing and not re.search(r"承办|主办|协办|督办|负责|牵头|配合|参与|落实|实施", closing.group(1)):
        # (区社会事业局、财金局，区直有关单位: one list)
        listed = re.sub(r"[，,]", "、", text[closing.start(1) : closing.end(1)])
        said = read_clause(f"{listed}配合")
        if said.co_units and all(is_party(unit) and ends_like_unit(unit) for unit in said.co_units):
            found.extend(said.co_units)
    return tuple(found)


def closing_sentence(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    """The units of the measure's last sentence when it is a clause without brackets: every name it
    gives ends as an organisation's does, so a sentence such as 各部门要密切配合 names nobody."""
    folded = fold(text).rstrip()
    last = _LAST_SENTENCE.search(folded)
    if last is not None and all(_ROLE_END.search(p) for p in re.split(r"[，,]", last.group(1))):
        start, end = last.start(1), last.end(1)
    elif (phrases := _closing_phrases(folded)) is not None:
        start, end = phrases  # 做好汛期值班工作，县应急局牵头，县水利局配合。
    else:
        return []  # 包括完成某小学改造，资金由街道负责: a phrase of work, not only names and their roles
    if above := _FOR_THE_ABOVE.match(folded, start):
        start = above.end()  # 以上工作由X负责，Y配合 / 此项工作由X负责: the units, for the points above
    said = read_clause(text[start:end])
    if not said.lead_units:
        # …，市卫健委、市教育局配合。 under a unit's heading: its helpers, the lead the heading's
        helpers = said.co_units and all(
            is_party(u) and not GENERIC_ROLE.match(fold(u)) for u in said.co_units
        )
        return [((start, end), said)] if helpers else []
    if not all(is_party(u) for u in said.lead_units):
        return []
    # …，各乡镇要积极配合: a request to the places, no named helper; the lead still answers
    said = replace(said, co_units=tuple(u for u in said.co_units if is_party(u)))
    return [((start, end), said)]


_SENTENCE_END = compile_lazily(r"([^。；;\n]+?)[。；;]?\s*$")
_UNITS_AND_ROLE = compile_lazily(
    r"^\s*由?((?:[^，,。；;：:（(\n]|[（(][^（()）\n]{1,8}[）)]){2,80}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:牵头|负责|配合|参与|协助|协办)\s*$"
)


def _closing_phrases(folded: str) -> tuple[int, int] | None:
    """The span of the phrases that close the last sentence after its work, each only names and the role
    they play (…工作，县应急局牵头，县水利局配合。), when the first of them names a lead."""
    sentence = _SENTENCE_END.search(folded)
    if sentence is None:
        return None
    cuts = [sentence.start(1)] + [m.end() for m in re.finditer(r"[，,]", sentence.group(1))]
    ends = [*(cut - 1 for cut in cuts[1:]), sentence.end(1)]
    start = None
    for begin, end in reversed(list(zip(cuts, ends, strict=True))):
        phrase = _UNITS_AND_ROLE.match(folded[begin:end])
        if phrase is None or not all(is_party(u) for u in _all_units(read_clause(folded[begin:end]))):
            break
        start = begin
    if start is None or start == cuts[0]:
        return None  # no work before them: the whole sentence is the clause closing_sentence reads
    # …，各县（区）人民政府配合。: helpers only, whom closing_sentence checks
    return start, sentence.end(1)


def _all_units(said: Responsibility) -> tuple[str, ...]:
    return (*said.lead_units, *said.co_units) or ("",)


def after_opening(
    text: str, opening_end: int, units: tuple[str, ...] | list[str], helpers: tuple[str, ...] | list[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The leads and helpers of a measure that opens on its units (ending at `opening_end`, its verb after): the
    subjects of a later `，Y负责` lead with them, those `配合` help; a later sentence's subject (`。Y要…`) answers
    for its part — and helps, where the opening unit 牵头s (市财政局要牵头…。市卫生健康委要加强…)."""
    cos = (*helpers, *co_subjects(text, opening_end))
    leads = (*units, *(unit for unit in lead_subjects(text, opening_end) if unit not in units))
    later = [unit for unit in later_subjects(text, opening_end) if unit not in leads]
    if "牵头" in fold(text)[max(0, opening_end - 2) : opening_end + 4]:
        return leads, (*cos, *(unit for unit in later if unit not in cos))
    # (…会同市公安局…。市公安局要…: a helper of one sentence that leads its own)
    return (*leads, *later), tuple(unit for unit in cos if unit not in later)
