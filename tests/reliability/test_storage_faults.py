"""The storage fails under a user action: a read-only database, a full disk, a database locked by another
process. Each gives its clear Chinese message, and nothing is lost: every row from before is still there,
the file passes integrity_check, and the same action succeeds once the fault is gone."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event, text

from cli import main as cli
from services.errors import DatabaseLocked, DatabaseReadOnly, DiskFull
from services.returns.importing import commit_returns, preview_returns
from services.storage.database import Ledger, open_ledger, sqlite_url, user_action
from tests.conftest import PG_ADMIN_URL, TEST_BACKEND
from tests.reliability.fingerprint import fingerprint
from tests.reliability.privileges import as_another_user, open_folder
from tests.unit.returns_fill import fill, make_round

ROOT = Path(__file__).resolve().parents[2]
READ_ONLY_FILE = (
    "数据库文件是只读的，无法保存修改。请检查文件属性或文件夹权限，或把数据库复制到“我的文档”后在设置中选择它。"
    "本次操作未保存。"
)
FULL = "磁盘空间已满，无法保存。请清理磁盘空间后重试。本次操作未保存，台账数据完好。"
SQLITE_LOCKED = (
    "数据库正被另一个程序或另一台电脑占用，暂时无法写入。请稍后重试；"
    "如果持续出现，请关闭其他打开该数据库的督办台账窗口。本次操作未保存。"
)


@pytest.fixture
def returns(ledger, plan_id, tmp_path: Path) -> list[Path]:
    made = make_round(ledger, plan_id, tmp_path / "out")
    # A clerk's full paragraph of progress: the rows need new pages, so a capped file must grow.
    values = {"进度（%）": 55, "累计完成": 9, "进展情况": "按计划推进，已完成阶段目标。" * 150}
    return [fill(f.path, tmp_path / f.path.name, lambda _i: values) for f in made.files]


def import_batch(ledger: Ledger, files: list[Path]) -> int:
    """Preview and accept every file in one user action, as the import dialog's "accept all" does."""
    with user_action(ledger) as session:
        previews = preview_returns(session, files)
        assert all(p.acceptable for p in previews), [p.refused for p in previews]
        return commit_returns(session, previews).rows


def integrity(path: Path) -> list:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()


