"""`python main.py COMMAND` ends through cli.main.exit_process: everything written arrives, exit codes hold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "haimen_equipment_renewal_plan.txt"


def _main(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_a_command_s_whole_output_and_exit_code_reach_a_pipe(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.sqlite3'}"
    assert _main("--db", url, "import-plan", str(SAMPLE)).returncode == 0
    done = _main("--db", url, "tasks", "--plan", "1", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) > 10  # the JSON is whole: stdout was flushed before the exit


def test_a_rejected_command_still_exits_1_with_its_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.sqlite3'}"
    done = _main("--db", url, "tasks", "--plan", "99")
    assert done.returncode == 1
    assert "99" in done.stderr


def test_exit_handlers_run_before_the_quick_exit() -> None:
    probe = (
        "import atexit, sys\n"
        "from cli.main import exit_process\n"
        "atexit.register(lambda: print('handler ran', flush=True))\n"
        "print('written', end='')\n"  # buffered: a pipe is not a console
        "exit_process(3)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert done.stdout == "writtenhandler ran\n"
