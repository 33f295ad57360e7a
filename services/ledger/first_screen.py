"""The checklist's first screenful at start, read with the stdlib sqlite3 before SQLAlchemy is imported.

At 10,000 tasks importing SQLAlchemy, the models and the services that use them takes about half a
second after the window first paints, and opening the ledger and reading it more; a bare sqlite3 read of
the first 80 rows takes a few milliseconds. So the checklist shows these rows at once, each built by the
same function as the whole read's (services/ledger/row_build.py: light, due date, section, scope note),
and the whole read replaces them (ui/checklist/first_screen.py). Read-only, and only a SQLite file: a
server ledger, a missing, locked or older file gives None, and the checklist waits for the whole read.

The rows are read as the exports' SQLite read reads them (services/ledger/plain_read.py); nothing here
imports SQLAlchemy or the models (the point of it).
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

from services.ledger.lights import LightRule
from services.ledger.plain_read import chunks, read_rows, sqlite_file
from services.ledger.row_build import section_label
from services.ledger.row_views import LedgerRow

log = logging.getLogger(__name__)

MAX_DEPTH = 50  # as nearest_section walks

__all__ = ["first_screen_rows", "sqlite_file"]


def first_screen_rows(
    path: Path, *, as_of: date, rule: LightRule, count: int
) -> tuple[LedgerRow, ...] | None:
    """The first `count` measures and tasks in the checklist's first order (序号: position, then plan),
    as services.ledger.ledger_read.first_rows reads them; None when the file cannot be read so."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
        try:
            return _read(connection, as_of, rule, count)
        finally:
            connection.close()
    except (sqlite3.Error, OSError, ValueError):  # locked, damaged, an older layout: the whole read says
        log.info("first screen not read from %s", path, exc_info=True)
        return None


def _read(connection: sqlite3.Connection, as_of: date, rule: LightRule, count: int) -> tuple[LedgerRow, ...]:
    ids = [
        i
        for (i,) in connection.execute(
            "SELECT id FROM ledger_item WHERE deleted_at IS NULL AND kind IN ('measure', 'task')"
            " ORDER BY position, plan_id LIMIT ?",
            (count,),
        )
    ]
    if not ids:
        return ()
    marks = ",".join("?" * len(ids))
    parents = {
        p for (p,) in connection.execute(f"SELECT parent_id FROM ledger_item WHERE id IN ({marks})", ids)
    }
    rows = read_rows(
        connection,
        f"id IN ({marks})",
        ids,
        _ancestors(connection, parents),
        as_of=as_of,
        rule=rule,
        with_text=False,
    )
    return tuple(sorted(rows, key=lambda r: r.position))


def _ancestors(connection: sqlite3.Connection, parents: set) -> dict[int, tuple[int | None, str]]:
    """The rows' ancestors as section_titles gives them: (parent, heading or "" when not a section). Only
    these: reading every item of the plans, as the exports do, would take longer than the screen."""
    found: dict[int, tuple[int | None, str]] = {}
    wanted = {p for p in parents if p is not None}
    for _ in range(MAX_DEPTH):
        if not wanted:
            break
        for marks, part in chunks(sorted(wanted)):
            for item_id, parent_id, kind, level, number, title in connection.execute(
                f"SELECT id, parent_id, kind, level, number, title FROM ledger_item WHERE id IN ({marks})",
                part,
            ):
                found[item_id] = (parent_id, section_label(level, number, title) if kind == "section" else "")
        wanted = {
            parent for parent, title in found.values() if parent is not None and not title
        } - found.keys()
    return found
