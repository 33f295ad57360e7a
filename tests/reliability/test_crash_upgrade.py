"""Kill the start of the app with SIGKILL at random points while it backs up and upgrades a ledger from
revision 0004: every time, the file is at 0004 or at the head revision with every row, and it opens
(issue 17). Before the upgrade was one transaction, a kill between 0006's ADD COLUMN and its UPDATE left
0005 with the new column, and every later start failed on "duplicate column name".

The kill points are drawn from a seeded generator: one in five while the copy in backups/ is made, the
rest during the migration and just after it (timed from an uninterrupted start); no copy may be left half
made. The test says where the kills landed (before or after the commit) and fails if they all landed on
one side, since then it proved nothing about the other."""

from __future__ import annotations

import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from models import schema
from models.db import make_engine
from services.storage import backup, integrity
from services.storage.database import open_ledger, sqlite_url
from tests.reliability.fingerprint import fingerprint

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

OLD, TASKS, UNITS_PER_TASK, TRIALS, SEED = "0004", 20_000, 5, 24, 20261203
CHILD = Path(__file__).with_name("upgrade_child.py")


def dump(path: Path) -> tuple[list, dict]:
    """Schema and rows as SQLite recovers them for the next opener (a bare connection, hot journal)."""
    connection = sqlite3.connect(path)
    try:
        master = connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        rows = {
            name: sorted(map(repr, connection.execute(f'SELECT * FROM "{name}"')))
            for kind, name, _ in master
            if kind == "table"
        }
        check = connection.execute("PRAGMA integrity_check").fetchall()
        return master, rows, check
    finally:
        connection.close()


def old_ledger(path: Path) -> None:
    """A ledger at 0004 with 20,000 tasks, each with five units and a target: an upgrade that takes a
    while, so that kills land all through it. Rows go in with SQL: the ORM speaks the head schema."""
    ledger = open_ledger(sqlite_url(path))
    ledger.dispose()
    engine = make_engine(sqlite_url(path))
    schema.downgrade(engine, OLD)
    engine.dispose()
    stamp = "2024-07-10 00:00:00"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(f"INSERT INTO plan (id, title, created_at) VALUES (1, '升级测试方案', '{stamp}')")
        connection.executemany(
            "INSERT INTO unit (id, name, kind, created_at) VALUES (?, ?, 'department', ?)",
            [(n, f"区测试{n:02d}局", stamp) for n in range(1, 31)],
        )
        connection.executemany(
            "INSERT INTO ledger_item (id, plan_id, kind, level, position, number, title, status, version, "
            "updated_at, due_on, progress) VALUES (?, 1, 'measure', 1, ?, ?, ?, 'open', 1, ?, '2024-12-31', ?)",
            [
                (n, n, str(n), f"第{n}项重点任务：推进设备更新和技术改造", stamp, n % 100)
                for n in range(1, TASKS + 1)
            ],
        )
        connection.executemany(
            "INSERT INTO assignment (item_id, unit_id, role, position) VALUES (?, ?, ?, ?)",
            [
                (n, (n + k) % 30 + 1, "lead" if k == 0 else "co", k)
                for n in range(1, TASKS + 1)
                for k in range(UNITS_PER_TASK)
            ],
        )
        connection.executemany(
            "INSERT INTO target (item_id, position, text, quantity, unit) VALUES (?, 0, '完成100台', 100, '台')",
            [(n,) for n in range(1, TASKS + 1)],
        )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


class Child:
    """The child process, its stdout read on a thread so every wait has a timeout."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put("EOF")

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def until(self, prefix: str) -> str:
        while True:
            line = self.lines.get(timeout=120)
            assert line != "EOF", "the child process ended"
            if line.startswith(prefix):
                return line

    def start(self, db: Path, kill: tuple[str, float] | None) -> tuple[float, float]:
        """Open `db` in a worker; kill it (the line to wait for, seconds after it) or time a whole start.
        Returns the seconds from the worker's start to `upgrading` and from there to the end."""
        self.send(sqlite_url(db))
        pid = int(self.until("worker ").split()[1])
        started = time.perf_counter()
        if kill is None:
            self.until("upgrading")
            upgrading = time.perf_counter()
            assert self.until("opened ") == f"opened {schema.HEAD_REVISION}"
            timings = (upgrading - started, time.perf_counter() - upgrading)
        else:
            after, delay = kill
            if after != "worker":
                self.until(after)
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)  # still our child (a zombie at worst) until `reap`
            timings = (0.0, 0.0)
        self.send("reap")
        self.until("reaped")
        return timings

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


def test_an_upgrade_killed_anywhere_leaves_the_old_or_the_new_revision_whole(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine" / "ledger.sqlite3"
    pristine.parent.mkdir()
    old_ledger(pristine)
    old = dump(pristine)
    assert old[2] == [("ok",)] and len(old[1]["assignment"]) == TASKS * UNITS_PER_TASK

    def fresh(name: str) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        shutil.copyfile(pristine, folder / pristine.name)
        return folder / pristine.name

    child = Child()
    try:
        calibration = fresh("calibration")
        copying, upgrading = child.start(calibration, None)
        new = dump(calibration)
        assert new[2] == [("ok",)] and new != old
        opened = open_ledger(sqlite_url(calibration))
        try:
            expected = fingerprint(opened)
        finally:
            opened.dispose()

        rng = random.Random(SEED)
        landed = []
        for trial in range(TRIALS):
            db = fresh(f"trial{trial}")
            # One kill in five while the copy is made; the rest over twice the migration's time from its
            # start, so about half of those land inside it and half after its commit.
            if rng.random() < 0.2:
                kill = ("worker", rng.uniform(0, copying))
            else:
                kill = ("upgrading", rng.uniform(0, 2 * upgrading))
            child.start(db, kill)
            found = dump(db)
            assert found[2] == [("ok",)], (trial, kill, found[2])
            whole_revision = found in (old, new)  # not compared in the assert: its diff runs to megabytes
            assert whole_revision, (trial, kill, [row for row in found[0] if row not in old[0]])
            landed.append("before" if found == old else "after")
            for copy in backup.copies(db):  # a kill during the copy leaves no half copy under a real name
                assert copy.stat().st_size > 0 and not integrity.file_findings(copy, full=False), copy
            reopened = open_ledger(sqlite_url(db))  # the next start: upgrades what is still at 0004
            try:
                assert schema.current_revision(reopened.engine) == schema.HEAD_REVISION
                assert fingerprint(reopened) == expected, trial
            finally:
                reopened.dispose()
            shutil.rmtree(db.parent)
    finally:
        child.close()
    tally = Counter(landed)
    print(
        f"\n{TRIALS} kills while opening a {OLD} ledger (copy {copying * 1000:.0f} ms, then upgrade to"
        f" {schema.HEAD_REVISION} {upgrading * 1000:.0f} ms): {tally['before']} left it at {OLD} (before the"
        f" commit), {tally['after']} at {schema.HEAD_REVISION} (after);",
        " ".join(landed),
    )
    assert tally["before"] and tally["after"], f"every kill landed on one side of the commit: {tally}"
