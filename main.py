"""督办台账 entry point: no subcommand opens the window, a subcommand runs the CLI (DESIGN.md)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
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
