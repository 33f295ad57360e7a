"""督办台账 entry point: no subcommand opens the window, a subcommand runs the CLI (DESIGN.md)."""

from __future__ import annotations

import os
import sys


def ensure_streams() -> None:
    """Give the windowed exe somewhere to write.

    duban.exe is built without a console (installer.spec), and such a process starts with sys.stdout and
    sys.stderr set to None: print() then does nothing, but the CLI's `out.write`, json.dump and
    argparse's usage lines raise AttributeError, so `duban.exe plans` crashed instead of returning its exit
    code. Writes go to the null device instead; to read them, run duban-cli.exe (BUILDING.md).
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)


def main(argv: list[str] | None = None) -> int:
    ensure_streams()
    argv = sys.argv[1:] if argv is None else argv
    from services.cli import window_options

    window = window_options(argv)
    if window is not None:
        from ui.app import run_gui

        return run_gui(db_url=window.db, smoke_test=window.smoke_test)
    from services.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
