"""Owners a measure opens on as its subject, unlabelled: `（一）局办公室、创卫办负责…`, a 成员单位职责 list's
`1.县委宣传部：负责…`, an unnumbered duty paragraph's `区住建局负责…`; only where the measure has no clause."""

from __future__ import annotations

import re

from services.plans.parser.clauses import units_or_none
from services.plans.parser.closing_sentence import after_opening
from services.plans.parser.duty_items import (
    GROUP_DUTIES,
    ITEM_NUMBER,
    NAMED_DUTIES,
    OFFICE,
    STOP_DUTY,
    duty_item,
)
from services.plans.parser.labels import label_role
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.run_in_titles import glued_title_end, title_sentence_end
from services.plans.parser.text import GENERIC_ROLE, ends_like_unit, fold
from services.plans.parser.unit_endings import EVERY_PLACE

# 由包片单位县人险公司负责: the role the unit plays here, written before its name (五、工作职责城乡管理处：: a title).
# 所涉及的省政府办公厅: which units of the list, not part of the first name. 即县水务局牵头: namely. 请X负责…: asked.
_ROLE_BEFORE = compile_lazily(
    r"^(?:(?:包片|包保|包联|联系|挂点|挂包|帮扶|牵头|责任|主管|监管)(?:单位|部门)|所?(?:涉及|相关|有关)的|即(?=[省市县区镇乡])|请(?=[\u4e00-\u9fff])(?![示求假柬教愿])"
    r"|(?:主要)?(?:工作)?职责(?:分工)?(?=[\u4e00-\u9fff]{3}))"
)
# 陈家坝沿线包片单位县职教中心: the stretch a unit is assigned, then its role, then its name
_ASSIGNED = compile_lazily(r"(?:包片|包保|包联|挂点|挂包|帮扶)(?:单位|部门)")


def without_role(written: str) -> str:
    written = written.strip()
    role = _ROLE_BEFORE.match(fold(written)) or _ASSIGNED.search(fold(written))
    return written[role.end() :] if role and role.end() < len(written) else written


# 关于防汛工作。会议要求 / 会议明确由 / 会议决定请: a meeting's decision (会议纪要), whose subject follows;
# 由张某副市长负责， / 李某常务副县长牵头， : the leader in charge, a person, before the units.
_LEADER = r"(?:常务)?副?(?:省|市|州|县|区|旗|镇|乡)长|(?:副)?书记|秘书长|(?:副)?主任|(?:副)?局长|(?:副)?部长"
PREAMBLE = (
    # 关于防汛工作。 / 会议听取了…的汇报。: the item's topic, before the decision
    r"(?:(?:关于[^。；;：:\n]{1,30}|会议[^。；;\n]{1,60})[。：:]\s*)?"
    r"(?:会议(?:研究)?(?:要求|明确|决定|议定|强调|指出|同意|认为|提出)[，,：:]?\s*(?:由|请)?"
    rf"|由?[\u4e00-\u9fff]{{1,8}}?(?:{_LEADER})(?:同志)?(?:负责|牵头|分管|主抓|统筹)[，,]\s*)"
)

