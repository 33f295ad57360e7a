"""The windowed exe (duban.exe, console=False) starts with sys.stdout and sys.stderr set to None.

Every command must still run and return its exit code: 0 done, 1 rejected, 2 wrong usage (docs/cli.md).
The frozen bundle is checked the same way in .ci/run, with its standard streams closed.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import main


@contextmanager
def windowed() -> Iterator[None]:
    """The streams as a GUI-subsystem process has them, inside the test body: pytest puts its own capture
    back between setup and call, so a fixture could not keep them None. The null files main.py opens are
    closed after."""
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = None
    try:
        yield
    finally:
        opened = {sys.stdout, sys.stderr} - {None}
        sys.stdout, sys.stderr = saved
        for stream in opened:
            stream.close()


def test_a_command_runs_and_returns_0(db_url, plan_id, tmp_path: Path):
    out = tmp_path / "台账.xlsx"
    with windowed():
        assert main.main(["--db", db_url, "plans", "--json"]) == 0
        assert main.main(["--db", db_url, "export-ledger", "--plan", str(plan_id), "--out", str(out)]) == 0
    assert out.stat().st_size > 0


def test_a_rejected_command_returns_1_and_writes_nothing(db_url, tmp_path: Path):
    out = tmp_path / "台账.xlsx"
    with windowed():
        assert main.main(["--db", db_url, "export-ledger", "--plan", "999", "--out", str(out)]) == 1
    assert not out.exists()


def test_usage_errors_and_the_version_return_their_codes(data_dir):
    with windowed():
        assert main.main(["no-such-command"]) == 2
        assert main.main(["--version"]) == 0


def test_the_streams_are_left_alone_when_there_is_a_console():
    before = sys.stdout, sys.stderr
    main.ensure_streams()
    assert (sys.stdout, sys.stderr) == before


def test_redirected_output_is_utf8_whatever_the_code_page(db_url, plan_id):
    """`duban-cli plans > list.txt` on an English Windows: Python would pick cp1252 and fail on Chinese."""
    raw = io.BytesIO()
    redirected = io.TextIOWrapper(raw, encoding="cp1252")
    saved = sys.stdout
    sys.stdout = redirected
    try:
        assert main.main(["--db", db_url, "plans"]) == 0
        redirected.flush()
        written = raw.getvalue()
    finally:
        sys.stdout = saved
    assert "测试区推动大规模设备更新行动方案" in written.decode("utf-8")
