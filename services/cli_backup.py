"""Handlers of `backup --out F` and `restore F`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from services.cli import command
from services.storage import open_ledger, restore_backup, save_copy


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="F", help="备份文件保存位置")


@command("backup", "把数据库完整复制一份（运行中也能保证一致）")(_backup_args)
def make_backup(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_ledger(args.db)
    try:
        save_copy(ledger, args.out)
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