# （一）局办公室、创卫办负责制定专项整治工作方案；…: the units, as the subject, open the measure and 负责 it.
# Only at the measure's start, only when the measure has no clause, and only names that end as
# organisations do (not 各地要…, 各牵头单位要…).
# 负责人 (the person in charge), not 负责人口普查 / 负责人员培训 / 负责人防工程 (负责 and its work)
PERSON_IN_CHARGE = r"人(?!口|员|才|民|居|防|事|武|社|力|工|大|行)"
_KIND = r"(?:[市县区旗镇乡]|街道|乡镇|县级市)"
_PLACE_KINDS = rf"[（(]{_KIND}(?:、{_KIND})*[）)]"  # （市、区）, not （县道） or （工程）
_OPENING_OWNERS = compile_lazily(
    # the item's number, or a meeting's decision opening the paragraph under the item's title
    rf"^\s*(?:{ITEM_NUMBER}\s*(?:{PREAMBLE})?|{PREAMBLE})"
    # 各县（市、区）人民政府负责…: the kinds of place in brackets are part of the name
    rf"((?:[^，,。；;：:（(\n]|{_PLACE_KINDS}){{2,60}}?)(?:要|应)?(?:分别|共同|具体)?(?:牵头负责|负责|牵头)(?!{PERSON_IN_CHARGE}|的)"
)
# 3.区交通委是全区农村公路管理养护的行政主管部门。…: a numbered item saying whose part the work is
_ROLE_OWNERS = compile_lazily(
    rf"^\s*{ITEM_NUMBER}\s*((?:[^，,。；;：:（(\n]|{_PLACE_KINDS}){{2,30}}?)是(?:[^。；;，,\n]{{0,30}}?的)?"
    r"(?:第一)?(?:责任主体|行政主管部门|主管部门|管理机构|实施主体|牵头单位|牵头部门)"
)
# A 规定's article, its subject in charge of the duties under it: 第六条 区人口和计划生育部门主管本辖区内…工作 / 第三条 县应急
# 管理局履行下列职责： / (a 责任制's) 第七条 区政府应当落实…，履行下列职责： / 第八条 镇政府消防工作职责： — the words before
# 职责 its topic (加油站安全管理), not the rest of the name (办公室, 委员会, 交警大队), nor a person's post (主任职责：)
_ARTICLE_OWNERS = compile_lazily(
    rf"^\s*第[一二三四五六七八九十百零]{{1,4}}条(?![ \u3000]*各级)[ \u3000]*((?:[^，,。；;：:（(\n]|{_PLACE_KINDS}){{2,60}}?)"
    r"(?:(?:主管|领导)(?=本|全)|履行(?=下列|以下|如下)|(?<=[府局委办厅会室处部署院所队站心门])(?:(?:应当|应|要)"
    r"[^。；;：:\n]{0,30}?履行(?=下列|以下|如下)|(?<!等部门)(?<!有关部门)(?<!相关部门)(?<!主管部门)(?<!以上人民政府)"
    r"应当(?![^。\n]*(?:下列|以下|如下)|协助|配合)(?=[\u4e00-\u9fff])"  # 第四条 X局应当… (not a kind of body's)
    r"|(?![^：:]{0,8}(?:负责人|责任人|领导|干部|书记|主任|组长))(?![员会室]|办?公室|办?事处)"
    r"的?(?:(?:(?!履行|下列)[\u4e00-\u9fff]){0,10}(?<![府局委办厅会室处部署院所队站心门员]))?职责[：:]\s*$))"
)

