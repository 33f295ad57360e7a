"""Send a PDF to the printer.

Qt can print only what it paints itself, and PySide6-Essentials has no PDF renderer (QtPdf is an
add-on), so the PDF goes to the program the system uses for PDFs: on Windows the shell's "print" verb
prints it on the default printer (the way Explorer's 打印 menu does); elsewhere `lp` (CUPS) prints it.
When neither works, the PDF opens in the viewer, whose print button the clerk then uses.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


class Printed(Enum):
    SENT = "sent"  # handed to the printer
    OPENED = "opened"  # opened in the PDF viewer instead
    FAILED = "failed"


def send_to_printer(path: Path) -> Printed:
    if sys.platform == "win32":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
            return Printed.SENT
        except OSError:
            pass  # no program registered to print PDFs: show it instead
    else:
        lp = shutil.which("lp")
        if lp is not None:
            try:
                done = subprocess.run([lp, str(path)], capture_output=True, timeout=30, check=False)
            except (OSError, subprocess.TimeoutExpired):
                done = None
            if done is not None and done.returncode == 0:
                return Printed.SENT
    return open_in_viewer(path)


def open_in_viewer(path: Path) -> Printed:
    return Printed.OPENED if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))) else Printed.FAILED
