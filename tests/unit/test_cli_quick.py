"""Each command imports what its handler uses and nothing more (issues 12 and 16).

Start-up imports were almost all of a command's time: SQLAlchemy with the models ~1 s, pypinyin's phrase
dictionary ~1 s, python-docx, openpyxl and reportlab 0.3-0.5 s each. bench/ keeps the timings; this test
keeps the reason they are short: each command is run in a process of its own, on a small ledger, and
the libraries it loaded are read from sys.modules (not timed).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "haimen_equipment_renewal_plan.txt"

# What a library is called in sys.modules.
DATABASE = ("sqlalchemy", "models")
EXCEL, PDF, WORD, PINYIN = "openpyxl", "reportlab", "docx", "pypinyin"
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui")
# cn2an cost 0.2 s of every parse-plan (plans number their parts in Chinese); numerals.py reads them itself.
NUMERALS = "cn2an"
WATCHED = (*DATABASE, EXCEL, PDF, WORD, PINYIN, *WIDGETS, NUMERALS)

# Through main.py, as `python main.py ARGV` runs: its own start path (streams, the window-or-command
# decision) is part of what a command imports.
_PROBE = """
import json, sys
import main
code = main.main(sys.argv[1:])
sys.stdout.flush()
print()
print(json.dumps([code, sorted(m for m in json.loads({watched!r}) if m in sys.modules)]))
"""


def loaded(*argv: str, watched: tuple[str, ...] = WATCHED) -> tuple[int, set[str], str]:
    """Exit code, the watched libraries imported, and stderr of ``main.py ARGV`` in a fresh process."""
    probe = _PROBE.format(watched=json.dumps(watched))
    done = subprocess.run(
        [sys.executable, "-c", probe, *argv], cwd=ROOT, capture_output=True, text=True, check=True
    )
    code, modules = json.loads(done.stdout.strip().splitlines()[-1])
    return code, set(modules), done.stderr


def test_version_and_help_import_no_library() -> None:
    for argv in (["--version"], ["--help"], ["tasks", "--help"]):
        code, modules, err = loaded(*argv)
        assert code == 0, err
        assert modules == set(), argv


def test_parse_plan_imports_only_the_parser() -> None:
    code, modules, err = loaded("parse-plan", str(SAMPLE), "--json")
    assert code == 0, err
    assert modules == set()


def test_command_modules_import_no_library_at_their_top() -> None:
    """Every command module (the list grows) is loaded to build the parser, whichever command runs."""
    probe = (
        "import sys\nfrom cli.main import _load_command_modules\n_load_command_modules()\n"
        f"print(sorted(m for m in {WATCHED!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stderr


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("quick")
    url = f"sqlite:///{folder / 'ledger.sqlite3'}"
    code, _modules, err = loaded("--db", url, "import-plan", str(SAMPLE))
    assert code == 0, err
    return url, folder


# Each command on the small ledger, with the document libraries and pinyin it may load; the database
# is loaded by all of them but the exports, which read a SQLite file with sqlite3
# (services/operations/plain_exports.py); Qt widgets by none.
EXPORTS = ("export-ledger", "export-pdf", "export-bulletin")


def _runs(folder: Path) -> list[tuple[list[str], set[str]]]:
    return [
        (["plans"], set()),
        (["tasks", "--plan", "1"], set()),
        (["reminders", "--as-of", "2024-07-20"], set()),
        (["units"], set()),
        (["contacts"], set()),
        (["contacts", "--unit", "fgw"], {PINYIN}),  # a name that is not found: suggestions by pinyin
        (["export-ledger", "--plan", "1", "--out", str(folder / "ledger.xlsx")], {EXCEL}),
        (["export-pdf", "--plan", "1", "--out", str(folder / "sheet.pdf")], {PDF}),
        (["export-bulletin", "--plan", "1", "--out", str(folder / "bulletin.docx")], {WORD}),
        (["make-templates", "--plan", "1", "--period", "2024年第3季度", "--out", str(folder / "t")], {EXCEL}),
        (["import-returns", str(folder / "t"), "--dry-run"], {EXCEL}),
        (["import-ledger", str(folder / "ledger.xlsx")], {EXCEL}),
        (["backup", "--out", str(folder / "copy.sqlite3")], set()),
    ]


def test_each_command_imports_only_the_libraries_it_uses(ledger: tuple[str, Path]) -> None:
    url, folder = ledger
    for argv, allowed in _runs(folder):
        code, modules, err = loaded("--db", url, *argv)
        # contacts --unit fgw is rejected (no unit is called that) after suggesting 区发改委.
        assert code == (1 if "fgw" in argv else 0), (argv, err)
        if argv[0] in EXPORTS:
            assert not set(DATABASE) & modules, argv
        else:
            assert set(DATABASE) <= modules, argv  # it did reach the ledger
        extra = modules - set(DATABASE) - allowed
        assert not extra, f"{argv[0]} imported {sorted(extra)}"


def test_import_ledger_dry_run_never_loads_the_database(ledger: tuple[str, Path]) -> None:
    """A dry run reads the file and prints it; SQLAlchemy and the models are a third of a second it
    has no use for (services/plans/importing.py imports them where a plan is stored)."""
    url, folder = ledger
    code, modules, err = loaded(
        "--db", url, "export-ledger", "--plan", "1", "--out", str(folder / "dry.xlsx")
    )
    assert code == 0, err
    code, modules, err = loaded("--db", url, "import-ledger", str(folder / "dry.xlsx"), "--dry-run")
    assert code == 0, err
    assert modules == {EXCEL}


def test_make_templates_does_not_load_the_returns_reader(ledger: tuple[str, Path]) -> None:
    """Writing forms needs none of reading them back (services/operations/returns.py)."""
    url, folder = ledger
    reading = ("services.returns.importing", "services.returns.reader", "services.returns.check")
    argv = ["make-templates", "--plan", "1", "--period", "2025年第1季度", "--out", str(folder / "t2")]
    code, modules, err = loaded("--db", url, *argv, watched=reading)
    assert code == 0, err
    assert modules == set()


def test_export_pdf_does_not_load_what_only_the_ledger_and_bulletin_read(ledger: tuple[str, Path]) -> None:
    """The progress sheet prints neither the 考评 nor the corrections (services/operations/plain_exports.py)."""
    url, folder = ledger
    others = ("services.ledger.plain_ranking",)
    argv = ["export-pdf", "--plan", "1", "--out", str(folder / "only.pdf")]
    code, modules, err = loaded("--db", url, *argv, watched=others)
    assert code == 0, err
    assert modules == set()
    argv = ["export-ledger", "--plan", "1", "--out", str(folder / "both.xlsx")]
    code, modules, err = loaded("--db", url, *argv, watched=others)
    assert code == 0, err
    assert modules == set(others)  # the ledger's 考评 sheet still reads it


def test_an_export_of_one_units_sheet_or_a_file_not_read_plainly_opens_the_ledger(
    ledger: tuple[str, Path],
) -> None:
    """`export-pdf --unit` finds the unit through the unit search; an older file is upgraded first: both
    take the usual path (services/operations/exports.py), and say so by loading the database."""
    url, folder = ledger
    argv = ["export-pdf", "--plan", "1", "--unit", "区发改委", "--out", str(folder / "unit.pdf")]
    code, modules, err = loaded("--db", url, *argv)
    assert code == 0, err
    assert set(DATABASE) <= modules
    missing = ["export-pdf", "--plan", "99", "--out", str(folder / "none.pdf")]
    code, modules, err = loaded("--db", url, *missing)
    assert code == 1 and "编号为 99 的方案不存在" in err
    assert not set(DATABASE) & modules  # the plain read says it as the usual path would