# 区住建局负责全区村庄环境整治总协调工作 / 区委农办要结合…，负责… — an unnumbered paragraph of a 责任分工
# that opens on its unit as the subject: a named organisation (not 各地, not 各牵头单位) before 负责 or 要.
# 县交通局、公路局：负责… names two; 县环保局。负责… (a 职责 list that stops after each name) opens on a name too.
# (水旱灾害防御股（局防汛办）, 乡（镇）政府: brackets in or after the name are the name's)
_DUTY_NAME = r"[\u4e00-\u9fff](?:[^，,。；;：:（(\n、.．]|[（(][^（）()\n]{1,10}[）)]){1,15}?"
# (区水务局是二次供水设施改造的总牵头单位。负责…: what the unit is in the work, then its duties)
_DUTY_OPENING = compile_lazily(
    rf"\s*(?:{PREAMBLE})?({_DUTY_NAME}(?:、{_DUTY_NAME}){{0,5}})"
    rf"(?:(?:[：:]\s*)?(?:牵头负责|共同负责|负责|牵头|要)|。\s*(?:主要)?负责"
    rf"|是[^。；;，,\n]{{0,40}}?(?:牵头|实施|责任|主管)(?:单位|部门)。)(?!{PERSON_IN_CHARGE}|[的求]|制(?![定订]))"
)
_NO_PARTY = compile_lazily(
    # (各水库管理所 / 各乡镇卫生院: each body of that kind, a party as 各乡镇 is)
    r"^(?:各(?![\u4e00-\u9fff]{1,10}(?:所|站|中心|学校|医院|卫生院|中队|分局|公司)$)|相关|有关|牵头|责任|配合|成员|要求|请"
    # (本办法由X负责解释 / 本单位: no unit named; 本溪市 is a city)
    r"|以下|以上|上述|下列|本(?:办法|规定|条例|细则|方案|制度|单位|部门|机关)"
    r"|在)"  # 在本单位负责实施的工程中…: where the work is done, not who does it
    r"|(?:牵头|责任|配合|成员)(?:单位|部门)$"
    r"|^[省市县区]级(?:有关|相关)?部门$"  # 县级部门牵头实施好八大行动: every county department, none named
)
# 各区人民政府负责… / 各级残疾人联合会负责…: every government (or federation) answers for its own place —
# when it 负责s (各街道办事处、区级各部门要… is a request to all)
_EACH_BODY = compile_lazily(r"^各[\u4e00-\u9fff]{1,10}(?:人民政府|办事处|联合会)$")
# 全镇干部 / 机关工作人员 / 各乡镇长 / 村党组织书记: people or posts, whatever their last word looks like
PEOPLE = compile_lazily(
    r"(?:干部|人员|同志|职工|群众|家长|学生|居民|村民|党员|(?<![局部处科股室所队站])长|主任|书记|委员)$"
)


def duty_owner(text: str) -> re.Match[str] | None:
    """The opening subject of an unnumbered duty paragraph, when it names one organisation. A number
    before it (`2.3.6 市建设局：负责…` on a page that opens inside the list, its count begun on the page
    before) is passed over; `市质监局 综合协调…` (a two-column table copied with a space) is one too."""
    folded = fold(text)
    numbered = _NUMBER_FIRST.match(folded)
    at = numbered.end() if numbered else 0
    opening = _DUTY_OPENING.match(folded, at)
    if opening and at and opening.group(0).rstrip().endswith("要"):
        opening = None  # 3.1 县委宣传部要…: a numbered item whose subject 要 names no owner
    names = opening.group(1).split("、") if opening else [""]
    answers = opening is not None and not opening.group(0).rstrip().endswith("要")
    if opening is None or any(
        (_NO_PARTY.search(name) and not (answers and _EACH_BODY.match(name)))
        or PEOPLE.search(name)
        or not ends_like_unit(name)
        for name in names
    ):
        if doing := _BUREAU_DOING.match(folded, at):
            return doing  # 县交通局协助卫生行政部门…: a member's duty, no 负责 to go by
        spaced = _colon_duty(folded, at, _SPACED_DUTY)
        # 县政务服务中心 县城人民路88号… / 抄送：县委办公室 县人大常委会办公室: an address or a list, no duty
        return _colon_duty(folded, at) or (
            spaced if spaced and _DUTY_WORD.search(folded[spaced.end() :]) else None
        )
    return opening


# 县交通局协助卫生行政部门… / 县旅游局组织做好… / 县经济局在…期间，负责…: a 成员单位职责 paragraph opening on a
# place's bureau, the verb of its duty right after the name (X配合… helps the duty before it; X会同Y…: helpers,
# sentence_subjects')
_BUREAU_DOING = compile_lazily(
    r"\s*([省市县区州旗][\u4e00-\u9fff]{1,16}?(?:局|委员会|委|办公室|中心|大队|支队))"
    r"(?=(?:(?:组织(?!网络|机构|体系|架构|召开|领导)|协助|指导|做好|开展|承担|协调|督促|监督|提供|保障|落实)(?!的)"
    r"|在[^，,。；;]{2,20}[，,]\s*负责)(?![^。；;\n]{0,40}了))"  # (…组织开展了… / 组织的考试: not a duty)
)
_DUTY_WORD = compile_lazily(
    r"^[^。；;]{0,30}?(?:负责|承担|组织|协调|指导|监督|参与|参加|配合|协助|做好|开展|提供|保障|落实|督促)"
)


