"""Edit the ledger: create, edit, close, reopen, delete and restore tasks; undo an edit.

Every function takes the caller's session (one user action = one transaction) and writes a change-log
entry, so the office can always answer "who changed this and when".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Assignment,
    ChangeLog,
    ItemKind,
    LedgerItem,
    Plan,
    ProgressEntry,
    Role,
    Target,
    TaskStatus,
    Unit,
)
from services.errors import EditConflict, InvalidValue, NotFound
from services.ledger import conflicts
from services.ledger.changelog import describe_change, later_change, log_change
from services.units.resolve import resolve_unit

EDITABLE_FIELDS = ("number", "title", "text", "domain", "start_on", "due_on", "recurring")


@dataclass(frozen=True)
class TargetEdit:
    """One row of the editor's target table: target_id None adds a target to the task."""

    target_id: int | None
    text: str
    quantity: float | None = None
    unit: str | None = None
    done: float | None = None


@dataclass(frozen=True)
class TaskDraft:
    title: str
    text: str | None = None
    number: str | None = None
    domain: str | None = None
    due_on: date | None = None
    lead_units: tuple[str, ...] = ()
    co_units: tuple[str, ...] = ()


def get_item(session: Session, item_id: int, *, include_deleted: bool = False) -> LedgerItem:
    item = session.get(LedgerItem, item_id)
    if item is None or (item.deleted_at is not None and not include_deleted):
        raise NotFound(f"编号为 {item_id} 的任务不存在或已删除。请刷新任务清单后重试。")
    return item


def _check_version(
    item: LedgerItem, expected_version: int | None, wanted: dict[str, Any] | None = None
) -> None:
    """Refuse a save based on an older read of the task, naming the fields where the two sides differ."""
    if expected_version is not None and item.version != expected_version:
        current = {name: getattr(item, name) for name in conflicts.FIELD_LABELS}
        raise conflicts.edit_conflict(item.id, item.title, wanted or {}, current)


def _units_of(item: LedgerItem, role: Role) -> list[str]:
    return [a.unit.name for a in sorted(item.assignments, key=lambda a: a.position) if a.role == role]


def _snapshot(item: LedgerItem) -> dict[str, Any]:
    values = {name: getattr(item, name) for name in EDITABLE_FIELDS}
    values["lead_units"] = _units_of(item, Role.LEAD)
    values["co_units"] = _units_of(item, Role.CO)
    return values


def set_units(
    session: Session,
    item: LedgerItem,
    lead: tuple[str, ...] | list[str],
    co: tuple[str, ...] | list[str],
    resolved: dict[str, Unit] | None = None,
):
    """Replace the item's owners; a unit named as lead and co is lead only. `resolved`: names already
    resolved in this action (a plan's thousand measures name the same few dozen units), kept by the caller."""
    if item.assignments:
        item.assignments.clear()
        session.flush()
    seen: set[int] = set()
    position = 0
    for role, names in ((Role.LEAD, lead), (Role.CO, co)):
        for name in names:
            if not name.strip():
                continue
            unit = resolved.get(name) if resolved is not None else None
            if unit is None:
                unit = resolve_unit(session, name)
                if resolved is not None:
                    resolved[name] = unit
            if unit.id in seen:
                continue
            seen.add(unit.id)
            item.assignments.append(Assignment(unit_id=unit.id, unit=unit, role=role, position=position))
            position += 1


def create_task(session: Session, plan_id: int, parent_id: int | None, draft: TaskDraft) -> int:
    if session.get(Plan, plan_id) is None:
        raise NotFound(f"编号为 {plan_id} 的方案不存在。")
    if not draft.title.strip():
        raise InvalidValue("任务名称不能为空。请填写任务名称。")
    parent = get_item(session, parent_id) if parent_id is not None else None
    last = session.scalar(select(func.max(LedgerItem.position)).where(LedgerItem.plan_id == plan_id)) or 0
    item = LedgerItem(
        plan_id=plan_id,
        parent_id=parent_id,
        kind=ItemKind.TASK,
        level=(parent.level + 1) if parent else 1,
        position=last + 1,
        number=draft.number,
        title=draft.title.strip(),
        text=draft.text,
        domain=draft.domain,
        due_on=draft.due_on,
        status=TaskStatus.OPEN,
    )
    session.add(item)
    session.flush()
    set_units(session, item, draft.lead_units, draft.co_units)
    session.flush()
    log_change(session, "task", item.id, "create", None, _snapshot(item))
    return item.id


