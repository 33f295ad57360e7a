"""Where the per-user data folder and its default ledger are: plain paths, no SQLAlchemy.

Kept apart from the database code so the window can find the default ledger file and show the
checklist's first screen from it before SQLAlchemy has loaded (ui/checklist/first_screen.py, issue 16).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "DubanTaizhang"
DB_FILE_NAME = "ledger.sqlite3"


def data_dir() -> Path:
    """The per-user data folder: %LOCALAPPDATA%\\DubanTaizhang on Windows, XDG data home elsewhere.

    Local, not Roaming: domain folder redirection puts Roaming AppData on a file server, where SQLite's
    WAL cannot work and every write crosses the network (issue 17). A ledger in the old Roaming folder is
    moved on first start (services/storage/data_folder.py). DUBAN_DATA_DIR overrides it (tests, portable installs).
    """
    override = os.environ.get("DUBAN_DATA_DIR")
    if override:
        base = Path(override)
    elif _windows():
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_DIR_NAME
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / "duban-taizhang"
    base.mkdir(parents=True, exist_ok=True)
    return base


def roaming_data_dir() -> Path | None:
    """Where the data folder was before it moved to Local AppData; None where nothing moved."""
    if os.environ.get("DUBAN_DATA_DIR") or not _windows():
        return None
    return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_DIR_NAME


def default_ledger_file() -> Path:
    """The default ledger's file as it lies now. The first start after the move from Roaming finds it
    missing here until services/storage/data_folder.py has moved it; callers check that it exists."""
    return data_dir() / DB_FILE_NAME


def _windows() -> bool:
    return sys.platform == "win32"  # a function, so that tests can stand in a Windows environment
