"""Handlers of the roster commands: units, contacts (docs/cli.md)."""

from __future__ import annotations

import argparse
import difflib
from typing import TYPE_CHECKING, TextIO

from cli.main import command, print_json

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Services are imported in the handlers: every command loads this module to build the parser, and
# should pay only for the libraries its own handler uses (tests/unit/test_cli_quick.py).


def _json_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="以 JSON 输出")


@command("units", "列出单位名录：名称、别名、类型，牵头和配合的任务数")(_json_args)
def units(args: argparse.Namespace, out: TextIO) -> int:
    from services.storage.database import open_ledger, read_action
    from services.units.directory import list_units
    from services.units.registry import KIND_LABELS

    with read_action(open_ledger(args.db)) as session:
        views = list_units(session)
    if args.json:
        print_json([v.to_json() for v in views], out)
    elif not views:
        out.write("还没有登记任何单位。导入方案（import-plan 文件）时会登记方案中的单位。\n")
    else:
        for v in views:
            aliases = "、".join(v.aliases) or "—"
            liaison = v.liaison()
            who = f"{liaison.name} {liaison.phones()}" if liaison else "—"
            out.write(
                f"{v.id}\t{v.name}\t{KIND_LABELS.get(v.kind, v.kind)}\t别名：{aliases}\t"
                f"牵头 {v.lead_tasks} 项，配合 {v.co_tasks} 项\t联络员：{who}\n"
            )
    return 0


def _contacts_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--unit", metavar="NAME", help="只列出该单位的人员（名称或别名，如 发改委）")
    _json_args(p)


def unit_named(session: Session, name: str) -> int:
    """The unit called ``name``; a name that matches none gets suggestions, never a guess."""
    from services.errors import NotFound
    from services.units.directory import list_units
    from services.units.pinyin_search import matches
    from services.units.resolve import find_unit

    unit = find_unit(session, name)
    if unit is not None:
        return unit.id
    names = [v.name for v in list_units(session)]
    query = "".join(name.split())
    close = [n for n in names if matches(query, n)] + difflib.get_close_matches(query, names, n=3, cutoff=0.5)
    close = list(dict.fromkeys(close))[:5]
    hint = f"您要找的是不是：{'、'.join(close)}？" if close else "用 units 命令可以列出所有单位。"
    raise NotFound(f"没有名为“{name}”的单位。{hint}")


@command("contacts", "列出领导小组成员和各单位联络员，含电话")(_contacts_args)
def contacts(args: argparse.Namespace, out: TextIO) -> int:
    from services.storage.database import open_ledger, read_action
    from services.units.contacts import list_contacts

    with read_action(open_ledger(args.db)) as session:
        unit_id = unit_named(session, args.unit) if args.unit else None
        people = list_contacts(session, unit_id=unit_id)
    if args.json:
        print_json([c.to_json() for c in people], out)
    elif not people:
        out.write("通讯录中还没有人员。导入方案或通讯录后再查看。\n")
    else:
        for c in people:
            primary = "（主）" if c.is_primary else ""
            out.write(
                f"{c.id}\t{c.role}{primary}\t{c.name}\t{c.unit or '—'}\t{c.title or ''}\t{c.phones()}\n"
            )
    return 0
