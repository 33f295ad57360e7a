"""One line per figure: name, value, goal, ratio to the bare library measured in the same run, ok/short."""

from __future__ import annotations

import os
import sys
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

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    def line(self) -> str:
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else "—"
        verdict = "ok" if self.ok else "short"
        return f"{self.name:<44} {self.value:>10.3f} {self.unit:<4} goal {self.goal:<26} ratio {ratio:>6}  {verdict}"
