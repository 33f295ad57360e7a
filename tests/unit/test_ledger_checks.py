"""A damaged ledger is found before anything is written or copied, and the last good copy is named; another
program's database, an empty file and a ledger without its version record are refused untouched (issue 17)."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
from pathlib import Path

import pytest

from cli.main import run
from services.errors import LedgerCorrupt, NotADatabase, RestoreOffered
from services.storage import backup
from services.storage.database import open_ledger, sqlite_url, user_action
from tests.reliability.fingerprint import fingerprint

pytestmark = pytest.mark.sqlite_only


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def beside(path: Path) -> list[str]:
    """Everything in the ledger's folder and its backups/, to show that nothing was made or removed.

    A read-only connection to a WAL database leaves an empty -wal and its -shm index behind (SQLite
    deletes them only when it may checkpoint): scaffolding with nothing in it, so not counted.
    """
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return sorted(
        str(p.relative_to(path.parent))
        for p in path.parent.rglob("*")
        if not p.name.endswith(("-wal", "-shm"))
    )


def garbage_page(path: Path, table: str) -> None:
    """Overwrite the root page of `table` with bytes no SQLite page holds, as a failing disk does."""
    with sqlite3.connect(path) as connection:
        page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(bytes((n * 37 + 11) % 256 for n in range(size)))


@pytest.fixture
def damaged(ledger, plan_id) -> tuple[Path, Path]:
    """The test ledger with a good copy in backups/, then a garbage page in its tasks."""
    good = backup.backup_before(ledger.sqlite_file, reason="import")
    ledger.dispose()  # the last connection checkpoints the WAL: the page is in the file
    garbage_page(ledger.sqlite_file, "ledger_item")
    return ledger.sqlite_file, good


def test_a_damaged_ledger_is_refused_on_open_naming_the_last_good_copy(damaged) -> None:
    path, good = damaged
    before, files = digest(path), beside(path)
    with pytest.raises(LedgerCorrupt) as raised:
        open_ledger(sqlite_url(path))
    assert raised.value.backup == good
    message = str(raised.value)
    assert "已损坏" in message and "没有打开" in message and str(good) in message
    assert digest(path) == before and beside(path) == files


def test_no_backup_is_made_of_a_damaged_ledger(damaged, tmp_path) -> None:
    path, good = damaged
    before, files = digest(path), beside(path)
    with pytest.raises(LedgerCorrupt, match="没有备份") as raised:
        backup.backup_before(path, reason="daily")
    assert raised.value.backup == good
    out = tmp_path / "out.sqlite3"
    with pytest.raises(LedgerCorrupt):
        backup.copy_database(path, out)
    assert not out.exists()
    assert digest(path) == before and beside(path) == files


def test_a_damaged_copy_is_not_named_as_the_last_good_one(ledger, plan_id) -> None:
    good = backup.backup_before(ledger.sqlite_file, reason="import")
    bad = backup.backup_before(ledger.sqlite_file, reason="import")
    garbage_page(bad, "ledger_item")
    ledger.dispose()
    garbage_page(ledger.sqlite_file, "ledger_item")
    with pytest.raises(LedgerCorrupt) as raised:
        open_ledger(ledger.url)
    assert raised.value.backup == good


def test_the_cli_refuses_and_the_restore_it_names_brings_the_ledger_back(ledger, plan_id, db_url) -> None:
    before = fingerprint(ledger)
    good = backup.backup_before(ledger.sqlite_file, reason="import")
    ledger.dispose()
    garbage_page(ledger.sqlite_file, "ledger_item")
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db_url, "tasks"], out, err) == 1
    assert (
        err.getvalue().splitlines()[-1]
        == f'恢复这个副本请运行：python main.py --db "{db_url}" restore "{good}"'
    )
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db_url, "restore", str(good)], out, err) == 0, err.getvalue()
    restored = open_ledger(db_url)
    try:
        assert fingerprint(restored) == before
    finally:
        restored.dispose()
    kept = backup.copies(ledger.sqlite_file, "before-restore")
    assert len(kept) == 1  # the damaged ledger, kept as it was


def test_a_ledger_whose_first_page_is_garbage_can_still_be_restored(ledger, plan_id, db_url) -> None:
    before = fingerprint(ledger)
    good = backup.backup_before(ledger.sqlite_file, reason="import")
    ledger.dispose()
    data = bytearray(ledger.sqlite_file.read_bytes())
    data[16:100] = bytes(range(84))  # the header after its magic string: SQLite cannot read the file
    ledger.sqlite_file.write_bytes(bytes(data))
    with pytest.raises((LedgerCorrupt, NotADatabase)):
        open_ledger(db_url)
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db_url, "restore", str(good)], out, err) == 0, err.getvalue()
    restored = open_ledger(db_url)
    try:
        assert fingerprint(restored) == before
    finally:
        restored.dispose()


# --- files that are not a ledger ------------------------------------------------------------------


def test_another_programs_database_is_refused_and_not_written_into(tmp_path) -> None:
    other = tmp_path / "通讯录.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('张三', '0513-1234567')")
    connection.close()
    before, files = digest(other), beside(other)
    with pytest.raises(NotADatabase, match="其他程序的 SQLite 数据库（其中的数据表：contacts）"):
        open_ledger(sqlite_url(other))
    assert digest(other) == before and beside(other) == files


def test_another_alembic_programs_database_is_not_called_a_newer_ledger(tmp_path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    with pytest.raises(NotADatabase, match="其他程序"):
        open_ledger(sqlite_url(other))


def test_an_empty_file_is_refused_not_made_a_ledger(tmp_path) -> None:
    empty = tmp_path / "ledger.sqlite3"
    empty.touch()
    with pytest.raises(NotADatabase, match="空文件（0 字节）"):
        open_ledger(sqlite_url(empty))
    assert empty.stat().st_size == 0 and beside(empty) == ["ledger.sqlite3"]


def test_a_ledger_without_its_version_record_is_refused_with_a_message(ledger, plan_id) -> None:
    good = backup.backup_before(ledger.sqlite_file, reason="import")
    with user_action(ledger) as session:
        session.connection().exec_driver_sql("DELETE FROM alembic_version")
    ledger.dispose()
    before = digest(ledger.sqlite_file)
    with pytest.raises(RestoreOffered, match="缺少版本记录") as raised:
        open_ledger(ledger.url)
    assert raised.value.backup == good
    assert digest(ledger.sqlite_file) == before


def test_a_new_file_still_becomes_a_ledger(tmp_path) -> None:
    path = tmp_path / "新台账.sqlite3"
    opened = open_ledger(sqlite_url(path))
    opened.dispose()
    assert os.path.getsize(path) > 0
    opened = open_ledger(sqlite_url(path))  # and opens again
    opened.dispose()


def test_damage_found_after_opening_stops_an_import_before_its_copy(ledger, plan_id) -> None:
    """The copy before an import checks the whole file: damage that appeared while the ledger was open
    stops the import (safety_copy raises) before anything is written or copied."""
    from services.storage.database import safety_copy

    good = backup.backup_before(ledger.sqlite_file, reason="daily")
    ledger.dispose()
    garbage_page(ledger.sqlite_file, "change_log")
    before, files = digest(ledger.sqlite_file), beside(ledger.sqlite_file)
    with pytest.raises(LedgerCorrupt, match="没有备份") as raised:
        safety_copy(ledger, "import")
    assert raised.value.backup == good
    assert digest(ledger.sqlite_file) == before and beside(ledger.sqlite_file) == files
