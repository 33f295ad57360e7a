"""What a SQLite file must be before the app opens it as a ledger — checked read-only, before any write.

Opening is itself a write (the engine switches the file to WAL, an upgrade follows), so a file that is
not ours must be refused before that: another program's database would get our tables written into it,
an empty file would silently become an empty ledger, a damaged one would be written around and backed up.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from services.errors import DatabaseReadOnly, NotADatabase, RestoreOffered, StorageError
from services.storage import backup, integrity
from services.storage.db_errors import translate_db_error

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every revision of the ledger has had since 0001: a file without them is not a ledger.
LEDGER_TABLES = {"plan", "ledger_item", "unit", "assignment"}

READ_ONLY_FOLDER = (
    "数据库所在的文件夹是只读的（或没有写入权限），无法打开数据库。数据库文件未作改动。"
    "请把数据库文件复制到可以写入的文件夹（如“我的文档”），再在设置中选择它。"
)


def check_before_opening(path: Path, known_revisions) -> None:
    """Refuse what is not a whole ledger of ours; a missing file is fine (a new ledger is made there).

    `known_revisions` is called only for a revision other than the newest (it imports Alembic).
    """
    if not path.exists():
        if not path.parent.exists():
            raise StorageError(
                f"数据库所在的文件夹“{path.parent}”不存在。请检查路径，或在设置中选择其他数据库文件。"
            )
        return
    if path.is_dir():
        raise NotADatabase(f"“{path}”是一个文件夹，不是数据库文件。请选择一个 .sqlite3 文件。")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        raise NotADatabase(
            f"“{path.name}”是一个空文件（0 字节），不是督办台账的数据库，文件未作改动。"
            "如果它本应是台账，请从备份恢复；如要在这里新建台账，请先删除这个空文件或换一个文件名。"
        )
    if header != SQLITE_HEADER:
        raise NotADatabase(
            f"“{path.name}”不是督办台账的数据库文件（可能是其他程序的文件或已损坏）。"
            "文件未作任何改动。请选择正确的数据库文件，或从备份恢复。"
        )
    tables, revision, found = _read(path)
    if found:
        raise backup.damaged(path, found, "没有打开")
    ours = tables >= LEDGER_TABLES
    if revision is None and tables - {"alembic_version"} and not ours:
        raise _foreign(path, tables)
    if revision is None and ours:
        good = backup.last_good_copy(path)
        where = (
            f"最近一份完好的副本是“{good}”，请用它恢复。" if good else "请从备份恢复，或把文件交给技术支持。"
        )
        raise RestoreOffered(
            f"数据库“{path.name}”缺少版本记录（alembic_version），无法判断它属于哪个版本的"
            f"督办台账；为免写坏数据，没有打开，文件未作改动。{where}",
            backup=good,
        )
    if revision is not None and not ours and revision not in known_revisions():
        raise _foreign(path, tables)


def _foreign(path: Path, tables: set[str]) -> NotADatabase:
    shown = "、".join(sorted(tables)[:5]) + ("等" if len(tables) > 5 else "")
    return NotADatabase(
        f"“{path.name}”是其他程序的 SQLite 数据库（其中的数据表：{shown}），不是督办台账的数据库，文件未作改动。"
        "请选择督办台账的数据库文件（通常名为 ledger.sqlite3），或选择一个新文件名以新建台账。"
    )


# A read-only connection cannot undo what an interrupted writer left: a hot rollback journal (a ledger
# on a network share, or one not yet in WAL mode) or a WAL that needs recovery.
NEEDS_RECOVERY = {776: "SQLITE_READONLY_ROLLBACK", 1032: "SQLITE_READONLY_RECOVERY"}


def _read(path: Path) -> tuple[set[str], str | None, list[str]]:
    """The file's tables, its ledger revision (None without one) and quick_check's findings."""
    try:
        return _read_only(path)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) not in NEEDS_RECOVERY:
            raise _unopenable(exc) from exc
    # The only write before the checks: SQLite's own recovery, which any opener does first, putting
    # the file back as it was at its last commit.
    try:
        recovering = sqlite3.connect(path)
        try:
            recovering.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            recovering.close()
        return _read_only(path)
    except sqlite3.DatabaseError as exc:
        raise _unopenable(exc) from exc


def _read_only(path: Path) -> tuple[set[str], str | None, list[str]]:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _unopenable(exc) from exc
    try:
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return tables, revision, integrity.findings(connection, full=False)
    except sqlite3.DatabaseError as exc:
        if integrity.is_damage(exc):
            return set(), None, [str(exc)]
        raise
    finally:
        connection.close()


def _unopenable(exc: sqlite3.Error) -> StorageError:
    # SQLite cannot even read a WAL database where it may not create the -shm file beside it.
    text = str(exc).lower()
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(READ_ONLY_FOLDER)
    return translate_db_error(exc)
