"""Handlers of `export-notice` (督办通知单, 催报通知, 进展情况通报 in the office's Word templates, or the
PDFs as the window prints them), `ranking` (考评) and `doc-templates` (where the templates are)."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from cli.main import command, iso_date, print_json

# Services are imported in the handlers: every command loads this module to build the parser, and
# should pay only for the libraries its own handler uses (tests/unit/test_cli_quick.py).

KINDS = {"urge": "督办通知单", "chase": "催报通知", "bulletin": "进展情况通报"}


def _notice_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--kind", choices=sorted(KINDS), required=True, help="urge 督办通知单，chase 催报通知，bulletin 通报"
    )
    p.add_argument(
        "--out", type=Path, metavar="PATH", required=True, help="保存位置（督办通知单为文件夹，每个单位一份）"
    )
    p.add_argument("--format", choices=("docx", "pdf"), default="docx", help="docx（按模板，默认）或 pdf")
    p.add_argument("--plan", type=int, metavar="ID", help="方案编号（通报必填；督办通知单只列该方案的任务）")
    p.add_argument(
        "--round", type=int, metavar="ID", help="报送轮次编号（催报必填；make-templates 输出的“轮次 N”）"
    )
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help="按该日期（如 2024-07-20）计算")
    p.add_argument(
        "--report-by", type=iso_date, metavar="DATE", help="督办通知单要求报送的日期（默认 5 天后）"
    )
    p.add_argument("--office", default="领导小组办公室", help="发文机关（红头和落款）")
    p.add_argument("--number", default="", help="文号或期号，如 督〔2024〕12号（默认留空手填）")
    p.add_argument("--cc", default="", help="版记的抄送单位")
    p.add_argument(
        "--templates", type=Path, metavar="DIR", help="模板文件夹（默认：数据文件夹中的 templates）"
    )


@command("export-notice", "按本办模板生成督办通知单、催报通知或进展情况通报（Word），或 PDF")(_notice_args)
def export_notice(args: argparse.Namespace, out: TextIO) -> int:
    from services.errors import InvalidValue
    from services.storage.database import open_ledger

    as_of = args.as_of or date.today()
    if args.kind == "bulletin" and args.format == "pdf":
        raise InvalidValue("进展情况通报只生成 Word 文档（供修改后印发）：请去掉 --format pdf。")
    if args.kind == "chase" and args.round is None:
        raise InvalidValue("催报通知请用 --round 指明报送轮次。")
    if args.kind == "bulletin" and args.plan is None:
        raise InvalidValue("进展情况通报请用 --plan 指明方案。")
    ledger = open_ledger(args.db)
    try:
        written = _write(ledger, args, as_of)
    finally:
        ledger.dispose()
    if not written:
        out.write("没有需要督办的单位，未生成督办通知单。\n")
    for unit, path in written:
        out.write(f"已生成{KINDS[args.kind]}：{path}（{unit}）\n")
    return 0


def _write(ledger, args: argparse.Namespace, as_of: date) -> list[tuple[str, Path]]:
    """The document through the same use cases as the 导出 and 报送 views (services/operations/notices.py)."""
    from services.documents.notices_docx import Imprint
    from services.operations import notices

    imprint = Imprint(office=args.office, number=args.number, cc=args.cc)
    if args.kind == "urge":
        report_by = args.report_by or as_of + timedelta(days=5)
        args.out.mkdir(parents=True, exist_ok=True)
        if args.format == "pdf":
            from services.documents.urge_notice import write_urge_notices
            from services.operations.run import read

            notices_pdf = read(
                ledger,
                lambda session: write_urge_notices(
                    session, args.out, as_of=as_of, report_by=report_by, office=args.office, plan_id=args.plan
                ),
            )
            return [(n.unit, n.path) for n in notices_pdf]
        done = notices.write_urge_docx(
            ledger,
            args.out,
            as_of=as_of,
            report_by=report_by,
            plan_id=args.plan,
            imprint=imprint,
            templates=args.templates,
        )
        return [(n.unit, n.path) for n in done.value]
    if args.kind == "chase":
        if args.format == "pdf":
            from services.operations.returns import write_chase

            notice = write_chase(ledger, args.round, args.out, as_of=as_of, office=args.office).value
            return [("、".join(notice.units), notice.path)]
        done = notices.write_chase_docx(
            ledger, args.round, args.out, as_of=as_of, imprint=imprint, templates=args.templates
        )
        return [(done.value.unit, done.value.path)]
    done = notices.write_bulletin(
        ledger, args.plan, args.out, as_of=as_of, imprint=imprint, templates=args.templates
    )
    return [(done.value.unit, done.value.path)]


def _ranking_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--plan", type=int, metavar="ID", action="append", help="方案编号（可写多次；默认全部方案）"
    )
    scope = p.add_mutually_exclusive_group()
    scope.add_argument(
        "--round", type=int, metavar="ID", help="按该报送轮次考评（make-templates 输出的“轮次 N”）"
    )
    scope.add_argument("--year", type=int, metavar="YYYY", help="按该年度考评（默认：--as-of 所在年度）")
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help="按该日期（如 2024-07-20）计算")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")


@command("ranking", "各单位考评排名：按时报送率、目标完成率、逾期任务、报完成与销号（输出末行写明排名规则）")(
    _ranking_args
)
def ranking(args: argparse.Namespace, out: TextIO) -> int:
    from sqlalchemy import select

    from models import Plan
    from services.ledger.ranking import rank_units
    from services.ledger.ranking_rule import RANKING_HEADERS, RULE_TEXT, ranking_cells
    from services.ledger.rows import get_plan
    from services.operations.run import read
    from services.storage.database import open_ledger

    as_of = args.as_of or date.today()

    def work(session):
        plan_ids = args.plan or list(session.scalars(select(Plan.id).order_by(Plan.id)))
        for plan_id in args.plan or ():
            get_plan(session, plan_id)  # an unknown number is a mistake, not an empty ranking
        if args.round is not None:
            return rank_units(session, plan_ids, as_of=as_of, round_id=args.round)
        return rank_units(session, plan_ids, as_of=as_of, year=args.year or as_of.year)

    ledger = open_ledger(args.db)
    try:
        result = read(ledger, work)
    finally:
        ledger.dispose()
    if args.json:
        print_json(
            {
                "label": result.label,
                "as_of": result.as_of.isoformat(),
                "rows": [
                    {
                        "rank": s.rank,
                        "unit": s.unit,
                        "asked": s.asked,
                        "on_time": s.on_time,
                        "late_returns": s.late_returns,
                        "missing": s.missing,
                        "on_time_rate": s.on_time_rate,
                        "tasks": s.tasks,
                        "targets": s.targets,
                        "target_completion": s.target_completion,
                        "overdue": s.overdue,
                        "reported_done": s.reported_done,
                        "confirmed": s.confirmed,
                    }
                    for s in result.rows
                ],
            },
            out,
        )
        return 0
    out.write(f"{result.label}各单位考评排名（截至{result.as_of.isoformat()}）\n")
    out.write("\t".join(RANKING_HEADERS) + "\n")
    for score in result.rows:
        out.write("\t".join(ranking_cells(score)) + "\n")
    out.write(f"排名规则：{RULE_TEXT}\n")
    return 0


def _templates_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--restore", action="store_true", help="恢复默认模板（原模板保留在“旧模板”文件夹）")


@command("doc-templates", "显示本办 Word 模板所在的文件夹（首次使用时复制默认模板）")(_templates_args)
def doc_templates(args: argparse.Namespace, out: TextIO) -> int:
    from services.documents.docx_templates import TEMPLATE_FILES, restore_default_templates, template_folder

    folder = restore_default_templates() if args.restore else template_folder()
    out.write(f"{'已恢复默认模板' if args.restore else '模板文件夹'}：{folder}\n")
    for name in TEMPLATE_FILES.values():
        out.write(f"  {name}\n")
    return 0
