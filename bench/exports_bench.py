"""Exports side by side with the bare libraries, in one run:

- a 1,000-task PDF progress sheet: under 3 s, and within 1.5x of a bare reportlab table of the same rows
  (same cells as wrapped Paragraphs in the same font, header repeated — what any table that wraps
  Chinese text must do);
- a 10,000-task Excel ledger: within 1.5x of openpyxl's write-only writing of the same cells.

`uv run python bench/exports_bench.py` (best of three runs each; reading the plan from the database is
timed separately, since both sides need the same rows).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from sqlalchemy import func, insert, select

from models import Assignment, LedgerItem, Target
from services.fonts import pdf_fonts
from services.ledger_export import LEDGER_COLUMNS, _ledger_rows, write_ledger
from services.pdf_table import markup
from services.plan_import import import_plan_file, sample_plan_path
from services.progress_sheet import SHEET_COLUMNS, _table_row, select_rows, write_progress_sheet
from services.stats import PlanLedger, load_plan_ledger
from services.storage import open_ledger, user_action
from services.xlsx_layout import XlsxCell, XlsxSpanRow

AS_OF = date(2024, 9, 30)
SITUATIONS = [
    "已完成项目摸排，建立项目库，正在组织申报。",
    "已开工12个项目，完成投资3.2亿元，其余项目正在办理前期手续，预计年底前全部开工。",
    "受资金到位影响，进度有所滞后，正在协调财政资金，下步将加快推进。",
    "已完成招标，设备陆续到货安装。",
]


def make_plan(url: str, tasks: int, seed: int = 7) -> int:
    """The Haimen sample plan with ``tasks`` more tasks under its measures (owners, targets, progress)."""
    rng = random.Random(seed)
    ledger = open_ledger(url)
    with user_action(ledger) as session:
        plan_id = import_plan_file(session, sample_plan_path())
    with user_action(ledger) as session:
        measures = session.scalars(
            select(LedgerItem).where(LedgerItem.plan_id == plan_id, LedgerItem.kind == "measure")
        ).all()
        owners = {m.id: [(a.unit_id, a.role) for a in m.assignments] for m in measures}
        next_id = (session.scalar(select(func.max(LedgerItem.id))) or 0) + 1
        position = (session.scalar(select(func.max(LedgerItem.position))) or 0) + 1
        items, targets, assignments = [], [], []
        for n in range(tasks):
            measure = measures[n % len(measures)]
            progress = rng.choice([None, rng.randint(0, 100)])
            items.append(
                {
                    "id": next_id + n,
                    "plan_id": plan_id,
                    "parent_id": measure.id,
                    "kind": "task",
                    "level": 4,
                    "position": position + n,
                    "number": str(n + 1),
                    "title": f"完成{measure.title}第{n + 1}批设备更新{rng.randint(1, 500)}台（套）",
                    "due_on": AS_OF + timedelta(days=rng.randint(-120, 400)),
                    "status": "closed" if rng.random() < 0.1 else "open",
                    "progress": progress,
                    "latest_situation": rng.choice(SITUATIONS) if progress is not None else None,
                    "version": 1,
                    "updated_at": datetime.now(),
                }
            )
            targets.append(
                {"item_id": next_id + n, "position": 0, "text": "目标", "quantity": 100.0, "unit": "台"}
            )
            for order, (unit_id, role) in enumerate(owners[measure.id]):
                assignments.append(
                    {"item_id": next_id + n, "unit_id": unit_id, "role": role, "position": order}
                )
        for model, rows in ((LedgerItem, items), (Target, targets), (Assignment, assignments)):
            for start in range(0, len(rows), 5000):
                session.execute(insert(model), rows[start : start + 5000])
    ledger.dispose()
    return plan_id


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def bare_reportlab_table(path: Path, plan: PlanLedger) -> None:
    """The same rows as the progress sheet, as a plain reportlab table: no title, lights, summary."""
    fonts = pdf_fonts()
    style = ParagraphStyle("cell", fontName=fonts.table, fontSize=10.5, leading=14, wordWrap="CJK")
    header = [Paragraph(markup(c.header), style) for c in SHEET_COLUMNS]
    data = [header]
    for row in select_rows(plan, _choice_all()):
        if row.kind == "section":
            continue
        cells = _table_row(row)
        data.append([Paragraph(markup(c if isinstance(c, str) else c.text), style) for c in cells])
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), initialFontName=fonts.table)
    widths = [doc.width * c.width for c in SHEET_COLUMNS]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), fonts.table)])
    )
    doc.build([table])


def _choice_all():
    from services.progress_sheet import SheetChoice

    return SheetChoice()


def bare_openpyxl(path: Path, plan: PlanLedger) -> None:
    """The same cells as the ledger sheet, appended to a write-only workbook without any styling."""
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("台账")
    ws.append([c.header for c in LEDGER_COLUMNS])
    for values in _ledger_rows(plan, lambda done, total: None, 0, 0):
        if isinstance(values, XlsxSpanRow):
            ws.append([values.text])
        else:
            ws.append([v.value if isinstance(v, XlsxCell) else v for v in values])
    workbook.save(path)


def styled_openpyxl(path: Path, plan: PlanLedger) -> None:
    """The same cells with the same look, styled the way openpyxl documents for write-only sheets."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    from services.doc_style import LIGHT_COLORS
    from services.xlsx_layout import BODY_FONT, BORDER, HEADER_FONT, PatternFill

    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("台账")
    wrap = Alignment(vertical="center", wrap_text=True)

    def cell(value, font=BODY_FONT, fill=None):
        c = WriteOnlyCell(ws, value)
        c.font, c.border, c.alignment = font, BORDER, wrap
        if fill is not None:
            c.fill = fill
        return c

    ws.append([cell(c.header, HEADER_FONT) for c in LEDGER_COLUMNS])
    for values in _ledger_rows(plan, lambda done, total: None, 0, 0):
        if isinstance(values, XlsxSpanRow):
            ws.append([cell(values.text, HEADER_FONT)] + [cell(None) for _ in LEDGER_COLUMNS[1:]])
            continue
        row = []
        for v in values:
            if isinstance(v, XlsxCell):
                fill = PatternFill(fill_type="solid", fgColor=LIGHT_COLORS[v.light].fill)
                row.append(cell(v.value, fill=fill))
            else:
                row.append(cell(v))
        ws.append(row)
    workbook.save(path)


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="exports-bench-"))
    pdf_fonts()  # registered once per process, outside both timings (0.1-0.2 s)
    results = []

    url = f"sqlite:///{folder / 'pdf.sqlite3'}"
    plan_id = make_plan(url, 1000)
    ledger = open_ledger(url)
    with user_action(ledger) as session:
        read = best_of(1, lambda: load_plan_ledger(session, plan_id, as_of=AS_OF))
        plan = load_plan_ledger(session, plan_id, as_of=AS_OF)
    tasks = len(plan.items())
    ours = best_of(3, lambda: write_progress_sheet(folder / "sheet.pdf", plan, as_of=AS_OF))
    bare = best_of(3, lambda: bare_reportlab_table(folder / "bare.pdf", plan))
    total = read + ours
    results.append(("PDF progress sheet", tasks, read, ours, bare, total < 3.0 and ours <= 1.5 * bare))
    print(
        f"PDF, {tasks} measures and tasks: read {read:.2f} s, progress sheet {ours:.2f} s "
        f"(read + write {total:.2f} s, target < 3 s), bare reportlab table {bare:.2f} s, ratio {ours / bare:.2f}x (target <= 1.5x)"
    )

    url = f"sqlite:///{folder / 'xlsx.sqlite3'}"
    plan_id = make_plan(url, 10000)
    ledger = open_ledger(url)
    with user_action(ledger) as session:
        read = best_of(1, lambda: load_plan_ledger(session, plan_id, as_of=AS_OF))
        plan = load_plan_ledger(session, plan_id, as_of=AS_OF)
    tasks = len(plan.items())
    ours = best_of(3, lambda: write_ledger(folder / "ledger.xlsx", [plan], as_of=AS_OF))
    bare = best_of(3, lambda: bare_openpyxl(folder / "bare.xlsx", plan))
    styled = best_of(3, lambda: styled_openpyxl(folder / "styled.xlsx", plan))
    results.append(("Excel ledger", tasks, read, ours, bare, ours <= 1.5 * bare))
    print(
        f"Excel, {tasks} measures and tasks: read {read:.2f} s, ledger {ours:.2f} s, "
        f"bare openpyxl write-only {bare:.2f} s, ratio {ours / bare:.2f}x (target <= 1.5x); "
        f"the same cells styled cell by cell in openpyxl {styled:.2f} s, ratio {ours / styled:.2f}x"
    )
    failed = [name for name, *_, ok in results if not ok]
    print("all targets met" if not failed else f"targets missed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
