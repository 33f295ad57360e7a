"""Resolve unit names as documents write them to one registered unit, through the alias table."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Unit, UnitAlias, UnitKind

# Long official names and the short forms plans use; `区发展和改革委员会` → `区发改委`.
_ABBREVIATIONS = (
    ("发展和改革委员会", "发改委"),
    ("发展和改革局", "发改局"),
    ("工业和信息化局", "工信局"),
    ("市场监督管理局", "市监局"),
    ("住房和城乡建设局", "住建局"),
    ("农业农村局", "农业农村局"),
    ("生态环境局", "生态环境局"),
    ("交通运输局", "交通运输局"),
    ("商务局", "商务局"),
)
_SPACES = re.compile(r"\s+")


def clean_name(name: str) -> str:
    return _SPACES.sub("", name).strip("，,、；;。")


def unit_kind(name: str) -> UnitKind:
    if name.startswith("各"):
        return UnitKind.GROUP
    if name.endswith(("镇", "街道", "区镇", "办事处", "园区", "开发区", "新区")):
        return UnitKind.TOWN
    return UnitKind.DEPARTMENT


def name_key(name: str) -> str:
    """A comparison key: without spaces, the district prefix 区 and with long names abbreviated."""
    key = clean_name(name)
    for long, short in _ABBREVIATIONS:
        key = key.replace(long, short)
    if key.startswith("区") and len(key) > 2:
        key = key[1:]
    return key


def find_unit(session: Session, name: str) -> Unit | None:
    cleaned = clean_name(name)
    unit = session.scalar(select(Unit).where(Unit.name == cleaned))
    if unit is not None:
        return unit
    alias = session.scalar(select(UnitAlias).where(UnitAlias.alias == cleaned))
    if alias is not None:
        return alias.unit
    key = name_key(cleaned)
    for candidate in session.scalars(select(Unit)):
        if name_key(candidate.name) == key:
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
