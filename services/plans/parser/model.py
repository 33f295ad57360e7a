"""What a parsed plan is: frozen values the review screen, the importer and the CLI share.

Nothing here knows about the database; resolving unit names to registered units happens when the plan
is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Comparator = Literal[">=", "<=", "about", "="]
Recurrence = Literal["yearly", "quarterly", "monthly"]
ItemKind = Literal["section", "measure"]


@dataclass(frozen=True)
class TargetShare:
    """One line of a per-unit breakdown: `其中，开发区30个以上` -> 开发区, 30, >=."""

    unit: str
    quantity: int | float
    comparator: Comparator


@dataclass(frozen=True)
class ParsedTarget:
    text: str
    # The parser always finds a figure, a unit and a comparator; a target the clerk adds or clears in the
    # review may have none (None), as a hand-made JSON may.
    quantity: int | float | None
    unit: str | None
    comparator: Comparator | None
    year: int | None = None
    recurring: Recurrence | None = None
    breakdown: tuple[TargetShare, ...] = ()


@dataclass(frozen=True)
class ParsedDeadline:
    """A deadline phrase as written and the day it means (None when the year is unknown)."""

    text: str
    due: date | None


@dataclass(frozen=True)
class ParsedItem:
    kind: ItemKind
    level: int
    number: str
    title: str
    text: str = ""
    lead_units: tuple[str, ...] = ()
    co_units: tuple[str, ...] = ()
    targets: tuple[ParsedTarget, ...] = ()
    deadlines: tuple[ParsedDeadline, ...] = ()
    # Short Chinese notes the review screen highlights (no clause found, number without a unit, …).
    doubts: tuple[str, ...] = ()
    # 0-based index of the first source line, so the review screen can show the item beside the text.
    line: int = 0

    @property
    def is_measure(self) -> bool:
        return self.kind == "measure"


@dataclass(frozen=True)
class RosterEntry:
    role: str
    name: str
    title: str | None
    unit: str | None


@dataclass(frozen=True)
class TaskTableRow:
    seq: str
    domain: str | None
    task: str
    lead_units: tuple[str, ...] = ()
    co_units: tuple[str, ...] = ()
    targets: tuple[ParsedTarget, ...] = ()
    deadlines: tuple[ParsedDeadline, ...] = ()
    # The row's 完成时限 cell as written (`2024年底前`), read for deadlines with the task text.
    due_text: str | None = None
    # The row's other cells as (header, cell): 预期效果, 责任领导, 备注… — the measure's text keeps them.
    details: tuple[tuple[str, str], ...] = ()
    # What the reader inferred rather than read (a lead cell merged with the row above), for review.
    doubts: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedPlan:
    file_name: str
    title: str | None
    doc_number: str | None
    issued_on: date | None
    items: tuple[ParsedItem, ...]
    roster: tuple[RosterEntry, ...] = ()
    task_table: tuple[TaskTableRow, ...] = ()
    # The text the plan was parsed from, one source line per line, for the review screen.
    source_text: str = field(default="", repr=False)

    @property
    def measures(self) -> tuple[ParsedItem, ...]:
        return tuple(item for item in self.items if item.is_measure)

    @property
    def year(self) -> int | None:
        return self.issued_on.year if self.issued_on else None


@dataclass(frozen=True)
class PlanBlock:
    """One paragraph of a plan document, or one row of a Word table (then `cells` holds its cells)."""

    text: str
    cells: tuple[str, ...] | None = None
