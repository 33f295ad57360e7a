"""The unit registry: add, rename, merge; aliases, kind and parent; with every change in the change log.

A unit's history survives a rename (the old name stays as an alias, so documents that write it still
resolve) and a merge (the merged unit's name becomes an alias, its tasks, contacts and returns move
over, and ``unit_history`` also shows what was logged against the merged unit).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from models import Assignment, Contact, ProgressEntry, ProgressReturn, Role, Unit, UnitAlias, UnitKind
from models.progress import RoundUnit
from services.errors import AliasTaken, InvalidValue, NotFound, UnitLooksLikeExisting
from services.ledger.changelog import ChangeView, history, log_change
from services.units.resolve import clean_name, district_places, find_by_key, name_key, unit_kind

KIND_LABELS = {UnitKind.DEPARTMENT: "部门", UnitKind.TOWN: "镇街", UnitKind.GROUP: "统称"}
NAME_MAX = 100  # the column's width (models/units.py)


@dataclass(frozen=True)
class MergeResult:
    target_id: int
    target: str
    merged: str
    assignments: int
    contacts: int
    returns: int


@dataclass(frozen=True)
class SimilarPair:
    """Two registered units that look like one: the office decides whether to merge them."""

    first_id: int
    first: str
    second_id: int
    second: str


def unit_names(session: Session) -> list[str]:
    """Every unit's name, in the order they were first named: what the task editor offers to complete."""
    return list(session.scalars(select(Unit.name).order_by(Unit.id)))


def get_unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound("该单位已不存在（可能已被合并或删除）。请刷新列表后重试。")
    return unit


def _check_name(name: str, what: str = "单位名称") -> str:
    cleaned = clean_name(name or "")
    if not cleaned:
        raise InvalidValue(f"{what}不能为空。")
    if len(cleaned) > NAME_MAX:
        raise InvalidValue(f"{what}“{cleaned[:20]}…”太长（最多 {NAME_MAX} 个字）。")
    return cleaned


def _owner_of(session: Session, name: str, exclude: int | None = None) -> Unit | None:
    """The unit that already uses ``name`` as its name or an alias."""
    unit = session.scalar(select(Unit).where(Unit.name == name))
    if unit is None:
        alias = session.scalar(select(UnitAlias).where(UnitAlias.alias == name))
        unit = alias.unit if alias else None
    return None if unit is None or unit.id == exclude else unit


def add_unit(
    session: Session,
    name: str,
    *,
    kind: str | None = None,
    parent_id: int | None = None,
    keep_both: bool = False,
) -> int:
    """Register a unit. A name like an existing one is refused with a suggestion unless ``keep_both``."""
    cleaned = _check_name(name)
    owner = _owner_of(session, cleaned)
    if owner is not None:
        where = "已登记" if owner.name == cleaned else f"已是单位“{owner.name}”的别名"
        raise InvalidValue(f"单位“{cleaned}”{where}，不必重复添加。")
    similar = find_by_key(session, cleaned)
    if similar is not None and not keep_both:
        raise UnitLooksLikeExisting(
            f"“{cleaned}”与已有单位“{similar.name}”只差“区”字、空格或简称，可能是同一单位。"
            f"如是同一单位，请把“{cleaned}”添加为“{similar.name}”的别名；如确是两个单位，请选择“仍然新建”。",
            similar.name,
        )
    unit = Unit(name=cleaned, kind=kind or unit_kind(cleaned), parent_id=parent_id)
    session.add(unit)
    session.flush()
    log_change(session, "unit", unit.id, "create", None, {"name": cleaned, "kind": unit.kind})
    return unit.id


def rename_unit(session: Session, unit_id: int, new_name: str) -> None:
    """Give the unit a new name; the old one stays as an alias so nothing that used it is lost."""
    unit = get_unit(session, unit_id)
    cleaned = _check_name(new_name)
    if cleaned == unit.name:
        return
    owner = _owner_of(session, cleaned, exclude=unit.id)
    if owner is not None:
        raise AliasTaken(
            f"名称“{cleaned}”已属于单位“{owner.name}”。如果“{unit.name}”和“{owner.name}”是同一单位，"
            "请使用“合并”；否则请换一个名称。",
            owner.name,
        )
    old = unit.name
    session.execute(delete(UnitAlias).where(UnitAlias.unit_id == unit.id, UnitAlias.alias == cleaned))
    unit.name = cleaned
    session.add(UnitAlias(unit_id=unit.id, alias=old))
    session.flush()
    log_change(session, "unit", unit.id, "rename", {"name": old}, {"name": cleaned})


