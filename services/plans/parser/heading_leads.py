"""The units a part's heading names as the ones doing the work under it (一、区发改局牵头重点任务)."""

from __future__ import annotations

import re

from services.plans.parser.clauses import units_or_none
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import ends_like_unit, fold
from services.plans.parser.unit_blocks import block_unit

# 一、县示范区管委会牵头工作（8项） / 二、区发改局牵头重点任务: a 任务清单 grouped by the unit that leads each
# part, the part's heading naming it. A person heading the part (一、朱伟县长牵头重点工作) names no unit. A
# page joined by spaces runs the heading into its work: （一）省监察委员会牵头的工作 强化行政监察，….
_LEAD_HEADING = compile_lazily(
    r"^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）)?\s*(\S{2,40}?)(?:牵头的?|负责的)"
    r"(?:重点|主要)?(?:工作|任务|事项)(?:（\d+项）)?(?:\s*$|[ \u3000]+\S)"
)


# 十五、省人力资源和社会保障厅 over （一）…（四）: a part whose heading is only the name of the unit that does it
# (a 预案's 3.2.1 区应急管理局 over （1）…（3） too, only over points: 2.1 县防汛抗旱指挥部 over a paragraph
# that sets it up is no duty of its own).
_UNIT_HEADING = compile_lazily(
    r"^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）|(?P<arabic>（\d{1,2}）|\d{1,2}[.、](?!\d))"
    r"|(?P<dotted>\d{1,2}(?:\.\d{1,2}){1,3}\s))"
    r"\s*([^，。；：、\s]{3,30}?)"
    r"\s*(?:[（(]共?\s*\d+\s*[项条个件][）)])?\s*[：:]?\s*$"  # （一）县公安局： over 1.… 2.… too
)


# 四、各县（市、区）政府、四平经开区管委会、红嘴经开区管委会 over 1.… 2.…: the units that share the part's work,
# each named as an organisation is (not a task's heading listing things: 一、道路、桥梁、管网)
_UNITS_HEADING = compile_lazily(
    r"^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）)\s*([^，。；：\s]{3,30}、[^，。；：\s]{3,90})\s*[：:]?\s*$"
)
# (not 站 / 所 / 院: 加油站、加气站 / 县医院、乡镇卫生院 are places a plan inspects)
# (各街镇、经开区: a development zone answers as its 管委会 does)
_ORG_NAME = compile_lazily(
    r"(?:局|委|办|厅|署|中心|部|队|会|街道|办事处|政府|镇|乡|公司|集团|专班|管委会|开发区|经开区|高新区|新区|园区)$"
)


_BARE_UNIT_HEADING = compile_lazily(r"^\s*(?!各|有关|相关|其他|其它)([\u4e00-\u9fff（）()]{3,20})\s*$")


# 区住房城乡建设局（3项）: a 督查通报's unit over its lagging items, unnumbered
_COUNTED_HEADING = compile_lazily(
    r"^\s*(?![一二三四五六七八九十百]+、|[（(]|\d)([^，。；：\s]{2,60}?)\s*[（(]\s*\d{1,3}\s*项\s*[）)]\s*$"
)


# 1.农业部门。 / 3.兽医防疫监督部门 over (1)…(10): a 预案's member named by its line of work, its part
# numbered as the page numbers parts
# (not a task's heading that ends on 部门: 1.明确监管部门。 / 1.压实监管部门。)
_FIELD_HEADING = compile_lazily(
    r"^\s*\d{1,2}[.、．](?!\d)\s*"
    r"(?!明确|压实|压紧|厘清|理顺|界定|督促|指导|协调|联合|发挥|依靠|动员|组织|整合|建立|健全|加强|强化|落实|完善)"
    r"([\u4e00-\u9fff]{2,14}部门)\s*。?\s*$"
)


