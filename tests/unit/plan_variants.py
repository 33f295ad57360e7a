"""The corpus again, as other copies of the same plans reach an office: re-typeset, not re-written.

A plan's owners do not change when its text is copied out of a PDF (lines broken at the page width, page
numbers between them), pasted from a web page (blank lines between paragraphs), typed in Word (full-width brackets
and colons) or re-indented in Word (full-width spaces), typed with full-width digits or a space after
every 、. Each variant here is made from a corpus document
by one such change, and is scored against the same hand-written expectation: a measure the reader finds
in the original but loses in a variant is a shape the reader only knows in one dress. Run
`uv run python -m tests.unit.plan_variants` for the table; tests/unit/test_plan_variants.py holds the
floors.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from unicodedata import east_asian_width

from services.plans.parser import parse_plan_text
from tests.unit.plan_corpus import corpus_documents, tally

PAGE_WIDTH = 33  # CJK characters on a line of an A4 page in 三号 仿宋, the width official plans are set in
PAGE_LINES = 22  # lines of that page

_HALF = str.maketrans({"（": "(", "）": ")", "：": ":", "；": ";", "，": ","})
_FULL = {"(": "（", ")": "）", ":": "：", ";": "；", ",": "，"}
# Not between digits: 10:30 and 1,000 are written half-width in any document.
_TO_FULL = re.compile(r"[():;,](?![0-9])|(?<![0-9])[():;,]")
_TABLE = re.compile(r"[|\t]")
_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _paragraphs(text: str) -> list[str]:
    return text.replace("\r\n", "\n").split("\n")


def pdf_lines(text: str) -> str:
    """A text PDF's layer: every prose paragraph broken at the page width, a page number between pages.

    Table rows (`|` or tab cells) are left whole: a PDF table's text is another shape (parser/pdf_rows.py).
    """
    out: list[str] = []
    for paragraph in _paragraphs(text):
        if _TABLE.search(paragraph):
            out.append(paragraph)
            continue
        out.extend(_broken(paragraph))
    paged: list[str] = []
    for number, start in enumerate(range(0, len(out), PAGE_LINES), start=1):
        paged.extend(out[start : start + PAGE_LINES])
        paged.append(f"— {number} —")
    return "\n".join(paged)


def _broken(paragraph: str) -> list[str]:
    """The paragraph set on the page: a line ends where the next character would pass the width (a
    Chinese character is one wide, a digit or Latin letter half)."""
    lines, line, width = [], "", 0.0
    for ch in paragraph:
        wide = 1.0 if east_asian_width(ch) in "WF" else 0.5
        if width + wide > PAGE_WIDTH:
            lines.append(line)
            line, width = "", 0.0
        line, width = line + ch, width + wide
    return [*lines, line] if line else lines


def full_width(text: str) -> str:
    """The issued document's punctuation: the corpus was stored from web pages, which give brackets,
    colons, semicolons and commas half-width; the .docx an office receives has them full-width. (A Word
    bookmark exported as text, `[bookmark: _GoBack]`, is the converter's and stays as it writes it.)"""
    pieces = re.split(r"(\[bookmark: [^\]]*\])", text)
    return "".join(
        p if p.startswith("[bookmark: ") else _TO_FULL.sub(lambda m: _FULL[m.group()], p) for p in pieces
    )


def web_blank_lines(text: str) -> str:
    """A web page copied into Notepad: a blank line after every paragraph."""
    return "\n\n".join(_paragraphs(text))


def word_indent(text: str) -> str:
    """Word's first-line indent typed as two full-width spaces before every paragraph."""
    return "\n".join(
        "\u3000\u3000" + p if p.strip() and not _TABLE.search(p) else p for p in _paragraphs(text)
    )


def full_width_digits(text: str) -> str:
    """Digits typed in full-width mode (１２, ２０２４年), as older Word documents have them."""
    return text.translate(_FULL_DIGITS)


def spaced_lists(text: str) -> str:
    """A space typed after every 、 ： and ；, as a web editor or a hurried clerk leaves them."""
    return re.sub(r"([、：:；;])", r"\1 ", text)


def tab_cells(text: str) -> str:
    """A `| a | b |` table's rows as a Word table pasted into Notepad gives them: cells between tabs
    (a markdown rule line `|---|` dropped). Only documents with such rows change, so this is no entry
    of VARIANTS (whose every variant changes most of the corpus)."""
    out: list[str] = []
    for line in _paragraphs(text):
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.count("|") >= 3):  # a row of two cells or more
            out.append(line)
            continue
        cells = [cell.strip() for cell in stripped.strip("|").split("|")]
        if not all(re.fullmatch(r":?-+:?", cell) for cell in cells if cell):
            out.append("\t".join(cells))
    return "\n".join(out)


