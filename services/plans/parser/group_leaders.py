"""A 预案's working group: the unit whose head leads it, and its member units.

`2.3.1抢险救援组。由县公安局、安监局、消防大队等单位组成。主要负责…。抢险救援组组长由县公安局有关负责人担任。`
and `1、震情工作组` / `组 长：市地震局局长刘毅生` / `成员部门：市气象局、市考试管理中心` / `职 责：…` name no clause,
yet a clerk ledgers the group's duty as led by the unit its head comes from, the member units helping. Read only
where nothing else in the measure names an owner, and only when the leader's unit is named.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.text import ends_like_unit, fold, is_party, split_units
from services.plans.parser.topic_leads import topic_leads

# 组长由县公安局有关负责人担任 / 组长由市卫健委分管领导担任
_LEADER_FROM = compile_lazily(
    r"组长由([^，,。；;：:\n]{2,30}?)(?:有关|主要|分管|相关)?(?:负责人|负责同志|领导|同志)?担任"
)
# 组 长：市地震局局长刘毅生 / 组长：市委宣传部副部长、市文明办主任何邓 — the unit before the head's post
_POST = (
    r"(?:常务|分管|主要)?副?(?:局长|主任|部长|处长|科长|书记|政委|司令员|支队长|大队长|队长|院长|所长|站长|行长|总经理"
    r"|秘书长|主席|馆长|校长|社长|(?:主要|分管|有关)?负责(?:人|同志))"  # 组 长:县市容局负责人
)
_LEADER_LINE = compile_lazily(r"(?:^|\n)[ \u3000]*组[ \u3000]*长[ \u3000]*[：:][ \u3000]*([^\n]{2,60})")
# (the unit first: 王建新（村党支部书记） names a person, the post in brackets after him)
_LEADER_UNIT = compile_lazily(rf"(?:^|(?<=[、，,]))([\u4e00-\u9fff]{{2,20}}?){_POST}")
# 由县公安局、安监局、消防大队等单位组成 / 成员单位：市教育局 团市委
_MEMBERS = compile_lazily(
    r"由([^。；;：:\n]{2,200}?)(?:等(?:有关|相关)?(?:单位|部门))?(?:有关(?:专业技术)?人员[^。；;\n]{0,30}?)?组成"
    r"|(?:^|\n)[ \u3000]*成[ \u3000]*员[ \u3000]*(?:单位|部门)?[ \u3000]*[：:][ \u3000]*([^\n]{2,200})"
)


# 2.3.1抢险救援组。 / 1、震情工作组 / 4.6.8 城市基础设施抢险与应急恢复组: the measure is a working group (a 领导小组
# set up under 保障措施 is the work's body, no duty of its own)
_GROUP_TITLE = compile_lazily(r"^[^\n。]{0,30}?[\u4e00-\u9fff”]{2,}(?<!领导小)组(?:[。：:\s]|$)")


def group_leader(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    """The group's leading unit and its members, with the span of the words that name the leader."""
    folded = fold(text)
    if not _GROUP_TITLE.match(folded):
        return topic_leads(text)  # (a 预案's event and who leads its response, a line of the same kind)
    leader = _LEADER_FROM.search(folded)
    if leader is not None:
        leads, span = _units(text[leader.start(1) : leader.end(1)]), leader.span()
    elif (line := _LEADER_LINE.search(folded)) is not None:
        head = re.sub(
            r"[（(][^（）()]*[）)]", "", line.group(1)
        ).strip()  # 王建新（村党支部书记、村委会主任）
        posts = [m.group(1) for m in _LEADER_UNIT.finditer(head)]
        leads = tuple(u for post in posts for u in _units(post))
        span = line.span(1)
    else:
        return []
    if not leads:
        return []
    members: list[str] = []
    for found in _MEMBERS.finditer(folded):
        start, end = found.span(1) if found.group(1) else found.span(2)
        members.extend(u for u in _units(text[start:end]) if u not in members)
    cos = tuple(u for u in members if u not in leads and not any(_same(u, lead) for lead in leads))
    return [(span, Responsibility(leads, cos, named_lead=True))]


def _units(written: str) -> tuple[str, ...]:
    names = split_units(written)
    if not names or not all(ends_like_unit(n) and is_party(n) for n in names):
        return ()
    return tuple(names)


def _same(member: str, lead: str) -> bool:
    """安监局 among members when 县安监局 leads: one unit, the place dropped as the list drops it."""
    return lead.endswith(member) or member.endswith(lead)


# 1.综合协调组：农业农村局水利处牵头，主要职责：（1）… / 1.综合协调组农业农村局水利处牵头，… (a page that lost the
# colon): the unit that leads the group heads its duties, not the group's name read as a duty list's owner
# (a 领导小组 is the body itself, its own owner)
_GROUP_LED_BY = compile_lazily(
    r"^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?\s*"
    r"[\u4e00-\u9fff]{2,12}?(?<!领导小)组[：:]?\s*由?([^，,。；;：:\n由]{2,40}?)牵头"
    r"(?:[，,]([^，,。；;：:\n]{2,80}?)(?:等(?:有关|相关)?(?:单位|部门))?(?:参加|参与|配合))?"
)


def group_led_by(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    """The unit a working group's heading says leads it, with the units taking part, or []."""
    led = _GROUP_LED_BY.match(fold(text))
    if led is None:
        return []
    leads = split_units(text[led.start(1) : led.end(1)])
    if not leads or not all(ends_like_unit(unit) for unit in leads):
        return []
    taking_part = split_units(text[led.start(2) : led.end(2)]) if led.group(2) else []
    helpers = tuple(unit for unit in taking_part if ends_like_unit(unit))
    return [((led.start(1), led.end()), Responsibility(tuple(leads), helpers, named_lead=True))]