# （一）完善地方立法工作格局 / （六）打造营商环境示范区: a task's heading that opens on its verb and ends on a
# word that only looks like an organisation's (格局, 示范区); 建设局 / 服务中心 / 创新办 are units' names.
_WORK_VERB = compile_lazily(
    r"^(?:完善|优化|服务|健全|建设|打造|争创|创建|推进|推动|加强|强化|开展|实施|完成|建立|做好|抓好|提高|提升|确保"
    r"|深化|加快|落实|促进|构建|创新|坚持|规范|严格|全面|持续|着力|大力|积极|扎实|巩固|培育|壮大|筑牢|防范|扩大"
    r"|激发|拓展|聚焦|营造|实现|探索|引导|改善|夯实|补齐|破解|提速|提质|做强|做优|做大|坚决|贯彻|认真|切实)"
)


_SETTING_DUTIES = compile_lazily(r"^(?:压实|压紧|明确|厘清|理顺|界定|细化|分解|履行)")
_LOOKS_LIKE_A_UNIT = compile_lazily(
    r"(?:格局|布局|大局|全局|开局|新局|变局|结局|示范区|先行区|试验区|样板区|引领区|集聚区|功能区|核心区|开发区)$"
)


# （一）打造区域医疗中心 / （二）建设区域医疗中心: a 中心 built or made is the task, not a unit. The verbs that
# open units' names too (建设工程质量监督中心, 服务中心, 优化营商环境服务中心, 推进中心) are not among these, but
# for 建设 with a scope (区域, 全省).
_TASK_CENTRE = compile_lazily(
    r"^(?:打造|争创|创建|构建|建成|建好|加快(?:建设|建成|打造)|培育|壮大|做强|做优|做大|争当|争建"
    r"|建设(?=区域|全国|全省|全市|国际|国家级|省级|市级|现代|高水平|一流))"
    r"\S{2,}中心$"
)


# 一、成立领导小组 / 二、组织机构 / 三、组织领导: a part about setting up the work's bodies, no unit's name
# (一、组织领导机构 / 领导和工作机构: the part that sets the bodies up, no unit of its own)
_SETTING_UP = compile_lazily(
    r"^(?:成立|组建|设立|建立|健全)|^(?:组织|工作|领导)(?:机构|领导|保障)$|^机构设置$"
    r"|^(?:组织|领导|工作|办事|议事|协调|指挥|常设|和|及)+机构$"
)


