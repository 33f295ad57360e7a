"""Engine and session factory, default database location, and the checks done before opening.

SQLite gets WAL (readers never block the writer) on a local disk and the rollback journal on a network
share, foreign keys and a busy timeout, so a second PC or a second window waits instead of failing at once.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve().as_posix()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other servers and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# Mount types of network filesystems, where SQLite's WAL does not work: its -shm index is shared memory,
# which only processes on one machine can share (sqlite.org/wal.html, "WAL does not work over a network
# filesystem"). Another PC writing through the share would not see the other's index and could corrupt it.
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs", "fuse.sshfs", "davfs"}
)
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """Whether `path` is on a network share: a UNC path (\\\\server\\share), a mapped network drive on
    Windows, or a network mount on Linux (`mounts` is /proc/mounts' text, read when None)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_type(Path(text).resolve().anchor) == DRIVE_REMOTE
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return _mount_type(Path(path), mounts) in NETWORK_FILESYSTEMS


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)


def _mount_type(path: Path, mounts: str) -> str | None:
    """The filesystem type of the mount that holds `path`: the longest mount point it lies under."""
    where = path.resolve() if path.exists() else path.parent.resolve() / path.name
    best, kind = -1, None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts writes a space in a mount point as \040 (and tab, newline, backslash likewise).
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
        if (where == Path(point) or Path(point) in where.parents) and len(point) > best:
            best, kind = len(point), fields[2]
    return kind


def _sqlite_pragmas(journal_mode: str):
    def configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # A read-only folder cannot hold the -wal file: a database still in rollback mode is read as it is;
        # one already in WAL mode cannot be opened there at all (services/storage.open_ledger says so).
        with contextlib.suppress(sqlite3.OperationalError):
            cursor.execute(f"PRAGMA journal_mode = {journal_mode}")
        cursor.close()

    return configure


def journal_mode_for(url: str) -> str:
    """WAL (readers never wait for the writer) on a local disk; the rollback journal on a network share."""
    path = sqlite_path(url)
    return "DELETE" if path is not None and is_network_path(path) else "WAL"


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas(journal_mode_for(url)))
        return engine
    # A write blocked by another PC's lock waits as long as SQLite's busy timeout, then fails with a
    # message (services.storage.database) instead of freezing the window; a server default would wait forever.
    options = f"-c lock_timeout={BUSY_TIMEOUT_MS}"
    return create_engine(url, pool_pre_ping=True, connect_args={"options": options})


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand back plain values after the transaction has ended.
    return sessionmaker(engine, expire_on_commit=False)
