"""Consistent copies of the SQLite database, taken with SQLite's own backup API (safe while in use)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from datetime import date, datetime
from glob import escape as glob_escape
from pathlib import Path

from models import schema
from services import integrity
from services.errors import BackupRejected

BACKUP_DIR_NAME = "backups"
KEEP_BACKUPS = 20
STAMP = "%Y%m%d-%H%M%S-%f"
# <stem>-<stamp>-<reason>.sqlite3; the reason may hold hyphens (before-restore).
_COPY_NAME = re.compile(r"(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3")


def backup_dir_for(db_file: Path) -> Path:
    folder = db_file.parent / BACKUP_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def copy_database(source: Path, destination: Path, *, check: bool = True) -> Path:
    """A consistent copy of `source`; with `check`, only of a ledger that passes integrity_check.

    LedgerCorrupt (naming the last good copy) when it does not: a damaged copy must never take the
    place of a good one in the rotation. A restore keeps the ledger it replaces unchecked (check=False),
    damaged or not — it is the user's, and the restore must not depend on it being readable.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        if check:
            found = integrity.findings(src, full=True)
            if found:
                raise integrity.damaged(source, found, "没有备份")
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            # One self-contained file: a copy left in WAL mode grows -wal/-shm files beside it the
            # first time it is opened, even read-only for a restore check, and a USB copy may miss them.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def backup_before(db_file: Path, reason: str, keep: int = KEEP_BACKUPS, *, check: bool = True) -> Path:
    """Copy the database aside before a risky step (an upgrade, an import) and rotate old copies."""
    stamp = datetime.now().strftime(STAMP)
    target = backup_dir_for(db_file) / f"{db_file.stem}-{stamp}-{reason}.sqlite3"
    copy_database(db_file, target, check=check)
    rotate(backup_dir_for(db_file), db_file.stem, keep)
    return target


def rotate(folder: Path, stem: str, keep: int) -> None:
    copies = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)


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


def daily_backup(db_file: Path, keep: int = KEEP_BACKUPS, today: date | None = None) -> Path | None:
    """The first start of a day keeps a copy; later starts that day do nothing."""
    today = today or date.today()
    if not db_file.exists() or any(
        backup_dir_for(db_file).glob(f"{db_file.stem}-{today:%Y%m%d}-*-daily.sqlite3")
    ):
        return None
    return backup_before(db_file, reason="daily", keep=keep)


def check_copy(path: Path, known_revisions: set[str] | None = None) -> str | None:
    """Check a backup before it replaces anything; returns its schema revision, raises when unusable."""
    known_revisions = schema.known_revisions() if known_revisions is None else known_revisions
    if not path.is_file():
        raise BackupRejected(f"找不到备份文件“{path}”。请确认路径后重试。")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
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
    return revision[0]


def restore(copy: Path, db_file: Path, known_revisions: set[str] | None = None) -> Path | None:
    """Put a checked backup in place of the database; the replaced database is kept in backups/."""
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
        return backup_before(db_file, reason="before-restore", keep=KEEP_BACKUPS * 2, check=False)
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
