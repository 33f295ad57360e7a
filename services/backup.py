"""Consistent copies of the SQLite database, taken with SQLite's own backup API (safe while in use)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_DIR_NAME = "backups"
KEEP_BACKUPS = 20


def backup_dir_for(db_file: Path) -> Path:
    folder = db_file.parent / BACKUP_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def copy_database(source: Path, destination: Path) -> Path:
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def backup_before(db_file: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Copy the database aside before a risky step (an upgrade, an import) and rotate old copies."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir_for(db_file) / f"{db_file.stem}-{stamp}-{reason}.sqlite3"
    copy_database(db_file, target)
    rotate(backup_dir_for(db_file), db_file.stem, keep)
    return target


def rotate(folder: Path, stem: str, keep: int) -> None:
    copies = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
