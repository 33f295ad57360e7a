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


@contextmanager
def paused_gc_keeping() -> Iterator[None]:
    """paused_gc for a block whose result is kept (the ledger's rows): at its end what it built is
    frozen (gc.freeze) before the collector resumes. Resumed without, the collector's next pass would
    walk every object built meanwhile, a long pass at 100,000 rows, holding the interpreter lock (the
    GUI thread waits) whichever thread it happens on. Frozen objects are still freed by their reference
    counts; they are only left out of the collector's passes."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
