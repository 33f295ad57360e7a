"""A SQLite ledger read with the stdlib sqlite3, before (or without) importing SQLAlchemy.

Importing SQLAlchemy and the models takes about 0.3 s on an office PC, more than the whole of a small
export's work: the export commands (issue 16: every command within 0.5 s) and the checklist's first
screen at start read a SQLite file through here instead. Every row is built by the functions the
session's read uses (services/ledger/row_build.py, plan_figures.py, ranking_rule.py,
correction_trace.py), so only the SQL is written twice; tests/unit/test_plain_read.py holds each read
here equal to the session's on the same ledgers.

Read-only (`mode=ro`), and only a file at the schema's current revision that passes SQLite's quick_check
(as every open does, services/storage/ledger_checks.py): a server ledger, a missing, locked, damaged or
older file gives None, and the caller opens it the usual way (open_ledger), which
upgrades it or says what is wrong. Nothing here imports SQLAlchemy or the models; the table and column
names are theirs.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

from services.errors import NotFound
from services.ledger.correction_trace import Correction, describe_entry
from services.ledger.lights import LightRule
from services.ledger.plan_figures import PlanInfo, PlanRows, ReturnRate, UnitRef, rate_of_round
from services.ledger.row_build import build_row, nearest_section, section_label
from services.ledger.row_views import LedgerRow, TargetView
from services.ledger.supervision_labels import format_number, source_label
from services.storage import integrity, locations

log = logging.getLogger(__name__)

# models.schema.HEAD_REVISION (importing it would import SQLAlchemy); tests/unit/test_plain_read.py
# checks the two are the same, so a new migration cannot leave this read on an old layout.
HEAD_REVISION = "0011"

ITEM_COLUMNS = (
    "id, plan_id, parent_id, kind, level, position, number, title, domain, start_on, due_on, recurring,"
    " status, progress, version, latest_situation, reported_done_on"
)
DATES = (9, 10, 16)  # start_on, due_on, reported_done_on in ITEM_COLUMNS
CHUNK = 900  # bound parameters per statement, far below SQLite's limit


def sqlite_file(url: str | None) -> Path | None:
    """The file behind a plain `sqlite:///…` URL; None for anything else (a server, memory, options)."""
    prefix = "sqlite:///"
    if not url or not url.startswith(prefix) or "?" in url:
        return None
    path = unquote(url[len(prefix) :])
    return Path(path) if path and path != ":memory:" else None


def ledger_path(url: str | None) -> Path | None:
    """The SQLite file `url` names, or the default ledger's when None; None for a server. The first start
    after the data folder's move from Roaming AppData (services/storage/data_folder.py) takes the usual
    path, which moves it."""
    if url:
        return sqlite_file(url)
    old = locations.roaming_data_dir()
    if old is not None and old.exists():
        return None
    return locations.default_ledger_file()


@contextmanager
def plain_ledger(path: Path | None) -> Iterator[sqlite3.Connection | None]:
    """A read-only connection to the ledger file at the current revision, or None (see the module)."""
    connection = None
    if path is not None and path.is_file():
        try:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            # quick_check, as open_ledger's check before opening runs it: a damaged file is not exported
            # from, but refused with that check's message on the usual path.
            if revision != HEAD_REVISION or integrity.findings(connection, full=False):
                connection.close()
                connection = None
        except (sqlite3.Error, OSError, ValueError, TypeError):  # locked, damaged, not a ledger
            log.info("%s not read with sqlite3", path, exc_info=True)
            if connection is not None:
                connection.close()
            connection = None
    try:
        yield connection
    finally:
        if connection is not None:
            connection.close()


def day(value) -> date | None:
    """A Date column as SQLAlchemy stores it in SQLite (`2024-06-30`)."""
    return None if value is None else date.fromisoformat(str(value)[:10])


def moment(value) -> datetime | None:
    """A DateTime column as SQLAlchemy stores it in SQLite (`2024-06-30 09:15:00.000000`)."""
    return None if value is None else datetime.fromisoformat(str(value))


def chunks(ids: Sequence[int]) -> Iterator[tuple[str, list[int]]]:
    """(`?,?,…`, ids) slices of `ids` for an IN list."""
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        yield ",".join("?" * len(part)), part


def read_rows(
    connection: sqlite3.Connection,
    scope: str,
    params: Sequence,
    sections: dict[int, tuple[int | None, str]],
    *,
    as_of: date,
    rule: LightRule,
    with_text: bool,
) -> list[LedgerRow]:
    """The ledger items `scope` (a condition on ledger_item) selects, as services/ledger/rows.py's
    query_ledger builds them, in its order (plan, position). `sections`: each item's parent and heading
    ("" when not a section), as plan_list.section_titles gives them, for the rows' ancestors."""
    scoped = f"SELECT id FROM ledger_item WHERE {scope}"
    owners: dict[int, tuple[list[str], list[str]]] = {}
    for item_id, name, role in connection.execute(
        "SELECT a.item_id, u.name, a.role FROM assignment a JOIN unit u ON u.id = a.unit_id"
        f" WHERE a.item_id IN ({scoped}) ORDER BY a.item_id, a.position",
        params,
    ):
        lead, co = owners.setdefault(item_id, ([], []))
        (lead if role == "lead" else co).append(name)
    targets: dict[int, list[TargetView]] = {}
    for item_id, *values in connection.execute(
        "SELECT item_id, id, text, quantity, unit, comparator, done, year, recurring FROM target"
        f" WHERE item_id IN ({scoped}) ORDER BY item_id, position",
        params,
    ):
        targets.setdefault(item_id, []).append(TargetView(*values))
    plan_starts = {i: day(d) for i, d in connection.execute("SELECT id, issued_on FROM plan")}
    yearly_ids = [i for (i,) in connection.execute(f"{scoped} AND recurring = 'yearly'", params)]
    yearly = latest_this_year(connection, "progress", yearly_ids, as_of)
    single = [i for i in yearly_ids if len(targets.get(i, ())) == 1]
    for item_id, done in latest_this_year(connection, "done_total", single, as_of).items():
        targets[item_id] = [targets[item_id][0]._replace(done=done)]
    columns = ITEM_COLUMNS + (", text" if with_text else "")
    shared: dict = {}
    share, none = shared.setdefault, ((), ())
    rows = []
    for item in connection.execute(
        f"SELECT {columns} FROM ledger_item WHERE {scope} ORDER BY plan_id, position", params
    ):
        item = list(item)
        for column in DATES:
            item[column] = day(item[column])
        lead, co = owners.get(item[0], none)
        lead, co = tuple(lead), tuple(co)
        rows.append(
            build_row(
                item,
                plan_starts.get(item[1]),
                nearest_section(item[2], sections),
                as_of,
                rule,
                yearly,
                share((lead, co), (lead, co)),
                tuple(targets.get(item[0], ())),
                with_text,
                share,
            )
        )
    return rows