def _targets_of(item: LedgerItem) -> list[dict[str, Any]]:
    return [
        {"id": t.id, "text": t.text, "quantity": t.quantity, "unit": t.unit, "done": t.done}
        for t in sorted(item.targets, key=lambda t: t.position)
    ]


def _apply_targets(session: Session, item: LedgerItem, edits: list[TargetEdit]) -> None:
    by_id = {t.id: t for t in item.targets}
    for edit in edits:
        if (edit.quantity is not None and edit.quantity < 0) or (edit.done is not None and edit.done < 0):
            raise InvalidValue("目标数量和完成数量不能为负数。")
        if edit.target_id is None:
            target = Target(item_id=item.id, position=len(item.targets), text="", comparator=">=")
            item.targets.append(target)
        elif edit.target_id in by_id:
            target = by_id[edit.target_id]
        else:
            raise NotFound("该目标不存在或不属于这个任务。请关闭编辑窗口后重新打开。")
        target.text, target.quantity, target.unit, target.done = (
            edit.text or "",
            edit.quantity,
            edit.unit or None,
            edit.done,
        )
    session.flush()


def _restore_targets(item: LedgerItem, before: list[dict[str, Any]]) -> None:
    """Put the targets back as an edit found them; the ones the edit added go."""
    kept = {t["id"]: t for t in before}
    for target in list(item.targets):
        values = kept.get(target.id)
        if values is None:
            item.targets.remove(target)  # delete-orphan: the row goes at the flush
        else:
            target.text, target.quantity, target.unit, target.done = (
                values["text"],
                values["quantity"],
                values["unit"],
                values["done"],
            )


def edit_task(
    session: Session,
    item_id: int,
    expected_version: int | None,
    *,
    targets: list[TargetEdit] | None = None,
    **changes: Any,
) -> int:
    """Apply `changes` (fields of EDITABLE_FIELDS, lead_units, co_units) and the target rows; returns
    the change-log id. The targets go into the same entry, so one undo takes back the whole save."""
    item = get_item(session, item_id)
    _check_version(item, expected_version, {k: v for k, v in changes.items() if k in EDITABLE_FIELDS})
    unknown = set(changes) - set(EDITABLE_FIELDS) - {"lead_units", "co_units"}
    if unknown:
        raise InvalidValue(f"无法修改这些字段：{'、'.join(sorted(unknown))}")
    if "title" in changes and not (changes["title"] or "").strip():
        raise InvalidValue("任务名称不能为空。请填写任务名称。")
    before = _snapshot(item) | {"targets": _targets_of(item)}
    for name in EDITABLE_FIELDS:
        if name in changes:
            setattr(item, name, changes[name])
    if targets:
        _apply_targets(session, item, targets)
    if "lead_units" in changes or "co_units" in changes:
        set_units(
            session,
            item,
            changes.get("lead_units", before["lead_units"]),
            changes.get("co_units", before["co_units"]),
        )
    item.updated_at = datetime.now()
    session.flush()
    after = _snapshot(item) | {"targets": _targets_of(item)}
    changed = [k for k in after if after[k] != before[k]]
    entry = log_change(
        session, "task", item.id, "edit", {k: before[k] for k in changed}, {k: after[k] for k in changed}
    )
    return entry.id


def close_task(
    session: Session, item_id: int, expected_version: int | None = None, on: date | None = None
) -> int:
    item = get_item(session, item_id)
    _check_version(item, expected_version, {"status": TaskStatus.CLOSED})
    if item.status == TaskStatus.CLOSED:
        raise InvalidValue(f"任务“{item.title[:30]}”已经办结。")
    before = {"status": item.status, "closed_on": item.closed_on}
    item.status, item.closed_on = TaskStatus.CLOSED, on or date.today()
    session.flush()
    return log_change(
        session, "task", item.id, "close", before, {"status": item.status, "closed_on": item.closed_on}
    ).id


def reopen_task(session: Session, item_id: int, expected_version: int | None = None) -> int:
    item = get_item(session, item_id)
    _check_version(item, expected_version, {"status": TaskStatus.OPEN})
    if item.status != TaskStatus.CLOSED:
        raise InvalidValue(f"任务“{item.title[:30]}”尚未办结，无需重新打开。")
    before = {"status": item.status, "closed_on": item.closed_on}
    item.status, item.closed_on = TaskStatus.OPEN, None
    item.reported_done_on = None  # reopened: whatever was reported done is not done
    session.flush()
    return log_change(
        session, "task", item.id, "reopen", before, {"status": item.status, "closed_on": None}
    ).id


