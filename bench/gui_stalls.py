"""The whole GUI at 10,000 and 100,000 tasks, as a clerk feels it: `uv run python -m bench.gui_stalls`.

Each figure comes from a fresh process of the real app (`main.py --db URL`; for *usable* also plain
`main.py` with the ledger as the data folder's default, the way a clerk starts it) with bench/gui_probe.py installed before it starts, on a ledger from bench/generate.py, with fresh
settings and data folders:

- usable: from the parent's clock before the process starts to the checklist holding rows, painted
  (the clerk goes straight to the checklist), beside a bare QTableView of the same rows read with
  sqlite3 (PySide6 alone), same data, same run; best of RUNS, alternating, after one untimed start of
  each that compiles the bytecode;
- stalls: the longest gap of a 10 ms heartbeat timer on the GUI thread during the start-up (until the
  checklist has rows and the background work has settled) and while every view is shown in turn;
- filter: the slowest step of typing a search word into the checklist and deleting it, repaint included;
- memory: the peak resident size of the whole app process (VmHWM) at the end of that tour.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, Figure

RUNS = 3
MARK = "GUI-PROBE "

PROBE = """
import sys
sys.path.insert(0, {root!r})
from bench import gui_probe
"""
APP = (
    PROBE
    + """
gui_probe.install({launched!r}, {mode!r})
import runpy
sys.argv = [{main!r}, *{args!r}]
runpy.run_path({main!r}, run_name="__main__")
"""
)
BARE = PROBE + "gui_probe.bare({launched!r}, {path!r})\n"


def _child(code: str, folder: Path, *, default_ledger: Path | None = None, **values) -> dict:
    """One fresh process; `default_ledger` is copied in as the data folder's ledger.sqlite3 first."""
    run = Path(tempfile.mkdtemp(prefix="run_", dir=folder))
    if default_ledger is not None:
        (run / "data").mkdir()
        shutil.copyfile(default_ledger, run / "data" / "ledger.sqlite3")
    env = dict(
        os.environ,
        PYTHONPYCACHEPREFIX=str(folder / "pycache"),
        DUBAN_DATA_DIR=str(run / "data"),
        XDG_CONFIG_HOME=str(run / "config"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    launched = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code.format(root=str(ROOT), launched=launched, **values)],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARK)]
    if not lines:
        raise RuntimeError(f"the probe said nothing (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(lines[-1][len(MARK) :])


def _usable(folder: Path, path: Path) -> tuple[float, float, float]:
    """Best of RUNS for the app started with --db, the app started plainly on the same ledger as its
    default, and the bare table, alternating, after an untimed start of each."""
    main = str(ROOT / "main.py")
    named = {"mode": "usable", "main": main, "args": ["--db", f"sqlite:///{path}"]}
    plain = {"mode": "usable", "main": main, "args": [], "default_ledger": path}
    _child(BARE, folder, path=str(path))
    _child(APP, folder, **named)
    _child(APP, folder, **plain)
    bare = ours = default = float("inf")
    for _ in range(RUNS):
        bare = min(bare, _child(BARE, folder, path=str(path))["usable"])
        ours = min(ours, _child(APP, folder, **named)["usable"])
        default = min(default, _child(APP, folder, **plain)["usable"])
    return ours, default, bare


def measure(sizes: tuple[int, ...] = (10_000, 100_000)) -> list[Figure]:
    from bench.generate import generate

    folder = Path(tempfile.mkdtemp(prefix="bench_gui_"))
    figures: list[Figure] = []
    for tasks in sizes:
        path = folder / f"ledger_{tasks}.sqlite3"
        generate(f"sqlite:///{path}", tasks)
        ours, default, bare = _usable(folder, path)
        for how, seconds in (("--db URL", ours), ("the default ledger, no --db", default)):
            figures.append(
                Figure(
                    f"GUI start to checklist rows shown, {how} ({tasks:,} tasks)",
                    seconds,
                    "s",
                    "<= 2x bare QTableView" if tasks <= 10_000 else "no goal",
                    seconds <= 2 * bare if tasks <= 10_000 else True,
                    bare,
                    "bare QTableView, same rows",
                )
            )
        if tasks < max(sizes):
            continue
        tour = _child(
            APP, folder, mode="tour", main=str(ROOT / "main.py"), args=["--db", f"sqlite:///{path}"]
        )
        gaps = {phase: seconds * 1000 for phase, seconds in tour["gaps"].items()}
        for phase, ms in gaps.items():
            figures.append(
                Figure(f"GUI longest stall, {phase} ({tasks:,} tasks)", ms, "ms", "<= 100 ms", ms <= 100)
            )
        figures.append(
            Figure(
                f"GUI checklist search step incl. repaint ({tasks:,} tasks)",
                tour["filter_ms"],
                "ms",
                "< 50 ms",
                tour["filter_ms"] < 50,
            )
        )
        peak = tour["peak_mb"]
        figures.append(
            Figure(f"GUI whole-app peak memory ({tasks:,} tasks)", peak, "MB", "< 400 MB", peak < 400)
        )
    return figures


if __name__ == "__main__":
    chosen = tuple(int(n) for n in sys.argv[1:]) or (10_000, 100_000)
    for figure in measure(chosen):
        bare = (
            f"   ({figure.baseline_name} {figure.shown(figure.baseline)} {figure.unit})"
            if figure.baseline
            else ""
        )
        print(figure.line() + bare)
