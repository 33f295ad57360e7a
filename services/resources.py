"""Where the bundled resources (fonts, styles, samples, translations) live.

One Qt-free helper so the CLI, the tests, the benchmarks and the frozen app all find the same files:
from source they sit in ``<repo>/resources``; in a PyInstaller bundle they are unpacked under
``sys._MEIPASS`` and ``installer.spec`` must list the ``resources`` folder as data.
"""

from __future__ import annotations

import sys
from pathlib import Path

RESOURCES_DIR_NAME = "resources"


def resources_root() -> Path:
    """The folder that holds every bundled resource."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / RESOURCES_DIR_NAME
    # services/resources.py -> repo root is one level above services/
    return Path(__file__).resolve().parent.parent / RESOURCES_DIR_NAME


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "wqy-microhei.ttc")``.

    The path is returned whether or not the file exists: callers decide whether a missing resource is
    an error (a font) or optional (a sample).
    """
    return resources_root().joinpath(*parts)
