"""A 成员单位职责 list's numbered items, each opening on its unit: `1.县委宣传部：负责…`, `（一）市应急管理局。负责…`,
`3.人民检察院。依法…`, `2.派出所。配合开展…`, `2.2.3农业行政部门职责密切监测…`. The item's number (ITEM_NUMBER) is shared with the other readers of
an item's opening (opening_owners, sentence_subjects)."""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import is_party
from services.plans.parser.unit_endings import WORKING_GROUP

# （一） / 一、 / 1. opening a measure
ITEM_NUMBER = (
    # (一是资源生态处负责…: a point numbered in words, its owner after the 是)
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff])"
    # 2.6.1 县水利局：… in a 预案's numbered parts; 3.2.4县交通运输局： with no space (not 3.5亿元)
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\s|\d{1,2}(?:\.\d{1,2}){2,3}(?=[\u4e00-\u9fff])"
    # (3.3集团公司运营管控部负责…: a part's point glued to its owner — not 3.5亿元, 1.5万亩, a figure and its unit)
    r"|\d{1,2}\.\d{1,2}(?=[\u4e00-\u9fff])(?![亿万千百元个件项次人户座所家条台辆套张公里米吨倍亩年月日号])|\d{1,3}[.、．]"
    r"|\d{1,3}[ \u3000]+(?=[\u4e00-\u9fff])"  # 1 市公安局 负责…: a table row's 序号 cell and a blank
    r"|第[一二三四五六七八九十百零]{1,4}条(?=[ \u3000\u4e00-\u9fff]))"  # 第二条 市城管局负责…: a 办法's article
)


# 1.县委宣传部：负责创卫宣传工作… / （一）市应急管理局。负责全市安全生产…: a 成员单位职责 list, each item
# opening on its unit, then a colon or a full stop, then its duties.
# A place's bureau or committee before the colon (17、市林业局：编制和实施…) is a member unit whatever verb
# its duties open on; a looser name needs the duty word (1.城区：… is a place, 1.目标：… a topic).
# 1.第一指挥部（2018—3一期）：负责…: a note after the name (the plots it covers) before the colon
_UNIT_THEN_DUTY = compile_lazily(
    rf"^\s*{ITEM_NUMBER}\s*"
    # (1.民政部门职责。负责…: the name, then 职责 and a full stop)
    r"([^，,。；;：:（(\n]{2,30}?)\s*(?:[（(][^（）()\n]{1,20}[）)])?\s*(?:的?(?:主要)?职责)?\s*[：:。]\s*"
    r"(?=(?:主要)?(?:负责|牵头|承担|职责)(?!单位|部门|人)(?![^。；\n]*的为))"
)
_BUREAU_THEN_WORK = compile_lazily(
    rf"^\s*{ITEM_NUMBER}\s*"
    r"([省市县区州盟旗][^，,。；;：:（(\n、]{1,20}?(?:局|委员会|委|厅|办公室|办)|[省市县区]人民政府"
    # (3)农牧业局：指导… in a list whose units drop the place they share (盟, 县)
    r"|[\u4e00-\u9fff]{1,6}(?<![结布格大全])局"
    # (12)绍兴军分区：指挥、督促… — the armed forces' bodies in a 预案's members, named with their city alone
    r"|[\u4e00-\u9fff]{2,4}(?:军分区|警备区|人武部|武装部))\s*(?:的?(?:主要)?职责)?\s*[：:]\s*(?=[\u4e00-\u9fff])"
)
# (3.人民检察院。依法开展… / 9.工会、共青团、妇联组织。… : bodies named by kind, no place before them)
_FIELD = (
    r"(?:[\u4e00-\u9fff]{2,12}(?<!有关)(?<!相关)(?<!其他)部门|(?:公安|司法行政|行政)?机关|人民检察院|人民法院"
    r"|工会|共青团|妇联(?:组织)?|残联|红十字会|科协)"
)
# 3.电力部门。保障防汛抢险用电…: a 应急预案's member named by its line of work, a full stop after it
_FIELD_THEN_WORK = compile_lazily(
    # ((九)工商部门职责:依法确认… — the name, then 职责 and a colon: whatever the duty opens on)
    rf"^\s*{ITEM_NUMBER}\s*((?:{_FIELD}、){{0,5}}{_FIELD})\s*(?:的?(?:主要)?职责)?\s*[：:。]\s*(?=[\u4e00-\u9fff])"
)
_OFFICE = r"[\u4e00-\u9fff]{1,6}(?:办|中心|所|委会|局|委|队|站|院|社区|街道|公司|集团)"
# 2.派出所。配合开展… / 4.建管中心。积极依托… / 7.居委会。具体负责…: a street's own offices named short, a full stop
# after the name — an office's ending, no verb in it (not 1.成立工作专班。, 3.完善服务站。), and a duty's word after
# it (not 1.建成便民服务站。在每个社区…, a measure's title; not 2.卫生院。医疗废物暂存点未上锁, a problem found there)
_OFFICE_THEN_WORK = compile_lazily(
    rf"^\s*{ITEM_NUMBER}\s*"
    r"((?![\u4e00-\u9fff]*(?:成立|建立|设立|组建|召开|完善|健全|加强|强化|推进|落实|明确|组织|开展|设置|筹建|打造|建设|新建|改造"
    r"|提升|整治|规范|做好|建成|创建|培育|实施|启动))"
    # (（四）区商务委、区城管执法局、外滩投资集团。按照…: a list of them, a group company among them)
    rf"(?:{_OFFICE}、){{0,5}}{_OFFICE})。\s*"
    r"(?=(?:积极|主动|具体|全面|认真|牵头|负责|配合|协助|协调|协同|会同|联合|统筹|组织|指导|督促|监督|参与|承担|落实|做好"
    r"|根据|按照|依托|加强|开展)[\u4e00-\u9fff])"
)

