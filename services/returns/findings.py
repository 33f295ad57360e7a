"""What checking a return finds: its problems at three levels, the changes it would make, the rows' plain
values; and what the check is given (the round, the unit's tasks, the ledger's state).

Apart from check.py so that the per-target rows (targets.py), the identity check and the preview speak
the same words without importing the check that uses them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from services.errors import CellRef
from services.returns.rounds import ReturnTask, RoundView

NOTE, WARNING, ERROR = "note", "warning", "error"
LEVEL_LABELS = {NOTE: "提示", WARNING: "警告", ERROR: "错误"}


@dataclass(frozen=True)
class Problem:
    message: str
    where: CellRef = field(default_factory=CellRef)
    level: str = WARNING

    def describe(self) -> str:
        place = self.where.describe()
        return f"{place}：{self.message}" if place else self.message


@dataclass(frozen=True)
class Change:
    item_id: int
    task: str  # `3 推动企业绿色低碳转型升级`
    field: str  # the column header: 进度（%）, 累计完成, …
    old: str
    new: str
    where: CellRef


@dataclass(frozen=True)
class RowUpdate:
    """What one row brings into the ledger, as plain values."""

    item_id: int
    progress: int | None = None
    done_this_period: float | None = None
    done_total: float | None = None
    situation: str | None = None
    problems: str | None = None
    next_steps: str | None = None
    completed: bool | None = None
    completed_on: date | None = None
    where: CellRef | None = None  # the row it came from, for what is said about it later
    # (target position, this period, total) per target, when the form gave each target its own row
    target_totals: tuple[tuple[int, float | None, float | None], ...] = ()


@dataclass(frozen=True)
class LedgerState:
    """What the ledger holds for one task, for old → new and the checks."""

    progress: int | None
    situation: str | None
    last_total: float | None  # the unit's cumulative figure last time (another round)
    last_period: str | None
    last_problems: str | None
    last_next_steps: str | None
    target_comparator: str | None


@dataclass(frozen=True)
class CheckContext:
    round: RoundView
    unit_id: int
    unit: str
    tasks: dict[int, ReturnTask]  # the unit's tasks in this round's plan
    plan_items: dict[int, tuple[str | None, str]]  # every live item of the plan: id -> (number, title)
    state: dict[int, LedgerState]
    sent_checksum: str | None
    form_round_id: int | None = None  # the round the form was made for, when it differs or is known


@dataclass
class CheckResult:
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    updates: list[RowUpdate] = field(default_factory=list)
    per_target: set[int] = field(default_factory=set)  # tasks whose row's 累计完成 is target ①'s


def fmt(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def task_label(number: str | None, title: str) -> str:
    return f"{number} {title}" if number else title