# only a 预案's dotted number: `1、县委宣传部要…` stays an item whose subject 要 names no owner
# (第七条 相关部门要协助…: a 办法's article, its number before the subject as well)
_NUMBER_FIRST = compile_lazily(
    r"\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}(?!\d)|第[一二三四五六七八九十百零]{1,4}条(?=[ \u3000\u4e00-\u9fff]))\s*"
)


# 县财政局：义务教育经费在财政预算中单独列项… / 各乡镇人民政府：落实属地责任…: a 职责分工's unit, a colon and
# its duties, whatever verb they open on — a named place's body (市/县…, or every place's government),
# and a duty after it, not a roster's person (县发改局：张三).
# 各乡（镇）人民政府：…: a kind of place in brackets is part of the name
_COLON_DUTY = compile_lazily(
    r"\s*((?:[^，,。；;：:（(\n]|[（(][^（）()\n：:]{1,6}[）)]){3,24}?)\s*[：:]\s*(?=\S)"
)
_OUTSIDE_BRACKETS = compile_lazily(r"、(?![^（(]*[）)])")
_SPACED_DUTY = compile_lazily(r"[ \u3000]*([^\s，,。；;：:（(、]{3,16})[ \u3000]+(?=[\u4e00-\u9fff])")
# (各行政村 / 各警务室 / 各村（居）：every one of a township's own places or stations, as every government)
_PLACED = compile_lazily(
    r"^(?:[省市县区州旗盟镇乡]|各(?:[^、（(]|[（(][^）)]{1,8}[）)]){0,10}?"
    r"(?:人民政府|政府|村|社区|居委会|警务室|派出所|办事处|卫生院|中心|所|站)(?:[（(][^）)]{1,4}[）)])?$)"
)
# 惠州海事局 / 惠州供电局: four characters or more ending as a bureau or a company does (the city's name before
# the body is not checked: a label such as 工作目标： never ends so)
_CITY_BODY = compile_lazily(r"^[\u4e00-\u9fff]{3,11}(?:局|公司|支队|大队)$")
_SHARED_MAX = 8
# 武装部 / 城管中队 / 各基础电信运营企业 — not 其他有关部门和单位, 相关部门, 组成单位 (a label, no one named)
_UNPLACED = compile_lazily(
    r"^(?!其他|其它|相关|有关|以下|上述|下列|本)(?![\u4e00-\u9fff]{2}(?:单位|部门)$)[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,13}"
    r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?$"  # 规划建设和生态环境办公室（环保）: which of its parts
)
_FIELDS = compile_lazily(
    r"^(?!各|有关|相关|其他|其它)(?!.*(?:牵头|责任|配合|协办|主办|参与|承办|主管|职能))(?:[\u4e00-\u9fff]{2,4}[、及和])*[\u4e00-\u9fff]{2,8}部门$"
)
# 张三、李四: a roster's names; 组织、协调、指导…: a duty's verbs, listed the same way
_PERSON_FIRST = compile_lazily(
    r"^(?!组织|负责|协调|指导|参与|配合|承担|做好|加强|督促|监督|开展|落实|研究|制定|统筹|管理|检查"
    r"|收集|汇总|核实|发布|宣传|安排|修复|维护|保障|提供|储备|调度|抢修|救治|监测"
    # (及时、准确提供…: how the duty is done, no person's name)
    r"|及时|准确|迅速|全面|积极|认真|切实|依法|严格|主动)"
    r"[\u4e00-\u9fff]{2,3}(?:[\s，,、（(；;]|$)"
)