def with_pragma(url: str, *statements: str) -> Ledger:
    """The same database opened again, with per-connection settings (a short wait, a size cap, …)."""
    opened = open_ledger(url, upgrade=False)

    @event.listens_for(opened.engine, "connect")
    def configure(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        for statement in statements:
            cursor.execute(statement)
        cursor.close()
        dbapi_connection.commit()  # PostgreSQL: a SET in a transaction rolled back is undone

    opened.engine.dispose()  # the connection made while opening predates the settings
    return opened


def moved(ledger: Ledger, files: list[Path], folder: Path) -> tuple[str, list[Path]]:
    """The ledger's file and the returns copied where another user may read them."""
    ledger.dispose()  # checkpoints the WAL: the copy is the whole database
    target = folder / "ledger.sqlite3"
    shutil.copyfile(ledger.sqlite_file, target)
    copies = [Path(shutil.copy(f, folder / f.name)) for f in files]
    return sqlite_url(target), copies


# --- read-only --------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_a_read_only_database_file_opens_reads_and_refuses_writes(ledger, returns) -> None:
    """The Windows "read-only" attribute: the file may not be written, its folder may."""
    before = fingerprint(ledger)
    with open_folder() as folder:
        url, files = moved(ledger, returns, folder)
        folder.chmod(0o777)
        with as_another_user():
            read_only = open_ledger(url)
            try:
                assert fingerprint(read_only) == before  # everything can still be read
                with pytest.raises(DatabaseReadOnly) as raised:
                    import_batch(read_only, files)
            finally:
                read_only.dispose()
        assert str(raised.value) == READ_ONLY_FILE
        database = folder / "ledger.sqlite3"
        assert integrity(database) == [("ok",)]
        writable = open_ledger(url)
        try:
            assert fingerprint(writable) == before
            assert import_batch(writable, files) == 4  # the same action, once the file may be written
        finally:
            writable.dispose()


@pytest.mark.sqlite_only
def test_a_database_in_a_read_only_folder_is_refused_untouched(ledger, returns) -> None:
    """A read-only share: SQLite cannot create the -shm file it needs even to read a WAL database."""
    with open_folder() as folder:
        url, _files = moved(ledger, returns, folder)
        database = folder / "ledger.sqlite3"
        database.chmod(0o666)  # the file itself could be written; the folder cannot
        digest = hashlib.sha256(database.read_bytes()).hexdigest()
        with as_another_user(), pytest.raises(DatabaseReadOnly) as raised:
            open_ledger(url)
        assert str(raised.value) == (
            "数据库所在的文件夹是只读的（或没有写入权限），无法打开数据库。数据库文件未作改动。"
            "请把数据库文件复制到可以写入的文件夹（如“我的文档”），再在设置中选择它。"
        )
        assert hashlib.sha256(database.read_bytes()).hexdigest() == digest
        assert sorted(p.name for p in folder.iterdir() if p.suffix != ".xlsx") == ["ledger.sqlite3"]


@pytest.mark.skipif(TEST_BACKEND != "postgresql", reason="a PostgreSQL setting; runs in CI's PostgreSQL pass")
def test_a_read_only_postgresql_database_refuses_writes(ledger, returns, db_url) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    before = fingerprint(ledger)
    name = make_url(db_url).database
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
        ledger.dispose()
        with pytest.raises(DatabaseReadOnly) as raised:
            import_batch(ledger, returns)
        assert str(raised.value) == (
            "数据库服务器目前只允许读取（只读模式），无法保存修改。请联系管理数据库服务器的同事。本次操作未保存。"
        )
        assert fingerprint(ledger) == before
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = off'))
        admin.dispose()
    ledger.dispose()
    assert import_batch(ledger, returns) == 4


# --- full disk --------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_a_full_disk_during_the_commit(ledger, returns, db_url) -> None:
    """SQLite's max_page_count fills the database exactly as a full disk does (SQLITE_FULL)."""
    before = fingerprint(ledger)
    pages = sqlite3.connect(ledger.sqlite_file).execute("PRAGMA page_count").fetchone()[0]
    full = with_pragma(db_url, f"PRAGMA max_page_count = {pages + 1}")
    try:
        with pytest.raises(DiskFull) as raised:
            import_batch(full, returns)
    finally:
        full.dispose()
    assert str(raised.value) == FULL
    assert integrity(ledger.sqlite_file) == [("ok",)]
    assert fingerprint(ledger) == before
    assert import_batch(ledger, returns) == 4


LIMITED = """
import resource, signal, sys
sys.path.insert(0, {root!r})
from cli import main as cli
from services.returns.importing import commit_returns, preview_returns
from services.storage.database import open_ledger, user_action
from services.errors import DubanError

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk
limit, mode, url, *files = sys.argv[1:]
resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), resource.RLIM_INFINITY))
if mode == "cli":
    sys.exit(cli.run(["--db", url, "import-returns", *files], sys.stdout, sys.stderr))
ledger = open_ledger(url, upgrade=False)
try:
    with user_action(ledger) as session:
        commit_returns(session, preview_returns(session, files))
except DubanError as error:
    print(type(error).__name__, error, file=sys.stderr)
    sys.exit(1)
"""


def run_limited(limit: int, mode: str, url: str, files: list[Path]) -> subprocess.CompletedProcess:
    script = textwrap.dedent(LIMITED).format(root=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", script, str(limit), mode, url, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.sqlite_only
def test_no_room_for_the_backup_before_an_import(ledger, returns, db_url) -> None:
    """A file-size limit below the database's size: the safety copy is the first write to fail."""
    before = fingerprint(ledger)
    ledger.dispose()
    size = ledger.sqlite_file.stat().st_size
    result = run_limited(size // 2, "cli", db_url, returns)
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        "错误：导入前无法备份数据库（磁盘空间不足），为安全起见本次没有导入，台账数据未作改动。"
        "请清理磁盘空间或检查备份文件夹“backups”（在数据库文件旁边）后重试。\n"
    )
    assert integrity(ledger.sqlite_file) == [("ok",)]
    assert fingerprint(ledger) == before


@pytest.mark.sqlite_only
def test_no_room_for_the_commit(ledger, returns, db_url) -> None:
    """The disk refuses the write-ahead log's growth in a child process (RLIMIT_FSIZE, EFBIG)."""
    before = fingerprint(ledger)
    holder = sqlite3.connect(ledger.sqlite_file)  # keeps the -shm file in place, so only the WAL grows
    try:
        holder.execute("SELECT count(*) FROM ledger_item").fetchone()
        ledger.dispose()
        result = run_limited(8192, "service", db_url, returns)
    finally:
        holder.close()
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        "DiskError 写入数据库时磁盘出错（磁盘空间不足、文件大小受限或磁盘故障）。本次操作未保存，台账数据完好。"
        "请清理磁盘空间、检查磁盘后重试；如果一再出错，请把数据库复制到其他磁盘。\n"
    )
    assert integrity(ledger.sqlite_file) == [("ok",)]
    assert fingerprint(ledger) == before
    assert import_batch(ledger, returns) == 4


# --- locked by another process ------------------------------------------------------------------

HOLDER = """
import sys
kind, where, ready = sys.argv[1:]
if kind == "sqlite":
    import sqlite3
    connection = sqlite3.connect(where, isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
else:
    import psycopg
    connection = psycopg.connect(where)
    connection.execute("LOCK TABLE progress_entry IN EXCLUSIVE MODE")  # others may read, not write
print(ready, flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
connection.rollback()
"""


def lock_holder(ledger: Ledger, db_url: str) -> subprocess.Popen:
    if TEST_BACKEND == "postgresql":
        from sqlalchemy.engine import make_url

        where = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
        kind = "postgresql"
    else:
        kind, where = "sqlite", str(ledger.sqlite_file)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLDER), kind, where, "locked"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_database_locked_by_another_process(ledger, returns, db_url) -> None:
    before = fingerprint(ledger)
    if TEST_BACKEND == "postgresql":
        quick = with_pragma(db_url, "SET lock_timeout = '200ms'")
        message = "数据库中的这些记录正被另一台电脑或另一个窗口修改，等待超时，暂时无法写入。请稍后重试。本次操作未保存。"
    else:
        quick = with_pragma(db_url, "PRAGMA busy_timeout = 200")
        message = SQLITE_LOCKED
    holder = lock_holder(ledger, db_url)
    try:
        assert fingerprint(quick) == before  # the clerk can still look while another PC writes
        with pytest.raises(DatabaseLocked) as raised:
            import_batch(quick, returns)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        quick.dispose()
    assert str(raised.value) == message
    assert fingerprint(ledger) == before
    if ledger.sqlite_file is not None:
        assert integrity(ledger.sqlite_file) == [("ok",)]
    out, err = io.StringIO(), io.StringIO()  # the lock gone, the same import goes through
    assert cli.run(["--db", db_url, "import-returns", *map(str, returns)], out, err) == 0, err.getvalue()
    assert "已导入 3 份报送表" in out.getvalue()


@pytest.mark.skipif(TEST_BACKEND != "postgresql", reason="a PostgreSQL setting; runs in CI's PostgreSQL pass")
def test_postgresql_waits_for_a_lock_as_long_as_sqlite_does(ledger) -> None:
    from models.db import BUSY_TIMEOUT_MS

    with ledger.engine.connect() as connection:
        assert connection.exec_driver_sql("SHOW lock_timeout").scalar() == f"{BUSY_TIMEOUT_MS // 1000}s"
