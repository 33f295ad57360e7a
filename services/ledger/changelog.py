"""The change log: who (the OS login), when and what, for every edit a user makes."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ChangeLog


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        # No login name (a service account without a passwd entry): say so rather than guess one.
        return "未知用户"


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def log_change(
    session: Session,
    entity: str,
    entity_id: int,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> ChangeLog:
    entry = ChangeLog(
        who=current_user(),
        entity=entity,
        entity_id=entity_id,
        action=action,
        before=json.dumps({k: _plain(v) for k, v in before.items()}, ensure_ascii=False) if before else None,
        after=json.dumps({k: _plain(v) for k, v in after.items()}, ensure_ascii=False) if after else None,
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChangeView:
    id: int
    at: datetime
    who: str
    entity: str
    entity_id: int
    action: str
    before: dict[str, Any]
    after: dict[str, Any]


def history(session: Session, entity: str, entity_id: int) -> list[ChangeView]:
    rows = session.scalars(
        select(ChangeLog)
        .where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
        .order_by(ChangeLog.at.desc(), ChangeLog.id.desc())
    )
    return [
        ChangeView(
            r.id,
            r.at,
            r.who,
            r.entity,
            r.entity_id,
            r.action,
            json.loads(r.before) if r.before else {},
            json.loads(r.after) if r.after else {},
        )
        for r in rows
    ]


ACTION_WORDS = {
    "edit": "修改了",
    "progress": "记录了进展",
    "close": "销号办结了",
    "reopen": "重新打开了",
    "delete": "删除了",
    "correct": "更正了进展",
    "void": "作废了进展",
    "milestone": "更新了阶段目标",
    "sign": "登记了签收",
    "supervise": "修改了督办信息",
}


def later_change(session: Session, item_id: int, after_id: int) -> ChangeLog | None:
    """The first change to task `item_id` logged after change `after_id` that still stands (not itself
    undone, not part of an undone import): what an undo of `after_id` would silently overwrite."""
    entries = list(
        session.scalars(
            select(ChangeLog)
            .where(ChangeLog.entity == "task", ChangeLog.entity_id == item_id, ChangeLog.id > after_id)
            .order_by(ChangeLog.id)
        )
    )
    undone = {
        json.loads(e.before or "{}").get("change_id") for e in entries if e.action == "undo" and e.before
    }
    batches = {json.loads(e.after or "{}").get("batch_id") for e in entries} - {None}
    undone_batches = set()
    if batches:
        from models import ImportBatch

        undone_batches = set(
            session.scalars(
                select(ImportBatch.id).where(ImportBatch.id.in_(batches), ImportBatch.undone_at.is_not(None))
            )
        )
    for e in entries:
        if e.action == "undo" or e.id in undone:
            continue
        if json.loads(e.after or "{}").get("batch_id") in undone_batches:
            continue
        return e
    return None


def describe_change(entry: ChangeLog) -> str:
    return f"{entry.at:%Y-%m-%d %H:%M} {entry.who}{ACTION_WORDS.get(entry.action, '修改了')}这项任务"