def add_alias(session: Session, unit_id: int, alias: str) -> None:
    unit = get_unit(session, unit_id)
    cleaned = _check_name(alias, "别名")
    if cleaned == unit.name or cleaned in {a.alias for a in unit.aliases}:
        return
    owner = _owner_of(session, cleaned, exclude=unit.id)
    if owner is not None:
        raise AliasTaken(
            f"“{cleaned}”已经是单位“{owner.name}”的{'名称' if owner.name == cleaned else '别名'}。"
            f"如果“{unit.name}”和“{owner.name}”是同一单位，请把两者合并；如果不是，请换一个别名。",
            owner.name,
        )
    session.add(UnitAlias(unit_id=unit.id, alias=cleaned))
    session.flush()
    log_change(session, "unit", unit.id, "add_alias", None, {"alias": cleaned})


def remove_alias(session: Session, unit_id: int, alias: str) -> None:
    unit = get_unit(session, unit_id)
    session.execute(delete(UnitAlias).where(UnitAlias.unit_id == unit.id, UnitAlias.alias == alias))
    log_change(session, "unit", unit.id, "remove_alias", {"alias": alias}, None)


def set_kind_and_parent(session: Session, unit_id: int, kind: str, parent_id: int | None) -> None:
    unit = get_unit(session, unit_id)
    if kind not in set(UnitKind):
        raise InvalidValue(f"单位类型“{kind}”无效，应为部门、镇街或统称之一。")
    # Walk up from the new parent: a unit under itself (directly or not) would loop forever.
    seen, current = set(), parent_id
    while current is not None and current not in seen:
        if current == unit.id:
            raise InvalidValue(f"不能把“{unit.name}”设为它自己的下级单位。请选择另一个上级单位。")
        seen.add(current)
        current = get_unit(session, current).parent_id
    before = {"kind": unit.kind, "parent_id": unit.parent_id}
    unit.kind, unit.parent_id = kind, parent_id
    after = {"kind": kind, "parent_id": parent_id}
    if before != after:
        session.flush()
        log_change(session, "unit", unit.id, "edit", before, after)


def merge_units(session: Session, source_id: int, target_id: int) -> MergeResult:
    """Move every task, contact and return of ``source`` to ``target``; ``source`` becomes an alias."""
    if source_id == target_id:
        raise InvalidValue("不能把单位合并到它自己。请选择另一个单位。")
    source, target = get_unit(session, source_id), get_unit(session, target_id)
    moved_assignments = _move_assignments(session, source.id, target.id)
    contacts = session.execute(
        update(Contact).where(Contact.unit_id == source.id).values(unit_id=target.id)
    ).rowcount
    _keep_one_primary(session, target.id)
    session.execute(update(ProgressEntry).where(ProgressEntry.unit_id == source.id).values(unit_id=target.id))
    returns = session.execute(
        update(ProgressReturn).where(ProgressReturn.unit_id == source.id).values(unit_id=target.id)
    ).rowcount
    _move_round_units(session, source.id, target.id)
    session.execute(update(Unit).where(Unit.parent_id == source.id).values(parent_id=target.id))
    aliases = [a.alias for a in source.aliases]
    names = {target.name, *(a.alias for a in target.aliases)}
    source_name = source.name
    # The contacts moved by a bulk UPDATE: forget the loaded list, or deleting the unit would unlink them.
    session.expire(source, ["contacts", "aliases"])
    session.execute(delete(UnitAlias).where(UnitAlias.unit_id == source.id))
    session.delete(source)
    session.flush()
    for alias in [source_name, *aliases]:
        if alias not in names:
            session.add(UnitAlias(unit_id=target.id, alias=alias))
            names.add(alias)
    session.flush()
    after = {"merged": source_name, "merged_id": source_id, "assignments": moved_assignments}
    log_change(session, "unit", target.id, "merge", None, after)
    log_change(session, "unit", source_id, "merged_into", {"name": source_name}, {"into": target.name})
    return MergeResult(target.id, target.name, source_name, moved_assignments, contacts, returns)


def _move_assignments(session: Session, source_id: int, target_id: int) -> int:
    """A task both units own keeps one assignment: lead if either was lead."""
    held = {a.item_id: a for a in session.scalars(select(Assignment).where(Assignment.unit_id == target_id))}
    moved = 0
    for assignment in session.scalars(select(Assignment).where(Assignment.unit_id == source_id)).all():
        kept = held.get(assignment.item_id)
        if kept is None:
            assignment.unit_id = target_id
        else:
            if assignment.role == Role.LEAD:
                kept.role = Role.LEAD
            session.delete(assignment)
        moved += 1
    return moved  # the tasks' copies of their lead units follow at the flush (services/ledger/lead_units.py)


