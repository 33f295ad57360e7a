"""Restore compares the backup's schema with the one its revision's migrations make (issue 17): a copy
with a trigger or a view added, a column missing, a lone plan table is refused and the ledger untouched;
a genuine copy of an older revision is accepted and upgraded."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from cli.main import run
from models import schema, schema_shape
from models.db import make_engine, sqlite_url
from services.errors import BackupRejected
from services.storage import backup
from services.storage.database import open_ledger
from tests.reliability.fingerprint import fingerprint

pytestmark = pytest.mark.sqlite_only

TAMPERED = {
    # Every later change-log row deleted as it is written: the history silently empty.
    "trigger": (
        "CREATE TRIGGER forget AFTER INSERT ON change_log BEGIN DELETE FROM change_log WHERE id = new.id; END",
        "多出触发器 forget",
    ),
    "view": ("CREATE VIEW everything AS SELECT * FROM ledger_item", "多出视图 everything"),
    "missing column": (
        "ALTER TABLE ledger_item DROP COLUMN latest_situation",
        "数据表 ledger_item 缺少列 latest_situation",
    ),
    "extra table": ("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)", "多出数据表 notes"),
    "dropped index": ("DROP INDEX ix_ledger_item_due_on", "数据表 ledger_item 的索引或唯一约束不同"),
}


def tampered_copy(ledger, folder: Path, statement: str) -> Path:
    copy = backup.copy_database(ledger.sqlite_file, folder / "备份.sqlite3")
    with sqlite3.connect(copy) as connection:
        connection.execute(statement)
    connection.close()
    return copy


@pytest.mark.parametrize("case", TAMPERED)
def test_a_tampered_backup_is_refused_and_the_ledger_untouched(
    ledger, plan_id, db_url, tmp_path, case
) -> None:
    statement, said = TAMPERED[case]
    copy = tampered_copy(ledger, tmp_path, statement)
    before = fingerprint(ledger)
    ledger.dispose()
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db_url, "restore", str(copy)], out, err) == 1
    assert said in err.getvalue() and "不能用来恢复" in err.getvalue()
    assert backup.copies(ledger.sqlite_file, "before-restore") == []
    assert fingerprint(ledger) == before


def test_a_lone_plan_table_is_refused(tmp_path) -> None:
    lone = tmp_path / "lone.sqlite3"
    with sqlite3.connect(lone) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        connection.execute(f"INSERT INTO alembic_version VALUES ('{schema.HEAD_REVISION}')")
        connection.execute("CREATE TABLE plan (id INTEGER PRIMARY KEY, title TEXT)")
    connection.close()
    with pytest.raises(BackupRejected, match="缺少数据表 assignment、attachment"):
        backup.check_copy(lone)


def test_a_genuine_backup_of_an_older_revision_is_accepted_and_upgraded(data_dir, tmp_path) -> None:
    old = tmp_path / "old" / "ledger.sqlite3"
    old.parent.mkdir()
    engine = make_engine(sqlite_url(old))
    schema.upgrade(engine, "0003")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO plan (id, title, created_at) VALUES (1, '旧方案', '2024-07-10 00:00:00')"
        )
    engine.dispose()
    assert backup.check_copy(old) == "0003"
    current = data_dir / "ledger.sqlite3"
    open_ledger(sqlite_url(current)).dispose()
    backup.restore(old, current)
    restored = open_ledger(sqlite_url(current))
    try:
        assert schema.current_revision(restored.engine) == schema.HEAD_REVISION
        assert [row[1] for row in fingerprint(restored)["plan"]] == ["'旧方案'"]
    finally:
        restored.dispose()


def test_every_revision_migrated_from_scratch_matches_its_own_shape(ledger, plan_id) -> None:
    """The app's own ledgers at head (made by upgrading a file with data) have the expected shape."""
    connection = sqlite3.connect(ledger.sqlite_file)
    try:
        found = schema_shape.describe(connection)
    finally:
        connection.close()
    assert schema_shape.differences(found, schema_shape.expected(schema.HEAD_REVISION)) == []
