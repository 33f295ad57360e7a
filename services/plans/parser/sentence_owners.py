"""Owners a measure names in a sentence rather than a bracket: 由X牵头，Y配合 / 由X会同Y负责 / 由X、Y分别与Z共同编制 /
道路交通专项督查组由县公安局组织实施 / 责任单位为区经信局 / 县政府办、县发改局等牵头部门，要….

`clause_spans.clauses_in` reads them where no bracketed clause covers the same words.
"""

from __future__ import annotations

from dataclasses import replace

from services.plans.parser.clauses import units_or_none
from services.plans.parser.closing_sentence import co_subjects
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.opening_owners import without_role
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.sentence_subjects import also_in_charge
from services.plans.parser.text import ends_like_unit, fold, is_party

# 由发展改革委会同中央农办、农业部等部门研究提出落实意见 / 由国土资源部会同农业部等部门负责落实: a sentence
# that names who leads (after 由) and who works with the lead (after 会同), as national 分工 notices write it.
# 部门（单位）: a list's word for "departments or units", part of the name it closes.
_OR_UNITS = r"[（(](?:部门|单位)[）)]"
# a helper's name with its note: 各村（居）委会, 其他相关部门（单位）
_NOTE_IN_NAME = r"[（(][^（()）\n]{1,14}[）)]"  # 市市场监管局（市食品药品检验检测中心）
# 等有关部门 / 等省级主管部门（单位）: the others of the list, no unit of their own.
_SOME_OTHERS = rf"(?:等(?:有关|相关|省级|市级|县级|区级)?(?:主管)?(?:部门|单位)(?:{_OR_UNITS})?)"
_SENTENCE_OWNER = compile_lazily(
    r"(?:^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,3}[.、．])?"
    # Each name of the list up to 40 characters (由省政府办公厅、住房城乡建设厅、…、财政厅等省级主管部门（单位）牵头).
    # (由县发展和改革局（粮食局）牵头: a name's note in brackets)
    rf"|(?<=[，,。；;：:\n）)]))\s*由((?:[^，,。；;：:（(\n、]{{2,40}}?、){{0,30}}?[^，,。；;：:（(\n、]{{2,40}}?(?:{_NOTE_IN_NAME})?)"
    # (由市交通局、水利局分别与11个县区政府共同编制: each lead with its partners, who help)
    r"(?:(?:会同|分别与|分别同)([^，,。；;：:（(\n]{2,160}?))?"
    # the verb, not the start of a name's last word (由县委组织部牵头: 组织 is no verb here)
    rf"{_SOME_OTHERS}?(?:共同|具体|按职责|分别)?(?:负责|牵头|研究|组织|落实|制定|提出|承担|承办|主办|督促|编制)"
    r"(?![部处科室股局委办厅])"
    # 由市贸发局负责，市农业局、工商局配合，… / 由乡三农服务中心承办，乡畜牧站、卫生院配合。 / 由X牵头完成自查
    # 报告，其他相关部门（单位）配合
    # (…牵头负责，由省教育厅、省旅游局等单位组成: the members after a second 由)
    rf"(?:[^，,。；;：:（(\n]{{0,20}}?[，,](?!\s*会同)\s*由?((?:[^，,。；;：:（(\n]|{_NOTE_IN_NAME}){{2,160}}?){_SOME_OTHERS}?"
    # (a 预案's working group: 由县水务局牵头，县气象局、县自然资源局组成 — its members help the lead; 由X牵头，Y、Z按职责
    # 分工落实)
    r"(?:积极|踊跃|广泛|主动|全力|密切|大力|认真|全面|共同|具体|分别)?"
    r"(?:配合|协办|协助|参与|参加|组成|按照?职责分工(?:抓好)?落实"
    # 由市发改委牵头，市经委、市交通局分别与区、县政府和园区共同编制: the helpers and their partners
    r"|(?:分别)?[与同]([^，,。；;：:（(\n]{2,60}?)共同(?:编制|制定|实施|推进|完成|负责|研究)))?"
    # 由市民政局牵头，会同市财政局、市商务局，2025年底前…: the units the lead works with, after its verb
    rf"(?:(?:[，,]\s*)?会同((?:[^，,。；;：:（(\n]|{_NOTE_IN_NAME}){{2,160}}?)"
    # a verb, not the start of a name (组织部, 研究室, 推进办, 编制委员会)
    r"(?=[，,。；;]|编制(?!委员会|办)|研究(?!室|院|中心)|制定|推进(?!办|中心)|推动|开展|落实|做好|组织(?!部)|完成|实施"
    r"|建立|出台|组成|进一步|加快|抓紧|负责|具体|协调|共同|分别))?"
)

