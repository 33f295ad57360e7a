"""Handlers of the ledger commands: plans, tasks."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TextIO

from cli.main import command, iso_date, print_json

# Services are imported in the handlers: every command loads this module to build the parser, and
# should pay only for the libraries its own handler uses (tests/unit/test_cli_quick.py).


def _open(args: argparse.Namespace):
    from services.storage.database import open_ledger

    return open_ledger(args.db)


def _plans_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="以 JSON 输出")


@command("plans", "列出已导入的方案")(_plans_args)
def plans(args: argparse.Namespace, out: TextIO) -> int:
    from services.ledger.rows import list_plans
    from services.storage.database import read_action

    ledger = _open(args)
    with read_action(ledger) as session:
        summaries = list_plans(session)
    if args.json:
        print_json([s.to_json() for s in summaries], out)
    elif not summaries:
        out.write("还没有导入任何方案。用 import-plan 文件 导入一个方案。\n")
    else:
        for s in summaries:
            out.write(f"{s.id}\t{s.title}\t{s.doc_number or ''}\t措施 {s.measures} 项，任务 {s.tasks} 项\n")
    return 0


def _tasks_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--plan", type=int, metavar="ID", help="只列出该方案的任务")
    p.add_argument(
        "--as-of", type=iso_date, metavar="DATE", help="按该日期（如 2024-07-20）计算期限和红黄绿灯"
    )
    p.add_argument("--json", action="store_true", help="以 JSON 输出")


@command("tasks", "列出台账：措施和任务，含状态和红黄绿灯")(_tasks_args)
def tasks(args: argparse.Namespace, out: TextIO) -> int:
    from services.ledger.lights import LIGHT_LABELS
    from services.ledger.rows import LedgerFilter, get_plan, query_ledger
    from services.storage.database import read_action

    ledger = _open(args)
    with read_action(ledger) as session:
        if args.plan is not None:
            get_plan(session, args.plan)  # an unknown number is a mistake, not an empty ledger
        rows = query_ledger(session, LedgerFilter(plan_id=args.plan), as_of=args.as_of or date.today())
    if args.json:
        print_json([r.to_json() for r in rows], out)
        return 0
    for r in rows:
        due = r.due.isoformat() if r.due else "—"
        units = "、".join(r.lead_units) or "—"
        out.write(f"{r.id}\t{r.number or ''}\t{LIGHT_LABELS[r.light]}\t{due}\t{units}\t{r.title[:40]}\n")
    return 0