# 2.2.1党政办公室：参与防灾减灾… / 2.2.3经济发展处：协助区经济发展局… / 2.2.12各村（居）：落实属地职责…: a township's
# own offices (处, 办公室, 专班) and its villages as a 预案's members, a colon, then a duty's verb — any of the
# verbs a member's duty opens on, not only 负责 (a looser name than a place's bureau needs the verb)
_MEMBER_THEN_VERB = compile_lazily(
    rf"^\s*{ITEM_NUMBER}\s*((?:[^，,。；;：:（(\n、]|[（(][^（）()\n]{{1,6}}[）)]){{2,16}}?)\s*[：:]\s*"
    r"(?=(?:参与|协助|配合|协同|会同|指导|督导|组织|协调|统筹|督促|监督|检查|落实|实施|做好|开展|加强|提供|保障|监测|掌握|及时|按照"
    r"|根据|依法|承担|牵头|负责)"
    # (县人民医院：承担项目建设任务的为县卫健局: a project before the colon, its owner named after 的为)
    r"[\u4e00-\u9fff])(?![^。；\n]*的为)"
)


# 1、灭火行动组：发生火灾立即… / 4、安全防护救护组：协助抢救…: a 预案's working group, a colon and its duties,
# whatever verb they open on — not its roster (组长：…, 由…组成, 成员：…) nor where it sits (办公室设在…)
_GROUP_THEN_WORK = compile_lazily(
    rf"^\s*{ITEM_NUMBER}\s*([\u4e00-\u9fff]{{2,14}}组)\s*[：:]\s*"
    r"(?!组长|副组长|由|成员|组成|下设|设在|办公室|人员|牵头)(?=[\u4e00-\u9fff])"
)


