"""A task changed by someone else between reading and saving it, said as the app's own EditConflict.

LedgerItem carries a version counter (models/ledger.py). Its UPDATE says `WHERE version = <the version
read>`; when another session (another PC, another window) saved the task in between, it matches no row
and SQLAlchemy raises StaleDataError, which used to reach the clerk as "Unexpected error". What this
session meant to write is gone once the failed flush is rolled back, so it is noted before every flush
(`note_edits`) and compared afterwards with what the other session saved (`conflict_after_flush`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from models import LedgerItem
from services.errors import TaskEditConflict

# The task fields a clerk recognises, in the order the editor shows them.
FIELD_LABELS = {
    "number": "编号",
    "title": "名称",
    "text": "内容",
    "domain": "领域",
    "start_on": "开始日期",
    "due_on": "完成时限",
    "recurring": "周期",
    "status": "状态",
    "closed_on": "办结日期",
    "progress": "进度",
    "latest_situation": "最新进展",
    "reported_done_on": "报告完成日期",
    "deleted_at": "删除时间",
}
STATUS_WORDS = {"open": "未办结", "closed": "已办结"}
_NOTED = "duban_pending_item_edits"
_UNREAD = object()  # a field this session never loaded: what it held is unknown


@dataclass(frozen=True)
class PendingEdit:
    """One task as this session read it and what it was about to write."""

    item_id: int
    title: str
    read_version: int | None
    read: dict[str, Any]  # field -> value when read (only the fields loaded)
    wanted: dict[str, Any]  # field -> value this session was writing


def note_edits(session: Session, _flush_context: object, _instances: object) -> None:
    """before_flush: remember each changed task's read version and values, without any SQL."""
    noted: dict[int, PendingEdit] = {}
    for obj in session.dirty:
        if not isinstance(obj, LedgerItem) or obj.id is None:
            continue
        state = inspect(obj)
        read: dict[str, Any] = {}
        wanted: dict[str, Any] = {}
        for name in FIELD_LABELS:
            history = state.attrs[name].history  # passive: never loads
            if history.added:
                wanted[name] = history.added[0]
                read[name] = history.deleted[0] if history.deleted else _UNREAD
            elif history.unchanged:
                read[name] = history.unchanged[0]
        title = read.get("title")
        noted[obj.id] = PendingEdit(
            obj.id,
            title if isinstance(title, str) else str(state.dict.get("title") or ""),
            state.committed_state.get("version", state.dict.get("version")),
            read,
            wanted,
        )
    session.info[_NOTED] = noted


def conflict_after_flush(engine: Engine, session: Session) -> TaskEditConflict:
    """The EditConflict for a flush that found a task saved by someone else: which task, both values.

    Read through a connection of its own: the session's transaction is dead after the failed flush.
    """
    noted: dict[int, PendingEdit] = session.info.get(_NOTED, {})
    now: dict[int, dict[str, Any]] = {}
    if noted:
        columns = [LedgerItem.id, LedgerItem.version, *(getattr(LedgerItem, n) for n in FIELD_LABELS)]
        with engine.connect() as connection:
            for row in connection.execute(select(*columns).where(LedgerItem.id.in_(list(noted)))):
                now[row.id] = row._asdict()
    stale = [e for e in noted.values() if e.item_id not in now or now[e.item_id]["version"] != e.read_version]
    if not stale:  # another table's row gone (a target another PC removed): no task to name
        return TaskEditConflict(
            "您要保存的内容在此期间已被其他人修改或删除（可能在另一台电脑上），您的修改没有保存。"
            "请刷新任务清单或重新打开这个任务，核对最新内容后重新修改并保存。",
            item_id=None,
            differences=(),
        )
    edit = stale[0]
    more = f"（另有 {len(stale) - 1} 个任务也是如此）" if len(stale) > 1 else ""
    current = now.get(edit.item_id)
    if current is None:
        return TaskEditConflict(
            f"任务“{edit.title[:30]}”已被其他人删除（可能在另一台电脑上）{more}，您的修改没有保存。"
            "请刷新任务清单；如仍需要这个任务，可在“编辑—撤销”或任务清单中恢复后重新修改。",
            item_id=edit.item_id,
            differences=(),
        )
    return edit_conflict(edit.item_id, edit.title, edit.wanted, current, read=edit.read, more=more)


def edit_conflict(
    item_id: int,
    title: str,
    wanted: dict[str, Any],
    current: dict[str, Any],
    *,
    read: dict[str, Any] | None = None,
    more: str = "",
) -> TaskEditConflict:
    """Say which task, that someone else saved it first, your value and theirs, and what to do next."""
    differences = _differences(wanted, current, read or {})
    shown = "；".join(
        f"{label}：您要保存“{yours}”，对方已保存“{theirs}”"
        if yours is not None
        else f"{label}：对方已改为“{theirs}”（您打开时是“{was}”）"
        for label, yours, theirs, was in differences[:6]
    )
    if len(differences) > 6:
        shown += f" 等 {len(differences)} 处"
    detail = f"两边的内容：{shown}。" if shown else ""
    return TaskEditConflict(
        f"任务“{title[:30]}”在您编辑期间已被其他人修改并保存（可能在另一台电脑上）{more}，"
        f"您的修改没有保存。{detail}"
        "请重新打开这个任务（载入对方保存的内容），核对后把您的修改重新填上并保存。",
        item_id=item_id,
        differences=tuple(differences),
    )


def _differences(
    wanted: dict[str, Any], current: dict[str, Any], read: dict[str, Any]
) -> list[tuple[str, str | None, str, str | None]]:
    """(label, yours or None, theirs, what you read) for each field where the two sides differ."""
    found = []
    for name, label in FIELD_LABELS.items():
        if name not in current or name in ("deleted_at",):
            continue
        theirs = current[name]
        if name in wanted:
            if _same(wanted[name], theirs):
                continue
            found.append((label, _shown(name, wanted[name]), _shown(name, theirs), None))
        elif name in read and read[name] is not _UNREAD and not _same(read[name], theirs):
            found.append((label, None, _shown(name, theirs), _shown(name, read[name])))
    return found


def _same(a: Any, b: Any) -> bool:
    return _shown("", a) == _shown("", b)


def _shown(name: str, value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if name == "status":
        return STATUS_WORDS.get(str(value), str(value))
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if name == "progress":
        return f"{value}%"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"
