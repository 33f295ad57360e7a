"""A schema upgrade on SQLite is one transaction with foreign keys off (issue 17): a failed or refused
upgrade leaves the old schema and every row, a table rebuild deletes nothing, and the start-up error names
the copy made before an earlier upgrade with the command that restores it."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from cli.main import run
from models import schema
from models.db import make_engine
from services.errors import UpgradeFailed
from services.storage import backup
from services.storage.database import open_ledger
from tests.reliability.fingerprint import fingerprint

pytestmark = pytest.mark.sqlite_only

# Aborts 0006's UPDATE that fills lead_unit_ids, which runs after its ALTER TABLE ADD COLUMN.
REFUSE_UPDATES = (
    "CREATE TRIGGER refuse BEFORE UPDATE ON ledger_item BEGIN SELECT RAISE(ABORT, 'refused'); END"
)


def dump(path: Path) -> tuple[list, dict]:
    """The schema as SQLite stores it and every row of every table: equal dumps, an untouched file."""
    connection = sqlite3.connect(path)
    try:
        master = connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        rows = {
            name: sorted(map(repr, connection.execute(f'SELECT * FROM "{name}"')))
            for kind, name, _sql in master
            if kind == "table"
        }
        return master, rows
    finally:
        connection.close()


def at_revision(ledger, revision: str) -> Path:
    """The test ledger (with its plan) taken back to `revision`, as an older app would have left it."""
    ledger.dispose()
    engine = make_engine(ledger.url)
    try:
        schema.downgrade(engine, revision)
    finally:
        engine.dispose()
    return ledger.sqlite_file


def test_a_downgrade_that_rebuilds_ledger_item_keeps_every_row(ledger, plan_id) -> None:
    """0006's downgrade rebuilds ledger_item; with foreign keys on, the DROP deleted the tasks' rows."""
    before = fingerprint(ledger)
    assert len(before["ledger_item"]) == 6 and before["assignment"] and before["target"]
    at_revision(ledger, "0004")
    engine = make_engine(ledger.url)
    try:
        assert schema.current_revision(engine) == "0004"
        schema.upgrade(engine)
    finally:
        engine.dispose()
    assert fingerprint(ledger) == before


def test_an_upgrade_that_fails_halfway_leaves_the_old_schema_whole(ledger, plan_id) -> None:
    path = at_revision(ledger, "0005")
    with sqlite3.connect(path) as connection:
        connection.execute(REFUSE_UPDATES)
    before = dump(path)
    engine = make_engine(ledger.url)
    try:
        with pytest.raises(DBAPIError, match="refused"):
            schema.upgrade(engine)
    finally:
        engine.dispose()
    # Before issue 17 the ADD COLUMN was committed on its own: 0005 with lead_unit_ids, unstartable.
    assert dump(path) == before


def test_an_upgrade_that_breaks_a_foreign_key_is_not_committed(ledger, plan_id) -> None:
    path = at_revision(ledger, "0004")
    with sqlite3.connect(path) as connection:  # foreign keys are off on a bare connection
        connection.execute(
            "INSERT INTO assignment (item_id, unit_id, role, position) VALUES (9999, 1, 'lead', 0)"
        )
    before = dump(path)
    engine = make_engine(ledger.url)
    try:
        with pytest.raises(schema.ForeignKeysBroken) as raised:
            schema.upgrade(engine)
    finally:
        engine.dispose()
    assert len(raised.value.violations) == 1
    assert dump(path) == before


def broken_by_an_old_upgrade(ledger) -> tuple[Path, Path]:
    """What a kill during 0006 did before issue 17: the copy made first, then 0005 with the new column."""
    path = at_revision(ledger, "0005")
    good = backup.backup_before(path, reason="upgrade")
    with sqlite3.connect(path) as connection:
        connection.execute("ALTER TABLE ledger_item ADD COLUMN lead_unit_ids VARCHAR(500)")
    return path, good


def test_the_start_up_error_names_the_copy_made_before_the_broken_upgrade(ledger, plan_id) -> None:
    path, good = broken_by_an_old_upgrade(ledger)
    before = dump(path)
    with pytest.raises(UpgradeFailed) as raised:
        open_ledger(ledger.url)
    assert raised.value.backup == good
    message = str(raised.value)
    assert "duplicate column name: lead_unit_ids" in message and str(good) in message
    assert "升级已全部撤销" in message and backup.taken_at(good) in message
    assert dump(path) == before
    # The copy this start made is the broken ledger again: it is not kept, so repeated starts cannot
    # rotate the good copy away.
    assert backup.copies(path, "upgrade") == [good]


def test_the_cli_says_which_restore_command_to_run_and_it_works(ledger, plan_id, db_url) -> None:
    before = fingerprint(ledger)
    _path, good = broken_by_an_old_upgrade(ledger)
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db_url, "plans"], out, err) == 1
    hint = err.getvalue().splitlines()[-1]
    assert hint == f'恢复这个副本请运行：python main.py --db "{db_url}" restore "{good}"'
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db_url, "restore", str(good)], out, err) == 0, err.getvalue()
    restored = open_ledger(db_url)
    try:
        assert schema.current_revision(restored.engine) == schema.HEAD_REVISION
        assert fingerprint(restored) == before
    finally:
        restored.dispose()


def test_no_earlier_copy_no_restore_offered(ledger, plan_id) -> None:
    path = at_revision(ledger, "0005")
    with sqlite3.connect(path) as connection:
        connection.execute(REFUSE_UPDATES)
    with pytest.raises(UpgradeFailed) as raised:
        open_ledger(ledger.url)
    assert raised.value.backup is None and "refused" in str(raised.value)
    assert backup.copies(path, "upgrade") == []