def _colon_duty(folded: str, at: int = 0, opens: re.Pattern[str] | None = None) -> re.Match[str] | None:
    opening = (opens or _COLON_DUTY).match(folded, at)
    if opening is None:
        return None
    names = _OUTSIDE_BRACKETS.split(opening.group(1))  # 各县（市、区）人民政府 is one name
    # its first sentence (to 。: `民政办：组织救灾捐赠；组织灾区…` is one duty in parts)
    duty = re.split(r"[。]", folded[opening.end() :], maxsplit=1)[0].strip()
    # 市工商局：根据对疫区封锁情况，关闭…: the duty after what it goes by (not a letter's 根据…，现将…)
    duty = _GOES_BY.sub("", duty, count=1)
    # 惠州海事局 / 惠州供电局: a body named by its city; 市交通局、公路局: a later name shares the first's place
    first = bool(_PLACED.match(names[0]) or _CITY_BODY.match(names[0]))
    placed = first and all(
        (position == 0 or _PLACED.match(name) or _CITY_BODY.match(name) or len(name) <= _SHARED_MAX)
        and (ends_like_unit(name) or EVERY_PLACE.match(name))
        and not PEOPLE.search(name)
        for position, name in enumerate(names)
    )
    # 宣传部门：围绕…开展新闻宣传 / 民政、国土部门：… — members named by their line of work (not a label,
    # 牵头责任部门：X)
    placed = placed or bool(_FIELDS.match(opening.group(1)))
    # (1.党群工作处：利用广播…: a township's office named without its place, numbered as members are — an
    # office's ending, not a site's: `2、实验小学：…` is a project's site under its owner's heading)
    placed = placed or all(OFFICE.search(name) and label_role(name) is None for name in names)
    # 武装部：参与… / 市场监管所：协调… / 党政办公室：负责…: a town's or a county's own offices, named without
    # their place (the document's readers know it), opening an unnumbered paragraph: any name that ends as an
    # organisation's and is no label (numbered, `2、实验小学：…` is a project's site under its owner's heading)
    placed = placed or (
        at == 0
        and all(
            _UNPLACED.match(name)
            and label_role(name) is None
            and ends_like_unit(name)
            and not PEOPLE.search(name)
            for name in names
        )
    )
    duty_like = not (_PERSON_FIRST.match(duty) or _NO_DUTY.search(duty))
    return opening if placed and len(_HAN.findall(duty)) >= 8 and duty_like else None


# What follows a unit's colon but is no duty: a notice's request or salutation (县财政局：请于…报…, 各乡镇：现将…
# 印发给你们), a roster's post and person (县水利局：党组书记、局长王五), how to reach it or when, an appraisal.
_GOES_BY = compile_lazily(r"^根据[^，,。]{1,30}[，,]\s*(?!现|特|经|制定|结合|按照|对照)")
_NO_DUTY = compile_lazily(
    # (根据突发事件需要，及时组织…: a duty that opens on what it answers to, not a notice's 根据…，现将…)
    r"^(?:请|现将|现就|为[^，。]{0,20}[，,]|根据(?![^，,。]{2,30}(?:需要|要求)[，,])|经研究|(?:党[组委])?(?:书记|副?局长|副?主任|办公室主任|联络员|联系人|负责人|站长|所长|科长))"
    r"|联系电话|电话[:：]|手机|地址[:：]|邮箱|考核等次|予以(?:通报)?表扬|予以通报批评"
    r"|^周[一二三四五六日]至|办公时间|受理时间|办理时间"  # a window's opening hours
    r"|担任|任总指挥|任组长|任主任|[\d一二两三四五六七八九十]+名"  # a body set up, a quota of people
    r"|^与相关部门的职责边界$"  # (a 权责清单 page's heading under the office whose list it is)
)