def delete_task(session: Session, item_id: int, expected_version: int | None = None) -> int:
    """Delete softly: the row stays so that undo brings back its progress history and attachments."""
    item = get_item(session, item_id)
    _check_version(item, expected_version)
    now = datetime.now()
    item.deleted_at = now
    for child in session.scalars(select(LedgerItem).where(LedgerItem.parent_id == item.id)):
        if child.deleted_at is None:
            child.deleted_at = now
    session.flush()
    return log_change(session, "task", item.id, "delete", {"deleted_at": None}, {"deleted_at": now}).id


def revert_change(session: Session, change_id: int) -> int:
    """Undo one logged edit, close, reopen or delete by putting its `before` values back."""
    entry = session.get(ChangeLog, change_id)
    if entry is None or entry.entity != "task":
        raise NotFound("要撤销的修改记录不存在。")
    item = get_item(session, entry.entity_id, include_deleted=True)
    if (later := later_change(session, item.id, change_id)) is not None:
        # Putting old values back would overwrite a newer edit, an import or another PC's work.
        raise EditConflict(
            f"不能撤销：之后{describe_change(later)}，撤销会把那次的内容一起覆盖。"
            "请先撤销之后的修改，或在任务中直接改正。本次未作改动。"
        )
    before = json.loads(entry.before) if entry.before else {}
    current = _snapshot(item) | {
        "status": item.status,
        "closed_on": item.closed_on,
        "deleted_at": item.deleted_at,
    }
    if entry.action == "progress":
        _undo_progress(session, item, before, json.loads(entry.after or "{}"))
    elif entry.action in ("void", "correct"):
        _undo_correction(session, item, before, json.loads(entry.after or "{}"), entry.action)
    elif entry.action == "delete":
        deleted_at = item.deleted_at
        item.deleted_at = None
        for child in session.scalars(select(LedgerItem).where(LedgerItem.parent_id == item.id)):
            if child.deleted_at == deleted_at:
                child.deleted_at = None
    else:
        if "targets" in before:
            _restore_targets(item, before["targets"])
        for name, value in before.items():
            if name in ("lead_units", "co_units", "targets"):
                continue
            if name in ("due_on", "start_on", "closed_on", "assigned_on", "signed_on") and value:
                value = date.fromisoformat(value)
            setattr(item, name, value)
        if "lead_units" in before or "co_units" in before:
            set_units(
                session,
                item,
                before.get("lead_units", current["lead_units"]),
                before.get("co_units", current["co_units"]),
            )
    session.flush()
    return log_change(session, "task", item.id, "undo", {"change_id": change_id}, before or None).id


def _undo_progress(session: Session, item: LedgerItem, before: dict, after: dict) -> None:
    progress_entry = session.get(ProgressEntry, after.get("entry_id"))
    if progress_entry is not None:
        session.delete(progress_entry)
    item.progress, item.latest_situation = before.get("progress"), before.get("latest_situation")
    if len(item.targets) == 1 and "target_done" in before:
        item.targets[0].done = before["target_done"]


def _undo_correction(session: Session, item: LedgerItem, before: dict, after: dict, action: str) -> None:
    """The voided entry stands again; a correction's new entry goes; the task shows what it showed."""
    voided = session.get(ProgressEntry, before.get("entry_id"))
    if voided is not None:
        voided.voided_at = voided.voided_by = voided.void_reason = None
    if action == "correct" and (corrected := session.get(ProgressEntry, after.get("entry_id"))) is not None:
        session.delete(corrected)
    item.progress, item.latest_situation = before.get("progress"), before.get("latest_situation")
    if len(item.targets) == 1 and "target_done" in before:
        item.targets[0].done = before["target_done"]


def target_warnings(session: Session, edits: list[TargetEdit]) -> list[str]:
    """A done figure above its target (not an "at least" one), as the returns import warns: the editor
    asks before saving 3,200 done against a target of 800."""
    warnings = []
    for e in edits:
        if e.done is None or e.quantity is None:
            continue
        stored = session.get(Target, e.target_id) if e.target_id is not None else None
        comparator = stored.comparator if stored is not None else None
        limit = e.quantity * 1.1 if comparator == "about" else e.quantity
        if comparator != ">=" and e.done > limit:
            warnings.append(
                f"“{e.text[:20]}”完成 {e.done:g} 超过目标 {e.quantity:g}{e.unit or ''}：请核实是否填错（如多填了一位）。"
            )
    return warnings
