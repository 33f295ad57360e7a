"""How the ledger's figures read on paper, the same in the Excel ledger, the PDF sheet and the bulletin:
dates as plans write them, targets and done figures, a closed task at 100%, the light's label.
"""

from __future__ import annotations

from datetime import date

from services.ledger.lights import LIGHT_LABELS
from services.ledger.plan_figures import PlanRows
from services.ledger.row_views import LedgerRow


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def plan_subtitles(ledger: PlanRows, as_of: date, extra: str = "") -> tuple[str, ...]:
    """`（海政发〔2024〕1号，2024年7月10日印发）` when known, then `截至2024年9月30日`."""
    plan = ledger.plan
    issued = [p for p in (plan.doc_number, plan.issued_on and f"{chinese_date(plan.issued_on)}印发") if p]
    lines = [f"（{'，'.join(issued)}）"] if issued else []
    lines.append(f"截至{chinese_date(as_of)}{extra}")
    return tuple(lines)


def target_text(row: LedgerRow) -> str:
    parts = [f"{t.quantity:g}{t.unit or ''}" if t.quantity is not None else t.text for t in row.targets]
    return "；".join(p for p in parts if p)


def done_text(row: LedgerRow) -> str:
    return "；".join(f"{t.done:g}{t.unit or ''}" for t in row.targets if t.done is not None)


def due_value(row: LedgerRow) -> date | str | None:
    if row.due is not None and row.recurring != "yearly":
        return row.due
    return "每年" if row.recurring == "yearly" else None


def shown_progress(row: LedgerRow) -> int | None:
    """Closing a task (办结) does not touch its last reported figure; on paper a closed task is done."""
    return 100 if row.status == "closed" else row.progress


def due_text(row: LedgerRow) -> str:
    """As plans write deadlines: `2024年底`, `2024年7月31日`, `每年年底`."""
    if row.recurring == "yearly":
        return "每年年底"
    if row.due is None:
        return "—"
    if (row.due.month, row.due.day) == (12, 31):
        return f"{row.due.year}年底"
    return chinese_date(row.due)


def light_text(row: LedgerRow) -> str:
    return LIGHT_LABELS[row.light]