def latest_this_year(connection: sqlite3.Connection, column: str, item_ids: list[int], as_of: date) -> dict:
    """As services/ledger/year_figures.py reads it: each item's latest non-null `column` this year."""
    latest: dict = dict.fromkeys(item_ids)
    year = [date(as_of.year, 1, 1).isoformat(), as_of.isoformat()]
    for marks, part in chunks(item_ids):
        for item_id, value in connection.execute(
            f"SELECT item_id, {column} FROM progress_entry WHERE item_id IN ({marks}) AND reported_on >= ?"
            f" AND reported_on <= ? AND voided_at IS NULL AND {column} IS NOT NULL ORDER BY reported_on, id",
            [*part, *year],
        ):
            latest[item_id] = value
    return latest


def plan_sections(connection: sqlite3.Connection, plan_id: int) -> dict[int, tuple[int | None, str]]:
    """Every item of the plan: (parent, heading or "" when not a section), as section_titles reads it."""
    return {
        item_id: (parent_id, section_label(level, number, title) if kind == "section" else "")
        for item_id, parent_id, kind, level, number, title in connection.execute(
            "SELECT id, parent_id, kind, level, number, title FROM ledger_item WHERE plan_id = ?", (plan_id,)
        )
    }


def plan_rows(connection: sqlite3.Connection, plan_id: int, *, as_of: date, rule: LightRule) -> PlanRows:
    """services/ledger/stats.py's load_plan_rows, from the file."""
    found = connection.execute(
        "SELECT id, title, doc_number, issued_on FROM plan WHERE id = ?", (plan_id,)
    ).fetchone()
    if found is None:
        raise NotFound(f"编号为 {plan_id} 的方案不存在。用 plans 命令查看已导入的方案。")
    info = PlanInfo(found[0], found[1], found[2], day(found[3]))
    rows = tuple(
        read_rows(
            connection,
            "plan_id = ? AND deleted_at IS NULL AND kind IN ('section', 'measure', 'task')",
            (plan_id,),
            plan_sections(connection, plan_id),
            as_of=as_of,
            rule=rule,
            with_text=True,
        )
    )
    units: dict[int, list[UnitRef]] = {}
    for item_id, unit_id, name, role in connection.execute(
        "SELECT a.item_id, u.id, u.name, a.role FROM assignment a JOIN unit u ON u.id = a.unit_id"
        " JOIN ledger_item i ON i.id = a.item_id WHERE i.plan_id = ? ORDER BY a.item_id, a.role DESC, a.position",
        (plan_id,),
    ):
        units.setdefault(item_id, []).append(UnitRef(unit_id, name, role))
    steps: dict[int, list[tuple[date, str]]] = {}
    for marks, part in chunks([r.id for r in rows if r.kind != "section"]):
        for item_id, due, text in connection.execute(
            f"SELECT item_id, due_on, text FROM milestone WHERE item_id IN ({marks}) AND done_on IS NULL",
            part,
        ):
            due = day(due)
            # milestones.step_words, which imports SQLAlchemy with the rest of that module
            steps.setdefault(item_id, []).append(
                (due, text or f"{due.year}年{due.month}月{due.day}日的阶段目标")
            )
    supervision = {
        item_id: (format_number(prefix, year, seq), source_label(source))
        for item_id, prefix, year, seq, source in connection.execute(
            "SELECT id, supervision_prefix, supervision_year, supervision_seq, source FROM ledger_item"
            " WHERE plan_id = ? AND (supervision_seq IS NOT NULL OR source IS NOT NULL)",
            (plan_id,),
        )
    }
    return PlanRows(
        info,
        rows,
        {k: tuple(v) for k, v in units.items()},
        {k: tuple(sorted(v)) for k, v in steps.items()},
        supervision,
    )


