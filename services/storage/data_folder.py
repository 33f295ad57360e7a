"""The per-user data folder's move from Roaming to Local AppData on Windows (issue 17 item 8).

Domain folder redirection puts %APPDATA% (Roaming) on a file server: the ledger there was a SQLite file
on a network share without anyone choosing it. The folder is now under %LOCALAPPDATA% (services/storage/locations.py);
a ledger still in the old place is moved on the first start that finds it:

1. every other file (attachments, backups, logs) is copied and each copy compared with its source;
2. the ledger is copied through SQLite's backup API — consistent even with a -wal beside it — only when
   it passes integrity_check, the copy checked and renamed into place (services/backup.copy_database);
3. the old folder is renamed `DubanTaizhang.moved-to-LocalAppData`, kept until the next start that opens
   the moved ledger and finds it sound, which deletes it.

Whatever fails leaves the old folder as it was and in use: this start works from it, and the next
one tries again. Nothing is written to the old folder but its rename.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from services.errors import DubanError
from services.ledger.attachment_store import copy_verified
from services.ledger.attachments import file_digest
from services.storage import backup, locations

log = logging.getLogger(__name__)

MOVED_SUFFIX = ".moved-to-LocalAppData"
# The ledger and its SQLite companions go through the backup API, not as bytes.
_LEDGER_FILES = (
    locations.DB_FILE_NAME,
    locations.DB_FILE_NAME + "-wal",
    locations.DB_FILE_NAME + "-shm",
    locations.DB_FILE_NAME + "-journal",
)

_settled: dict[tuple[Path, Path | None], Path] = {}


def settled_data_dir() -> Path:
    """The data folder to use, after moving an old Roaming one; the move is tried once per process."""
    new, old = locations.data_dir(), locations.roaming_data_dir()
    key = (new, old)
    if key not in _settled:
        _settled[key] = new if old is None else _settle(old, new)
    return _settled[key]


def _settle(old: Path, new: Path) -> Path:
    if old.resolve() == new.resolve():
        return new
    try:
        return move_from_roaming(old, new)
    except (OSError, sqlite3.Error, DubanError):
        log.exception("could not move the data folder %s to %s; using the old one this time", old, new)
        return old


def move_from_roaming(old: Path, new: Path) -> Path:
    """Move `old` (the Roaming data folder) to `new`; returns the folder to use now."""
    kept = old.with_name(old.name + MOVED_SUFFIX)
    ledger, moved = old / locations.DB_FILE_NAME, new / locations.DB_FILE_NAME
    if kept.is_dir():
        _forget_old_copy(kept, moved)
    if not ledger.is_file() or moved.exists():
        return new  # nothing to move, or moved before (a ledger already here is never overwritten)
    new.mkdir(parents=True, exist_ok=True)
    for source in sorted(old.rglob("*")):
        if not source.is_file() or source.name in _LEDGER_FILES or source.name.endswith(".partial"):
            continue
        target = new / source.relative_to(old)
        if target.exists():  # this start's log, written before the move
            continue
        if not copy_verified(source, target, file_digest(source)):
            raise OSError(f"{source} changed while being copied")
    backup.copy_database(ledger, moved)  # integrity_check before, quick_check after, atomic rename
    try:
        old.rename(kept)
    except OSError:  # a file held open (another program): the moved ledger is used; the old one stays
        log.warning("the old data folder %s could not be renamed; it is no longer used", old)
    log.info("moved the data folder from %s to %s", old, new)
    return new


def _forget_old_copy(kept: Path, moved: Path) -> None:
    """The start after the move: the old folder goes once the moved ledger is there and sound."""
    if not moved.is_file():
        return
    connection = sqlite3.connect(f"file:{moved}?mode=ro", uri=True)
    try:
        sound = connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        sound = False
    finally:
        connection.close()
    if sound:
        shutil.rmtree(kept, ignore_errors=True)
        log.info("removed %s, the data folder as it was before the move", kept)
    else:
        log.warning("the moved ledger %s does not pass quick_check; %s is kept", moved, kept)
