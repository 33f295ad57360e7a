"""One line per figure: name, value, goal, ratio to the bare library measured in the same run, ok/short."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    goal: str
    ok: bool
    baseline: float | None = None  # the bare library's figure in the same run
    baseline_name: str = ""  # what the baseline is, e.g. "bare PySide6 window"

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    def shown(self, value: float | None = None) -> str:
        """The value (or the baseline's) with the decimals its unit deserves."""
        decimals = {"s": 3, "ms": 1, "MB": 1, "rows": 0}.get(self.unit, 3)
        return f"{self.value if value is None else value:.{decimals}f}"

    def line(self) -> str:
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else "—"
        verdict = "ok" if self.ok else "short"
        name, goal = f"{self.name:<52}", f"{self.goal:<38}"
        return f"{name} {self.shown():>8} {self.unit:<4} goal {goal} ratio {ratio:>6}  {verdict}"


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of `runs` timings: on a shared machine the minimum is the least disturbed run."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best
