"""Engine and session factory, default database location, and the checks done before opening.

SQLite gets WAL (readers never block the writer), foreign keys and a busy timeout, so a second PC or a
second window waits instead of failing at once.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

APP_DIR_NAME = "DubanTaizhang"
DB_FILE_NAME = "ledger.sqlite3"
BUSY_TIMEOUT_MS = 5000


def data_dir() -> Path:
    """The per-user data folder: %APPDATA%\\DubanTaizhang on Windows, XDG data home elsewhere.

    DUBAN_DATA_DIR overrides it (tests, portable installs).
    """
    override = os.environ.get("DUBAN_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_DIR_NAME
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / "duban-taizhang"
    base.mkdir(parents=True, exist_ok=True)
    return base


def default_url() -> str:
    return sqlite_url(data_dir() / DB_FILE_NAME)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve().as_posix()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other servers and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    # A read-only folder cannot hold the -wal file: a database still in rollback mode is read as it is;
    # one already in WAL mode cannot be opened there at all (services/storage.open_ledger says so).
    with contextlib.suppress(sqlite3.OperationalError):
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A write blocked by another PC's lock waits as long as SQLite's busy timeout, then fails with a
    # message (services.storage) instead of freezing the window; a server default would wait forever.
    options = f"-c lock_timeout={BUSY_TIMEOUT_MS}"
    return create_engine(url, pool_pre_ping=True, connect_args={"options": options})


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand back plain values after the transaction has ended.
    return sessionmaker(engine, expire_on_commit=False)
