"""Handlers of `items`: 督办事项 without a plan — a list made by hand, items numbered per year, 签收, 反馈, 办结.

items new-list --title "2024年领导批示督办事项"
items add --plan N --source 批示 --title … --lead 区发改委 --leader 张三 --assigned 2024-07-01 --due …
items sign ID [--unit NAME] [--on DATE]
items report ID [--progress N] [--situation TEXT] [--on DATE]
items close ID [--on DATE]
items edit ID [--number 督〔2024〕12号] [--source …] [--leader …] [--assigned DATE]
items list [--plan N] [--state 签收] [--json]
"""

from __future__ import annotations

import argparse
import re
from typing import TextIO

from cli.main import command, iso_date, print_json


def _units(values: list[str] | None) -> tuple[str, ...]:
    """--lead A、B or --lead A --lead B."""
    return tuple(name for value in values or () for name in re.split(r"[、，,；;]", value) if name.strip())


def _configure(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="items_command", metavar="ACTION", required=True)

    new_list = actions.add_parser("new-list", help="手工新建一个事项清单（不需要方案文件），输出其编号")
    new_list.add_argument("--title", required=True, help="清单名称，如“2024年领导批示督办事项”")
    new_list.add_argument("--doc-number", metavar="文号", help="清单的文号（可不填）")

    add = actions.add_parser("add", help="新增一项督办事项：自动编号并交办，输出其编号")
    add.add_argument("--plan", type=int, required=True, metavar="ID", help="放入哪个方案或事项清单")
    add.add_argument("--source", required=True, metavar="来源", help="批示、会议、来文 或 方案")
    add.add_argument("--title", required=True, help="事项内容摘要")
    add.add_argument("--text", help="批示或议定事项的原文（可不填）")
    add.add_argument("--lead", action="append", required=True, metavar="单位", help="牵头单位，多个用、分隔")
    add.add_argument("--co", action="append", metavar="单位", help="配合单位，多个用、分隔")
    add.add_argument("--leader", metavar="姓名", help="责任领导（花名册中的人或直接填写）")
    add.add_argument("--assigned", type=iso_date, metavar="DATE", help="交办日期（默认今天），如 2024-07-01")
    add.add_argument("--due", type=iso_date, metavar="DATE", help="办结时限，如 2024-09-30")
    add.add_argument(
        "--number", metavar="督办编号", help="指定编号如 督〔2024〕12号（默认按交办年份取下一个空号）"
    )
    add.add_argument("--prefix", default="督", help="自动编号的前缀（默认“督”）")
    add.add_argument("--new-unit", action="store_true", help="单位名录中没有的单位，同时登记为新单位")

    sign = actions.add_parser("sign", help="登记签收（单位的第一份报表导入时也会自动签收）")
    sign.add_argument("id", type=int, metavar="ID", help="事项编号（items list 第一列）")
    sign.add_argument("--unit", metavar="单位", help="签收的单位（应为该事项的责任单位）")
    sign.add_argument("--on", type=iso_date, metavar="DATE", help="签收日期（默认今天）")

    report = actions.add_parser("report", help="登记一次进展反馈")
    report.add_argument("id", type=int, metavar="ID")
    report.add_argument("--progress", type=int, metavar="0-100", help="完成进度（百分比）")
    report.add_argument("--situation", metavar="文字", help="进展情况")
    report.add_argument("--problems", metavar="文字", help="存在问题")
    report.add_argument("--on", type=iso_date, metavar="DATE", help="反馈日期（默认今天）")

    close = actions.add_parser("close", help="办结（销号）")
    close.add_argument("id", type=int, metavar="ID")
    close.add_argument("--on", type=iso_date, metavar="DATE", help="办结日期（默认今天）")

    edit = actions.add_parser("edit", help="修改督办编号、来源、责任领导或交办日期")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--number", metavar="督办编号")
    edit.add_argument("--source", metavar="来源")
    edit.add_argument("--leader", metavar="姓名", help="责任领导（填空字符串即清除）")
    edit.add_argument("--assigned", type=iso_date, metavar="DATE")

    listing = actions.add_parser("list", help="列出督办事项：编号、来源、责任单位、状态和各环节日期")
    listing.add_argument("--plan", type=int, metavar="ID", help="只列出该方案或清单的事项")
    listing.add_argument("--state", metavar="状态", help="只列出处于该状态的事项：交办、签收、反馈 或 办结")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")


