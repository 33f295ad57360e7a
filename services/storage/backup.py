"""Consistent copies of the SQLite database, taken with SQLite's own backup API (safe while in use)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import time
from datetime import date, datetime
from glob import escape as glob_escape
from pathlib import Path

from models import schema, schema_shape
from services.errors import BackupRejected, LedgerCorrupt
from services.storage import integrity

BACKUP_DIR_NAME = "backups"
KEEP_BACKUPS = 20  # for a reason not listed below
# Copies kept per reason. A restore's copy of the ledger it replaced is never deleted by the program
# (None): the restore promised it could be undone; the user deletes it.
KEEP_BY_REASON: dict[str, int | None] = {"import": 20, "daily": 14, "upgrade": 10, "before-restore": None}
SQLITE_HEADER = b"SQLite format 3\x00"
STAMP = "%Y%m%d-%H%M%S-%f"
# <stem>-<stamp>-<reason>.sqlite3; the reason may hold hyphens (before-restore).
_COPY_NAME = re.compile(r"(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3")


def backup_dir_for(db_file: Path) -> Path:
    folder = db_file.parent / BACKUP_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def copy_database(source: Path, destination: Path, *, check: bool = True) -> Path:
    """A consistent copy of `source` at `destination`, which appears only once the copy is whole.

    With `check`, only of a ledger that passes integrity_check: LedgerCorrupt (naming the last good
    copy) when it does not, so a damaged copy never takes the place of a good one in the rotation. A
    restore keeps the ledger it replaces unchecked (check=False): it is the user's, damaged or not.
    The copy is written under a temporary name beside `destination`, checked (not empty, quick_check),
    and renamed: a full disk, a kill or a failing check leaves no half copy under a real name.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    refuse_to_overwrite(destination)
    partial = destination.with_name(f".{destination.name}.{os.getpid()}.partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        if check:
            found = integrity.findings(src, full=True)
            if found:
                raise damaged(source, found, "没有备份")
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # One self-contained file: a copy left in WAL mode grows -wal/-shm files beside it the
            # first time it is opened, even read-only for a restore check, and a USB copy may miss them.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        if check:
            _check_written(partial, destination)
        os.replace(partial, destination)
    finally:
        src.close()
        partial.unlink(missing_ok=True)
    return destination


def refuse_to_overwrite(destination: Path) -> None:
    """`backup --out` onto a file that is not a database: say so instead of writing over it."""
    if destination.is_dir():
        raise BackupRejected(
            f"“{destination}”是一个文件夹。请在文件夹中给备份起一个文件名，例如 台账备份.sqlite3。"
        )
    if destination.exists() and destination.stat().st_size > 0:
        with destination.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise BackupRejected(
                    f"“{destination.name}”已存在，而且不是数据库备份；为免覆盖它，没有备份。请换一个文件名。"
                )


def _check_written(partial: Path, destination: Path) -> None:
    found = ["文件是空的"] if partial.stat().st_size == 0 else integrity.file_findings(partial, full=False)
    if found:
        raise BackupRejected(
            f"刚写入的备份副本未通过检查（{'；'.join(found[:3])}），已删除，数据库未作改动。"
            f"请检查“{destination.parent}”所在磁盘的空间和状态后重试。"
        )


def backup_before(db_file: Path, reason: str, keep: int | None = None, *, check: bool = True) -> Path:
    """Copy the database aside before a risky step (an upgrade, an import) and rotate that reason's copies.

    Each reason keeps its own number of copies (KEEP_BY_REASON): twenty imports in a morning must not
    push out the copy made before last month's upgrade, nor the copy a restore promised to keep.
    """
    folder = backup_dir_for(db_file)
    _remove_stale_partials(folder)
    stamp = datetime.now().strftime(STAMP)
    target = folder / f"{db_file.stem}-{stamp}-{reason}.sqlite3"
    copy_database(db_file, target, check=check)
    rotate(db_file, reason, KEEP_BY_REASON.get(reason, KEEP_BACKUPS) if keep is None else keep)
    return target


def rotate(db_file: Path, reason: str, keep: int | None) -> None:
    """Delete all but the newest `keep` copies made for `reason`; None keeps every one."""
    if keep is None:
        return
    made = copies(db_file, reason)
    for old in made[:-keep] if keep > 0 else made:
        old.unlink(missing_ok=True)


def _remove_stale_partials(folder: Path) -> None:
    """Temporary copies left by a killed program; an hour old, so never one another program is writing."""
    hour_ago = time.time() - 3600
    for partial in folder.glob(".*.partial"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < hour_ago:
                partial.unlink()


def copies(db_file: Path, reason: str | None = None) -> list[Path]:
    """The copies of `db_file` in backups/, oldest first; only those made for `reason` when given."""
    folder = db_file.parent / BACKUP_DIR_NAME
    found = []
    for path in folder.glob(f"{glob_escape(db_file.stem)}-*.sqlite3") if folder.is_dir() else []:
        named = _COPY_NAME.fullmatch(path.name[len(db_file.stem) + 1 :])
        if named and (reason is None or named["reason"] == reason):
            found.append(path)
    return sorted(found)


def latest_copy(db_file: Path, reason: str | None = None) -> Path | None:
    found = copies(db_file, reason)
    return found[-1] if found else None


def taken_at(copy: Path) -> str:
    """When a copy in backups/ was made, from its name, for a message ("2026-12-03 12:45")."""
    named = _COPY_NAME.search(copy.name)
    if named is None:
        return copy.name
    return datetime.strptime(named["stamp"], STAMP).strftime("%Y-%m-%d %H:%M")


def daily_backup(db_file: Path, keep: int | None = None, today: date | None = None) -> Path | None:
    """The first start of a day keeps a copy; later starts that day do nothing."""
    today = today or date.today()
    if not db_file.exists() or any(
        copy.name.startswith(f"{db_file.stem}-{today:%Y%m%d}-") for copy in copies(db_file, "daily")
    ):
        return None
    return backup_before(db_file, reason="daily", keep=keep)


def check_copy(path: Path, known_revisions: set[str] | None = None) -> str | None:
    """Check a backup before it replaces anything; returns its schema revision, raises when unusable.

    Whole (integrity_check), a ledger (alembic_version and its tables), not from a newer app, and exactly
    the schema its revision's migrations make: no trigger, view, table or column more or less.
    """
    known_revisions = schema.known_revisions() if known_revisions is None else known_revisions
    if not path.is_file():
        raise BackupRejected(f"找不到备份文件“{path}”。请确认路径后重试。")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupRejected(f"“{path.name}”不是督办台账的备份文件。当前台账未作改动。")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
            shape = schema_shape.describe(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise BackupRejected(
            f"备份文件“{path.name}”已损坏（{exc}）。当前台账未作改动，请换一个备份。"
        ) from exc
    if result != "ok":
        raise BackupRejected(
            f"备份文件“{path.name}”未通过完整性检查（{result}）。当前台账未作改动，请换一个备份。"
        )
    if revision is None or "plan" not in tables:
        raise BackupRejected(f"“{path.name}”不是督办台账的备份（缺少台账数据表）。当前台账未作改动。")
    if revision[0] not in known_revisions:
        raise BackupRejected(
            f"备份“{path.name}”来自更新版本的督办台账（数据库版本 {revision[0]}）。请先升级程序再恢复。当前台账未作改动。"
        )
    wrong = schema_shape.differences(shape, schema_shape.expected(revision[0]))
    if wrong:
        raise BackupRejected(
            f"备份“{path.name}”的数据库结构与督办台账（数据库版本 {revision[0]}）不符：{'；'.join(wrong[:5])}"
            f"{' 等' if len(wrong) > 5 else ''}。它可能被其他程序改动过，不能用来恢复。当前台账未作改动，请换一个备份。"
        )
    return revision[0]


def restore(
    copy: Path, db_file: Path, known_revisions: set[str] | None = None, *, checked: bool = False
) -> Path | None:
    """Put a checked backup in place of the database; the replaced database is kept in backups/.
    `checked`: the caller has just run check_copy (a full integrity check is not cheap)."""
    if not checked:
        check_copy(copy, known_revisions)
    kept = _keep_replaced(db_file) if db_file.exists() else None
    source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(db_file)
        try:
            source.backup(target)  # page by page inside SQLite: other readers never see half a file
        except sqlite3.DatabaseError as exc:
            if not integrity.is_damage(exc):
                raise
            target.close()
            _replace_damaged(copy, db_file)  # SQLite cannot write into a file it cannot read
        finally:
            target.close()
    finally:
        source.close()
    return kept


def _keep_replaced(db_file: Path) -> Path:
    """The ledger a restore replaces, kept as it is: through SQLite when it can read it, else byte for byte."""
    try:
        return backup_before(db_file, reason="before-restore", check=False)
    except sqlite3.DatabaseError as exc:
        if not integrity.is_damage(exc):
            raise
    kept = backup_dir_for(db_file) / f"{db_file.stem}-{datetime.now().strftime(STAMP)}-before-restore.sqlite3"
    shutil.copyfile(db_file, kept)
    wal = db_file.with_name(db_file.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
    return kept


def _replace_damaged(copy: Path, db_file: Path) -> None:
    """A file SQLite cannot read is replaced whole: the copy goes beside it under a temporary name, then
    takes its name in one rename; the damaged file's -wal and -shm go with it (they belong to it)."""
    fresh = db_file.with_name(f"{db_file.name}.restoring")
    fresh.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(fresh)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    for extra in ("-wal", "-shm"):
        db_file.with_name(db_file.name + extra).unlink(missing_ok=True)
    os.replace(fresh, db_file)


def last_good_copy(db_file: Path) -> Path | None:
    """The newest copy in backups/ that passes quick_check, whatever it was made for."""
    for copy in reversed(copies(db_file)):
        if copy.stat().st_size > 0 and not integrity.file_findings(copy, full=False):
            return copy
    return None


def damaged(db_file: Path, found: list[str], refused: str) -> LedgerCorrupt:
    """The error for a damaged ledger: what SQLite found, what was not done, which copy to restore."""
    good = last_good_copy(db_file)
    message = (
        f"数据库文件“{db_file.name}”已损坏（SQLite 完整性检查：{'；'.join(found[:3])}）。"
        f"为免损坏扩散到新数据和备份，{refused}，数据库文件未作改动。"
    )
    if good is None:
        return LedgerCorrupt(
            message + "备份文件夹中没有完好的副本：请把数据库文件交给技术支持，或在设置中选择其他数据库。"
        )
    return LedgerCorrupt(
        message + f"最近一份完好的副本是 {taken_at(good)} 保存的“{good}”，请用它恢复"
        "（之后的修改会丢失；恢复时损坏的数据库另存一份）。",
        backup=good,
    )
