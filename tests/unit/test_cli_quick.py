"""parse-plan runs on its own: no database, PDF or Excel library is imported to read a plan.

Start-up imports were almost all of parse-plan's 3-10 s (issue 12); bench/ keeps timings, this test
keeps the reason they are short.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "haimen_equipment_renewal_plan.txt"

_PROBE = """
import io, sys
from cli.main import run
out = io.StringIO()
code = run(["parse-plan", sys.argv[1], "--json"], out=out)
heavy = sorted(m for m in ("sqlalchemy", "openpyxl", "reportlab", "pypdf", "models", "pypinyin", "PySide6") if m in sys.modules)
print(code, len(out.getvalue()) > 1000, heavy)
"""


def test_parse_plan_imports_only_the_parser() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(SAMPLE)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "0 True []", done.stderr


def test_each_quick_command_is_registered_by_its_module() -> None:
    from cli.main import COMMAND_MODULES, QUICK_COMMANDS

    for name, module in QUICK_COMMANDS.items():
        assert module in COMMAND_MODULES
        probe = f"import cli.{module}; from cli.main import _COMMANDS; print({name!r} in _COMMANDS)"
        done = subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
        )
        assert done.stdout.strip() == "True", done.stderr
