"""Exports as the clerk feels them, each beside the bare library in the same run, on the same rows:

- the PDF progress sheet of 1,000 and of 10,000 tasks, each with a 100-200 character 最新进展情况 (a real
  ledger's), written by `python main.py export-pdf` in a fresh process and timed from before the process
  starts to its exit: start-up, imports, fonts, reading the plan and writing every page. Goals: under 3 s
  for 1,000 tasks, and linear: 10,000 within 12x 1,000. Beside each, bare reportlab writing the same
  cells as wrapped Paragraphs in the same font, in tables of 60 rows with the header repeated (a linear
  layout: one long reportlab Table is quadratic), in this process, fonts already registered;
- the Excel ledger of 10,000 tasks: within 1.5x openpyxl's write-only writing of the same cells with the
  same fonts, borders and fills (styled cell by cell, as openpyxl documents); the unstyled write-only
  figure is shown too.

`uv run python bench/exports_bench.py`.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from sqlalchemy import func, insert, select

from bench.common import ROOT, best_of
from models import Assignment, LedgerItem, Target
from services.documents.fonts import pdf_fonts
from services.documents.ledger_export import LEDGER_COLUMNS, _ledger_rows, write_ledger
from services.documents.pdf_table import markup
from services.documents.progress_sheet import SHEET_COLUMNS, _table_row, select_rows
from services.documents.xlsx_layout import XlsxCell, XlsxSpanRow
from services.ledger.stats import PlanRows, load_plan_rows
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import open_ledger, user_action

AS_OF = date(2024, 9, 30)
SITUATIONS = [
    "已完成项目摸排，建立项目库，正在组织申报。",
    "已开工12个项目，完成投资3.2亿元，其余项目正在办理前期手续，预计年底前全部开工。",
    "受资金到位影响，进度有所滞后，正在协调财政资金，下步将加快推进。",
    "已完成招标，设备陆续到货安装。",
]


# Pieces of the 最新进展情况 a unit reports: a real one runs to 100-200 characters (what was done, the
# figures, what holds it up, what comes next), which is what makes a progress sheet's rows tall.
PHRASES = [
    "已完成项目摸排，建立项目库，正在组织申报",
    "已开工12个项目，完成投资3.2亿元，其余项目正在办理前期手续，预计年底前全部开工",
    "受资金到位影响，进度有所滞后，正在协调财政资金，下步将加快推进",
    "已完成招标，设备陆续到货安装，调试工作同步开展",
    "召开专题推进会3次，梳理问题清单8项，已解决5项，其余3项正在会同区财政局研究",
    "累计走访企业46家，宣传设备更新贴息政策，指导企业申报超长期特别国债项目",
    "因用地指标尚未落实，部分项目开工时间推迟，已报请区政府协调",
    "下一步将按月调度项目进度，对滞后项目挂牌督办，确保完成年度目标任务",
]


def situation(rng: random.Random) -> str:
    """A progress report of 100-200 characters, phrases joined as a clerk writes them."""
    text = ""
    while len(text) < 100:
        text += rng.choice(PHRASES) + "；"
    return text[:200].rstrip("；") + "。"


def make_plan(url: str, tasks: int, seed: int = 7, *, long_texts: bool = False) -> int:
    """The Haimen sample plan with ``tasks`` more tasks under its measures (owners, targets, progress);
    ``long_texts``: every task has a 100-200 character 最新进展情况, as a real ledger has."""
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
                    "latest_situation": situation(rng)
                    if long_texts
                    else (rng.choice(SITUATIONS) if progress is not None else None),
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


def bare_reportlab_table(path: Path, plan: PlanRows) -> None:
    """The same rows as the progress sheet, as plain reportlab tables of 60 rows: no title, lights,
    summary, page numbers."""
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
    style = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), fonts.table)]
    )
    tables = []
    for start in range(1, len(data), 60):
        table = Table([header, *data[start : start + 60]], colWidths=widths, repeatRows=1)
        table.setStyle(style)
        tables.append(table)
    doc.build(tables)


def _choice_all():
    from services.documents.progress_sheet import SheetChoice

    return SheetChoice()


def bare_openpyxl(path: Path, plan: PlanRows) -> None:
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


def styled_openpyxl(path: Path, plan: PlanRows) -> None:
    """The same cells with the same look, styled the way openpyxl documents for write-only sheets."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    from services.documents.style import LIGHT_COLORS
    from services.documents.xlsx_layout import BODY_FONT, BORDER, HEADER_FONT, PatternFill

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


