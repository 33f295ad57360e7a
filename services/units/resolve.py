"""Resolve unit names as documents write them to one registered unit, through the alias table."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Plan, Unit, UnitAlias, UnitKind

# Long official names and the short forms plans use; `区发展和改革委员会` → `区发改委`. Both sides of a
# comparison go through the same table, so one entry makes the long and the short form one key.
_ABBREVIATIONS = (
    ("人民政府办公室", "政府办"),
    ("政府办公室", "政府办"),
    ("人民政府", "政府"),
    ("发展和改革委员会", "发改委"),
    ("发展改革委员会", "发改委"),
    ("发展和改革局", "发改局"),
    ("工业和信息化局", "工信局"),
    ("市场监督管理局", "市监局"),
    ("住房和城乡建设局", "住建局"),
    ("交通运输局", "交通局"),
    ("教育和体育局", "教体局"),
    ("教育体育局", "教体局"),
    ("自然资源和规划局", "资规局"),
    ("人力资源和社会保障局", "人社局"),
    ("文化广电和旅游局", "文广旅局"),
    ("文化广电旅游局", "文广旅局"),
    ("卫生健康委员会", "卫健委"),
    ("卫生和健康委员会", "卫健委"),
    ("应急管理局", "应急局"),
    ("城市管理局", "城管局"),
    ("科学技术局", "科技局"),
    ("管理委员会", "管委会"),
)
_SPACES = re.compile(r"\s+")
# `南通市海门区推动…方案` → 海门: the district a plan was issued by, whose name stands for 区 in unit
# names (`海门生态环境局` is the `区生态环境局` of the same plan).
_DISTRICT_IN_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?[省市])*([\u4e00-\u9fff]{2,3}?)[区县]")
_PLACES_KEY = "duban.unit_places"


def clean_name(name: str) -> str:
    return _SPACES.sub("", name).strip("，,、；;。")


def unit_kind(name: str) -> UnitKind:
    if name.startswith("各"):
        return UnitKind.GROUP
    if name.endswith(("镇", "街道", "区镇", "办事处", "园区", "开发区", "新区")):
        return UnitKind.TOWN
    return UnitKind.DEPARTMENT


def district_of_title(title: str) -> str | None:
    found = _DISTRICT_IN_TITLE.match(clean_name(title))
    return found.group(1) if found else None


def name_key(name: str, places: tuple[str, ...] = ()) -> str:
    """A comparison key: without spaces, the district prefix (区, or the district's own name from
    ``places``) and with long names abbreviated."""
    key = clean_name(name)
    for long, short in _ABBREVIATIONS:
        key = key.replace(long, short)
    for place in places:
        for prefix in (place + "区", place + "县", place):
            rest = key[len(prefix) :]
            # Only a department loses the place name: 海门街道 and 海门港新区 are places of their own.
            if key.startswith(prefix) and len(rest) >= 3 and unit_kind(rest) == UnitKind.DEPARTMENT:
                key = rest
                break
    if key.startswith("区") and len(key) > 2:
        key = key[1:]
    return key


def district_places(session: Session) -> tuple[str, ...]:
    """The districts that issued the stored plans, cached for the session (one import, many names)."""
    cached = session.info.get(_PLACES_KEY)
    titles = tuple(session.scalars(select(Plan.title)))
    if cached is None or cached[0] != titles:
        places = tuple(sorted({p for p in (district_of_title(t) for t in titles) if p}))
        cached = (titles, places)
        session.info[_PLACES_KEY] = cached
    return cached[1]


def find_unit(session: Session, name: str) -> Unit | None:
    cleaned = clean_name(name)
    unit = session.scalar(select(Unit).where(Unit.name == cleaned))
    if unit is not None:
        return unit
    alias = session.scalar(select(UnitAlias).where(UnitAlias.alias == cleaned))
    if alias is not None:
        return alias.unit
    return find_by_key(session, cleaned)


def find_by_key(session: Session, name: str, *, exclude: int | None = None) -> Unit | None:
    """The unit whose name or an alias differs from ``name`` only by 区, spaces or abbreviation."""
    places = district_places(session)
    key = name_key(name, places)
    for candidate in session.scalars(select(Unit).order_by(Unit.id)):
        if candidate.id == exclude:
            continue
        names = [candidate.name, *(a.alias for a in candidate.aliases)]
        if any(name_key(n, places) == key for n in names):
            return candidate
    return None


def resolve_unit(session: Session, name: str) -> Unit:
    """The unit `name` stands for, registered (with `name` as an alias) when it is new."""
    cleaned = clean_name(name)
    unit = find_unit(session, cleaned)
    if unit is None:
        unit = Unit(name=cleaned, kind=unit_kind(cleaned))
        session.add(unit)
        session.flush()
    elif unit.name != cleaned and session.scalar(select(UnitAlias).where(UnitAlias.alias == cleaned)) is None:
        session.add(UnitAlias(unit_id=unit.id, alias=cleaned))
        session.flush()
    return unit
