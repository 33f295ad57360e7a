"""Handlers of `backup --out F` and `restore F`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from cli.main import command

# Services are imported in the handlers: every command loads this module to build the parser, and
# should pay only for the libraries its own handler uses (tests/unit/test_cli_quick.py).


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="F", help="备份文件保存位置")


@command("backup", "把数据库完整复制一份（运行中也能保证一致），附件复制到旁边同名的 .attachments 文件夹")(
    _backup_args
)
def make_backup(args: argparse.Namespace, out: TextIO) -> int:
    from services.storage.database import open_ledger, save_copy

    ledger = open_ledger(args.db)
    try:
        saved = save_copy(ledger, args.out)
    finally:
        ledger.dispose()
    out.write(f"{saved.path}\n")
    if saved.attachments is not None:
        out.write(f"附件：{saved.attachments}（复制备份时请连同这个文件夹）\n")
    if saved.missing:
        out.write(f"注意：{_missing(saved.missing)}的文件不在本机，未包含在备份中。\n")
    return 0


def _missing(names: tuple[str, ...]) -> str:
    shown = "、".join(f"“{n}”" for n in names[:5])
    return f"{len(names)} 个附件（{shown}{' 等' if len(names) > 5 else ''}）"


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="F", help="要恢复的备份文件")


@command("restore", "检查备份并用它替换当前数据库（被替换的数据库保留在 backups 文件夹）")(_restore_args)
def restore(args: argparse.Namespace, out: TextIO) -> int:
    from services.storage.database import open_ledger, restore_backup

    # Not opened first: the ledger being replaced may be one that cannot be opened (a failed upgrade,
    # a damaged page) — which is when a restore is needed most.
    restored = restore_backup(args.db, args.file)
    open_ledger(args.db).dispose()  # an older backup is upgraded to the current schema now
    out.write(f"已恢复。原数据库保留在：{restored.kept}\n" if restored.kept else "已恢复。\n")
    if restored.missing:
        out.write(
            f"注意：备份中有{_missing(restored.missing)}的文件既不在备份旁的附件文件夹中，也不在本机，"
            "这些附件暂时无法打开；请找到连同附件文件夹的备份，或删除这些附件后重新添加。\n"
        )
    return 0