_ADVERB = compile_lazily(r"及时|立即|迅速|尽快|及早|适时")


# 道路交通专项督查组由县公安局组织实施 / 其总体工作由县安委办组织推进: a short subject (the group, the work)
# before 由 — read only where nothing else in the measure names an owner, and not with a bare 负责 (资金由街道
# 负责 says who pays, not who does the work).
_SUBJECT_BY = compile_lazily(
    r"(?:^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、．])?|(?<=[，,。；;\n]))"
    r"\s*[^，,。；;：:（(\n由]{2,30}由([^，,。；;：:（(\n]{2,30}?)(?:牵头负责|牵头|组织实施|组织推进|承办)"
    # …，市住建局、市财政局参与: the helpers after the lead (此项工作由市教育局牵头，… / 运营方案由X牵头制定，Y参与 /
    # 现场处置组由X牵头，Y、Z组成)
    r"(?:[^，,。；;：:（(\n]{0,12}?[，,]\s*由?([^，,。；;：:（(\n]{2,120}?)(?:积极|踊跃|主动|全面|共同|具体|分别)?"
    r"(?:配合|协办|协助|参与|参加|组成))?"
)


# 发现毁林的，通报区公安局、资源生态局，由其负责查处。: the units a problem is handed to, named before 由其 (by
# them), answer for dealing with it (a 巡查's 问题查处 routing)
_HANDED_TO = compile_lazily(
    r"(?:通报|移交|移送|转交|交由|抄告|告知)([^，,。；;：:\n]{2,60}?)[，,]\s*由其(?:负责|依法|及时)"
)


# …，责任单位为区经信局； / 牵头单位是市发改委: the label, then 为/是 and the units, in a sentence.
_LABEL_IS = compile_lazily(
    # 华声小区的责任单位是市人社局 / 其责任单位为海城区政府: whose label it is, before it
    r"(?:^|(?<=[，,。；;：:\n]))\s*(?:[^，,。；;：:\n的]{1,12}的|其)?"
    # not a definition (…的责任单位是指承担…的部门, 牵头单位为该项工作的第一责任单位)
    r"(牵头单位|牵头部门|责任单位|责任部门)(?:均|都|分别)?(?:为|是)(?!指|该|本|各该|牵头|汇总|主办|配合|责任)([^，,。；;：:\n的]{2,80})(?=[，,。；;：:\n]|$)"
)


# 县政府办、县发改局…等牵头部门，要于每次调度会议前…: the owners named as the subject of the sentence,
# followed by the label that says what they are. 各牵头单位要… names nobody and is left alone.
_SUBJECT_OWNERS = compile_lazily(
    r"(?:^|(?<=[。；;\n]))\s*(?:[一二三四五六七八九十百]+、|\d+[.、．]|（[一二三四五六七八九十\d]+）)?"
    r"\s*([^，,。；;：:\n]{2,160}?)等?(牵头部门|牵头单位|责任单位|责任部门)(?:[，,]|要)"
)