# 2.2.3农业行政部门职责密切监测… / 2.2.12.1县疾控中心职责县疾控中心承担…: a 预案's heading `X职责` run into its
# duties with no break (a page flattened into one line), the name ending as a body does
NAMED_DUTIES = compile_lazily(
    rf"^\s*{ITEM_NUMBER}\s*"
    # (not a measure's title on whose duties: （一）明确区分政府职责和市场功能 / 3.压实部门职责)
    r"(?!明确|落实|履行|强化|加强|压实|厘清|理顺|转变|区分|依法|切实|全面|进一步)"
    r"((?:[^，,。；;：:（(\n、]{1,16}、){0,5}[^，,。；;：:（(\n、]{1,16}?"
    r"(?:部门|机构|机关|局|办公室|中心|委员会|委|办|院|所|站|队|公司|政府|指挥部|小组))"
    r"的?(?:主要)?职责(?![分范清任和与及的、，,])\s*(?=[\u4e00-\u9fff])"
)


# （二）海上撤离工作组组成人员及主要职责 / 1.组成人员 组 长：… / 2.主要职责…: a working group's heading over its
# roster and its duties (parser/owned_headings.py folds them into it), the group named first
GROUP_DUTIES = compile_lazily(
    rf"^\s*{ITEM_NUMBER}\s*([^，,。；;：:（(\n、]{{2,24}}?(?:组|专班|办公室|指挥部|中心|队))"
    r"(?:组成人员|人员组成)(?:及|和)其?(?:主要|工作)?职责"
)


def duty_item(folded: str) -> re.Match[str] | None:
    """The item's opening as a member's duty (group 1 its unit's name), or None."""
    return (
        NAMED_DUTIES.match(folded)  # (first: `财政部门职责负责…` is no subject `财政部门职责` before 负责)
        or GROUP_DUTIES.match(folded)
        or _UNIT_THEN_DUTY.match(folded)
        or _BUREAU_THEN_WORK.match(folded)
        or _FIELD_THEN_WORK.match(folded)
        or _OFFICE_THEN_WORK.match(folded)
        or _working_group(folded)
        or _member(folded)
    )


# 组织机构：建立… / 责任单位：负责…: a framework's heading or a label, a kind of body, no member named
_NAMED_KIND = compile_lazily(
    r"^(?:组织|工作|指挥|领导|办事|责任|牵头|配合|成员|相关|有关)(?:机构|单位|部门)$"
)
_PERSON_END = compile_lazily(
    r"(?:干部|人员|同志|(?<![局部处科股室所队站])长|主任|书记|委员)$"
)  # 指挥长：…, a post


def _member(folded: str) -> re.Match[str] | None:
    found = _MEMBER_THEN_VERB.match(folded)
    name = found.group(1) if found else ""
    return found if is_party(name) and not _PERSON_END.search(name) and not _NAMED_KIND.match(name) else None


def _working_group(folded: str) -> re.Match[str] | None:
    found = _GROUP_THEN_WORK.match(folded)
    return found if found and WORKING_GROUP.search(found.group(1)) else None


# （二）政法综治处。配合相关部门…: a numbered member's name closed by a full stop, its duty on a duty's verb
# (not a title that happens to end so: （一）整治校园周边小卖部。开展… / （一）规范村卫生室。督促…)
STOP_DUTY = compile_lazily(
    r"\s*((?!其他|其它|相关|有关|整治|规范|排查|抽查|检查|加强|开展|推进|完善|建立|健全|落实|做好|强化|提升|严格|全面"
    r"|深入|加快|实施|深化|推动|抓好|确保|优化|创建|清理|打击|查处|组织|保障|维护|改善|治理|建设|培育|新建|改造|发挥"
    r"|成立|设立|组建|召开|举办)"
    r"[\u4e00-\u9fff（）()]{2,24}?(?:处|科|室|办|局|委|所|站|队|中心|公司|政府|部|组))。"
    r"\s*(?=(?:主要)?(?:负责|承担|组织|协调|指导|监督|参与|配合|协助|做好|开展|督促|牵头|落实))"
)
# (an office's ending, not a site's: a township's 党群工作处, 综治办, 便民服务中心)
OFFICE = compile_lazily(
    r"^(?!其他|其它|相关|有关|各)[\u4e00-\u9fff]{1,10}(?:处|科|股|办公室|办|工作站|服务站|中心)$"
)
