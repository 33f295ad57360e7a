"""Handlers of the reporting-round commands: make-templates, import-returns."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cli.main import EXIT_OK, command, iso_date

if TYPE_CHECKING:
    from services.returns.importing import FilePreview

# Services are imported in the handlers: every command loads this module to build the parser, and
# should pay only for the libraries its own handler uses (tests/unit/test_cli_quick.py).


def _templates_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--plan", type=int, required=True, metavar="ID", help="方案编号（见 plans 命令）")
    p.add_argument("--period", required=True, metavar="P", help="报送期次，如 2024年第3季度 或 2024年10月")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="保存报送表的文件夹")
    p.add_argument("--due", type=iso_date, metavar="DATE", help="报送截止日期（默认为期末后 5 天）")


@command("make-templates", "为一个报送轮次生成各单位的进展情况报送表（每个单位一个 Excel 文件）")(
    _templates_args
)
def make_templates_command(args: argparse.Namespace, out: TextIO) -> int:
    from services.operations.returns import make_round_templates
    from services.storage.database import open_ledger

    created = _first_missing_folder(args.out)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        ledger = open_ledger(args.db)
        try:
            made = make_round_templates(ledger, args.plan, args.period, args.out, due_on=args.due).value
        finally:
            ledger.dispose()
    except BaseException:
        _remove_empty_folders(args.out, created)  # a rejected command leaves nothing, not even folders
        raise
    due = made.round.due_on.isoformat() if made.round.due_on else "未定"
    out.write(f"轮次 {made.round.id}：{made.round.period}，报送截止 {due}，共 {len(made.files)} 个单位\n")
    for f in made.files:
        out.write(f"{f.unit}\t{f.tasks} 项任务\t{f.path}\n")
    return EXIT_OK


def _first_missing_folder(folder: Path) -> Path | None:
    """The outermost folder of `folder` that does not exist yet (what mkdir(parents=True) creates)."""
    if folder.exists():
        return None
    while not folder.parent.exists():
        folder = folder.parent
    return folder


def _remove_empty_folders(folder: Path, created: Path | None) -> None:
    if created is None:
        return
    while True:
        if not folder.is_dir() or any(folder.iterdir()):
            return
        folder.rmdir()
        if folder == created:
            return
        folder = folder.parent


def _import_args(p: argparse.ArgumentParser) -> None:
    from services.ledger.co_leads import DONE_RULES, SUM  # configured only when import-returns is run

    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="报送表文件（.xlsx），也可以是文件夹")
    p.add_argument("--dry-run", action="store_true", help="只检查并列出变化和问题，不写入台账")
    p.add_argument("--round", type=int, metavar="ID", help="本次导入的轮次编号：其他轮次的报表会被标出")
    p.add_argument(
        "--accept-warnings",
        action="store_true",
        help="有警告的文件也导入（如同在预览中逐个勾选）；不加时，有警告的文件使整批不导入",
    )
    p.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="FILE",
        help="不导入这个文件（文件名或路径，可多次使用）",
    )
    p.add_argument(
        "--co-lead-done",
        choices=sorted(DONE_RULES),
        default=SUM,
        help="多个牵头单位的任务的完成数：sum 相加（默认），first_lead 以第一牵头单位为准",
    )


@command("import-returns", "检查并导入各单位报回的报送表；列出每项变化和每个问题")(_import_args)
def import_returns_command(args: argparse.Namespace, out: TextIO) -> int:
    from services.errors import InvalidValue
    from services.operations.run import read
    from services.returns.check import WARNING
    from services.returns.importing import expand_paths, preview_returns
    from services.storage.database import open_ledger

    ledger = open_ledger(args.db)
    try:
        # The preview reads; the import is the use case the dialog runs (a safety copy first).
        files = [f for f in expand_paths(args.files) if not _skipped(f, args.skip)]
        previews = read(ledger, lambda session: preview_returns(session, files, expected_round_id=args.round))
        for preview in previews:
            write_preview(preview, out)
        refused = [p for p in previews if not p.acceptable]
        if refused or not previews:
            # All or nothing, as in the dialog's "accept all": a script must not half-import a batch.
            raise InvalidValue(
                f"{len(refused)} 个文件不能导入（见上），本次未写入任何内容。请改正这些文件，"
                "或用 --skip 文件名 去掉它们后重新导入。"
                if previews
                else "没有找到报送表文件（.xlsx）：请选择各单位报回的 Excel 文件，或存放这些文件的文件夹。"
            )
        warned = [p for p in previews if p.count(WARNING)]
        if warned and not args.accept_warnings and not args.dry_run:
            # The dialog leaves such a file unticked until someone reads its warnings: so does a script.
            names = "、".join(f"“{p.file_name}”" for p in warned[:5]) + ("等" if len(warned) > 5 else "")
            raise InvalidValue(
                f"{len(warned)} 个文件有警告（见上）：{names}。本次未写入任何内容。核实后加 --accept-warnings "
                "一并导入，或用 --skip 文件名 去掉这些文件。"
            )
        if args.dry_run:
            out.write("（试运行：未写入台账）\n")
            return EXIT_OK
        from services.operations.returns import import_returns  # the write: not for a dry run

        result = import_returns(ledger, previews, co_lead_done=args.co_lead_done).value
    finally:
        ledger.dispose()
    out.write(f"已导入 {result.files} 份报送表、{result.rows} 项任务（导入批次 {result.batch_id}）。\n")
    return EXIT_OK


def _skipped(path: Path, skip: list[str]) -> bool:
    return any(path.name == name or path == Path(name) or str(path) == name for name in skip)


def write_preview(preview: FilePreview, out: TextIO) -> None:
    from services.returns.check import LEVEL_LABELS

    if preview.refused:
        out.write(f"× {preview.refused}\n")
        return
    how = "模板" if preview.by_hidden_sheet else "表头和内容"
    out.write(
        f"{preview.file_name}：{preview.unit} {preview.round.period}（按{how}识别），"
        f"{len(preview.updates)} 项任务有更新\n"
    )
    for change in preview.changes:
        out.write(f"  {change.task[:30]}　{change.field}：{change.old} → {change.new}\n")
    for problem in preview.problems:
        out.write(f"  [{LEVEL_LABELS[problem.level]}] {problem.describe()}\n")
