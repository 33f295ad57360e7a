"""Is a SQLite ledger whole? SQLite's own checks, and what to say when it is not.

A damaged page spreads if nothing looks: imports write around it, the rotation of backups/ deletes the
good copies one by one and keeps damaged ones. So the ledger is checked when it is opened (quick_check:
every page's structure, in about the time of reading the file once) and in full before every copy is made
(integrity_check: indexes against their tables too), and a damaged ledger is refused with the name of the
newest copy that is still whole (backup.damaged, which knows the copies).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# SQLite's primary result codes for a damaged file and for a file that is no database at all.
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
# SQLite stops after this many findings: enough to name the damage, no minutes spent listing it.
MAX_FINDINGS = 5


def is_damage(exc: BaseException) -> bool:
    """Whether a driver error (bare or wrapped by SQLAlchemy) says the file itself is damaged."""
    original = getattr(exc, "orig", exc)
    code = getattr(original, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


def findings(connection: sqlite3.Connection, *, full: bool) -> list[str]:
    """[] when SQLite finds the database whole, else its first findings (or the error that stopped it)."""
    pragma = f"integrity_check({MAX_FINDINGS})" if full else f"quick_check({MAX_FINDINGS})"
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def file_findings(path: Path, *, full: bool) -> list[str]:
    """findings() of a file opened read-only; a file SQLite cannot even open counts as damaged."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return findings(connection, full=full)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
