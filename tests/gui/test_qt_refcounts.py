"""The Qt binding keeps Python's reference counts straight: a session of a working day must not crash.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every call of a method that returns
nothing; after a few thousand calls None's count reached zero and the process died with "Fatal Python
error: none_dealloc" (pyproject.toml excludes that release). This test fails on any release that does it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def test_methods_that_return_nothing_leave_none_alone(qtbot):
    label = QLabel()
    qtbot.add_widget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("督办")  # a method returning nothing
        QCoreApplication.processEvents()  # a static one
    # Other code may take or drop a few references meanwhile; a leak per call would be 400.
    assert abs(sys.getrefcount(None) - before) < 50
