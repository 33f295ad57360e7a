"""A fingerprint of the whole ledger: every row of every table, sorted, for "nothing was written"."""

from __future__ import annotations

from sqlalchemy import select

from models import Base
from services.storage.database import Ledger


def fingerprint(ledger: Ledger) -> dict[str, list[tuple[str, ...]]]:
    """Table name -> its rows as text, sorted. Two equal fingerprints: not one value changed anywhere.

    Every column is kept (timestamps, versions, the change log): a refused file or a failed write must
    not touch anything at all, not even a row it then deletes again.
    """
    with ledger.engine.connect() as connection:
        return {
            table.name: sorted(tuple(map(repr, row)) for row in connection.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


def counts(print_: dict[str, list[tuple[str, ...]]]) -> dict[str, int]:
    """Rows per table, for a readable assertion message."""
    return {name: len(rows) for name, rows in print_.items() if rows}
