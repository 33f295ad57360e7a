"""Regenerate supervision.xls (run by hand; the suite needs no LibreOffice).

    apt-get install -y libreoffice-calc-nogui
    cd <repo> && PYTHONPATH=. uv run python tests/data/ledger/make_fixture.py

The 督查台账 of tests/unit/ledger_books.py (merged title, 填报单位 line, 一、 sections merged across, a
牵头单位 merged over two tasks) saved as Excel 97-2003 by LibreOffice Calc: what an office's "save as .xls"
in WPS gives. python-calamine reads .xls but cannot write one, hence a committed file.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.unit.ledger_books import supervision_ledger

HERE = Path(__file__).resolve().parent


def main() -> None:
    work = Path(tempfile.mkdtemp())
    source = supervision_ledger(work / "supervision.xlsx")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "xls", "--outdir", str(work), str(source)],
        check=True,
        capture_output=True,
    )
    shutil.copyfile(work / "supervision.xls", HERE / "supervision.xls")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
