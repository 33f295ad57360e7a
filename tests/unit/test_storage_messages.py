"""Driver and OS errors said in Chinese with what to do next (issue 17): a backup into a folder that may
not be written, a page found damaged in the middle of work."""

from __future__ import annotations

import io
import shutil

import pytest
from sqlalchemy import select

from cli.main import build_parser, run
from models import LedgerItem
from services.errors import LedgerCorrupt
from services.storage.database import sqlite_url, user_action
from tests.reliability.privileges import as_another_user, open_folder
from tests.unit.test_ledger_checks import garbage_page

pytestmark = pytest.mark.sqlite_only


def test_a_backup_into_a_read_only_folder(ledger, plan_id) -> None:
    ledger.dispose()
    build_parser()  # the command modules, imported before `nobody` may not read them
    with open_folder() as folder:
        database = folder / "ledger.sqlite3"
        shutil.copyfile(ledger.sqlite_file, database)
        folder.chmod(0o777)
        database.chmod(0o666)
        locked = folder / "只读"
        locked.mkdir()
        locked.chmod(0o555)
        target = locked / "备份.sqlite3"
        out, err = io.StringIO(), io.StringIO()
        with as_another_user():
            code = run(["--db", sqlite_url(database), "backup", "--out", str(target)], out, err)
        assert (code, err.getvalue()) == (
            1,
            f"错误：无法把备份写到“{target}”（没有写入权限，或文件夹不存在），数据库未作改动。"
            "请换一个可以写入的文件夹（如“我的文档”），或清理磁盘空间后重试。\n",
        )
        assert list(locked.iterdir()) == []


def test_a_page_found_damaged_while_working(ledger, plan_id) -> None:
    ledger.dispose()
    garbage_page(ledger.sqlite_file, "ledger_item")
    with pytest.raises(LedgerCorrupt) as raised, user_action(ledger) as session:
        session.scalars(select(LedgerItem)).all()
    assert str(raised.value) == (
        "数据库文件已损坏（SQLite：数据库映像格式错误），本次操作未保存。为免损坏扩散，请不要继续录入："
        "关闭程序，重新打开时程序会检查数据库并指出最近一份完好的备份，用它恢复。"
    )
