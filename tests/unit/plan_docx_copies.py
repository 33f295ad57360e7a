"""The corpus as the .docx an office receives, read back by the Word reader (services/plans/reader.py).

Each corpus document is written with python-docx: a line a paragraph, and a run of `|` or tab rows a
real Word table, a cell a column (a row short of the header's cells under a cell merged down from the
row above, as a category column is merged in Word). A text table written a cell a line (`cell |`) has
no rows to rebuild and stays paragraphs. Then the document is read as any .docx and scored against its hand-written expectation, so a
shape the reader knows as text but not as a Word table shows here. `uv run python -m
tests.unit.plan_docx_copies` prints the table.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from tests.unit.plan_corpus import corpus_documents
from tests.unit.plan_pdf_copies import PdfScore, report, score_copy

_CELLS = re.compile(r"\s*\|\s*|\t")


def _row(line: str) -> list[str] | None:
    """The cells of a `|` or tab row; None for a paragraph."""
    if "|" not in line and "\t" not in line:
        return None
    cells = [cell.strip() for cell in _CELLS.split(line.strip())]
    while cells and not cells[-1]:
        cells.pop()
    while cells and not cells[0]:
        cells.pop(0)
    return cells if len(cells) >= 2 else None


def make_docx(text: str, target: Path) -> Path:
    import docx

    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        width = max(len(row) for row in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for index, row in enumerate(rows):
            # A row short of cells sits under a category merged down from above: its first cells
            # are that merge, as Word keeps it (python-docx reads the merged cell in each row).
            short = width - len(row)
            for column, value in enumerate(row, start=short):
                table.cell(index, column).text = value
            for column in range(short if index else 0):
                table.cell(index - 1, column).merge(table.cell(index, column))
        rows.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        cells = _row(line)
        if cells is not None:
            rows.append(cells)
            continue
        flush()
        document.add_paragraph(line.strip())
    flush()
    document.save(str(target))
    return target


def score_docx_copy(path: Path, folder: Path) -> PdfScore:
    return score_copy(path, lambda text: make_docx(text, folder / f"{path.stem}.docx"))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        names = sys.argv[1:]
        chosen = [p for p in corpus_documents() if not names or p.stem in names]
        print(
            report([score_docx_copy(path, Path(folder)) for path in chosen]).replace(
                "PDF copies", ".docx copies"
            )
        )
