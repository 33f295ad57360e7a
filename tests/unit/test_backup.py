import io
import sqlite3
from datetime import date

import pytest

from cli.main import run
from models import schema
from services.errors import BackupRejected
from services.ledger.rows import list_plans
from services.storage import backup
from services.storage.database import open_ledger, user_action

pytestmark = pytest.mark.sqlite_only


def call(*argv):
    out, err = io.StringIO(), io.StringIO()
    return run(list(argv), out, err), out.getvalue(), err.getvalue()


def titles(url):
    ledger = open_ledger(url)
    try:
        with user_action(ledger) as s:
            return [p.title for p in list_plans(s)]
    finally:
        ledger.dispose()


def test_backup_then_restore_gives_back_the_same_ledger(db_url, ledger, plan_id, tmp_path):
    copy = tmp_path / "备份 2024.sqlite3"
    code, out, _ = call("--db", db_url, "backup", "--out", str(copy))
    assert code == 0 and copy.exists()
    with user_action(ledger) as s:
        s.execute(__import__("sqlalchemy").text("DELETE FROM plan"))
    ledger.dispose()
    assert titles(db_url) == []
    code, out, _ = call("--db", db_url, "restore", str(copy))
    assert code == 0 and "原数据库保留在" in out
    assert titles(db_url) == ["测试区推动大规模设备更新行动方案"]
    kept = list((ledger.sqlite_file.parent / "backups").glob("*-before-restore.sqlite3"))
    assert len(kept) == 1
    # The copy is one self-contained file, before and after the restore read it: nothing grew beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("备份")) == [copy.name]
    assert sqlite3.connect(copy).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_restore_on_a_fresh_machine(tmp_path, db_url, ledger, plan_id):
    copy = tmp_path / "copy.sqlite3"
    backup.copy_database(ledger.sqlite_file, copy)
    fresh = tmp_path / "new-pc" / "ledger.sqlite3"
    fresh.parent.mkdir()
    assert call("--db", f"sqlite:///{fresh}", "restore", str(copy))[0] == 0
    assert titles(f"sqlite:///{fresh}") == ["测试区推动大规模设备更新行动方案"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "不是督办台账的备份文件"),
        (b"PK\x03\x04 zip", "不是督办台账的备份文件"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "已损坏"),
    ],
)
def test_a_bad_backup_is_refused_and_the_ledger_is_untouched(
    db_url, ledger, plan_id, tmp_path, content, message
):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    ledger.dispose()
    code, _, err = call("--db", db_url, "restore", str(bad))
    assert code == 1 and message in err
    assert titles(db_url) == ["测试区推动大规模设备更新行动方案"]
    assert not list((ledger.sqlite_file.parent / "backups").glob("*-before-restore.sqlite3"))


def test_a_backup_from_a_newer_app_is_refused(ledger, plan_id, tmp_path):
    copy = backup.copy_database(ledger.sqlite_file, tmp_path / "newer.sqlite3")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    with pytest.raises(BackupRejected, match="更新版本"):
        backup.check_copy(copy, schema.known_revisions())


def test_a_database_without_the_ledger_tables_is_refused(tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    with pytest.raises(BackupRejected, match="缺少台账数据表"):
        backup.check_copy(other, schema.known_revisions())


def test_daily_backup_once_a_day_and_rotation(ledger, plan_id):
    db_file = ledger.sqlite_file
    assert backup.daily_backup(db_file, today=date.today()) is not None
    assert backup.daily_backup(db_file, today=date.today()) is None
    for _ in range(5):
        backup.backup_before(db_file, reason="import", keep=3)
    # Each reason rotates its own copies: the imports' three, and the day's copy beside them.
    assert len(backup.copies(db_file, "import")) == 3
    assert len(list((db_file.parent / "backups").glob("*.sqlite3"))) == 4


def test_import_plan_keeps_a_copy_first(db_url, ledger, plan_id, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("某区行动方案\n一、重点任务\n1.推进设备更新。（区发改委负责）\n", encoding="utf-8")
    ledger.dispose()
    code, _, err = call("--db", db_url, "import-plan", str(plan))
    assert code == 0, err
    assert list((ledger.sqlite_file.parent / "backups").glob("*-import.sqlite3"))
