"""Score the plan reader on the corpus of real public plans in tests/data/plans/corpus.

Each `<name>.txt` is a plan (or the first part of one) as published; `<name>.expected.json` beside it was
written by reading the document, before the parser ran on it: how many measures it has, and for each its
number, lead units and co-units. Run `uv run python -m tests.unit.plan_corpus` for the table by shape.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from services.errors import PlanRejected
from services.plans.parser import ParsedItem, parse_plan_file

CORPUS = Path(__file__).resolve().parents[1] / "data" / "plans" / "corpus"


@dataclass
class DocumentScore:
    name: str
    shape: str
    level: str
    expected: int
    found: int = 0
    right_leads: int = 0
    right_cos: int = 0
    extra: int = 0  # measures the reader found that the document does not have
    rejected: str | None = None
    held_out: bool = False  # added after the reader was changed, scored first as it stood
    misses: list[str] = field(default_factory=list)


def corpus_documents() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def _match(expected: list[dict], measures: list[ParsedItem]) -> list[ParsedItem | None]:
    """Pair expected measures with parsed ones of the same number, both in document order, the pairing that
    pairs the most (and, among those, the most with the expected lead units) — an alignment, so one missed
    `一` does not pair the next part's `一` and lose every measure between them."""
    rows, cols = len(expected), len(measures)

    def gain(i: int, j: int) -> int:
        want, got = expected[i], measures[j]
        if got.number != want["number"]:
            return 0
        return (
            4
            + 2 * (sorted(got.lead_units) == sorted(want["lead_units"]))
            + (sorted(got.co_units) == sorted(want["co_units"]))
        )

    best = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            paired = gain(i, j)
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + paired if paired else 0)
    paired_with: list[ParsedItem | None] = []
    i = j = 0
    while i < rows:
        if j < cols and (paired := gain(i, j)) and best[i][j] == best[i + 1][j + 1] + paired:
            paired_with.append(measures[j])
            i, j = i + 1, j + 1
        elif j < cols and best[i][j] == best[i][j + 1]:
            j += 1
        else:
            paired_with.append(None)
            i += 1
    return paired_with


def tally(score, want: list[dict], read, *, name=lambda unit: unit, same=lambda unit: unit):
    """Count into `score` (its found / right_leads / right_cos, or rejected) the measures `read()` gives
    against the expectation `want`. `name` writes an expected unit as the copy being read writes it; `same`
    puts both sides in one form before they are compared (the harnesses of the corpus's copies)."""
    try:
        measures = list(read())
    except PlanRejected as error:
        score.rejected = error.reason
        return score
    for expected, got in zip(want, _match(want, measures), strict=True):
        if got is None:
            continue
        score.found += 1
        for role, count in (("lead_units", "right_leads"), ("co_units", "right_cos")):
            ours = sorted(same(unit) for unit in getattr(got, role))
            theirs = sorted(same(name(unit)) for unit in expected[role])
            setattr(score, count, getattr(score, count) + (ours == theirs))
    return score


def score_document(path: Path) -> DocumentScore:
    expectation = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    want = expectation["expected"]
    score = DocumentScore(path.stem, expectation["shape"], expectation["level"], expectation["measures"])
    score.held_out = bool(expectation.get("held_out"))
    try:
        measures = list(parse_plan_file(path).measures)
    except PlanRejected as error:
        score.rejected = error.reason
        return score
    paired = _match(want, measures)
    for expected, got in zip(want, paired, strict=True):
        if got is None:
            score.misses.append(f"{expected['number']}: not found")
            continue
        score.found += 1
        if sorted(got.lead_units) == sorted(expected["lead_units"]):
            score.right_leads += 1
        else:
            score.misses.append(
                f"{expected['number']}: lead {list(got.lead_units)} != {expected['lead_units']}"
            )
        if sorted(got.co_units) == sorted(expected["co_units"]):
            score.right_cos += 1
        else:
            score.misses.append(f"{expected['number']}: co {list(got.co_units)} != {expected['co_units']}")
    score.extra = max(0, len(measures) - score.found)
    return score


@dataclass(frozen=True)
class ShapeScore:
    shape: str
    documents: int
    expected: int
    found: int
    right_leads: int
    right_cos: int
    extra: int

    @property
    def found_share(self) -> float:
        return self.found / self.expected

    @property
    def lead_share(self) -> float:
        return self.right_leads / self.expected

    @property
    def co_share(self) -> float:
        return self.right_cos / self.expected


def by_shape(scores: list[DocumentScore]) -> dict[str, ShapeScore]:
    groups: dict[str, list[DocumentScore]] = defaultdict(list)
    for score in scores:
        groups[score.shape].append(score)
        groups["all"].append(score)
        if score.held_out:
            groups["held-out"].append(score)
    return {
        shape: ShapeScore(
            shape,
            len(group),
            sum(s.expected for s in group),
            sum(s.found for s in group),
            sum(s.right_leads for s in group),
            sum(s.right_cos for s in group),
            sum(s.extra for s in group),
        )
        for shape, group in groups.items()
    }


def report(scores: list[DocumentScore]) -> str:
    lines = [f"{'shape':<16} docs measures found  leads  co-units  extra"]
    for shape in sorted(by_shape(scores).values(), key=lambda s: (s.shape in ("all", "held-out"), s.shape)):
        lines.append(
            f"{shape.shape:<16} {shape.documents:>4} {shape.expected:>8} {shape.found_share:>5.0%}"
            f" {shape.lead_share:>6.0%} {shape.co_share:>9.0%} {shape.extra:>6}"
        )
    for score in scores:
        if score.rejected or score.misses:
            lines.append(f"  {score.name}: {score.rejected or '; '.join(score.misses)}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report([score_document(path) for path in corpus_documents()]))
