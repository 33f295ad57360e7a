"""Handlers of the export commands: export-ledger, export-pdf, export-bulletin."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TextIO

from cli.main import command, iso_date

# Services are imported in the handlers: every command loads this module to build the parser, and
# should pay only for the libraries its own handler uses (tests/unit/test_cli_quick.py).


def _as_of(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--as-of", type=iso_date, metavar="DATE", help="按该日期（如 2024-07-20）计算期限和红黄绿灯"
    )


def _ledger_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--plan", type=int, metavar="ID", required=True, help="方案编号（见 plans 命令）")
    p.add_argument("--out", type=Path, metavar="F.xlsx", required=True, help="保存为该 Excel 文件")
    _as_of(p)


@command("export-ledger", "导出 Excel 任务台账（含汇总表）")(_ledger_args)
def export_ledger(args: argparse.Namespace, out: TextIO) -> int:
    result = _export(args, "ledger")
    out.write(f"已导出台账：{result.path}（任务 {result.rows} 项）\n")
    return 0


def _export(args: argparse.Namespace, kind: str, unit_id: int | None = None, **choices):
    """The export use case the 导出 view runs too: from a SQLite file read without SQLAlchemy when it can
    be (services/operations/plain_exports.py), else through a session (services/operations/exports.py)."""
    from services.documents.export_jobs import ExportRequest
    from services.operations.plain_exports import export_from_file

    as_of = args.as_of or date.today()
    request = ExportRequest(args.plan, kind, args.out, as_of, unit_id=unit_id, **choices)
    done = export_from_file(args.db, request)
    if done is not None:
        return done
    from services.operations.exports import export_document
    from services.storage.database import open_ledger

    ledger = open_ledger(args.db)
    try:
        return export_document(ledger, request)
    finally:
        ledger.dispose()


def _pdf_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--plan", type=int, metavar="ID", required=True, help="方案编号（见 plans 命令）")
    p.add_argument("--out", type=Path, metavar="F.pdf", required=True, help="保存为该 PDF 文件")
    p.add_argument("--unit", metavar="NAME", help="只列出该单位牵头或参与的任务")
    p.add_argument("--lagging", action="store_true", help="只列出红灯、黄灯任务")
    p.add_argument("--reasons", action="store_true", help="在进展情况栏写明每项任务的亮灯原因")
    _as_of(p)


@command("export-pdf", "导出可打印的 PDF 任务推进情况表")(_pdf_args)
def export_pdf(args: argparse.Namespace, out: TextIO) -> int:
    unit_id = _unit_id(args) if args.unit else None
    result = _export(args, "pdf", unit_id, lagging=args.lagging, reasons=args.reasons)
    out.write(f"已导出推进情况表：{result.path}（任务 {result.rows} 项）\n")
    return 0


def _unit_id(args: argparse.Namespace) -> int:
    from services.errors import NotFound
    from services.operations.run import read
    from services.storage.database import open_ledger
    from services.units.resolve import find_unit

    ledger = open_ledger(args.db)
    try:
        unit = read(ledger, lambda session: find_unit(session, args.unit))
    finally:
        ledger.dispose()
    if unit is None:
        raise NotFound(f"没有名为“{args.unit}”的单位。用 units 命令查看单位名称和简称。")
    return unit.id


def _bulletin_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--plan", type=int, metavar="ID", required=True, help="方案编号（见 plans 命令）")
    p.add_argument("--out", type=Path, metavar="F.docx", required=True, help="保存为该 Word 文件")
    p.add_argument("--office", default="领导小组办公室", help="落款单位（默认：领导小组办公室）")
    _as_of(p)


@command("export-bulletin", "起草进展情况通报（Word 文档，供修改后印发）")(_bulletin_args)
def export_bulletin(args: argparse.Namespace, out: TextIO) -> int:
    result = _export(args, "bulletin", office=args.office)
    out.write(f"已起草进展情况通报：{result.path}\n")
    return 0
