"""What a use case changed, so that each view reloads only what it shows (ui/ops.py follow_changes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

# The kinds of record a write can touch; a view names the kinds it shows (its `wants`).
PLANS = "plans"  # a plan added, removed or renamed
TASKS = "tasks"  # a task's details, figures, lights, state (closed, deleted) or its progress entries
MILESTONES = "milestones"  # a task's dated steps (the calendar and the reminders show them)
ATTACHMENTS = "attachments"  # evidence files of a task
REMINDERS = "reminders"  # a reminder marked handled
UNITS = "units"  # a unit's name, aliases, kind or parent, or units merged
CONTACTS = "contacts"  # the roster (通讯录): liaison officers and leaders of the units
ROUNDS = "rounds"  # reporting rounds: templates sent, returns imported or undone, units chased
KINDS = frozenset({PLANS, TASKS, MILESTONES, ATTACHMENTS, REMINDERS, UNITS, CONTACTS, ROUNDS})


@dataclass(frozen=True)
class Changes:
    """The kinds touched and, where known, which plans and tasks; `everything` after a restore, a
    refresh asked for, or settings that change every light."""

    kinds: frozenset[str] = frozenset()
    plans: frozenset[int] = frozenset()
    tasks: frozenset[int] = frozenset()
    everything: bool = False

    def __post_init__(self) -> None:
        unknown = self.kinds - KINDS
        if unknown:  # a typo here would leave a view stale without a word
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")

    def touches(self, *kinds: str) -> bool:
        return self.everything or not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.plans | other.plans,
            self.tasks | other.tasks,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)


def changed(*kinds: str, plans=(), tasks=()) -> Changes:
    return Changes(frozenset(kinds), frozenset(plans), frozenset(tasks))


EVERYTHING = Changes(everything=True)
NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """A use case's result: its value (a new id, an import's counts…), what changed, and the change-log
    ids that undo reverts, oldest first (one per task when several were closed at once)."""

    value: T
    changes: Changes
    undo_ids: tuple[int, ...] = ()

    @property
    def undo_id(self) -> int | None:
        return self.undo_ids[-1] if self.undo_ids else None
