"""Owners named as a sentence's subject, with no label and no 由 before them.

`市民政局会同市卫生健康委、市医保局推动…` and `市教育局要会同市自然资源和规划局，于…完成…` name the lead
(the subject) and the units it works with (after 会同); `由市民政局牵头，会同市财政局、市商务局，…` names
them after the lead's verb; `市商务局负责，统筹推进…` names the lead before its work. Read only where
nothing else in the measure names an owner (clause_spans), and only names that end as organisations do,
so `各地要会同…` and `工作专班负责，…` name nobody.
"""

from __future__ import annotations

from services.plans.parser.clauses import units_or_none
from services.plans.parser.closing_sentence import co_subjects
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.opening_owners import ITEM_NUMBER, PEOPLE, PERSON_IN_CHARGE, PREAMBLE, without_role
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.text import GENERIC_ROLE, fold, is_party

# No tab: a table row's cells are no sentence.
# a name's characters, or a bracketed kind of place in it (各村（居）委会, 各县（市、区）政府)
_CHAR = r"(?:[^，,。；;：:（(\n\t、]|[（(][^（()）\n]{1,8}[）)])"
_NAMES = rf"(?:{_CHAR}{{2,30}}?、){{0,12}}?{_CHAR}{{2,30}}?"
_OTHERS = r"(?:等(?:有关|相关)?(?:部门|单位))?"
# what follows the units a lead works with (会同Y推动… / 会同Y依法拆除…)
_AFTER_HELPERS = (
    r"[，,]|推动|推进|负责|落实|开展|制定|研究|做好|实施|建立|完善|出台|组织|加强|抓好|完成|共同|编制|督促|指导|监督"
    r"|协调|统筹|做实|加快|对|抓紧|尽快|立即|及时|认真|切实|全力|进一步|在|于|按|就|向|从|把|将|积极|争取|主动|提前"
    r"|依法|依规|联合|定期|每"
)
_TOGETHER = compile_lazily(
    # (会议议定：请区教育局会同区卫健局开展…: after a decision's colon too)
    rf"(?:^[ \u3000]*{ITEM_NUMBER}?|(?<=[，,。；;\n])|(?<=[：:](?=[ \u3000]*请)))[ \u3000]*(?:由|请)?({_NAMES})(?:要|将|应)?"
    rf"(?:牵头[，,]\s*)?会同({_NAMES}){_OTHERS}"
    rf"(?={_AFTER_HELPERS}|牵头)"
)
# …，会同属地派出所落实巡逻防控: the units a measure works with, its lead named elsewhere (a heading)
_WITH = compile_lazily(rf"(?<![\u4e00-\u9fff])会同({_NAMES}){_OTHERS}(?={_AFTER_HELPERS})")
# 3.落实临时停放调蓄点，区建管委牵头，针对…: the item's topic, then its lead at the head of the next phrase
_TOPIC = r"(?:[^，,。；;：:（(\n由]{2,30}[，,][ \u3000]*)?"  # (…工作由X统一领导，Y牵头: the topic names its own lead)
# …负责，Y配合。 is a clause sentence (closing_sentence reads it): here the lead is followed by its work.
# 3.重点工程片：X牵头，Y配合，负责…: after a place's label too
_LEAD_THEN_WORK = compile_lazily(
    # (会议确定，X牵头，Y配合，加快…: after what the meeting decided too)
    rf"(?:^[ \u3000]*{ITEM_NUMBER}?{_TOPIC}|(?<=[。；;\n：:])|(?<=会议[确明议决要同][定确定定求意][，,]))[ \u3000]*({_NAMES})"
    r"(?:牵头负责|负责|牵头)[，,]"
    r"(?![^，,。；;\n]{2,80}?(?:配合|参与|协助|协办|协同)[\u4e00-\u9fff]{0,2}(?:[。；;]|$))"
)

# 设立市…指挥部，指挥…工作。市公安局牵头制定和组织实施应急预案，…等有关部门和单位参加。: a sentence
# whose subject leads its work, no comma after 牵头
_LEAD_DOING = compile_lazily(
    # (3.庭院美化：村妇联牵头开展…: after the item's topic and its colon too)
    rf"(?:^[ \u3000]*{ITEM_NUMBER}?(?:[^，,。；;：:\n]{{2,8}}[：:])?{_TOPIC}|(?<=[。；;\n]))[ \u3000]*({_NAMES})牵头"
    r"(?=制定|组织|开展|实施|做好|推进|落实|研究|起草|编制|建立|抓好|推动|协调)"
)


