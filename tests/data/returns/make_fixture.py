"""Regenerate libreoffice_resaved.xlsx and its .xls/.ods copies (run by hand; the suite needs no LibreOffice).

    apt-get install -y libreoffice-calc-nogui
    cd <repo> && PYTHONPATH=. uv run python tests/data/returns/make_fixture.py

A fresh ledger with the small plan of tests/conftest.py (so its ids match what the tests create), the
区发改委 template of 2024年第3季度 due 2024-10-10, filled the way a clerk does: figures typed, 累计完成 of
one task as a formula (=F4+10) that only LibreOffice computes, then opened and saved by LibreOffice
Calc (``soffice --convert-to xlsx``), which rewrites every part of the file in its own way. The same
filled form saved as Excel 97-2003 (resaved.xls) and as OpenDocument (resaved.ods): what a clerk's
"save as" in WPS or LibreOffice gives.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from services.plans.store import store_plan
from services.storage.database import open_ledger, user_action
from tests.conftest import SMALL_PLAN
from tests.unit.returns_fill import fill, make_round, template_of

HERE = Path(__file__).resolve().parent


def main() -> None:
    work = Path(tempfile.mkdtemp())
    ledger = open_ledger(f"sqlite:///{work / 'ledger.sqlite3'}")
    with user_action(ledger) as session:
        plan_id = store_plan(session, SMALL_PLAN, source_name="test.txt")
    made = make_round(ledger, plan_id, work / "out")
    values = iter(
        [
            {
                "本期完成数量": 38,
                "累计完成": "=F4+10",
                "进度（%）": 60,
                "进展情况": "累计为公式，LibreOffice 已算出",
            },
            {"本期完成数量": 2, "累计完成": 12, "进度（%）": "35%", "进展情况": "LibreOffice 另存"},
        ]
    )
    filled = fill(template_of(made, "区发改委"), work / "filled.xlsx", lambda _i: next(values))
    out = work / "lo"
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(filled),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.copy(out / "filled.xlsx", HERE / "libreoffice_resaved.xlsx")
    print("wrote", HERE / "libreoffice_resaved.xlsx", file=sys.stderr)
    for suffix, filter_name in (("xls", "xls:MS Excel 97"), ("ods", "ods:calc8")):
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--calc",
                "--convert-to",
                filter_name,
                "--outdir",
                str(out),
                str(filled),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(out / f"filled.{suffix}", HERE / f"resaved.{suffix}")
        print("wrote", HERE / f"resaved.{suffix}", file=sys.stderr)


if __name__ == "__main__":
    main()
