"""WAL only on a local disk (issue 17): SQLite's WAL index is shared memory, which PCs reading one file
over a network share cannot share; there the ledger keeps SQLite's rollback journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from models import db
from services.storage.database import open_ledger, sqlite_url

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
//fileserver/督办 /mnt/office\\040share cifs rw,relatime,vers=3.1.1 0 0
fileserver:/export /srv/nfs nfs4 rw,relatime 0 0
tmpfs /srv/nfs/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    "path, network",
    [
        ("/home/clerk/台账/ledger.sqlite3", False),
        ("/mnt/office share/台账/ledger.sqlite3", True),  # the mount point's space written as \\040
        ("/mnt/office sharex/ledger.sqlite3", False),  # a sibling folder, not under the mount
        ("/srv/nfs/ledger.sqlite3", True),
        ("/srv/nfs/local/ledger.sqlite3", False),  # the longest mount point decides
        ("//fileserver/督办/ledger.sqlite3", True),  # UNC, however it is mounted
        ("\\\\fileserver\\督办\\ledger.sqlite3", True),
    ],
)
def test_network_paths_are_told_from_local_ones(path: str, network: bool) -> None:
    assert db.is_network_path(Path(path), MOUNTS) is network


def test_a_mapped_network_drive_on_windows(monkeypatch) -> None:
    monkeypatch.setattr(db.sys, "platform", "win32")
    monkeypatch.setattr(db, "_windows_drive_type", lambda root: db.DRIVE_REMOTE)
    assert db.is_network_path(Path("Z:/台账/ledger.sqlite3"))
    monkeypatch.setattr(db, "_windows_drive_type", lambda root: 3)  # DRIVE_FIXED
    assert not db.is_network_path(Path("D:/台账/ledger.sqlite3"))


@pytest.mark.sqlite_only
def test_a_ledger_on_a_share_keeps_the_rollback_journal(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(db, "is_network_path", lambda path, mounts=None: True)
    ledger = open_ledger(sqlite_url(tmp_path / "ledger.sqlite3"))
    try:
        with ledger.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "delete"
    finally:
        ledger.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite3"]  # no -wal, no -shm


@pytest.mark.sqlite_only
def test_a_wal_ledger_moved_onto_a_share_leaves_wal(ledger, plan_id, monkeypatch) -> None:
    ledger.dispose()
    monkeypatch.setattr(db, "is_network_path", lambda path, mounts=None: True)
    moved = open_ledger(ledger.url)
    try:
        with moved.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "delete"
    finally:
        moved.dispose()


def test_this_machines_temporary_folder_is_local(tmp_path) -> None:
    assert not db.is_network_path(tmp_path / "ledger.sqlite3")


HOT_JOURNAL = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")  # pages spill to the file before the commit
connection.execute("BEGIN")
connection.execute("UPDATE ledger_item SET title = title || hex(randomblob(2000))")
connection.execute("UPDATE ledger_item SET text = hex(randomblob(20000))")
os.kill(os.getpid(), 9)
"""


@pytest.mark.sqlite_only
def test_a_write_killed_on_a_share_is_rolled_back_on_the_next_open(tmp_path, monkeypatch) -> None:
    """The rollback journal left by a killed writer is hot: a read-only check cannot read past it, so
    SQLite's own recovery runs first, and the ledger opens as at its last commit."""
    import subprocess
    import sys

    from services.plans.store import store_plan
    from services.storage.database import user_action
    from tests.conftest import SMALL_PLAN
    from tests.reliability.fingerprint import fingerprint

    monkeypatch.setattr(db, "is_network_path", lambda path, mounts=None: True)
    path = tmp_path / "ledger.sqlite3"
    ledger = open_ledger(sqlite_url(path))
    with user_action(ledger) as session:
        store_plan(session, SMALL_PLAN, source_name="test.txt")
    before = fingerprint(ledger)
    ledger.dispose()
    killed = subprocess.run([sys.executable, "-c", HOT_JOURNAL, str(path)], capture_output=True, timeout=60)
    assert killed.returncode == -9, killed.stderr
    assert path.with_name("ledger.sqlite3-journal").stat().st_size > 0  # the journal is hot
    reopened = open_ledger(sqlite_url(path))
    try:
        assert fingerprint(reopened) == before
    finally:
        reopened.dispose()
