"""A 职责分工 written as numbered items that each open on the organisation doing the work, whatever verb follows:
`（三）区社会事业局要严格履行主管部门职责…` / `（四）各片区管理局推动社区家庭教育指导中心建设。` /
`（一）区党群工作部 按照…核定…` / `（八）区旅游文体局配合…监管工作`.

One such item alone says little (`X要…` in a notice's requirements asks; it names no owner); a run of sibling
measures most of which open so — three or more, and at least half of the run, opening on an organisation named one
by one, not on every body of a kind (各乡镇要…) — is a duty list, and there every item's opening organisation is its
owner. The items the clause readers already gave owners keep theirs; the others take the organisation they open
on, and say so for the clerk to check.
"""

from __future__ import annotations

import re
from dataclasses import replace

from services.plans.parser.heading_owners import FROM_HEADING, NO_CLAUSE
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem
from services.plans.parser.opening_owners import PEOPLE
from services.plans.parser.text import ends_like_unit, fold, split_units
from services.plans.parser.unit_endings import EVERY_PLACE
from services.plans.parser.written_names import opening_name

NOTE = "责任单位取自措施开头的主语（同级各条都以责任单位开头），请核对"
# the verb of a duty (or its 要) right after the name — not 负责人 (a unit's head: 各镇街负责人要…), not a
# facility's 将于 / 在年底前 (城东垃圾中转站在年底前建成)
_DOES = compile_lazily(  # (a 工作职责 list's colon after the name: (二十)奉发集团：推进…)
    r"[ \u3000]*[：:]?[ \u3000]*(?:要(?!求)|应(?!急)|负责(?!人)|牵头|按照|根据|配合|协助|会同|联合|推动|推进|完善|加强|做好|落实|组织|指导|督促"
    r"|统筹|协调|开展|建立|健全|制定|承担|确保|严格|依法|及时|定期|积极|全面|切实|加快|强化|深化|研究|监督|结合|围绕|针对)"
)
_NAMED = compile_lazily(
    r"^(?:[省市县区镇乡]|各(?!有关|相关|级|类)|片区|[\u4e00-\u9fff]{2,4}(?:片区|街道|镇|乡))"
)
_NAME_MIN, _NAME_MAX = 3, 16
# 各责任单位要…: a request to all, no one named
_EVERYONE = compile_lazily(r"^各[\u4e00-\u9fff]{0,4}(?:单位|部门)$")
_SITE = compile_lazily(r"(?:站|院|馆|场|园|所)$")
# (（五）劳动和社会保障部门要… / 公安部门在…: a department named by its line of work, not 有关部门 / 主管部门)
# (3.交通与建设筹备工作组要部署…: a 片区's working groups, each named for its line of work, are its offices)
_OFFICE = compile_lazily(
    r"(?:处|局|委|办公室|办|中心|派出所|中队|大队|支队|站|集团|公司|(?<!成立)(?<!组建)(?<!设立)工作组"
    r"|(?<!有关|相关|职能|主管|监管|行业|责任|成员|其他|牵头|配合|业务|执法|属地|各级|协办)部门)$"
)
# (产业布局 / 发展格局, 门户网站, 城乡结合处 / 交界处 / 路口处: words that end like an office and are none)
_NO_BODY = compile_lazily(r"(?:布局|格局|网站|结合处|交界处|路口处)$")
_NUMBER = compile_lazily(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[.、．])?\s*"
)
_RUN_MIN = 3
_HELPING = compile_lazily(r"^(?:配合|协助|协同|会同|联合|支持|督促|指导)")
_SHARE = 0.6
# Of the run, the items opening on one organisation named (not 各乡镇 / 县直各部门 / 各科室, every body of a kind:
# a notice's requests to all its addressees open so too) must be half or more.
_NAMED_SHARE = 0.5


def sibling_subjects(items: list[ParsedItem]) -> list[ParsedItem]:
    result = list(items)
    for run in _sibling_runs(result):
        subjects = {index: _subject(_opening(result[index])) or _own_lead(result[index]) for index in run}
        opening = [index for index, subject in subjects.items() if subject]
        named = [index for index in opening if "各" not in subjects[index]]
        if len(named) < _RUN_MIN or len(named) < _NAMED_SHARE * len(run):
            continue
        # (区打非办为联络召集人 / 市经济信息化委支持…: in a run whose items mostly open on a duty's verb, an
        # item may open on its organisation and any other verb)
        for index in run:
            subjects[index] = subjects[index] or _loose_subject(_opening(result[index]))
        opening = [index for index, subject in subjects.items() if subject]
        if len(opening) < _SHARE * len(run):
            continue
        for index in opening:
            item = result[index]
            # (（二）区委、区政府各部委办局履行下列分工职责 over 2.区发展改革委应当…: the item's own organisation, not
            # the heading's every body, where the items of a duty list each open on theirs)
            inherited = any(doubt.startswith(FROM_HEADING) for doubt in item.doubts)
            if not item.lead_units or inherited:
                leads, helpers = _listed(_opening(item), subjects[index])
                doubts = (
                    *(d for d in item.doubts if d != NO_CLAUSE and not d.startswith(FROM_HEADING)),
                    NOTE,
                )
                result[index] = replace(
                    item, lead_units=leads, co_units=helpers or item.co_units, doubts=doubts
                )
    return result


