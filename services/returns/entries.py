"""The rows a returns import writes: its progress entries and, per task, the change-log line that
points at its entry (commit_returns in importing.py)."""

from __future__ import annotations

import json

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from models import ChangeLog, ProgressEntry
from services.errors import EditConflict
from services.ledger.progress import shown_after


def insert_entries(
    session: Session, entries: list[dict], before: dict, items: dict, batch_id: int, user: str
) -> None:
    # Bulk inserts (insert(Model) with a list: 7x add_all for 100k rows, measured): the 3,000 rows of a
    # 30-file batch in a fraction of the ORM's time, on the tables themselves (Core), which skips the
    # ORM's bulk bookkeeping as well.
    # Never with an empty list: that is one INSERT of a row of defaults, not none.
    entries_table, log_table = ProgressEntry.__table__, ChangeLog.__table__
    connection = session.connection()
    # The ids are read back afterwards rather than RETURNed: SQLAlchemy keeps RETURNING rows in
    # parameter order on SQLite only by inserting one row per statement (3,000 statements). One
    # executemany inserts them in parameter order, each with a rowid above every earlier one, and
    # this transaction holds the write lock: the ids above the largest one before are these, in order.
    before_max = connection.execute(select(func.max(entries_table.c.id))).scalar() or 0
    connection.execute(insert(entries_table), entries)
    entry_ids = (
        connection.execute(
            select(entries_table.c.id).where(entries_table.c.id > before_max).order_by(entries_table.c.id)
        )
        .scalars()
        .all()
    )
    if len(entry_ids) != len(entries):  # cannot happen while we hold the write lock; never guess
        raise EditConflict("导入时进展记录被其他操作同时写入：本次未导入任何内容，请重新导入。")
    # One change-log line per task as record_progress writes it, so the task's history shows the import.
    connection.execute(
        insert(log_table),
        [
            {
                "who": user,
                "entity": "task",
                "entity_id": e["item_id"],
                "action": "progress",
                "before": json.dumps(before[str(e["item_id"])], ensure_ascii=False),
                "after": json.dumps(shown_after(items[e["item_id"]], entry_id, batch_id), ensure_ascii=False),
            }
            for e, entry_id in zip(entries, entry_ids, strict=True)
        ],
    )