def sentence_owners(
    text: str, found: list[tuple[tuple[int, int], Responsibility]]
) -> list[tuple[tuple[int, int], Responsibility]]:
    """Owners named in a sentence rather than a bracket (由X会同Y…负责), where no clause covers them."""
    owners: list[tuple[tuple[int, int], Responsibility]] = []
    for match in _SENTENCE_OWNER.finditer(fold(text)):
        if any(start <= match.start(1) < end for (start, end), _ in found):
            continue
        written = text[match.start(1) : match.end(1)]
        if (adverb := _ADVERB.search(fold(written))) and ends_like_unit(written[: adverb.start()]):
            written = written[
                : adverb.start()
            ]  # 由区财政金融局及时召集相关部门…研究: the lead, then its work
        leads = units_or_none(without_role(written), labelled=False)
        # 会同 before the verb, helpers after it, 会同 after it; 各乡镇做好… is a sentence, not a helper
        cos = [
            unit
            for group in (2, 3, 4, 5)
            if match.group(group)
            for unit in units_or_none(text[match.start(group) : match.end(group)], labelled=False) or []
            if not fold(unit).startswith("各") or is_party(unit)
        ]
        if leads and not cos:  # 由X负责…，Y负责…: each answers for its part; …，Y配合做好…: helps
            leads = [*leads, *(unit for unit in also_in_charge(text, match.end()) if unit not in leads)]
            cos = [unit for unit in co_subjects(text, match.end()) if unit not in leads]
        if leads and (cos or not match.group(2)):
            owners.append(
                ((match.start(), match.end()), Responsibility(tuple(leads), tuple(cos), named_lead=True))
            )
    if not found and not owners:
        for match in _SUBJECT_BY.finditer(fold(text)):
            leads = units_or_none(text[match.start(1) : match.end(1)], labelled=False)
            cos = units_or_none(text[match.start(2) : match.end(2)], labelled=False) if match.group(2) else []
            cos = [unit for unit in cos or [] if is_party(unit)]  # not 各学校要全员
            if leads and all(ends_like_unit(unit) and len(unit) >= 3 for unit in leads):
                said = Responsibility(tuple(leads), tuple(cos or ()), named_lead=True)
                owners.append(((match.start(1), match.end()), said))
    for match in _HANDED_TO.finditer(fold(text)) if not found and not owners else ():
        leads = units_or_none(text[match.start(1) : match.end(1)], labelled=False)
        if leads and all(ends_like_unit(unit) for unit in leads):
            cos = [unit for unit in co_subjects(text, match.end()) if unit not in leads]
            owners.append(
                ((match.start(1), match.end()), Responsibility(tuple(leads), tuple(cos), named_lead=True))
            )
    for match in _LABEL_IS.finditer(fold(text)):
        if any(start <= match.start(2) < end for (start, end), _ in [*found, *owners]):
            continue
        units = units_or_none(text[match.start(2) : match.end(2)], labelled=False)
        if units:
            lead = "牵头" in match.group(1)
            owners.append(((match.start(), match.end()), Responsibility(tuple(units), named_lead=lead)))
    for match in _SUBJECT_OWNERS.finditer(fold(text)):
        if any(start <= match.start(1) < end for (start, end), _ in [*found, *owners]):
            continue
        units = units_or_none(text[match.start(1) : match.end(1)], labelled=False)
        if units and all(ends_like_unit(unit) for unit in units):  # not 各主要责任单位要…
            lead = "牵头" in match.group(2)
            owners.append(((match.start(), match.end()), Responsibility(tuple(units), named_lead=lead)))
    return owners


# …由市文化出版局和大型活动部组织，市教育局、各县区教育局配合 / 场地由大型活动部落实，市文化出版局配合: the phrase
# before the helpers' names whom they help, with whatever verb of doing it.
_HELPED_BY = compile_lazily(
    r"由([^，,。；;：:（(\n由]{2,40}?)(?:组织实施|组织|落实|实施|负责|承办|办理|完成|提供|安排)[^，,。；;：:\n]{0,6}?[，,]\s*$"
)


def helped_before(
    text: str, found: list[tuple[tuple[int, int], Responsibility]]
) -> list[tuple[tuple[int, int], Responsibility]]:
    """The clauses, one that names only helpers (`，Y配合`) with the leads the phrase right before it names."""
    folded = fold(text)
    result: list[tuple[tuple[int, int], Responsibility]] = []
    for (start, end), said in found:
        match = (
            None
            if said.lead_units or not said.co_units
            else _HELPED_BY.search(folded, max(0, start - 60), start)
        )
        leads = units_or_none(text[match.start(1) : match.end(1)], labelled=False) if match else None
        if match and leads and all(is_party(unit) and ends_like_unit(unit) for unit in leads):
            said = replace(
                said, lead_units=tuple(leads), named_lead=True
            )  # (its notes and carried units kept)
            start = match.start()
        result.append(((start, end), said))
    return result
