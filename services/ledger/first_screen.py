"""The checklist's first screenful at start, read with the stdlib sqlite3 before SQLAlchemy is imported.

At 10,000 tasks importing SQLAlchemy, the models and the services that use them takes about half a
second after the window first paints, and opening the ledger and reading it more; a bare sqlite3 read of
the first 80 rows takes a few milliseconds. So the checklist shows these rows at once, each built by the
same function as the whole read's (services/ledger/row_build.py: light, due date, section, scope note),
and the whole read replaces them (ui/checklist/first_screen.py). Read-only, and only a SQLite file: a
server ledger, a missing, locked or older file gives None, and the checklist waits for the whole read.

Nothing here imports SQLAlchemy or the models (the point of it); the table and column names are theirs.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path
from urllib.parse import unquote

from services.ledger.lights import LightRule
from services.ledger.row_build import build_row, nearest_section, section_label
from services.ledger.row_views import LedgerRow, TargetView

log = logging.getLogger(__name__)

ITEM_COLUMNS = (
    "id, plan_id, parent_id, kind, level, position, number, title, domain, start_on, due_on, recurring,"
    " status, progress, version, latest_situation, reported_done_on"
)
DATES = (9, 10, 16)  # start_on, due_on, reported_done_on in ITEM_COLUMNS
MAX_DEPTH = 50  # as nearest_section walks


def sqlite_file(url: str | None) -> Path | None:
    """The file behind a plain `sqlite:///…` URL; None for anything else (a server, memory, options)."""
    prefix = "sqlite:///"
    if not url or not url.startswith(prefix) or "?" in url:
        return None
    path = unquote(url[len(prefix) :])
    return Path(path) if path and path != ":memory:" else None


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


def _day(value) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


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
    items = []
    for row in connection.execute(
        f"SELECT {ITEM_COLUMNS} FROM ledger_item WHERE id IN ({marks}) ORDER BY plan_id, position", ids
    ):
        row = list(row)
        for column in DATES:
            row[column] = _day(row[column])
        items.append(row)
    owners: dict[int, tuple[list[str], list[str]]] = {}
    for item_id, name, role in connection.execute(
        "SELECT a.item_id, u.name, a.role FROM assignment a JOIN unit u ON u.id = a.unit_id"
        f" WHERE a.item_id IN ({marks}) ORDER BY a.item_id, a.position",
        ids,
    ):
        lead, co = owners.setdefault(item_id, ([], []))
        (lead if role == "lead" else co).append(name)
    targets: dict[int, list[TargetView]] = {}
    for item_id, *values in connection.execute(
        "SELECT item_id, id, text, quantity, unit, comparator, done, year, recurring FROM target"
        f" WHERE item_id IN ({marks}) ORDER BY item_id, position",
        ids,
    ):
        targets.setdefault(item_id, []).append(TargetView(*values))
    plan_starts = {i: _day(d) for i, d in connection.execute("SELECT id, issued_on FROM plan")}
    sections = _ancestors(connection, {item[2] for item in items})
    yearly_ids = [item[0] for item in items if item[11] == "yearly"]
    yearly = _latest_this_year(connection, "progress", yearly_ids, as_of)
    single = [i for i in yearly_ids if len(targets.get(i, ())) == 1]
    for item_id, done in _latest_this_year(connection, "done_total", single, as_of).items():
        targets[item_id] = [targets[item_id][0]._replace(done=done)]
    shared: dict = {}
    share, none = shared.setdefault, ((), ())
    rows = []
    for item in items:
        lead, co = owners.get(item[0], none)
        rows.append(
            build_row(
                item,
                plan_starts.get(item[1]),
                nearest_section(item[2], sections),
                as_of,
                rule,
                yearly,
                (tuple(lead), tuple(co)),
                tuple(targets.get(item[0], ())),
                False,
                share,
            )
        )
    return tuple(sorted(rows, key=lambda r: r.position))


def _ancestors(connection: sqlite3.Connection, parents: set) -> dict[int, tuple[int | None, str]]:
    """The rows' ancestors as section_titles gives them: (parent, heading or "" when not a section)."""
    found: dict[int, tuple[int | None, str]] = {}
    wanted = {p for p in parents if p is not None}
    for _ in range(MAX_DEPTH):
        if not wanted:
            break
        marks = ",".join("?" * len(wanted))
        for item_id, parent_id, kind, level, number, title in connection.execute(
            f"SELECT id, parent_id, kind, level, number, title FROM ledger_item WHERE id IN ({marks})",
            list(wanted),
        ):
            found[item_id] = (parent_id, section_label(level, number, title) if kind == "section" else "")
        wanted = {
            parent for parent, title in found.values() if parent is not None and not title
        } - found.keys()
    return found


def _latest_this_year(connection: sqlite3.Connection, column: str, item_ids: list[int], as_of: date) -> dict:
    """As services.ledger.year_figures reads it: each item's latest non-null `column` this year."""
    latest: dict = dict.fromkeys(item_ids)
    if not item_ids:
        return latest
    marks = ",".join("?" * len(item_ids))
    for item_id, value in connection.execute(
        f"SELECT item_id, {column} FROM progress_entry WHERE item_id IN ({marks}) AND reported_on >= ?"
        f" AND reported_on <= ? AND voided_at IS NULL AND {column} IS NOT NULL ORDER BY reported_on, id",
        [*item_ids, date(as_of.year, 1, 1).isoformat(), as_of.isoformat()],
    ):
        latest[item_id] = value
    return latest
