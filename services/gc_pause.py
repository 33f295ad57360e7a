"""Pause Python's cyclic garbage collector while tens of thousands of rows are built.

Reading 100,000 ledger rows allocates hundreds of thousands of tuples. Each allocation burst makes
CPython run collections, and every full one walks all the objects of the process — the loaded
checklist's rows included — which measured a third of the reminders' time. The rows built here hold
no reference cycles, so nothing needs the collector meanwhile; it resumes with its usual thresholds
when the block ends (and stays off if something else had switched it off).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
