"""Kill an import of 30 returns with SIGKILL at random points: the ledger stays whole and holds the whole
batch or none of it, every time (issue 9). The kill points are drawn from a seeded generator, so a
failure can be replayed; they fall mostly inside the commit, where the writing happens."""

from __future__ import annotations

import json
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
from dataclasses import dataclass
from pathlib import Path

import pytest

from services.plans.store import store_plan
from services.returns.template import DONE_TOTAL, PROGRESS, SITUATION
from services.storage.database import open_ledger, sqlite_url, user_action
from tests.unit.returns_fill import fill, make_round

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

UNITS, TASKS, TRIALS, SEED = 30, 40, 24, 20240710
CHILD = Path(__file__).with_name("crash_child.py")


def crash_plan() -> dict:
    """Thirty units, each owning all forty measures (one leads, the rest take part): 1,200 rows."""
    units = [f"区测试{n:02d}局" for n in range(UNITS)]
    items = [{"kind": "section", "level": 1, "number": "一", "title": "重点任务"}]
    for n in range(TASKS):
        lead = units[n % UNITS]
        items.append(
            {
                "kind": "measure",
                "level": 2,
                "number": str(n + 1),
                "title": f"第{n + 1}项重点任务：推进设备更新和技术改造",
                "text": "",
                "lead_units": [lead],
                "co_units": [u for u in units if u != lead],
                "targets": [{"text": "完成100台", "quantity": 100, "unit": "台", "comparator": "="}],
                "deadlines": ["2024-12-31"],
            }
        )
    return {"title": "崩溃测试行动方案", "items": items, "roster": [], "task_table": []}


@dataclass(frozen=True)
class Batch:
    pristine: Path
    files: list[str]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    folder = tmp_path_factory.mktemp("crash")
    pristine = folder / "pristine.sqlite3"
    ledger = open_ledger(sqlite_url(pristine))
    try:
        with user_action(ledger) as session:
            plan_id = store_plan(session, crash_plan(), source_name="crash.txt")
        made = make_round(ledger, plan_id, folder / "templates")
        files = [
            str(
                fill(
                    f.path,
                    folder / f.path.name,
                    lambda i: {PROGRESS: 60, DONE_TOTAL: i % 50, SITUATION: f"第{i}项按计划推进"},
                )
            )
            for f in made.files
        ]
    finally:
        ledger.dispose()  # the last connection checkpoints the WAL into the file: one file to copy
    assert not pristine.with_name(pristine.name + "-wal").exists()
    assert len(files) == UNITS and all(f.tasks == TASKS for f in made.files)
    return Batch(pristine, files)


def state(path: Path) -> dict:
    """What an import writes, counted, after SQLite has recovered the file as the next opener would."""
    connection = sqlite3.connect(path)
    try:

        def count(sql: str) -> int:
            return connection.execute(sql).fetchone()[0]

        return {
            "integrity": connection.execute("PRAGMA integrity_check").fetchall(),
            "batches": count("SELECT count(*) FROM import_batch WHERE kind = 'returns'"),
            "entries": count("SELECT count(*) FROM progress_entry"),
            "batch entries": count("SELECT count(*) FROM progress_entry WHERE batch_id IS NOT NULL"),
            "returns": count("SELECT count(*) FROM progress_return"),
            "logs": count("SELECT count(*) FROM change_log"),
            "tasks reported": count("SELECT count(*) FROM ledger_item WHERE progress IS NOT NULL"),
            "targets done": count("SELECT count(*) FROM target WHERE done IS NOT NULL"),
        }
    finally:
        connection.close()


class Child:
    """The child process, and its stdout read on a thread so every wait has a timeout."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
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

    def until(self, prefix: str, seen: list[str]) -> str:
        while True:
            line = self.lines.get(timeout=60)
            seen.append(line)
            if line.startswith(prefix) or line == "EOF":
                assert line != "EOF", f"child ended: {seen}"
                return line

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


def run(child: Child, db: Path, batch: Batch, kill: tuple[str, float] | None) -> tuple[list[str], float]:
    """One import; `kill` = (the line to wait for, seconds after it) or None to let it finish.
    Returns the worker's lines and the seconds from `committing` to the end."""
    seen: list[str] = []
    child.send(json.dumps({"url": sqlite_url(db), "files": batch.files}))
    pid = int(child.until("worker ", seen).split()[1])
    if kill is None:
        child.until("committing", seen)
        started = time.perf_counter()
        child.until("committed", seen)
        elapsed = time.perf_counter() - started
    else:
        after, delay = kill
        if after != "worker":
            child.until(after, seen)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)  # still our child (a zombie at worst) until `reap`
        elapsed = 0.0
    child.send("reap")
    child.until("reaped", seen)
    return seen, elapsed


def test_an_import_killed_anywhere_leaves_all_or_nothing(batch: Batch, tmp_path: Path) -> None:
    before = state(batch.pristine)
    assert before["integrity"] == [("ok",)] and before["batches"] == 0
    child = Child()
    try:
        calibration = tmp_path / "calibration.sqlite3"
        shutil.copyfile(batch.pristine, calibration)
        seen, commit_seconds = run(child, calibration, batch, None)
        assert seen[-2].startswith("committed ") and seen[-2].endswith(f" {UNITS * TASKS}")
        after = state(calibration)
        assert (after["batches"], after["batch entries"], after["returns"]) == (1, UNITS * TASKS, UNITS)
        assert after["tasks reported"] == TASKS

        rng = random.Random(SEED)
        outcomes = []
        for trial in range(TRIALS):
            db = tmp_path / f"trial{trial}.sqlite3"
            shutil.copyfile(batch.pristine, db)
            # One kill in five while the files are read; the rest during the commit and just after.
            if rng.random() < 0.2:
                kill = ("worker", rng.uniform(0, 0.6))
            else:
                kill = ("committing", rng.uniform(0, 1.3 * commit_seconds))
            seen, _ = run(child, db, batch, kill)
            found = state(db)
            assert found["integrity"] == [("ok",)], (trial, kill, found)
            assert found in (before, after), (trial, kill, seen, found)
            outcomes.append("all" if found == after else "none")
            for leftover in db.parent.glob(db.name + "*"):
                leftover.unlink()
    finally:
        child.close()
    print(f"{TRIALS} kills, commit {commit_seconds * 1000:.0f} ms:", " ".join(outcomes))
