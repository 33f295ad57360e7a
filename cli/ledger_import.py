"""Handler of import-ledger: an office's existing Excel/WPS/CSV ledger stored as a plan."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from cli.main import EXIT_OK, command, print_json
from cli.plans import write_outline


def _args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help="台账文件（.xlsx、.xls、.et、.ods 或 .csv）")
    p.add_argument("--sheet", metavar="NAME", help="要导入的工作表（默认：第一个找到表头的工作表）")
    p.add_argument("--dry-run", action="store_true", help="只读取并显示将导入的内容，不写入数据库")
    p.add_argument(
        "--json", action="store_true", help="以 JSON 输出（parse-plan --json 的格式，另加列的对应）"
    )


@command("import-ledger", "把现有的 Excel 台账导入为一个方案（列按表头自动对应）")(_args)
def import_ledger(args: argparse.Namespace, out: TextIO) -> int:
    from services.plans.ledger_columns import FIELDS
    from services.plans.ledger_import import ledger_document, ledger_json, open_ledger_file

    # Read first: a refused file never opens the database.
    ledger = open_ledger_file(args.file, args.sheet)
    document = ledger_document(ledger)
    plan_id = None if args.dry_run else _store(args.db, document)
    if args.json:
        columns = [
            {"column": index + 1, "label": label, "field": FIELDS[field]}
            for index, (label, field) in enumerate(
                zip(ledger.header.labels, ledger.header.mapping, strict=True)
            )
        ]
        header = [r + 1 for r in ledger.header.rows]
        print_json(
            ledger_json(document)
            | {"sheet": ledger.sheet.title, "header_rows": header, "columns": columns, "plan_id": plan_id},
            out,
        )
        return EXIT_OK
    _print_summary(ledger, ledger_json(document), out)
    out.write("（试读，未写入数据库）\n" if plan_id is None else f"{plan_id}\n")
    return EXIT_OK


def _store(db: str | None, document) -> int:
    """The use case the import dialog runs (services/operations/plans.py): a safety copy, one transaction."""
    from services.operations.plans import import_ledger
    from services.storage.database import open_ledger

    ledger = open_ledger(db)
    try:
        return import_ledger(ledger, document).value
    finally:
        ledger.dispose()


def _print_summary(ledger, plan: dict, out: TextIO) -> None:
    from services.plans.ledger_columns import FIELDS

    header = "、".join(str(r + 1) for r in ledger.header.rows)
    out.write(f"{plan['title']}（工作表“{ledger.sheet.title}”，表头在第{header}行）\n")
    used = [
        f"{label}→{FIELDS[field]}"
        for label, field in zip(ledger.header.labels, ledger.header.mapping, strict=True)
    ]
    out.write("列：" + "　".join(used) + "\n")
    write_outline(
        plan["items"], out, co_label="配合", note=lambda item: "  有进展情况" if item.get("situation") else ""
    )
    count = sum(1 for i in plan["items"] if i["kind"] == "measure")
    out.write(f"共 {count} 项任务\n")