# 按照街道党工委、办事处实施…: what the work follows, not who does it
_PREPOSITION = r"(?:按照|根据|依据|依照|结合|围绕|通过|为了|为|在|对|经|以|从|向|把|将|凡|各级|全)"
_LINE_NAME = r"[^\s，,。；;：:（()、]{2,20}?"  # no blank: `县发改委 一季度实施…` is a table row's cells
_LINE_NAMES = rf"(?:{_LINE_NAME}、){{0,6}}?{_LINE_NAME}"
# 6.4 交通运输保障 / 市交通局、平凉火车站组织对被毁坏的公路…抢修；…: a 预案's 保障 part gives each line's work to
# the units that open it, with no 负责 (组织, 调运, 协助…). Only at a line's start: after a 。 the subject may
# be the office that runs an appraisal, not an owner (二、考核认定。市政府办公室组织有关部门…).
_LINE_DOING = compile_lazily(
    rf"(?:^|(?<=\n))[ \u3000]*(?![\d０-９（(一二三四五六七八九十①-⑳]|{_PREPOSITION})({_LINE_NAMES})"
    r"(?=(?:组织(?!网络|机构|体系|架构|召开|领导)|协调|协助|调运|调配|调集|调度|抢修|维护|监督|提供|实施|开展|做好|落实"
    # (盟交通局、铁路乌兰浩特站要尽快恢复… / 武警兴安盟支队加强对…的警戒: a 预案's 保障 line)
    r"|要(?=尽快|及时|立即|迅速|全力|做好|加强|负责)|加强"
    # (市卫生局对可能发生的传染病进行监测预警: what it acts on, then its work)
    r"|对(?=[^。；;\n]{2,40}?(?:进行|开展|实施|采取)))"
    r"(?![厅局委办部站处科中]|所(?!需|有|属|在))(?![^。；;\n]{0,40}了))"  # (…开展了整治，查处…: what was done, a report's)
)
# …局 / …委 / …公司 / …支队: how the name of the line's subject ends (a wrap's 省人力资源和社会 does not)
_ORGANISATION = compile_lazily(r"(?:局|委|办|厅|院|站|队|公司|中心|所|部|会|政府|街道|乡|镇|室|处|科|集团)$")


# (三)预测预报。省气象局、水利厅、海洋与渔业局等单位共同做好… / 省卫生厅、农业厅等单位指导…: two or more units,
# 等单位 closing the list, the sentence's subject at the measure's start or after its topic's full stop
_OTHERS_TOGETHER = compile_lazily(
    rf"(?:^[ \u3000]*{ITEM_NUMBER}?(?:[^，,。；;：:\n]{{2,16}}[。：:])?|(?<=[。；;\n]))[ \u3000]*"
    # (配合市防艾办、卫生局等部门做好…: whom the measure's owner helps, not its subject)
    rf"(?![\d（(一二三四五六七八九十]|配合|联合|会同|协助|协同|督促|指导|组织|{_PREPOSITION})((?:{_CHAR}{{2,30}}?、){{1,12}}?{_CHAR}{{2,30}}?)等(?:有关|相关)?(?:部门|单位)(?:共同|分别|具体)?"
    r"(?=负责|做好|开展|落实|推进|实施|抓好|完成|指导|研究|制定|组织)"
)