VARIANTS: dict[str, Callable[[str], str]] = {
    "pdf-lines": pdf_lines,
    "full-width": full_width,
    "blank-lines": web_blank_lines,
    "indent": word_indent,
    "full-digits": full_width_digits,
    "spaced": spaced_lists,
}


@dataclass
class VariantScore:
    name: str
    variant: str
    expected: int
    found: int = 0
    right_leads: int = 0
    right_cos: int = 0
    rejected: str | None = None


def score_variant(path: Path, variant: str) -> VariantScore:
    expectation = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    score = VariantScore(path.stem, variant, expectation["measures"])
    make = tab_cells if variant == "tab-cells" else VARIANTS[variant]
    text = make(path.read_text(encoding="utf-8"))
    read = lambda: parse_plan_text(text, path.name).measures  # noqa: E731
    # Names compared as a reader would: the variant's punctuation does not make another unit.
    return tally(score, expectation["expected"], read, same=lambda unit: unit.translate(_HALF))


def report(scores: list[VariantScore]) -> str:
    lines = [f"{'variant':<12} docs measures  found  leads  co-units  documents short"]
    for variant in [*VARIANTS, "renamed"]:
        group = [s for s in scores if s.variant == variant]
        if not group:
            continue
        expected = sum(s.expected for s in group)
        short = [s for s in group if s.found < s.expected or s.right_leads < s.expected]
        lines.append(
            f"{variant:<12} {len(group):>4} {expected:>8} {sum(s.found for s in group) / expected:>6.0%}"
            f" {sum(s.right_leads for s in group) / expected:>6.0%}"
            f" {sum(s.right_cos for s in group) / expected:>9.0%} {len(short):>6}"
        )
    for s in scores:
        if s.rejected or s.found < s.expected or s.right_leads < s.expected or s.right_cos < s.expected:
            what = s.rejected or f"found {s.found}/{s.expected}, leads {s.right_leads}, co {s.right_cos}"
            lines.append(f"  {s.variant:<12} {s.name}: {what}")
    return "\n".join(lines)


PLACE = "云溪"  # a place name no corpus document uses, put before each unit's level word


def renamed_units(text: str, names: list[str]) -> tuple[str, dict[str, str]]:
    """The units a county, city or province names with its level word only (区发改委, 市科技局) named
    with their place as well (云溪区发改委), as a plan from another place names its own: the reader must
    take a name it has never seen by where it stands. 各区发改委 (each district's) is left, and so are
    names of several places at once (县(市、区)政府)."""
    renames = {
        name: PLACE + name
        for name in names
        if name[:1] in "省市区县" and len(name) >= 3 and not re.search(r"[(（、]", name)
    }
    for name in sorted(renames, key=len, reverse=True):
        text = re.sub(rf"(?<!各)(?<!{PLACE}){re.escape(name)}", renames[name], text)
    return text, renames


def score_renamed(path: Path) -> VariantScore:
    expectation = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    want = expectation["expected"]
    names = sorted({n for m in want for n in (*m["lead_units"], *m["co_units"])})
    text, renames = renamed_units(path.read_text(encoding="utf-8"), names)
    score = VariantScore(path.stem, "renamed", expectation["measures"])
    read = lambda: parse_plan_text(text, path.name).measures  # noqa: E731
    return tally(score, want, read, name=lambda unit: renames.get(unit, unit))


if __name__ == "__main__":
    chosen = sys.argv[1:] or [*VARIANTS, "renamed"]
    scores = [
        score_renamed(path) if v == "renamed" else score_variant(path, v)
        for v in chosen
        for path in corpus_documents()
    ]
    print(report(scores))