# 一、属住建局职责范围： / （一）镇防汛工作领导小组职责 / （七）卫生部门职责、任务: the unit whose duties (or the
# problems it must mend) are listed under the heading. 成员单位职责 / 各部门职责 name every unit, none in particular.
_DUTY_HEADING = compile_lazily(  # (2.市指挥部办公室职责 over （1）…（5） too)
    # (a 预案's 2.2.2 县卫生健康局职责 over 2.2.2.1 … / （1）… too)
    r"^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）|\d{1,2}[.、．](?!\d)|\d{1,2}(?:\.\d{1,2}){1,3}(?!\d)"
    r"|第[一二三四五六七八九十百零〇]{1,4}[条章])"  # (a 管理办法's 第二十条 区建设局的职责 over 一、… 二、…)
    # (三、各街镇（经开区）消防工作责任 / 四、区委、区政府各部委办局消防安全职责: a 消防安全责任制's parts, the
    # units, then the field the duties are in)
    r"\s*(?:属于?(?!地))?((?:[^，。；：、\s]{2,20}、){0,6}[^，。；：、\s]{2,30}?)的?(?:消防安全|消防|安全生产|防汛抗旱|应急管理)?"
    r"(?:主要)?(?:工作)?(?:职责|(?<=工作)责任)(?:范围|分工|[、和与及]?(?:工作)?任务)?\s*[：:。]?\s*$"
)
# （八）县经济局主要工作任务： / （三）县农牧局工作任务 over 1.… 2.…: the unit whose tasks follow (an
# organisation's name: （二）近期主要任务 names a time, no unit)
_TASKS_HEADING = compile_lazily(
    r"^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）)\s*([^，。；：、\s]{3,30}?)的?"
    r"(?:主要)?(?:工作)?任务\s*[：:]?\s*$"
)
# （一）区民政局作为主管部门总体负责系统的运行。 / （二）区劳动保障局、区卫生局…等部门根据系统功能，做好…。具体
# 包括： over 1.负责… 2.…: the part's heading is a sentence whose subject does the work under it
_SUBJECT_HEADING = compile_lazily(
    r"^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）)\s*"
    r"((?:[^，。；：、\s（]{2,20}、){0,15}[^，。；：、\s（]{2,20}?)(?:等(?:有关|相关)?(?:部门|单位))?"
    # (（一）区委、区政府各部委办局在各自职责范围内履行下列共同职责 over 1.… 2.…)
    r"(?:作为[^，。；：]{2,12}?|在[^，。；：]{2,12}?[内中])?(?:要|应)?(?:总体|具体|主要|全面|统一)?"
    r"(?:负责|根据|按照|承担|履行(?=下列|以下|如下))"
)
# 十五、省商务厅 is a unit's heading, and so is （三）各苏木镇 / 各街道办事处 (each of them does the work, as a
# ledger writes 各乡镇人民政府); （二）相关部门 names nobody, 一、各地自查 / 各县区…排名 no organisation.
_UNIT_HEADING_NOT = compile_lazily(r"^(?:相关|有关|成员|其他)|成员单位$|^(?:现场|专项|专业)?工作组$")
_EACH_OF = compile_lazily(
    r"^各(?!类|种|项|级|地)\S{0,12}?(?:局|委|办|院|所|站|中心|部门|队|会|街道|办事处|政府|镇|乡|场|村|社区|公司|企业|学校|单位)$"
)
_POSTS = compile_lazily(r"(?:干部|人员|同志|职工|长|主任|书记|委员|网格员|联络员|信息员)$")
_EVERY_UNIT = compile_lazily(
    r"^(?:各(?:部门|单位|成员|有关|相关|级|科室)|相关|有关|成员|部门|单位|工作|岗位|主要|明确)"
    r"|(?:成员|责任|牵头|配合|协办|主办|相关|有关|其他|参与|各)单位$"
    r"|^[县区市省]?(?:行业|各级|各)?(?:有关|相关|职能|主管|监管|责任|行业|业务|牵头|配合|其他|其它|执法|直|级|政府|成员|属地)?部门$"
    r"|^(?:指挥|工作|组织|办事|领导|应急|议事|协调|常设)机构$"  # 3.1 指挥机构职责: the kind of body, no unit
)  # （七）卫生部门职责、任务 / 市场监管部门 name a department by its line of work (压实部门职责 no department)


# （四）县抗雪防灾指挥部现场处理组。…成员单位为现场处理组成员单位。主要职责：: a body named, then its duties
_BODY_THEN_DUTIES = compile_lazily(
    r"^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）)\s*([^，。；：、\s]{3,30}?)。"
    r"[^：]{0,80}?(?:主要|工作)?(?:职责|任务)\s*[：:]\s*$"
)


_STEP_OR_PEOPLE = compile_lazily(
    r"^(?:召开|举办|举行|组织|成立|动员|部署|开展|启动)|(?:干部|人员|同志|职工|群众|代表|领导|老师|学生)$"
)


