"""Copies in backups/ (issue 17): each reason rotates its own, restore's copy stays until the user deletes
it, and a copy that failed is never kept under a real name (nor counts as the day's copy)."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from cli.main import run
from services.storage import backup, integrity

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[2]


def test_many_imports_do_not_push_out_the_upgrade_or_the_restore_copies(ledger, plan_id, tmp_path) -> None:
    db_file = ledger.sqlite_file
    upgrade = backup.backup_before(db_file, reason="upgrade")
    daily = backup.daily_backup(db_file)
    other = backup.copy_database(db_file, tmp_path / "其他.sqlite3")
    kept = backup.restore(other, db_file)
    imports = backup.KEEP_BY_REASON["import"]
    for _ in range(imports + 5):
        backup.backup_before(db_file, reason="import")
    assert len(backup.copies(db_file, "import")) == imports
    assert backup.copies(db_file, "upgrade") == [upgrade]
    assert backup.copies(db_file, "daily") == [daily]
    assert backup.copies(db_file, "before-restore") == [kept]


def test_restore_copies_are_never_rotated(ledger, plan_id, tmp_path) -> None:
    db_file = ledger.sqlite_file
    other = backup.copy_database(db_file, tmp_path / "其他.sqlite3")
    kept = [backup.restore(other, db_file) for _ in range(backup.KEEP_BACKUPS + 3)]
    assert backup.copies(db_file, "before-restore") == kept


LIMITED = """
import resource, signal, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from services.storage import backup

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk
limit, db_file = sys.argv[1:]
resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), resource.RLIM_INFINITY))
try:
    backup.daily_backup(Path(db_file))
except Exception as error:
    print(type(error).__name__, error)
    sys.exit(1)
"""


def test_a_copy_that_fails_leaves_nothing_and_the_days_copy_is_made_later(ledger, plan_id) -> None:
    db_file = ledger.sqlite_file
    ledger.dispose()
    limit = db_file.stat().st_size // 2
    script = textwrap.dedent(LIMITED).format(root=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", script, str(limit), str(db_file)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, (result.stdout, result.stderr)
    folder = db_file.parent / "backups"
    # Before issue 17 a half-written (or 0-byte) ledger-<today>-…-daily.sqlite3 stayed, and blocked the day's copy.
    assert sorted(p.name for p in folder.iterdir()) == []
    made = backup.daily_backup(db_file, today=date.today())
    assert made is not None and not integrity.file_findings(made, full=False)


def test_a_copy_that_fails_its_check_is_deleted(ledger, plan_id, monkeypatch) -> None:
    monkeypatch.setattr(integrity, "file_findings", lambda _path, full: ["*** in database main ***"])
    with pytest.raises(backup.BackupRejected, match=r"未通过检查.*已删除"):
        backup.backup_before(ledger.sqlite_file, reason="import")
    assert list((ledger.sqlite_file.parent / "backups").iterdir()) == []


def test_backup_onto_a_file_that_is_not_a_database_is_refused(ledger, plan_id, db_url, tmp_path) -> None:
    report = tmp_path / "工作总结.docx"
    report.write_bytes(b"PK\x03\x04 a Word document" * 50)
    before = report.read_bytes()
    ledger.dispose()
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db_url, "backup", "--out", str(report)], out, err) == 1
    assert err.getvalue() == (
        "错误：“工作总结.docx”已存在，而且不是数据库备份；为免覆盖它，没有备份。请换一个文件名。\n"
    )
    assert report.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["工作总结.docx"]


def test_backup_over_an_older_backup_replaces_it(ledger, plan_id, db_url, tmp_path) -> None:
    target = backup.copy_database(ledger.sqlite_file, tmp_path / "台账备份.sqlite3")
    ledger.dispose()
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db_url, "backup", "--out", str(target)], out, err) == 0, err.getvalue()
    assert not integrity.file_findings(target, full=True)
