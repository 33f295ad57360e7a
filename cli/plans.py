"""Handlers of the plan commands: parse-plan (writes nothing) and import-plan."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from cli.main import command, print_json

# Services are imported in the handlers: every command loads this module to build the parser, and
# parse-plan needs only the plan parser, not the database (tests/unit/test_cli_quick.py).


def _parse_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", type=Path, metavar="FILE", help="方案文件（.docx、.txt、文字版 .pdf、.ofd 或 .odt）"
    )
    p.add_argument("--json", action="store_true", help="以 JSON 输出（供脚本读取，格式固定）")


@command("parse-plan", "解析方案文件并输出结果，不写入数据库")(_parse_args)
def parse_plan(args: argparse.Namespace, out: TextIO) -> int:
    from services.plans.parser import parse_plan_file, to_json

    plan = to_json(parse_plan_file(args.file))
    if args.json:
        print_json(plan, out)
        return 0
    out.write(f"{plan['title'] or '（未识别标题）'}\n")
    out.write(f"文号：{plan['doc_number'] or '—'}　印发日期：{plan['issued_on'] or '—'}\n")
    write_outline(plan["items"], out, co_label="责任")
    if plan.get("roster"):
        out.write(f"领导小组成员 {len(plan['roster'])} 人\n")
    if plan.get("task_table"):
        out.write(f"任务清单 {len(plan['task_table'])} 项\n")
    return 0


def write_outline(items, out: TextIO, *, co_label: str, note=lambda item: "") -> None:
    """A plan's items as text, one line each, indented by level (parse-plan and import-ledger)."""
    for item in items:
        indent = "  " * (int(item.get("level") or 1) - 1)
        if item["kind"] == "section":
            out.write(f"{indent}{_numbered(item['number'], '、')}{item['title']}\n")
            continue
        lead = "、".join(item.get("lead_units") or []) or "—"
        co = "、".join(item.get("co_units") or [])
        due = "、".join(item.get("deadlines") or [])
        out.write(f"{indent}{_numbered(item['number'], '. ')}{item['title']}  牵头：{lead}")
        out.write(f"  {co_label}：{co}" if co else "")
        out.write(f"  期限：{due}" if due else "")
        out.write(f"{note(item)}\n")


def _numbered(number: str | None, mark: str) -> str:
    """`一、` / `1. ` before a title; a heading or measure the document left unnumbered gets no stray mark."""
    return f"{number}{mark}" if number else ""


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", type=Path, metavar="FILE", help="方案文件（.docx、.txt、文字版 .pdf、.ofd 或 .odt）"
    )


@command("import-plan", "解析方案文件并存入台账，输出方案编号")(_import_args)
def import_plan(args: argparse.Namespace, out: TextIO) -> int:
    from services.operations.plans import import_plan as store
    from services.plans.importing import parse_document
    from services.storage.database import open_ledger

    document = parse_document(args.file)  # parse first: a refused file never opens the database
    ledger = open_ledger(args.db)
    try:
        plan_id = store(ledger, document).value  # the use case File → Import runs (safety copy first)
    finally:
        ledger.dispose()
    out.write(f"{plan_id}\n")
    return 0
