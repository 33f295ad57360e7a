"""What a row of the ledger is: one measure or task as the checklist, the exports and the CLI see it."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from services.ledger.lights import Light


class TargetView(NamedTuple):
    id: int
    text: str
    quantity: float | None
    unit: str | None
    comparator: str | None
    done: float | None
    year: int | None = None
    recurring: str | None = None

    def describe(self) -> str:
        """`80个（完成30）` as a clerk reads it in one table cell; just `80个` before anything is reported."""
        if self.quantity is None:
            return self.text
        amount = f"{self.quantity:g}{self.unit or ''}"
        return amount if self.done is None else f"{amount}（完成{self.done:g}）"


class LedgerRow(NamedTuple):
    """One measure or task as the ledger shows it (a NamedTuple: 100,000 of these are built at once)."""

    id: int
    plan_id: int
    parent_id: int | None
    kind: str
    level: int
    position: int
    number: str | None
    title: str
    text: str | None
    section: str | None
    domain: str | None
    lead_units: tuple[str, ...]
    co_units: tuple[str, ...]
    due: date | None
    recurring: str | None
    targets: tuple[TargetView, ...]
    progress: int | None
    status: str
    light: Light
    version: int
    latest_situation: str | None
    why: str = ""  # why the light is what it is (services/ledger/lights.py judge)
    awaiting_confirmation: bool = False  # 待销号: the unit reported it done, the office has not closed it
    milestone: str | None = (
        None  # set on a calendar entry for a step inside the task (services/ledger/milestones.py)
    )

    def to_json(self) -> dict:
        """The `tasks --json` shape (docs/cli.md; more keys may follow the required ones)."""
        return {
            "id": self.id,
            "plan_id": self.plan_id,
            "number": self.number,
            "title": self.title,
            "lead_units": list(self.lead_units),
            "co_units": list(self.co_units),
            "due": self.due.isoformat() if self.due else None,
            "targets": [
                {"quantity": _json_number(t.quantity), "unit": t.unit, "done": _json_number(t.done)}
                for t in self.targets
            ],
            "progress": self.progress,
            "status": self.status,
            "light": str(self.light),
            "kind": self.kind,
            "section": self.section,
            "domain": self.domain,
            "recurring": self.recurring,
            "why": self.why,
            "awaiting_confirmation": self.awaiting_confirmation,
        }


def _json_number(value: float | None) -> float | int | None:
    """80 rather than 80.0, as parse-plan --json writes it: scripts compare the two outputs."""
    return int(value) if isinstance(value, float) and value.is_integer() else value
