"""Refresh the translation files: `uv run python resources/translations/update.py`.

lupdate collects every tr()/translate() string from ui/ into duban_zh_CN.ts (translations already made
are kept); translate the new entries in Qt Linguist (pyside6-linguist) or by editing the XML, then run
this again so lrelease compiles duban_zh_CN.qm, which the app loads. English is the source language.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN",)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def main() -> int:
    bin_dir = Path(sys.executable).parent
    for language in LANGUAGES:
        ts = HERE / f"duban_{language}.ts"
        subprocess.run(
            [bin_dir / "pyside6-lupdate", *sources(), "-no-obsolete", "-ts", str(ts)], check=True, cwd=ROOT
        )
        subprocess.run([bin_dir / "pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
