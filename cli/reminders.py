"""Handler of `reminders`: what is overdue or due within N days, by unit."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TextIO

from cli.main import command, iso_date, print_json

# Services are imported in the handlers: every command loads this module to build the parser, and
# should pay only for the libraries its own handler uses (tests/unit/test_cli_quick.py).


def _args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--days", type=int, default=30, metavar="N", help="列出 N 天内到期的任务（默认 30）")
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help="按该日期（如 2024-07-20）计算")
    p.add_argument("--plan", type=int, metavar="ID", help="只看该方案")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument(
        "--working-days",
        action="store_true",
        help="按工作日计算（扣除周末和法定节假日，计入调休上班日）",
    )


@command("reminders", "已逾期或 N 天内到期、进度严重滞后的任务，按牵头单位分组")(_args)
def reminders(args: argparse.Namespace, out: TextIO) -> int:
    from services.ledger.reminders import CATEGORY_LABELS, collect_reminders
    from services.ledger.rows import get_plan
    from services.storage.database import open_ledger, read_action

    ledger = open_ledger(args.db)
    try:
        with read_action(ledger) as session:
            if args.plan is not None:
                get_plan(session, args.plan)  # an unknown number is a mistake, not "nothing due"
            groups = collect_reminders(
                session,
                as_of=args.as_of or date.today(),
                days=args.days,
                plan_id=args.plan,
                working_days=args.working_days,
            )
    finally:
        ledger.dispose()
    if args.json:
        print_json([g.to_json() for g in groups], out)
        return 0
    if not groups:
        out.write("没有需要提醒的任务。\n")
    for group in groups:
        liaison = f"　联络员：{group.liaison.name} {group.liaison.phones()}" if group.liaison else ""
        out.write(f"{group.unit}（{len(group.reminders)} 项）{liaison}\n")
        for r in group.reminders:
            due = r.due.isoformat() if r.due else "—"
            handled = f"　已处理：{r.handled_note or ''}" if r.handled else ""
            out.write(f"  [{CATEGORY_LABELS[r.category]}] {due}  {r.number or ''} {r.title[:50]}{handled}\n")
    return 0
