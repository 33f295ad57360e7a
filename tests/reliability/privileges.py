"""Make file permissions bind in tests that may run as root (CI does), where chmod alone stops nothing."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534


@contextmanager
def as_another_user() -> Iterator[None]:
    """Run the block as `nobody` when this process is root; otherwise as the user it is, whom the
    file modes already bind. The effective ids only: root's saved id switches back afterwards.

    Import everything the block needs before it: `nobody` may not read the interpreter's own files.
    """
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@contextmanager
def open_folder() -> Iterator[Path]:
    """A folder under the system temp folder that another user may enter (pytest's tmp_path may not)."""
    folder = Path(tempfile.mkdtemp(prefix="rel_perm_"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):
            path.chmod(0o777 if path.is_dir() else 0o666)
        shutil.rmtree(folder)
