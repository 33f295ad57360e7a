"""Handlers of `backup --out F` and `restore F`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from services import backup
from services.cli import command
from services.errors import BackupRejected
from services.storage import open_ledger, restore_backup

NOT_SQLITE = (
    "备份和恢复只适用于本机 SQLite 数据库文件；共享的 PostgreSQL 数据库请由服务器管理员用 pg_dump 备份。"
)


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="F", help="备份文件保存位置")


@command("backup", "把数据库完整复制一份（运行中也能保证一致）")(_backup_args)
def make_backup(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_ledger(args.db)
    try:
        db_file = ledger.sqlite_file
        if db_file is None:
            raise BackupRejected(NOT_SQLITE)
        if args.out.resolve() == db_file.resolve():
            raise BackupRejected("备份文件不能和数据库是同一个文件。请换一个保存位置。")
        try:
            backup.copy_database(db_file, args.out)
        except OSError as exc:
            raise BackupRejected(
                f"无法写入“{args.out}”：{exc.strerror or exc}。请检查文件夹和磁盘空间。"
            ) from exc
    finally:
        ledger.dispose()
    out.write(f"{args.out}\n")
    return 0


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="F", help="要恢复的备份文件")


@command("restore", "检查备份并用它替换当前数据库（被替换的数据库保留在 backups 文件夹）")(_restore_args)
def restore(args: argparse.Namespace, out: TextIO) -> int:
    # Not opened first: the ledger being replaced may be one that cannot be opened (a failed upgrade,
    # a damaged page) — which is when a restore is needed most.
    kept = restore_backup(args.db, args.file)
    open_ledger(args.db).dispose()  # an older backup is upgraded to the current schema now
    out.write(f"已恢复。原数据库保留在：{kept}\n" if kept else "已恢复。\n")
    return 0
