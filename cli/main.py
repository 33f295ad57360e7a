"""The command-line interface (its contract: docs/cli.md): `python main.py [--db URL] COMMAND …`.

Exit codes: 0 success, 1 input rejected (a Chinese message on stderr, nothing written), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NoReturn, TextIO

# json and services.errors are imported where used: main.py imports this module to decide whether
# the window opens, and the window's first paint should not wait for them.
from services.gc_pause import paused_gc
from services.version import VERSION

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace, TextIO], int]
_COMMANDS: dict[str, tuple[Handler, Callable[[argparse.ArgumentParser], None], str]] = {}


def command(name: str, help_text: str):
    """Register a subcommand: the decorated function handles it, `configure` adds its arguments."""

    def register(configure: Callable[[argparse.ArgumentParser], None]):
        def with_handler(handler: Handler) -> Handler:
            _COMMANDS[name] = (handler, configure, help_text)
            return handler

        return with_handler

    return register


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期“{text}”格式不对，应为 2024-07-20 这样的形式") from exc


# Each area keeps its commands beside it in cli/<area>.py. They are listed by name (not found
# by scanning the folder) because a frozen app has no folder to scan; tests/unit/test_cli.py checks
# this list against the files.
COMMAND_MODULES = (
    "backup",
    "documents",
    "exports",
    "items",
    "ledger",
    "ledger_import",
    "plans",
    "reminders",
    "returns",
    "units",
)


def _load_command_modules() -> None:
    """Register every command. Cheap: a command module imports only argparse and the standard library
    at its top, and its services inside its handler (tests/unit/test_cli_quick.py checks), so
    `--version`, `--help` and each command load no database, PDF or Excel library they do not use."""
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"cli.{name}")


def _command_word(argv: Sequence[str]) -> str | None:
    """The subcommand an argument list names (the value after --db is not one)."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


# argparse explains usage errors in English; the office reads Chinese. Its messages are stable
# across Python versions, so the common ones are recognised and said again in Chinese.
_USAGE_MESSAGES = (
    (re.compile(r"unrecognized arguments: (.*)"), "无法识别的参数：{0}"),
    (re.compile(r"the following arguments are required: (.*)"), "缺少必需的参数：{0}"),
    (re.compile(r"argument (\S+): invalid int value: '(.*)'"), "参数 {0} 应为整数，而不是“{1}”"),
    (re.compile(r"argument (\S+): invalid choice: '(.*?)' \(choose from (.*)\)"), "“{1}”不可用，可选：{2}"),
    (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 后面需要跟一个值"),
    (re.compile(r"argument (\S+): (.*)"), "参数 {0}：{1}"),
)


def chinese_usage_message(message: str) -> str:
    for pattern, chinese in _USAGE_MESSAGES:
        found = pattern.fullmatch(message)
        if found:
            return chinese.format(*found.groups())
    return message


class _ChineseParser(argparse.ArgumentParser):
    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"错误：{chinese_usage_message(message)}。用 --help 查看用法。\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser. Given the command line, only the named command's arguments are added: some take
    their choices from a service (import-returns' --co-lead-done), which the other commands, --help
    and --version should not have to import; without it, every command's."""
    _load_command_modules()
    named = _command_word(argv) if argv is not None else None

    parser = _ChineseParser(
        prog="督办台账", description="督办台账：行动方案任务督办（无子命令时打开图形界面）"
    )
    parser.add_argument("--db", metavar="URL", help="数据库地址（默认：用户数据文件夹中的 SQLite 文件）")
    parser.add_argument("--version", action="version", version=f"督办台账 {VERSION}")
    parser.add_argument("--smoke-test", action="store_true", help="无界面打开主窗口、访问每个视图后退出")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_ChineseParser)
    for name, (_handler, configure, help_text) in _COMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        if argv is None or name == named:
            configure(sub)
    return parser


class _NotForTheWindow(Exception):
    pass


class _WindowOptions(argparse.ArgumentParser):
    def error(self, message: str):  # a malformed line is the full parser's to explain
        raise _NotForTheWindow(message)


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """`--db` and `--smoke-test` when `argv` opens the window; None when it names a command, asks for
    help or the version, or is malformed — that is the full parser's work (`run`).

    Decided without importing the command modules: they pull in every service (a second of imports),
    which the window must not wait for.
    """
    parser = _WindowOptions(add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--smoke-test", action="store_true")
    parser.add_argument("--version", action="store_true")
    parser.add_argument("-h", "--help", action="store_true")
    try:
        args, rest = parser.parse_known_args(list(argv))
    except _NotForTheWindow:
        return None
    if args.version or args.help or any(not word.startswith("-") for word in rest):
        return None
    return args


def print_json(value: Any, out: TextIO) -> None:
    import json

    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _restore_hint(exc: Exception, db: str | None) -> str:
    """The command that puts back the copy an error offers (the window has a button for it instead)."""
    from services.errors import RestoreOffered

    if not isinstance(exc, RestoreOffered) or exc.backup is None:
        return ""
    where = f' --db "{db}"' if db else ""
    return f'恢复这个副本请运行：{_program()}{where} restore "{exc.backup}"\n'


def _program() -> str:
    """How this program is started from a console: the .exe when frozen, else main.py under Python."""
    if getattr(sys, "frozen", False):
        return f'"{sys.executable}"'
    return "python main.py"


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    # The collector off while the command is parsed and run (issue 16): its imports — some made while
    # its arguments are configured (import-returns' rules) — are a few hundred thousand module, class and
    # function objects, none garbage, which every full pass walks again: 0.06-0.1 s of a 0.4-0.8 s
    # command. What it builds is freed by reference counts; called in-process (tests, the window) the
    # collector resumes afterwards as it was.
    with paused_gc():
        return _parse_and_run(argv, out, err)


def _parse_and_run(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    from services.errors import DubanError

    parser = build_parser(argv)
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
        return int(exc.code or 0)
    if not args.command:
        parser.print_usage(err)
        return EXIT_USAGE
    handler = _COMMANDS[args.command][0]
    try:
        return handler(args, out)
    except DubanError as exc:
        err.write(f"错误：{exc}\n")
        err.write(_restore_hint(exc, args.db))
        return EXIT_REJECTED
    except BrokenPipeError:  # `… | head`: the reader has what it wanted
        return EXIT_OK


def exit_process(status: int) -> NoReturn:
    """End a command's process the quick way: exit handlers run and the output is flushed, but the
    interpreter is not torn down module by module — on a command's process that is 0.05-0.1 s of
    freeing SQLAlchemy's registries, openpyxl's or reportlab's tables, the font's glyph maps, which
    nobody waits for on purpose (issue 16). Every file a command writes is closed before it returns
    (written atomically, services/files/export_files.py), so nothing is left to a finaliser. With a
    thread still running (none of the commands starts one) the interpreter's own exit waits for it.
    """
    import atexit
    import threading

    if threading.active_count() > 1:
        sys.exit(status)
    atexit._run_exitfuncs()  # what the interpreter runs at exit: logging.shutdown, tempfile's finalizers
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe (`… | head`) or stream: nothing more can be said.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)
