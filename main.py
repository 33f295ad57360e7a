"""督办台账 entry point: no subcommand opens the window, a subcommand runs the CLI (docs/cli.md)."""

from __future__ import annotations

import codecs
import io
import os
import sys


def ensure_streams() -> None:
    """Give every command somewhere to write, in UTF-8.

    duban.exe is built without a console (installer.spec), and such a process starts with sys.stdout and
    sys.stderr set to None: print() then does nothing, but the CLI's `out.write`, json.dump and
    argparse's usage lines raise AttributeError, so `duban.exe plans` crashed instead of returning its exit
    code. Writes go to the null device instead; to read them, run duban-cli.exe (BUILDING.md).

    Redirected to a file or a pipe, Windows gives Python the ANSI code page (cp1252 on an English PC), which
    cannot encode the Chinese every command prints: UnicodeEncodeError. UTF-8 is what JSON readers expect
    and what Notepad opens; a console is unaffected (Python writes it as UTF-16 whatever the encoding).
    """
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)
        elif isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ensure_streams()
    argv = sys.argv[1:] if argv is None else argv
    from cli.main import window_options

    window = window_options(argv)
    if window is not None:
        from ui.app import run_gui

        return run_gui(db_url=window.db, smoke_test=window.smoke_test)
    from cli.main import run

    return run(argv)


if __name__ == "__main__":
    status = main()
    if "ui.app" not in sys.modules:  # a command ran, not the window
        from cli.main import exit_process

        exit_process(status)
    sys.exit(status)