# the verbs after a run of names: where the names end (X、Y、Z对… / X会同Y、Z监测…)
_VERBS = "要|负责|对|组织|会同|督导|加强|做好|协调|配合|协助|开展|牵头|按照|根据|依法|监测|落实|推进|指导|研究|制定|实施|共同"
_NEXT_NAME = compile_lazily(rf"([\u4e00-\u9fff（）()]{{2,16}}?)(?=[、和及]|{_VERBS})")
# X会同Y、Z监测…: the units the subject works with, up to the work's verb
_WITH = compile_lazily(rf"会同([\u4e00-\u9fff（）()、]{{2,80}}?)(?={_VERBS})")


def _listed(text: str, first: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The subject the item opens on with the units listed beside it (`市经信委、市水利局、市消防局对…`: all three
    lead) and those it works with (`市国土资源局会同市住建委、市水利局监测…`: helpers)."""
    folded = fold(text)
    end = folded.find(fold(first)) + len(first)
    leads: tuple[str, ...] = (first,)
    while folded[end : end + 1] in ("、", "和", "及") and (more := _NEXT_NAME.match(folded, end + 1)):
        if not ends_like_unit(more.group(1)):
            break
        leads, end = (*leads, text[more.start(1) : more.end(1)]), more.end(1)
    helpers = _WITH.match(folded, end)
    cos = tuple(split_units(text[helpers.start(1) : helpers.end(1)])) if helpers else ()
    return leads, tuple(unit for unit in cos if ends_like_unit(unit))


# 县体育中心改造工程年底前完工: a facility being built opens the item, no owner — its works right after its name, or
# its completion closing the sentence; a preposition after the name (市行政审批局对城市更新项目…) makes it an actor.
_FACILITY_WORKS = compile_lazily(r"^(?![对在将把按向为与和从])[\u4e00-\u9fff]{0,6}(?:工程|项目)")
_COMPLETED = compile_lazily(r"(?:完工|建成|投入使用|投用|开工)$")


def _loose_subject(text: str) -> str | None:
    """The organisation `text` opens on, whatever verb follows — unless what follows is a facility's works."""
    name = opening_name(text)
    if name is None:
        return None
    folded = fold(text)
    clause = re.split(r"[，,。；;]", folded[folded.find(fold(name)) + len(name) :], maxsplit=1)[0]
    return None if _FACILITY_WORKS.match(clause) or _COMPLETED.search(clause) else name


def _own_lead(item: ParsedItem) -> str | None:
    """The lead a clause reader already gave an item that opens on it (（14）衡水军分区后勤部、衡水武警支队后勤部负责…,
    中国农业发展银行衡水分行负责…): it opens on its organisation as its siblings do, though the name is no 市X局."""
    if not item.lead_units:
        return None
    opening = fold(_opening(item))
    number = _NUMBER.match(opening)
    lead = fold(item.lead_units[0])
    return item.lead_units[0] if opening[number.end() if number else 0 :].startswith(lead) else None


def _opening(item: ParsedItem) -> str:
    """The text a measure's work opens on: under a title on a line of its own (（一）开展统筹推进与顶层设计), the
    paragraph after it (市发展改革委负责…)."""
    first, _, rest = item.text.partition("\n")
    title = fold(item.title).strip().rstrip("。")
    if rest.strip() and title and fold(first).strip().rstrip("。").endswith(title):
        return rest
    return item.text


def _sibling_runs(items: list[ParsedItem]) -> list[list[int]]:
    """Runs of consecutive measures at one level: a heading, or a measure at another level, ends a run."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(items):
        if item.kind == "measure" and (not current or items[current[-1]].level == item.level):
            current.append(index)
            continue
        if current:
            runs.append(current)
        current = [index] if item.kind == "measure" else []
    if current:
        runs.append(current)
    return runs


def _subject(text: str) -> str | None:
    """The organisation a measure's text opens on, when a verb follows its name: the shortest such name."""
    folded = fold(text)
    number = _NUMBER.match(folded)
    shift = number.end() if number else 0
    opening = folded[shift:]
    if _HELPING.match(opening):
        return None  # (配合市级部门落实…: the one it helps, no subject)
    placed = _NAMED.match(opening) is not None
    for size in range(_NAME_MIN, _NAME_MAX + 1):
        name = opening[:size]
        if not re.fullmatch(r"[\u4e00-\u9fff（）()]+", name):
            return None
        # (党群工作处要… / 派出所负责…: a township's own office, named without its place)
        named = (placed and ends_like_unit(name)) or EVERY_PLACE.match(name) or _OFFICE.search(name)
        colon = re.match(r"[ \u3000]*[：:]", opening[size:]) is not None
        if (
            named
            and _DOES.match(opening, size)
            and not (colon and _SITE.search(name))  # 1.城北公交首末站：加快…: a project list's site
            and not (PEOPLE.search(name) or _EVERYONE.match(name) or _NO_BODY.search(name))
        ):
            return text[shift : shift + size]
    return None
