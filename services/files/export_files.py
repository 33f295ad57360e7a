"""Write an exported file (PDF, workbook) atomically, with messages a clerk can act on.

The document is written to a temporary file beside the target and moved over it with ``os.replace``:
a failure half-way (disk full, the app killed) never leaves a truncated PDF or workbook under the name
the user chose, and an older file of that name survives untouched. On Windows ``os.replace`` fails with
PermissionError while the target is open in Excel, WPS or a PDF viewer, which is the usual cause of a
failed export; the message says to close it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from services.errors import ExportFailed

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _failure(target: Path, error: OSError, *, while_replacing: bool) -> ExportFailed:
    name = target.name
    folder = str(target.parent)
    if error.errno in _DISK_FULL:
        return ExportFailed(f"磁盘空间不足，文件“{name}”未保存：请清理磁盘空间或换一个保存位置后重试。")
    if isinstance(error, FileNotFoundError) and not target.parent.is_dir():
        return ExportFailed(
            f"保存位置“{folder}”不存在（可能是已拔出的U盘或已删除的文件夹）：请重新选择保存位置。"
        )
    if isinstance(error, IsADirectoryError) or target.is_dir():
        return ExportFailed(f"“{target}”是一个文件夹，不能保存为文件：请另取一个文件名。")
    if isinstance(error, PermissionError):
        if while_replacing:
            return ExportFailed(
                f"文件“{name}”正被其他程序（如 Excel、WPS 或 PDF 阅读器）打开，无法覆盖："
                "请关闭该文件后重试，或换一个文件名保存。"
            )
        return ExportFailed(f"没有权限在“{folder}”中保存文件：请换一个保存位置（例如“文档”或桌面）后重试。")
    return ExportFailed(f"文件“{name}”保存失败：{error.strerror or error}。请换一个保存位置后重试。")


def check_target(target: Path | str) -> None:
    """Refuse a missing folder or a folder as the file name before any work is done: a write-only
    workbook abandoned half-built leaves openpyxl's generators to complain on stderr when collected."""
    target = Path(target)
    if target.is_dir():
        raise ExportFailed(f"“{target}”是一个文件夹，不能保存为文件：请另取一个文件名。")
    if not target.parent.is_dir():
        raise _failure(target, FileNotFoundError(errno.ENOENT, "missing folder"), while_replacing=False)


def write_atomically(target: Path | str, write: Callable[[Path], None]) -> Path:
    """Call ``write(temp_path)`` then move the temporary file to ``target``.

    Raises ExportFailed for every OSError (missing folder, no permission, file open elsewhere, disk
    full). Any other exception from ``write`` is a bug and propagates; the temporary file is removed
    in every case.
    """
    target = Path(target)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise _failure(target, error, while_replacing=False) from error
    os.close(fd)
    temp = Path(temp_name)
    replacing = False
    try:
        write(temp)
        # mkstemp makes the file private (0600); an exported document is an ordinary file.
        if os.name != "nt":
            os.chmod(temp, 0o644)
        replacing = True
        os.replace(temp, target)
    except OSError as error:
        raise _failure(target, error, while_replacing=replacing) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return target