def _export_pdf(url: str, plan_id: int, out: Path, env: dict[str, str]) -> float:
    """Seconds from before `main.py export-pdf` starts to its exit."""
    argv = [sys.executable, str(ROOT / "main.py"), "--db", url, "export-pdf", "--plan", str(plan_id)]
    argv += ["--as-of", AS_OF.isoformat(), "--out", str(out)]
    started = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=env, check=True, capture_output=True, timeout=900)
    return time.perf_counter() - started


def timings() -> dict[str, float]:
    """Seconds for each side, best of a few runs, alternating, so a busy moment hits both sides."""
    folder = Path(tempfile.mkdtemp(prefix="exports-bench-"))
    # Bytecode compiled, as an installed app ships it, in a folder of the run's own.
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pdf_fonts()  # the bare side's fonts, registered once, outside its timing
    out: dict[str, float] = {}

    for tasks, runs in ((1000, 3), (10000, 1)):
        url = f"sqlite:///{folder / f'pdf{tasks}.sqlite3'}"
        plan_id = make_plan(url, tasks, long_texts=True)
        ledger = open_ledger(url)
        with user_action(ledger) as session:
            plan = load_plan_rows(session, plan_id, as_of=AS_OF)
        ledger.dispose()
        out[f"pdf{tasks}_rows"] = len(plan.items())
        if tasks == 1000:
            _export_pdf(url, plan_id, folder / "warm.pdf", env)  # compiles the bytecode, untimed
        for _ in range(runs):
            ours = _export_pdf(url, plan_id, folder / "sheet.pdf", env)
            out[f"pdf{tasks}"] = min(out.get(f"pdf{tasks}", float("inf")), ours)
            bare = best_of(1, lambda plan=plan: bare_reportlab_table(folder / "bare.pdf", plan))
            out[f"pdf{tasks}_bare"] = min(out.get(f"pdf{tasks}_bare", float("inf")), bare)
        out[f"pdf{tasks}_pages"] = _pages(folder / "sheet.pdf")

    url = f"sqlite:///{folder / 'xlsx.sqlite3'}"
    plan_id = make_plan(url, 10000)
    ledger = open_ledger(url)
    with user_action(ledger) as session:
        plan = load_plan_rows(session, plan_id, as_of=AS_OF)
    ledger.dispose()
    out["xlsx_rows"] = len(plan.items())
    for _ in range(3):
        for key, work in (
            ("xlsx", lambda: write_ledger(folder / "ledger.xlsx", [plan], as_of=AS_OF)),
            ("xlsx_styled", lambda: styled_openpyxl(folder / "styled.xlsx", plan)),
            ("xlsx_bare", lambda: bare_openpyxl(folder / "bare.xlsx", plan)),
        ):
            out[key] = min(out.get(key, float("inf")), best_of(1, work))
    return out


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def measure():
    from bench.common import Figure

    t = timings()
    small, large = t["pdf1000"], t["pdf10000"]
    return [
        Figure(
            f"PDF progress sheet, {t['pdf1000_rows']:,.0f} rows ({t['pdf1000_pages']:.0f} pages), "
            "process start to exit",
            small,
            "s",
            "< 3 s",
            small < 3.0,
            t["pdf1000_bare"],
            "bare reportlab tables, in process",
        ),
        Figure(
            f"PDF progress sheet, {t['pdf10000_rows']:,.0f} rows ({t['pdf10000_pages']:.0f} pages), "
            "process start to exit",
            large,
            "s",
            f"< 12x the 1,000-task sheet ({12 * small:.1f} s)",
            large < 12 * small,
            t["pdf10000_bare"],
            "bare reportlab tables, in process",
        ),
        Figure(
            f"Excel ledger, {t['xlsx_rows']:,.0f} rows: write",
            t["xlsx"],
            "s",
            "<= 1.5x openpyxl write-only, styled",
            t["xlsx"] <= 1.5 * t["xlsx_styled"],
            t["xlsx_styled"],
            "openpyxl write-only, styled",
        ),
        Figure(
            f"Excel ledger, {t['xlsx_rows']:,.0f} rows: write (unstyled reference)",
            t["xlsx"],
            "s",
            "no goal (the same cells without fonts, borders, fills)",
            True,
            t["xlsx_bare"],
            "openpyxl write-only, unstyled",
        ),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure.line())
