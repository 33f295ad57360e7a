"""Open the ledger database: refuse what is not ours, back up, then upgrade to the current schema."""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from models import db, schema
from models.db import sqlite_url
from services.errors import (
    BackupRejected,
    DatabaseLocked,
    DatabaseReadOnly,
    DiskError,
    DiskFull,
    LedgerCorrupt,
    SchemaTooNew,
    StorageError,
    UpgradeFailed,
)
from services.ledger import attachment_store, conflicts, lead_units
from services.ledger.attachments import ATTACHMENTS_DIR_NAME
from services.storage import backup, ledger_checks, locations
from services.storage.data_folder import settled_data_dir as data_dir
from services.storage.db_errors import translate_db_error

log = logging.getLogger(__name__)

__all__ = [
    "Ledger",
    "data_dir",
    "open_ledger",
    "read_action",
    "sqlite_url",
    "translate_db_error",
    "user_action",
]


@dataclass(frozen=True)
class Ledger:
    """An open database: where it is and how to start a session on it."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def sqlite_file(self) -> Path | None:
        return db.sqlite_path(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


def default_url() -> str:
    """The per-user ledger, its folder moved out of Roaming AppData first (services/storage/data_folder.py)."""
    return sqlite_url(data_dir() / locations.DB_FILE_NAME)


def open_ledger(url: str | None = None, *, upgrade: bool = True) -> Ledger:
    """Open (and create or upgrade) the ledger at `url`, the per-user default when None."""
    url = url or default_url()
    try:
        path = db.sqlite_path(url)
        if path is not None:
            ledger_checks.check_before_opening(path, schema.known_revisions)
        engine = db.make_engine(url)
    except ArgumentError as exc:
        raise _unreadable_url(url) from exc
    if path is not None and db.journal_mode_for(url) != "WAL":
        log.warning(
            "%s is on a network share: rollback journal instead of WAL; several PCs should share a"
            " PostgreSQL server instead of a SQLite file",
            path,
        )
    try:
        # At the newest revision already (every open but the first after an update): nothing to upgrade,
        # and the revision is not read a second time (issue 16: each command's start-up).
        if _check_revision(engine) != schema.HEAD_REVISION and upgrade:
            _upgrade(engine, path)
    except BaseException:
        engine.dispose()
        raise
    if path is not None and upgrade:
        # Kept in the per-user folder before issue 17: other PCs opening this file did not see them.
        try:
            attachment_store.bring_to_ledger(path, data_dir())
        except OSError:  # a per-user folder this user cannot read: they stay there, tried again next time
            log.exception("attachments of %s not moved beside it", path)
    factory = db.make_session_factory(engine)
    lead_units.keep_lead_unit_ids(factory)
    # What each flush meant to write to a task, for the message when another PC saved it first.
    event.listen(factory, "before_flush", conflicts.note_edits)
    return Ledger(url=url, engine=engine, session_factory=factory)


def ledger_file(url: str | None) -> Path | None:
    """The SQLite file behind `url` (the default when None), without opening it; None for a server."""
    url = url or default_url()
    try:
        return db.sqlite_path(url)
    except ArgumentError as exc:
        raise _unreadable_url(url) from exc


def _unreadable_url(url: str) -> StorageError:
    """A typo in --db or the settings: say which forms work."""
    return StorageError(
        f"数据库地址“{_shown(url)}”无法识别。请写成 sqlite:///文件路径（本机文件）"
        "或 postgresql+psycopg://用户名:密码@服务器/数据库名（共享服务器），或在设置中清空以使用默认数据库。"
    )


def _shown(url: str) -> str:
    """The URL for a message, its password masked when it parses."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _check_revision(engine: Engine) -> str | None:
    """The ledger's revision (None for a new, empty one), refused when this program does not know it."""
    try:
        current = schema.current_revision(engine)
    except DBAPIError as exc:
        error = translate_db_error(exc)
        if isinstance(error, DatabaseReadOnly) and db.sqlite_path(str(engine.url)) is not None:
            # SQLite cannot even read a WAL database where it may not create the -shm file beside it.
            raise DatabaseReadOnly(
                "数据库所在的文件夹是只读的（或没有写入权限），无法打开数据库。数据库文件未作改动。"
                "请把数据库文件复制到可以写入的文件夹（如“我的文档”），再在设置中选择它。"
            ) from exc
        raise error from exc
    if current is None or current == schema.HEAD_REVISION:
        return current
    if current not in schema.known_revisions():
        raise SchemaTooNew(
            "这个数据库由更新版本的督办台账创建（数据库版本"
            f"“{current}”），当前程序无法识别。数据未作改动。请安装最新版本的督办台账后再打开。"
        )
    return current


