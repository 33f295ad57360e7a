"""督办台账 entry point: no subcommand opens the window, a subcommand runs the CLI (DESIGN.md)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from services.cli import build_parser

    args, _rest = build_parser().parse_known_args(argv)
    if args.command is None and not any(a in ("-h", "--help", "--version") for a in argv):
        from ui.app import run_gui

        return run_gui(db_url=args.db, smoke_test=args.smoke_test)
    from services.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