def subject_owners(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    """The owners a measure names as a sentence's subject, or []."""
    folded = fold(text)
    together = _TOGETHER.search(folded)
    if together:
        leads = _named_units(text[together.start(1) : together.end(1)])
        cos = _named_units(text[together.start(2) : together.end(2)], helpers=True)
        if leads and cos:
            return [
                (
                    (together.start(1), together.end()),
                    Responsibility(tuple(leads), tuple(cos), named_lead=True),
                )
            ]
    lead = _LEAD_THEN_WORK.search(folded) or _LEAD_DOING.search(folded)
    if lead:
        leads = _named_units(text[lead.start(1) : lead.end(1)])
        if leads:
            helpers = tuple(u for u in co_subjects(text, lead.end() - 1) if u not in leads)  # …，Y协助，开展…
            return [((lead.start(1), lead.end()), Responsibility(tuple(leads), helpers, named_lead=True))]
    if (together := _OTHERS_TOGETHER.search(folded)) and (leads := _named_units(together.group(1))):
        return [((together.start(1), together.end()), Responsibility(tuple(leads), (), named_lead=True))]
    return (
        _asked(text, folded)
        or _agreed(text, folded)
        or _each_in_charge(text, folded)
        or _line_subjects(text, folded)
        or _item_subject(text, folded)
    )


def helpers_with(text: str) -> tuple[str, ...]:
    """The units after 会同 in a measure whose lead is named elsewhere (…，会同属地派出所落实…), or ()."""
    folded = fold(text)
    found = [_named_units(text[m.start(1) : m.end(1)], helpers=True) for m in _WITH.finditer(folded)]
    return tuple(dict.fromkeys(unit for units in found if units for unit in units))


def each_line_doing(last: str, line: str) -> bool:
    """`市发展改革委、市粮食局调运粮食…` then `市民政局调配救济物品…`: lines of one 保障 part, each opening on the
    units that do its work; the second is the part's too, not a paragraph of no measure."""
    return all(_line_subjects(text, fold(text)) for text in (last, line))


_REQUESTS = ("要", "加强")


def _line_subjects(text: str, folded: str) -> list[tuple[tuple[int, int], Responsibility]]:
    """Each line's subject, a clause of its own: a paragraph after the first names its owners too."""
    found: list[tuple[tuple[int, int], Responsibility]] = []
    for doing in _LINE_DOING.finditer(folded):
        if folded.startswith(_REQUESTS, doing.end()) and folded[doing.start(1)] == "各":
            continue  # 各街道要加强组织领导: a request to every one of them, no owner
        named = _named_units(text[doing.start(1) : doing.end(1)])
        if named and all(_ORGANISATION.search(fold(unit)) for unit in named):
            found.append(((doing.start(1), doing.end()), Responsibility(tuple(named), named_lead=True)))
    return found


# （一）区党群工作部按照国家、省部署落实… / （八）区财政金融局确保整治工作所需经费…: a 职责分工's item opening on
# a body named with its place, its work after it with no 负责 (not 要: `X要…` names no owner)
_ITEM_SUBJECT = compile_lazily(
    rf"^[ \u3000]*{ITEM_NUMBER}[ \u3000]*((?:[省市县区州镇乡][\u4e00-\u9fff]{{1,12}}、)*[省市县区州镇乡][\u4e00-\u9fff]{{1,12}}?)"
    # (not 县教育局组织的各类考试: what the body runs, the subject of another sentence)
    # (区建设管理部门协同做好…: a sector's department, working with others)
    r"(?=(?:按照|根据|确保|做好|落实|加强|组织|指导|督促|统筹|协调|依法|严格|及时|定期|积极|全面|切实|承担|协同)(?!的))"
)


# (not every department, 区政府工作部门 / 相关部门, nor one helping another, 区旅游文体局配合民政部门)
_FIELD_DEPARTMENT = compile_lazily(
    r"^(?!.*(?:配合|协助|会同|协同))"
    r"(?![省市县区镇乡]?(?:政府)?(?:有关|相关|职能|主管|监管|行业|责任|成员|其他|牵头|业务|执法|属地|各级|工作)?部门$)"
    r".*部门$"
)


def _item_subject(text: str, folded: str) -> list[tuple[tuple[int, int], Responsibility]]:
    subject = _ITEM_SUBJECT.match(folded)
    named = _named_units(text[subject.start(1) : subject.end(1)]) if subject else None
    # (区绿化市容部门 opening its item: a department named by its line of work, with its place)
    if not named or not all(
        _ORGANISATION.search(fold(unit)) or _FIELD_DEPARTMENT.match(fold(unit)) for unit in named
    ):
        return []
    return [((subject.start(1), subject.end()), Responsibility(tuple(named), named_lead=True))]


# 一、请县教育局于2月20日前完成… / 请各乡镇人民政府做好…: a notice asks the unit by name to do the work.
_ASKED = compile_lazily(
    # after the item's topic and what was agreed (关于…问题。会议听取了…汇报，原则同意…，请X抓紧…)
    # …，请X抓紧… / 会议要求由X抓紧…: the meeting gives the unit the work
    rf"^[ \u3000]*{ITEM_NUMBER}?[ \u3000]*(?:[^。；;\n请]{{1,40}}[。，,]){{0,3}}?"
    rf"(?:请|会议(?:要求|明确|决定|议定)[，,：:]?\s*由)({_NAMES})"
    r"(?=于|在|要|对|将|把|做好|加强|抓好|组织|开展|及时|按|根据|结合|牵头|负责|认真|切实|全面|进一步|尽快|同步|立即|继续|督促"
    r"|抓紧|加快|办理|研究|落实|完成|高度重视|严格)"
)
# 城区排水管网清疏由各区人民政府负责，市政主干管网由市排水公司负责 / 市城管局负责调度，市应急管理局负责协调:
# the units each part of the work is given to, every one of them answering for its part.
_IN_CHARGE = compile_lazily(
    rf"(?:^[ \u3000]*{ITEM_NUMBER}?|(?<=[。；;，,\n：:]))[ \u3000]*(?:[^，,。；;\n]{{0,30}}?由)?({_NAMES})"
    rf"(?:按职责分工|按照职责分工|按职责|分别|共同)?(?:牵头)?负责(?!{PERSON_IN_CHARGE}|的)"
)


# 县水利局、县公安局、县自然资源局按照职责分工抓好落实: all of them, the sentence's subject (not after a comma,
# where 由X牵头，Y、Z按职责分工落实 names X's helpers)
_ALL_CARRY_OUT = compile_lazily(
    rf"(?:^[ \u3000]*{ITEM_NUMBER}?|(?<=[。；;\n：:]))[ \u3000]*({_NAMES})按照?职责分工(?:抓好|抓紧|认真)?落实"
)


# 由市建设局考评。 / …扣2分由市农业局考评: an appraisal's indicator, answered for by the unit that assesses it (as
# a 牵头考核单位 column gives it). Only a sentence of its own or after the item's score: not 已由X考评 (done),
# not …结果由X考评 (the appraisal's own procedure), not 由X考核 under 督导考核 (由X负责考核 is read as 负责 is).
_ASSESSED_BY = compile_lazily(
    rf"(?:^|(?<=[。；;\n\s分]))由(?!第三方)({_NAMES})考[评評](?:认定)?(?=[。；;]|\s*$)"
)


# 请各乡镇于…前将检查情况报县应急局: asked to report, not given the work
_REPORT = compile_lazily(
    r"[^。；;\n]{0,40}?将[^。；;\n]{0,40}?(?:报送|上报|报告|反馈|报(?=[省市县区镇乡])|送)"
)
# 请县公安局配合县交通运输局做好…: the one helped leads, the helper is asked to help
_HELPS = compile_lazily(r"配合|协助")


def _asked(text: str, folded: str) -> list[tuple[tuple[int, int], Responsibility]]:
    found = _ASKED.match(folded)
    title, _, body = folded.partition("\n")
    if found is None and body and _TOPIC_LINE.match(title):
        # 一、关于2010年县本级财政支出预算 / 会议原则同意…，请县财政局…修改完善: the topic's line, then the decision
        shift = len(title) + 1
        return [((a + shift, b + shift), said) for (a, b), said in _asked(text[shift:], body)]
    if found is None or _REPORT.match(folded, found.end(1)):
        return []
    written = text[found.start(1) : found.end(1)]
    helps = _HELPS.search(written)
    if helps:
        leads = _named_units(written[helps.end() :], helpers=True)
        cos = _named_units(written[: helps.start()], helpers=True)
        if not (leads and cos):
            return []
        return [((found.start(1), found.end(1)), Responsibility(tuple(leads), tuple(cos), named_lead=True))]
    leads = _named_units(written, helpers=True)
    return [((found.start(1), found.end(1)), Responsibility(tuple(leads), named_lead=True))] if leads else []


# 会议原则同意县财政局关于…的意见 / 会议同意区发改局提出的《…》，修改完善后提请…: a 常务会议's decision on what a
# unit brought; that unit revises it and carries it on, so it leads (every unit that brought it)
_AGREED = compile_lazily(
    rf"(?<![\u4e00-\u9fff])会议(?:原则)?(?:同意|通过)({_NAMES})(?=关于|提交|提出|上报|报送|起草|拟定)"
)


def _agreed(text: str, folded: str) -> list[tuple[tuple[int, int], Responsibility]]:
    found = [
        (match, units)
        for match in _AGREED.finditer(folded)
        if (units := _named_units(text[match.start(1) : match.end(1)], helpers=True))
    ]
    if not found:
        return []
    leads = tuple(dict.fromkeys(unit for _, units in found for unit in units))
    return [((found[0][0].start(1), found[-1][0].end(1)), Responsibility(leads, named_lead=True))]


_TOPIC_LINE = compile_lazily(rf"^\s*{ITEM_NUMBER}?\s*[^。；;，,\n]{{2,40}}$")  # a numbered topic, no sentence
_MONEY = compile_lazily(r"资金|经费|费用|补助|补贴|预算|款项|奖补")


def _each_in_charge(text: str, folded: str) -> list[tuple[tuple[int, int], Responsibility]]:
    leads: list[str] = []
    span: tuple[int, int] | None = None
    for found in sorted(
        [*_IN_CHARGE.finditer(folded), *_ALL_CARRY_OUT.finditer(folded), *_ASSESSED_BY.finditer(folded)],
        key=lambda m: m.start(),
    ):
        if _MONEY.search(folded[found.start() : found.start(1)]):
            continue  # 所需经费由县财政局负责保障: a note on the money, not whom the work is given to
        named = _named_units(text[found.start(1) : found.end(1)])
        if not named:
            continue
        leads.extend(unit for unit in named if unit not in leads)
        span = (span[0] if span else found.start(1), found.end())
    if not (span and leads):
        return []
    helpers = tuple(unit for unit in co_subjects(text, span[1]) if unit not in leads)  # …，Y配合做好…
    return [(span, Responsibility(tuple(leads), helpers, named_lead=True))]


# 请市发改委会同…: the request, not the lead's name; 督促/指导/协调 X: X is whom the work is asked of.
_REQUEST = compile_lazily(rf"^(?:{PREAMBLE}|请|由)")
_ASKED_OF = compile_lazily(r"^(?:督促|指导|协调|明确|确定|要求|推动|支持|组织|鼓励|引导)")


# 排名首位的部门为牵头部门: the document's rule on which listed unit leads, no unit
_RANKED = compile_lazily(r"首位|第一位|排名|排在|列第")
# 各乡镇 / 各乡镇人民政府 / 各街道: every place of a kind, each a party; 各单位 / 各部门 ask everyone.
_EACH_PLACE = compile_lazily(r"^各(?:乡镇|镇|乡|街道|镇街|村|社区|县|区|市)(?:人民)?(?:政府)?$")
# 在本单位负责实施的工程中… / 按照属地负责…: where or by what the work is done, a phrase before the verb,
# not its subject (no unit's name opens on these words; 经开区 and 为民服务中心 do open on 经 and 为)
_PLACE_OR_GROUNDS = compile_lazily(r"在|按照|根据|依据|依照|结合|围绕|通过|为了|凡")


def _named_units(written: str, *, helpers: bool = False) -> list[str] | None:
    """The units `written` names, or None. `helpers`: the units after 会同, where 各乡镇 / 各部门 are
    parties; as the subject they are a request to everyone (各地要会同…)."""
    written = _REQUEST.sub("", written.strip())
    if (
        _ASKED_OF.match(fold(written))
        or _RANKED.search(fold(written))
        or _PLACE_OR_GROUNDS.match(fold(written))
    ):
        return None
    units = units_or_none(written, labelled=False)
    if units and any(PEOPLE.search(fold(unit)) for unit in units):
        return None  # 各乡镇长负责… / 全镇干部要…: people, not a unit

    def named(unit: str) -> bool:
        generic = GENERIC_ROLE.match(fold(unit))
        return is_party(unit) and (not generic or (helpers and _EACH_PLACE.match(fold(unit)) is not None))

    if not units or not all(named(unit) for unit in units):
        return None
    return units


def also_in_charge(text: str, start: int) -> list[str]:
    """The units a sentence gives the rest of the work to after its first owner (由县财政局负责资金拨付，
    县审计局负责全过程跟踪审计 / …；县残联负责残疾人就业帮扶), from `start` on."""
    folded = fold(text)
    found: list[str] = []
    for match in _IN_CHARGE.finditer(folded, start):
        if _MONEY.search(folded[match.start() : match.start(1)]):
            continue
        named = _named_units(without_role(text[match.start(1) : match.end(1)])) or []
        found.extend(unit for unit in named if unit not in found)  # 由包片单位县幼儿园负责: 县幼儿园
    return found