def _upgrade(engine: Engine, path: Path | None) -> None:
    copy = None
    try:
        current = schema.current_revision(engine)
        if current == schema.HEAD_REVISION:
            return
        if path is not None and path.exists() and current is not None and schema.has_user_tables(engine):
            copy = backup.backup_before(path, reason="upgrade")
            log.info("backed up %s to %s before upgrading from %s", path, copy, current)
    except (DBAPIError, sqlite3.Error) as exc:  # sqlite3's own from the backup copy
        raise translate_db_error(exc) from exc
    try:
        schema.upgrade(engine)
    except (DBAPIError, sqlite3.Error, schema.ForeignKeysBroken) as exc:
        log.exception("upgrade from %s failed; rolled back", current)
        raise _upgrade_failed(exc, path, copy, current) from exc


def _upgrade_failed(
    exc: BaseException, path: Path | None, copy: Path | None, current: str | None
) -> StorageError:
    """What to say when an upgrade was rolled back, naming the copy worth restoring.

    The rollback leaves the database exactly as the copy just made, so that copy adds nothing and is
    removed: repeated failed starts must not rotate away an older copy made before an earlier, non-atomic
    upgrade was killed halfway (the case where the database itself is the damaged one).
    """
    error = translate_db_error(exc)
    if isinstance(error, DatabaseLocked | DiskFull | DiskError | DatabaseReadOnly):
        return error  # a passing condition: the same start succeeds once it is gone
    if copy is not None:
        copy.unlink(missing_ok=True)
    if isinstance(exc, schema.ForeignKeysBroken):
        why = f"升级后有 {len(exc.violations)} 条记录指向不存在的记录"
    else:
        why = str(getattr(exc, "orig", exc))
    earlier = backup.latest_copy(path, "upgrade") if path is not None else None
    message = (
        f"数据库无法升级到当前版本（版本 {current} → {schema.HEAD_REVISION}：{why}）。"
        "升级已全部撤销，数据库仍是升级前的样子。"
    )
    if earlier is None:
        return UpgradeFailed(
            message + "请把数据库文件和 logs 文件夹中的日志发给技术支持，或在设置中选择其他数据库。"
        )
    return UpgradeFailed(
        message + f"如果数据库在以前的一次升级中被中断而损坏，可以恢复 {backup.taken_at(earlier)} "
        f"升级前保存的副本“{earlier}”（之后的修改会丢失；恢复时当前数据库另存一份，可以撤回）。",
        backup=earlier,
    )


@dataclass(frozen=True)
class Restored:
    kept: Path | None  # where the replaced ledger is kept
    missing: tuple[str, ...]  # attachments the restored ledger names whose files are not on this PC


def restore_backup(url: str | None, copy: Path) -> Restored:
    """Put `copy` back in place of the SQLite ledger at `url` without opening that ledger first (it may
    be the one that cannot be opened), its attachments (copy.attachments/ beside it) first."""
    db_file = ledger_file(url)
    if db_file is None:
        raise BackupRejected(NOT_SQLITE)
    revisions = schema.known_revisions()
    backup.check_copy(copy, revisions)  # before anything is written, attachments included
    files = attachment_store.files_named_in(copy)
    folder = db_file.parent / ATTACHMENTS_DIR_NAME
    try:
        # Files are added, never replaced by other content (each is named by its SHA-256): a restore that
        # fails after them leaves the ledger as it was, and the one it replaces keeps its files.
        carried = attachment_store.copy_files(files, attachment_store.backup_folder(copy), folder)
        kept = backup.restore(copy, db_file, revisions, checked=True)
    except (sqlite3.Error, OSError) as exc:
        raise translate_db_error(exc) from exc
    return Restored(kept, carried.missing)


NOT_SQLITE = (
    "备份和恢复只适用于本机 SQLite 数据库文件；共享的 PostgreSQL 数据库请由服务器管理员用 pg_dump 备份，"
    "并一同备份设置中的共享附件文件夹（附件文件保存在那里）。"
)


