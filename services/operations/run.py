"""The two ways a use case touches the ledger: one write transaction, or one read."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from services.storage.database import Ledger, read_action, safety_copy, user_action

T = TypeVar("T")


def write(ledger: Ledger, work: Callable[[Session], T], *, backup: str | None = None) -> T:
    """`work` in one transaction, everything or nothing, driver errors in Chinese (user_action).

    backup: the reason of a safety copy taken first (imports, the roster); BackupRejected when it cannot
    be made, before anything is written.
    """
    if backup is not None:
        safety_copy(ledger, backup)
    with user_action(ledger) as session:
        return work(session)


def read(ledger: Ledger, work: Callable[[Session], T]) -> T:
    """`work` in a session that commits nothing, its driver errors in Chinese (read_action)."""
    with read_action(ledger) as session:
        return work(session)
