"""The application's version for the window, the command line and installer.spec: pyproject.toml's.

pyproject.toml is its one place. uv needs it there, and written anywhere else it would be a second copy
(a dynamic version would make uv build the project, which is no package). The source tree has the file
beside services/; the frozen app has the copy installer.spec bundles at its root. installer.iss's
default version is checked equal by tests/unit/test_packaging.py.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path


def _pyproject() -> Path:
    frozen_base = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_base) if frozen_base else Path(__file__).resolve().parent.parent
    return root / "pyproject.toml"


VERSION: str = tomllib.loads(_pyproject().read_text(encoding="utf-8"))["project"]["version"]