class _Entry(NamedTuple):
    """The columns of a progress entry that describe_entry shows."""

    progress: int | None
    done_this_period: float | None
    done_total: float | None
    situation: str | None


ENTRY = "e.progress, e.done_this_period, e.done_total, e.situation"


def corrections(connection: sqlite3.Connection, plan_id: int) -> list[Correction]:
    """services/ledger/corrections.py's corrections of one plan, from the file."""
    replaced = {
        corrects_id: _Entry(*values)
        for corrects_id, *values in connection.execute(
            f"SELECT e.corrects_id, {ENTRY} FROM progress_entry e WHERE e.corrects_id IS NOT NULL ORDER BY e.id DESC"
        )
    }
    return [
        Correction(
            item_id,
            number,
            title,
            day(reported_on),
            describe_entry(_Entry(*entry)),
            describe_entry(replaced[entry_id]) if entry_id in replaced else None,
            reason or "",
            by or "",
            moment(at),
        )
        for entry_id, item_id, number, title, reported_on, reason, by, at, *entry in connection.execute(
            "SELECT e.id, e.item_id, i.number, i.title, e.reported_on, e.void_reason, e.voided_by, e.voided_at,"
            f" {ENTRY} FROM progress_entry e JOIN ledger_item i ON i.id = e.item_id"
            " WHERE e.voided_at IS NOT NULL AND i.plan_id = ? ORDER BY e.voided_at, e.id",
            (plan_id,),
        )
    ]


# services/returns/rounds.py's counts_as_returned: a return that brought nothing still owes one.
RETURNED = "(r.rows IS NULL OR r.rows > 0)"


def current_return_rate(connection: sqlite3.Connection, plan_id: int, *, as_of: date) -> ReturnRate | None:
    """services/ledger/stats.py's current_return_rate of one plan, from the file."""
    current = connection.execute(
        "SELECT id, plan_id, period, due_on FROM reporting_round WHERE plan_id = ?"
        " ORDER BY created_at DESC, id DESC LIMIT 1",
        (plan_id,),
    ).fetchone()
    if current is None:
        return None
    round_id, plan, period, due_on = current
    due_on = day(due_on)
    asked = dict(
        connection.execute(
            "SELECT u.id, u.name FROM unit u JOIN round_unit ru ON ru.unit_id = u.id WHERE ru.round_id = ?"
            " ORDER BY ru.id",
            (round_id,),
        )
    )
    returned = dict(
        connection.execute(
            "SELECT DISTINCT u.id, u.name FROM unit u JOIN progress_return r ON r.unit_id = u.id"
            f" WHERE r.round_id = ? AND {RETURNED}",
            (round_id,),
        )
    )
    return rate_of_round(round_id, plan, period, due_on, asked, returned, as_of)