_WITH = compile_lazily(r"协同|会同|联合")
_GIVEN_TO = compile_lazily(r"(?<![自理缘])由")
_MODAL = compile_lazily(r"要|应(?!急|对)|须|需")  # 各牵头单位要…, not 县应急局, 舆情应对专班


def opening_owners(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    found = _opening_owners(text)
    title, _, body = text.partition("\n")
    sentence = None if found or body else title_sentence_end(text)
    subject = _DUTY_OPENING.match(fold(text), sentence) if sentence else None
    if not (found or body or subject) and (sentence := title_sentence_end(text, point=True)):
        subject = _DUTY_OPENING.match(fold(text), sentence)
        subject = subject if subject and not subject.group(0).rstrip().endswith("要") else None
    # (its owner and 要 / 负责 / 牵头: not 二、考核认定。市政府办公室组织…, a part's arrangements; not
    # 城区排水管网清疏由各区人民政府负责，…由X负责, each part's 由 naming its own, read as clauses)
    titled = bool(sentence and subject and "由" not in subject.group(1))  # (a title's own comma allowed)
    if titled:
        title, body = text[: sentence - 1], text[sentence:]
    elif (
        not found and not body and (glued := glued_title_end(text, lambda rest: duty_owner(rest) is not None))
    ):
        title, body = text[:glued], text[glued:]
    if found or not body or not (titled or _TITLE_ONLY.match(fold(title).strip())):
        return found
    # 1、兰州城市轨道交通项目 / 由吴某副市长负责，市建设局牵头，…: a title line, then the paragraph whose
    # opening names the owners
    shift = len(title) + 1
    return [((start + shift, end + shift), said) for (start, end), said in _opening_owners(body)]


# A numbered title on a line of its own: no sentence, no clause's marks.
_TITLE_ONLY = compile_lazily(rf"^\s*{ITEM_NUMBER}\s*[^。；;，,：:（(]{{2,40}}$")


def _opening_owners(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    folded = fold(text)
    duty_list = duty_item(folded)
    numbered = re.match(rf"^\s*{ITEM_NUMBER}\s*", folded)
    # （9）县人武部：组织指挥民兵…: a numbered member's duty on any verb, as an unnumbered one's
    listed = (
        (_colon_duty(folded, numbered.end()) or STOP_DUTY.match(folded, numbered.end())) if numbered else None
    )
    if listed and re.search(r"的(?:为|是)", folded[listed.end() :].split("。")[0]):
        listed = None  # 县人民医院：承担项目建设任务的为县卫健局: who it is, said after the colon
    opening = (
        (duty_list if duty_list and duty_list.re in (NAMED_DUTIES, GROUP_DUTIES) else None)
        or _OPENING_OWNERS.match(folded)
        or _ROLE_OWNERS.match(folded)
        or _ARTICLE_OWNERS.match(folded)
        or duty_list
        or duty_owner(text)
        or listed
    )
    if opening is None:
        return []
    written = without_role(text[opening.start(1) : opening.end(1)])
    if note := _PLACE_NOTE.match(text, opening.end(1)):  # 4.各村（居）：: every place's kinds are its name's
        written += note.group(0) if EVERY_PLACE.match(fold(written + note.group(0))) else ""
    # 市公安局、市建委协同市交通运输局负责…: the units before 协同 / 会同 lead, the one after helps
    written = _GIVEN_TO.split(written)[-1]  # 城北中学配套道路由县住建局负责: the unit after 由
    joined = _WITH.search(written)
    written, helping = (written[: joined.start()], written[joined.end() :]) if joined else (written, "")
    units = _shared_ending(written.strip()) or units_or_none(written, labelled=False)
    helpers = units_or_none(helping, labelled=False) if helping else []
    named = [*(units or ()), *(helpers or ())]
    # (（十）各村：负责…: every village answers for its own; 各单位 / 各部门 are not so named)
    if not units or helpers is None or not all(_names_one(u) and not _MODAL.search(u) for u in named):
        return []  # 一、各牵头单位要切实履行牵头责任: a request to everyone, no owner
    if opening is duty_list and any(GENERIC_ROLE.match(fold(unit)) for unit in units):
        return []  # 1.企业：负责… / （三）工作机构。负责…: a role, not a member unit
    leads, cos = after_opening(text, opening.end(), units, helpers or ())
    return [((opening.start(1), opening.end()), Responsibility(leads, cos, named_lead=True))]


_PLACE_NOTE = compile_lazily(r"[（(][^（）()]{1,8}[）)]")


def _names_one(unit: str) -> bool:
    # (一是村干部负责…: people, whatever their last word looks like)
    return (ends_like_unit(unit) or bool(EVERY_PLACE.match(fold(unit)))) and not PEOPLE.search(fold(unit))


_PLACE_NAME_MAX = 3


def _shared_ending(written: str) -> list[str] | None:
    """`吴泾、塘湾派出所`: short place names before the last share its ending — one entry as printed."""
    *first, last = written.split("、")
    if (
        first
        and ends_like_unit(last)
        and all(0 < len(u) <= _PLACE_NAME_MAX and not _names_one(u) for u in first)
    ):
        return [written]
    return None


_NOT_A_NAME = compile_lazily(r"[，,。；;：:！!？?\s\d]")


def split_names(line: str) -> list[str]:
    return [name.strip() for name in fold(line).strip().split("、")]


def unit_line(line: str) -> bool:
    """A line that is only a unit's name, or a few joined by 、 (区交通分局 / 县交通局、公路局): no sentence."""
    names = split_names(line)
    return (
        0 < len(fold(line).strip()) <= 40
        and not _NOT_A_NAME.search(fold(line).strip())
        and all(
            len(name) >= 2 and ends_like_unit(name) and not _NO_PARTY.search(name) and not PEOPLE.search(name)
            for name in names
        )
    )


_HAN = compile_lazily(r"[\u4e00-\u9fff]")
_LISTED = compile_lazily(r"^\s*([^，,。；;：:\s]{2,16}?)\s*[：:]\s*")


def next_entry(last: str, line: str) -> bool:
    """`镇党政办：发布信息和宣传相关救灾新闻报道` (no full stop) then `安监所：收集…`: the next entry of a list of
    units' duties, not the rest of the line before."""
    return bool(listed_entry(line)) and bool(listed_entry(last) or duty_owner(last))


def listed_entry(line: str) -> re.Match[str] | None:
    """`安监所：收集、汇总、核实灾情` / `中心学校：…`: a unit named without its place, a colon and its duty — an
    entry only in a list of such (duty_openings.listed_entries), where a form's field (联系人：…) is none."""
    entry = _LISTED.match(fold(line))
    return entry if entry and unit_line(entry.group(1)) and duty_under_unit(line[entry.end() :]) else None


def duty_under_unit(line: str) -> bool:
    """The line under a unit's line that is its duty: a sentence, not a date, a signature or a list of
    units (a table's helpers' cell under its lead's: 市科技局 / 黄埔区、南沙区政府), nor a roster's or a
    directory's field (组长：张三, 局长　张三　联系电话…, 地址：…)."""
    folded = fold(line).strip()
    return (
        len(_HAN.findall(line)) >= 8
        and not unit_line(line)
        and not units_or_none(line, labelled=False)
        and not _DATE.match(folded)
        and not _FIELD.match(folded)
        and not _NO_DUTY.search(folded)
        and not _PERSON_FIRST.match(folded)
    )


_DATE = compile_lazily(
    r"^[〇零○一二三四五六七八九十\d]{2,4}\s*年[〇零○一二三四五六七八九十\d]{1,2}\s*月[〇零○一二三四五六七八九十\d]{1,3}\s*日$"
)
_FIELD = compile_lazily(r"^[\u4e00-\u9fff]{1,6}\s*[:：]")  # 组长：张三 / 成员：李四
