"""A database driver's error in words the clerk can act on (SQLite and PostgreSQL alike).

Apart from database.py so that the checks made before a file is opened (ledger_checks) can use it too
without importing the module that opens the ledger, which imports them.
"""

from __future__ import annotations

import errno
import sqlite3

from services.errors import (
    DatabaseLocked,
    DatabaseReadOnly,
    DiskError,
    DiskFull,
    LedgerCorrupt,
    NotADatabase,
    StorageError,
)
from services.storage import integrity

# PostgreSQL: lock_not_available (lock_timeout), deadlock_detected, query_canceled (statement_timeout).
PG_LOCKED = ("55P03", "40P01", "57014")


def translate_db_error(exc: BaseException) -> StorageError:
    """Turn a driver error into a message the clerk can act on; unknown errors keep their text."""
    original = getattr(exc, "orig", exc)
    text = str(original).lower()
    if isinstance(original, sqlite3.DatabaseError) and "file is not a database" in text:
        return NotADatabase(
            "数据库文件已损坏或不是督办台账的数据库。文件未作改动。请从备份恢复（文件—恢复备份）。"
        )
    if integrity.is_damage(original):  # "database disk image is malformed", met while working
        return LedgerCorrupt(
            "数据库文件已损坏（SQLite：数据库映像格式错误），本次操作未保存。为免损坏扩散，请不要继续录入："
            "关闭程序，重新打开时程序会检查数据库并指出最近一份完好的备份，用它恢复。"
        )
    sqlstate = getattr(original, "sqlstate", None)  # PostgreSQL (psycopg)
    if sqlstate in PG_LOCKED:
        return DatabaseLocked(
            "数据库中的这些记录正被另一台电脑或另一个窗口修改，等待超时，暂时无法写入。请稍后重试。本次操作未保存。"
        )
    if sqlstate == "25006":
        return DatabaseReadOnly(
            "数据库服务器目前只允许读取（只读模式），无法保存修改。请联系管理数据库服务器的同事。本次操作未保存。"
        )
    if sqlstate == "53100":
        return DiskFull(
            "数据库服务器的磁盘空间已满，无法保存。请联系管理数据库服务器的同事。本次操作未保存。"
        )
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            "数据库正被另一个程序或另一台电脑占用，暂时无法写入。请稍后重试；"
            "如果持续出现，请关闭其他打开该数据库的督办台账窗口。本次操作未保存。"
        )
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return DatabaseReadOnly(
            "数据库文件是只读的，无法保存修改。请检查文件属性或文件夹权限，"
            "或把数据库复制到“我的文档”后在设置中选择它。本次操作未保存。"
        )
    if (
        "disk is full" in text
        or "database or disk is full" in text
        or "no space left" in text
        or getattr(original, "errno", None) in (errno.ENOSPC, errno.EFBIG)
    ):
        return DiskFull("磁盘空间已满，无法保存。请清理磁盘空间后重试。本次操作未保存，台账数据完好。")
    if "disk i/o error" in text:  # SQLite's word for a write the disk refused (EFBIG, EIO)
        return DiskError(
            "写入数据库时磁盘出错（磁盘空间不足、文件大小受限或磁盘故障）。本次操作未保存，台账数据完好。"
            "请清理磁盘空间、检查磁盘后重试；如果一再出错，请把数据库复制到其他磁盘。"
        )
    return StorageError(f"数据库操作失败：{original}。本次操作未保存。")