@dataclass(frozen=True)
class SavedCopy:
    path: Path
    attachments: Path | None  # F.attachments/ beside F, when the ledger has attachments
    missing: tuple[str, ...]  # attachments whose files are not on this PC (or damaged): not in the copy


def save_copy(ledger: Ledger, destination: Path) -> SavedCopy:
    """`backup --out F` and File → Back up: a checked copy of the database where the user chose, with its
    attachments in F.attachments/ beside it; its failures in Chinese."""
    path = ledger.sqlite_file
    if path is None:
        raise BackupRejected(NOT_SQLITE)
    if destination.resolve() == path.resolve():
        raise BackupRejected("备份文件不能和数据库是同一个文件。请换一个保存位置。")
    backup.refuse_to_overwrite(destination)  # before any attachment is written
    source, folder = path.parent / ATTACHMENTS_DIR_NAME, attachment_store.backup_folder(destination)
    try:
        # The files first: a copy of the database never names a file its folder lacks when written;
        # those added while it was being copied follow it.
        before = attachment_store.files_named_in(path)
        carried = attachment_store.copy_files(before, source, folder)
        backup.copy_database(path, destination)
        named = {entry[0] for entry in before}
        later = [e for e in attachment_store.files_named_in(destination) if e[0] not in named]
        missing = carried.missing + attachment_store.copy_files(later, source, folder).missing
        return SavedCopy(destination, folder if folder.is_dir() else None, missing)
    except (sqlite3.Error, OSError) as exc:
        error = translate_db_error(exc)
        if isinstance(error, DatabaseLocked | LedgerCorrupt):
            raise error from exc  # the ledger's state, not the destination's
        raise BackupRejected(
            f"无法把备份写到“{destination}”（{_why_not_written(exc, error)}），数据库未作改动。"
            "请换一个可以写入的文件夹（如“我的文档”），或清理磁盘空间后重试。"
        ) from exc


def _why_not_written(exc: BaseException, error: StorageError) -> str:
    code = getattr(exc, "errno", None)
    if code in (errno.EACCES, errno.EPERM) or isinstance(error, DatabaseReadOnly):
        return "没有写入权限"
    if code == errno.EROFS:
        return "磁盘是只读的"
    if code == errno.ENOENT:
        return "文件夹不存在"
    if isinstance(error, DiskFull | DiskError):
        return "磁盘空间不足或磁盘出错"
    if "unable to open database file" in str(exc):  # SQLite's word for a file it may not create
        return "没有写入权限，或文件夹不存在"
    return str(exc)


def safety_copy(ledger: Ledger, reason: str) -> Path | None:
    """A copy before a risky write (an import); other servers keep their own backups.

    BackupRejected when the copy cannot be made (a full disk is met here first): the import must not
    go ahead without it, and nothing has been written yet.
    """
    path = ledger.sqlite_file
    if path is None or not path.exists():
        return None
    try:
        return backup.backup_before(path, reason=reason)
    except (sqlite3.Error, OSError) as exc:
        full = isinstance(translate_db_error(exc), DiskFull | DiskError)
        why = "磁盘空间不足" if full else "备份文件夹无法写入"
        raise BackupRejected(
            f"导入前无法备份数据库（{why}），为安全起见本次没有导入，台账数据未作改动。"
            f"请清理磁盘空间或检查备份文件夹“{backup.BACKUP_DIR_NAME}”（在数据库文件旁边）后重试。"
        ) from exc


@contextmanager
def read_action(ledger: Ledger) -> Iterator[Session]:
    """A read for a view (nothing to commit), with the same plain-Chinese driver errors as user_action:
    a locked or damaged database is a message, not a crash dialog."""
    try:
        with ledger.session_factory() as session:
            yield session
    except (OperationalError, DBAPIError) as exc:
        raise translate_db_error(exc) from exc


@contextmanager
def user_action(ledger: Ledger) -> Iterator[Session]:
    """One user action, one transaction: everything or nothing, with driver errors in plain Chinese."""
    try:
        with ledger.session_factory.begin() as session:
            try:
                yield session
                session.flush()  # a conflict found here is still described before the rollback
            except StaleDataError as exc:  # another session saved the same task first
                raise conflicts.conflict_after_flush(ledger.engine, session) from exc
    except (OperationalError, DBAPIError) as exc:
        raise translate_db_error(exc) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(
                "磁盘空间已满，无法保存。请清理磁盘空间后重试。本次操作未保存，台账数据完好。"
            ) from exc
        raise