def heading_lead(heading: str, *, over_points: bool = True) -> tuple[str, ...]:
    """The units a part's heading names as leading the work under it, or () when it names none;
    `over_points` False for a part that is a measure itself (its paragraph under the heading)."""
    if unit := block_unit(heading):
        return (unit,)  # 2016年区公安局环境保护目标责任: a unit's block (unit_blocks)
    folded = fold(heading)
    match = (
        _LEAD_HEADING.match(folded)
        or _DUTY_HEADING.match(folded)
        or _BODY_THEN_DUTIES.match(folded)
        or _named_organisation(_TASKS_HEADING.match(folded))
        or (_named_organisation(_SUBJECT_HEADING.match(folded)) if over_points else None)
        or (_named_organisation(_NAMED_PART.match(folded)) if not over_points else None)
    )
    named = heading[match.start(1) : match.end(1)] if match else ""
    units = units_or_none(named, labelled=False) if match and not _EVERY_UNIT.search(fold(named)) else None
    if units and any(_POSTS.search(fold(unit)) for unit in units):
        units = None  # （二）包村干部职责: posts, no unit
    if units and (_WORK_VERB.match(fold(named)) or _SETTING_DUTIES.match(fold(named))):
        units = None  # （二）压实部门职责 / 强化部门职责和任务: a task's heading, no department
    if not units and (counted := _COUNTED_HEADING.match(fold(heading))):
        units = units_or_none(
            heading[counted.start(1) : counted.end(1)], labelled=False
        )  # 区教育局、区卫健委（1项）
    named = _UNIT_HEADING.match(fold(heading)) or _FIELD_HEADING.match(fold(heading))
    if over_points and not named:
        named = _BARE_UNIT_HEADING.match(fold(heading))  # 网格服务管理中心 over 1.负责… 2.负责…
    # (a numbered title alone, （7）市国土资源局 or 9. *建设…休息室, is a measure's title: assemble reads it)
    if named and not over_points and any(named.groupdict().get(key) for key in ("dotted", "arabic")):
        named = None
    # (over a part's own paragraph too: （五）区消防救援大队、区应急救援大队 / 负责…)
    if not units and (listed := _UNITS_HEADING.match(fold(heading))):
        units = units_or_none(heading[listed.start(1) : listed.end(1)], labelled=False)
        specific = units and len(units) > 1 and not all(_UNIT_HEADING_NOT.search(fold(u)) for u in units)
        specific = specific and all(_one_unit(fold(u)) or _UNIT_HEADING_NOT.search(fold(u)) for u in units)
        # (（一）坚决贯彻落实中央和省委、省政府的决策部署: a task's words that happen to end on 委 and 署)
        specific = specific and not _WORK_VERB.match(fold(units[0]))
        units = units if specific and all(_ORG_NAME.search(fold(u)) for u in units) else None
    if not units and named and not match:  # (各权属单位负责的工作 names its unit or nobody, never itself)
        units = units_or_none(
            heading[named.start(named.lastindex) : named.end(named.lastindex)], labelled=False
        )
        units = units if units and len(units) == 1 and _one_unit(fold(units[0])) else None
        named_task = units and _WORK_VERB.match(fold(units[0])) and _LOOKS_LIKE_A_UNIT.search(fold(units[0]))
        task = named_task or (units and _TASK_CENTRE.match(fold(units[0])))
        task = task or (units and _SETTING_UP.match(fold(units[0])))
        # （一）召开动员大会 / （二）县级领导干部：: a step of the work or people over their points, no unit
        step = units and _STEP_OR_PEOPLE.search(fold(units[0]))
        units = None if task or step else units
    return tuple(units or ())


# （五）市监察局。对出现问题长期得不到解决的，要追究…: a part that is one unit's duty, its name first with its
# place (not a task's title: （二）依法查处。 / （一）成立领导小组。)
_NAMED_PART = compile_lazily(
    r"^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）)\s*"
    r"(?=[省市县区州盟旗镇乡])([^，。；：、\s]{3,20}?)。\s*\S"
)
# 我局 / 本部门 / 全县各级各部门 / 乡镇党委政府: the writer or every body, no unit named
_NOT_NAMED = compile_lazily(r"^(?:我|本|全|各级|各|乡镇|相关|有关)")
# （一）运动会工作任务 / 乡村振兴示范区主要任务: an event or a zone the work is for, not who does it
_EVENT = compile_lazily(
    r"(?:运动|博览|交易|展销|洽谈|推介|招商|发布|农博|茶博|大|年|峰|庆祝|纪念)会$|(?:示范|先行|试验|样板|引领|集聚|功能|核心)区$"
)


def _named_organisation(match: re.Match[str] | None) -> re.Match[str] | None:
    """The match, when every name it holds ends as an organisation's does (区民政局, 团区委) and names neither
    the writer nor every body nor an event or a zone the work is for."""
    names = match.group(1).split("、") if match else []
    named = all(
        ends_like_unit(n) and not _NOT_NAMED.search(fold(n)) and not _EVENT.search(fold(n)) for n in names
    )
    return match if names and named else None


def _one_unit(name: str) -> bool:
    bare = re.sub(r"[（(][^（）()]*[）)]$", "", name)  # 各乡镇（场）
    return not _UNIT_HEADING_NOT.search(name) and (not name.startswith("各") or bool(_EACH_OF.match(bare)))
