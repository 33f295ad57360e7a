"""Open an exported file (or its folder) with the program the system uses for it.

Printing itself goes through Qt (ui/exports/print_preview.py): a preview, then printer, copies and duplex.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_in_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
