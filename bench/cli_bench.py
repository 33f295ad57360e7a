"""Every command's start-up, as a script or a clerk at a console feels it: process start to exit.

Each command is run as `python main.py [--db URL] COMMAND …` in a fresh process on a small ledger (the
sample plan) and timed by the parent from before the process starts to its exit: interpreter start,
imports, opening the ledger, the work (a few rows) and exit — the fixed cost a command pays whatever
its data. Beside each, in the same run and alternating with it, the bare interpreter: a process that
runs `python -c "import sys"`. Bytecode is compiled first, by one untimed run of each, into a folder of
the run's own (an installed app ships .pyc files); that run also fills the data folder's font cache, as
the first PDF on a PC does (services/documents/font_cache.py), so export-pdf is timed as every later PDF. Goals (issue 16): `--version` within 1.5x the bare
process plus 0.1 s; every other command within 0.5 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, Figure

RUNS = 5  # the fastest of five: on a shared machine the least disturbed start
SAMPLE = ROOT / "resources" / "samples" / "haimen_equipment_renewal_plan.txt"
MAIN = ROOT / "main.py"


def _commands(folder: Path) -> list[list[str]]:
    """Each command with arguments that make it do its work on the small ledger (plan 1)."""
    templates = folder / "templates"
    return [
        ["parse-plan", str(SAMPLE), "--json"],
        ["plans"],
        ["tasks", "--plan", "1"],
        ["reminders"],
        ["units"],
        ["contacts"],
        ["contacts", "--unit", "fgw"],  # not a unit's name: suggestions found by pinyin initials
        ["export-ledger", "--plan", "1", "--out", str(folder / "ledger.xlsx")],
        ["export-pdf", "--plan", "1", "--out", str(folder / "sheet.pdf")],
        ["export-bulletin", "--plan", "1", "--out", str(folder / "bulletin.docx")],
        ["make-templates", "--plan", "1", "--period", "2024年第3季度", "--out", str(templates)],
        ["import-returns", str(templates), "--dry-run"],
        ["import-ledger", str(folder / "ledger.xlsx"), "--dry-run"],
        ["backup", "--out", str(folder / "copy.sqlite3")],
    ]


def _timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, timeout=300)
    return time.perf_counter() - started


def measure() -> list[Figure]:
    folder = Path(tempfile.mkdtemp(prefix="bench_cli_"))
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    url = f"sqlite:///{folder / 'ledger.sqlite3'}"
    python = [sys.executable]
    subprocess.run(
        [*python, str(MAIN), "--db", url, "import-plan", str(SAMPLE)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    bare_argv = [*python, "-c", "import sys"]
    runs = [("--version", [*python, str(MAIN), "--version"])]
    for command in _commands(folder):
        db = [] if command[0] == "parse-plan" else ["--db", url]
        shown = " ".join(a for a in command if "/" not in a and "\\" not in a)  # without the paths
        runs.append((shown, [*python, str(MAIN), *db, *command]))
    for _name, argv in runs:  # bytecode compiled, the templates folder made, untimed
        _timed(argv, env)
    _timed(bare_argv, env)

    figures = []
    for name, argv in runs:
        bare, ours = float("inf"), float("inf")
        for _ in range(RUNS):  # alternating: a busy moment on a shared machine hits both sides
            bare = min(bare, _timed(bare_argv, env))
            ours = min(ours, _timed(argv, env))
        if name == "--version":
            figures.append(
                Figure(
                    "CLI --version, process start to exit",
                    ours,
                    "s",
                    "<= 1.5x bare python + 0.1 s",
                    ours <= 1.5 * bare + 0.1,
                    bare,
                    "bare python process",
                )
            )
        else:
            figures.append(
                Figure(
                    f"CLI {name}, small ledger, start to exit",
                    ours,
                    "s",
                    "<= 0.5 s",
                    ours <= 0.5,
                    bare,
                    "bare python process",
                )
            )
    return figures


if __name__ == "__main__":
    for figure in measure():
        print(figure.line())