@command("items", "督办事项（批示、会议、来文）：新建清单、新增、签收、反馈、办结、列出")(_configure)
def items(args: argparse.Namespace, out: TextIO) -> int:
    from services.storage.database import open_ledger

    # Each action is one use case of services/operations/items.py: one transaction, as in the window.
    return _HANDLERS[args.items_command](open_ledger(args.db), args, out)


def _new_list(ledger, args, out: TextIO) -> int:
    from services.operations import items as ops

    out.write(f"{ops.create_list(ledger, args.title, args.doc_number).value}\n")
    return 0


def _add(ledger, args, out: TextIO) -> int:
    from services.ledger.supervision import ItemDraft
    from services.operations import items as ops

    draft = ItemDraft(
        title=args.title,
        source=args.source,
        lead_units=_units(args.lead),
        co_units=_units(args.co),
        leader=args.leader,
        assigned_on=args.assigned,
        due_on=args.due,
        text=args.text,
        number=args.number,
        prefix=args.prefix,
        new_units=args.new_unit,
    )
    view = ops.add_item(ledger, args.plan, draft).value
    out.write(f"{view.id}\t{view.supervision_no}\n")
    return 0


def _sign(ledger, args, out: TextIO) -> int:
    from services.operations import items as ops

    view = ops.sign_item(ledger, args.id, args.on, args.unit).value
    by = f"（{view.signed_by}）" if view.signed_by else ""
    out.write(f"{view.supervision_no} 已签收：{view.signed_on.isoformat()}{by}\n")
    return 0


def _report(ledger, args, out: TextIO) -> int:
    from datetime import date

    from services.errors import InvalidValue
    from services.ledger.progress import ProgressReport
    from services.operations import items as ops

    if args.progress is None and not (args.situation or "").strip():
        raise InvalidValue("反馈没有内容。请至少填写 --progress 或 --situation。")
    report = ProgressReport(
        reported_on=args.on or date.today(),
        progress=args.progress,
        situation=args.situation,
        problems=args.problems,
    )
    ops.report_item(ledger, args.id, report)
    out.write(f"已登记反馈：{report.reported_on.isoformat()}\n")
    return 0


def _close(ledger, args, out: TextIO) -> int:
    from services.operations import items as ops

    ops.close_item(ledger, args.id, args.on)
    out.write(f"已办结：{args.id}\n")
    return 0


def _edit(ledger, args, out: TextIO) -> int:
    from services.errors import InvalidValue
    from services.operations import items as ops

    changes = {
        name: value
        for name, value in (
            ("number", args.number),
            ("source", args.source),
            ("leader", args.leader),
            ("assigned_on", args.assigned),
        )
        if value is not None
    }
    if not changes:
        raise InvalidValue("没有要修改的内容。请用 --number、--source、--leader 或 --assigned 指明。")
    done = ops.edit_item(ledger, args.id, None, **changes)
    out.write("已修改。\n" if done.undo_ids else "与原有内容相同，未作改动。\n")
    return 0


def _list(ledger, args, out: TextIO) -> int:
    from services.ledger.rows import get_plan
    from services.ledger.supervision_list import STATE_LABELS, state_code
    from services.operations import items as ops
    from services.operations.run import read

    if args.plan is not None:
        read(ledger, lambda s: get_plan(s, args.plan))  # an unknown number is a mistake, not an empty list
    state = state_code(args.state) if args.state else None
    views = ops.items(ledger, args.plan, state)
    if args.json:
        print_json([v.to_json() for v in views], out)
        return 0
    if not views:
        out.write("没有符合条件的督办事项。用 items add 新增一项。\n")
    for v in views:
        days = " ".join(
            f"{STATE_LABELS[s]}{d.isoformat()}"
            for s, d in zip(
                ("assigned", "signed", "reported", "closed"),
                (v.assigned_on, v.signed_on, v.reported_on, v.closed_on),
                strict=True,
            )
            if d is not None
        )
        units = "、".join(v.lead_units) or "—"
        out.write(
            f"{v.id}\t{v.supervision_no or '—'}\t{v.source_label or '—'}\t{STATE_LABELS.get(v.state, '—')}"
            f"\t{units}\t{v.leader or '—'}\t{days}\t{v.title[:40]}\n"
        )
    return 0


_HANDLERS = {
    "new-list": _new_list,
    "add": _add,
    "sign": _sign,
    "report": _report,
    "close": _close,
    "edit": _edit,
    "list": _list,
}