def _move_round_units(session: Session, source_id: int, target_id: int) -> None:
    asked = set(session.scalars(select(RoundUnit.round_id).where(RoundUnit.unit_id == target_id)))
    for row in session.scalars(select(RoundUnit).where(RoundUnit.unit_id == source_id)).all():
        if row.round_id in asked:
            session.delete(row)  # the target was asked in that round already: one request per unit
        else:
            row.unit_id = target_id
    session.flush()


def _keep_one_primary(session: Session, unit_id: int) -> None:
    from services.units.contacts import LIAISON

    primaries = session.scalars(
        select(Contact)
        .where(Contact.unit_id == unit_id, Contact.role == LIAISON, Contact.is_primary.is_(True))
        .order_by(Contact.id)
    ).all()
    for extra in primaries[1:]:
        extra.is_primary = False


# Bureaus merged or renamed in the 2018–2019 institutional reform (机构改革), by name key: a plan
# written before it names the old bureau, one written after the new, and the office ends up with both
# (区教育局 and 区教体局). Only suggested, never merged unasked: some districts kept the old bureau.
SUCCESSORS: dict[str, tuple[str, ...]] = {
    "教育局": ("教体局",),
    "体育局": ("教体局", "文体旅局"),
    "农业局": ("农业农村局", "农村局"),
    "文化局": ("文广旅局", "文旅局", "文体旅局"),
    "旅游局": ("文广旅局", "文旅局", "文体旅局"),
    "文广新局": ("文广旅局", "文旅局"),
    "环保局": ("生态环境局",),
    "环境保护局": ("生态环境局",),
    "安监局": ("应急管理局", "应急局"),
    "国土局": ("自然资源局", "资规局", "自然资源和规划局"),
    "规划局": ("资规局", "自然资源和规划局"),
    "工商局": ("市监局",),
    "质监局": ("市监局",),
    "食药监局": ("市监局",),
    "卫计委": ("卫健委",),
    "卫生局": ("卫健委",),
}


def similar_units(session: Session) -> list[SimilarPair]:
    """Pairs of units whose names differ only by 区, spaces or abbreviation, or that name a bureau and
    its successor after the institutional reform (SUCCESSORS): suggestions to merge."""
    places = district_places(session)
    first_by_key: dict[str, Unit] = {}
    pairs = []
    units = list(session.scalars(select(Unit).order_by(Unit.id)))
    keys = {u.id: {name_key(n, places) for n in (u.name, *(a.alias for a in u.aliases))} for u in units}
    for unit in units:
        for key in keys[unit.id]:
            other = first_by_key.setdefault(key, unit)
            if other.id != unit.id:
                pairs.append(SimilarPair(other.id, other.name, unit.id, unit.name))
    for unit in units:
        successors = {s for key in keys[unit.id] for s in SUCCESSORS.get(key, ())}
        if not successors:
            continue
        for other in units:
            if other.id != unit.id and keys[other.id] & successors:
                first, second = sorted((unit, other), key=lambda u: u.id)
                pairs.append(SimilarPair(first.id, first.name, second.id, second.name))
    return list(dict.fromkeys(pairs))


def unit_history(session: Session, unit_id: int) -> list[ChangeView]:
    """The unit's change log, including what was logged against units merged into it."""
    entries = history(session, "unit", unit_id)
    merged = [e.after.get("merged_id") for e in entries if e.action == "merge"]
    for merged_id in merged:
        if isinstance(merged_id, int):
            entries += [e for e in history(session, "unit", merged_id) if e.action != "merged_into"]
    return sorted(entries, key=lambda e: (e.at, e.id), reverse=True)


def task_counts(session: Session) -> dict[int, tuple[int, int]]:
    """unit id → (tasks it leads, tasks it co-owns), live measures and tasks of every plan."""
    from models import LedgerItem

    rows = session.execute(
        select(Assignment.unit_id, Assignment.role, func.count())
        .join(LedgerItem, LedgerItem.id == Assignment.item_id)
        .where(LedgerItem.deleted_at.is_(None))
        .group_by(Assignment.unit_id, Assignment.role)
    )
    counts: dict[int, list[int]] = {}
    for unit_id, role, n in rows:
        counts.setdefault(unit_id, [0, 0])[0 if role == Role.LEAD else 1] += n
    return {k: (v[0], v[1]) for k, v in counts.items()}
