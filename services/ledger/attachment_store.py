"""Where a ledger's evidence files live, and how they travel with it: moved beside the ledger, into
and out of the clerk's own backups.

A file is stored under its SHA-256 (services/ledger/attachments.py) and never changed or deleted by the program
(removing an attachment keeps the file, for undo): so the copies in backups/ need no files of their own —
the ledger's attachments/ folder holds every file any earlier copy names. A backup the clerk takes away
(`backup --out F`, File ▸ Back up) does: F.sqlite3 comes with the folder F.attachments/ beside it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Attachment
from services.ledger.attachments import ATTACHMENTS_DIR_NAME, file_digest, file_in
from services.storage.locations import DB_FILE_NAME

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AttachmentPlace:
    """The folder holding a ledger's attachments/ and whether every PC using the ledger sees it."""

    base: Path
    shared: bool  # False: a server ledger without a shared folder set, files on this PC only

    @property
    def folder(self) -> Path:
        return self.base / ATTACHMENTS_DIR_NAME


@dataclass(frozen=True)
class CopiedFiles:
    copied: int  # written now, each checked against its SHA-256
    present: int  # already there with the right content
    missing: tuple[str, ...]  # the attachments' names (as the clerk gave them) with no good file to copy


def place_for(sqlite_file: Path | None, shared_folder: str | Path | None, per_user: Path) -> AttachmentPlace:
    """Beside a SQLite ledger (every PC opening the file sees the folder next to it, and a copied ledger
    folder carries them); for a server, the shared folder configured, else this PC's data folder."""
    if sqlite_file is not None:
        return AttachmentPlace(sqlite_file.parent, shared=True)
    if shared_folder:
        return AttachmentPlace(Path(shared_folder), shared=True)
    return AttachmentPlace(per_user, shared=False)


def backup_folder(backup_file: Path) -> Path:
    """The attachments of a backup F.sqlite3 are in F.attachments/ beside it."""
    return backup_file.with_name(backup_file.stem + ".attachments")


def files_named_in(db_file: Path) -> list[tuple[str, str, str]]:
    """(stored name, SHA-256, name as given) of every attachment a SQLite ledger or backup records."""
    try:
        connection = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        return list(connection.execute("SELECT stored_name, sha256, file_name FROM attachment"))
    except sqlite3.Error:  # older than revision 0002: no attachments yet
        return []
    finally:
        connection.close()


def files_recorded(session: Session) -> list[tuple[str, str, str]]:
    """The same as files_named_in, for a server ledger."""
    rows = session.execute(select(Attachment.stored_name, Attachment.sha256, Attachment.file_name))
    return [tuple(row) for row in rows]


def copy_files(files: list[tuple[str, str, str]], source: Path, target: Path) -> CopiedFiles:
    """Copy each file from the folder `source` to the folder `target`, each checked.

    A file already at the target is kept when its content is right and replaced by the source's when not;
    a source file whose content is not the one recorded is not copied (and counted missing). OSError (a full disk, no
    permission) goes to the caller, with every file written so far whole and under its own name.
    """
    copied = present = 0
    missing: list[str] = []
    for stored_name, sha256, file_name in _distinct(files):
        to, of = file_in(target, stored_name), file_in(source, stored_name)
        if to is None or of is None:  # a name leading out of the folder: never followed
            missing.append(file_name)
            continue
        # With nothing to copy from (a restore of a copy in backups/), a file there is not read through:
        # hashing every attachment would take minutes, and opening one checks it anyway.
        if to.is_file() and (not of.is_file() or file_digest(to) == sha256):
            present += 1
        elif of.is_file() and copy_verified(of, to, sha256):
            copied += 1
        else:
            missing.append(file_name)
    return CopiedFiles(copied, present, tuple(missing))


def copy_verified(source: Path, target: Path, sha256: str) -> bool:
    """Copy under a temporary name, compare the SHA-256, then rename; False when the content is wrong.
    A kill leaves a stray temporary file, never a short file under a name that says it is whole."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        shutil.copyfile(source, partial)
        if file_digest(partial) != sha256:
            return False
        os.replace(partial, target)
        return True
    finally:
        partial.unlink(missing_ok=True)


def bring_to_ledger(db_file: Path, per_user: Path) -> int:
    """A SQLite ledger opened from another folder than the per-user one: its files, kept in the per-user
    folder before issue 17, move beside it. Nothing to do (and nothing read) when that folder is empty."""
    if db_file.parent.resolve() == per_user.resolve() or not (per_user / ATTACHMENTS_DIR_NAME).is_dir():
        return 0
    return bring_beside(files_named_in(db_file), per_user, db_file.parent, _still_used(per_user))


def bring_to_shared(files: list[tuple[str, str, str]], per_user: Path, shared: Path) -> int:
    """A server ledger's files, kept in this PC's data folder until a shared folder was set, move there."""
    if not (per_user / ATTACHMENTS_DIR_NAME).is_dir():
        return 0
    return bring_beside(files, per_user, shared, _still_used(per_user))


def _still_used(per_user: Path) -> set[str]:
    """The files the per-user ledger names: its attachments stay in the per-user folder."""
    default = per_user / DB_FILE_NAME
    return {entry[0] for entry in files_named_in(default)} if default.is_file() else set()


def bring_beside(
    files: list[tuple[str, str, str]], old_base: Path, new_base: Path, keep: set[str] = frozenset()
) -> int:
    """Move the ledger's files from the folder they used to be kept in (the per-user data folder) to its
    own place: copy, check the SHA-256, and only then remove the old file — unless `keep` names it (the
    per-user ledger still uses that folder, and may hold the same file). Returns how many were moved.

    Done on every open, cheaply: a file already in the new place is not looked at again. A file that
    cannot be moved now (a full disk, no permission) stays where it was and is tried at the next open.
    """
    if old_base.resolve() == new_base.resolve():
        return 0
    moved = 0
    for stored_name, sha256, _file_name in _distinct(files):
        old = file_in(old_base / ATTACHMENTS_DIR_NAME, stored_name)
        new = file_in(new_base / ATTACHMENTS_DIR_NAME, stored_name)
        if old is None or new is None or new.is_file() or not old.is_file():
            continue
        try:
            if not copy_verified(old, new, sha256):
                log.warning(
                    "attachment %s does not match its recorded SHA-256; left in %s", old.name, old.parent
                )
                continue
        except OSError:
            log.exception("could not move attachment %s to %s; left where it was", old.name, new.parent)
            continue
        moved += 1
        if stored_name not in keep:
            with contextlib.suppress(OSError):  # the copy is whole; a locked old file only wastes space
                old.unlink()
    if moved:
        log.info("moved %d attachments from %s to %s", moved, old_base, new_base)
    return moved


def _distinct(files: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """One entry per stored file: equal content added twice is stored once."""
    seen: dict[str, tuple[str, str, str]] = {}
    for entry in files:
        seen.setdefault(entry[0], entry)
    return list(seen.values())
