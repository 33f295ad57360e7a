"""A table-only plan imports from a .docx as from its .txt (issue 12): every corpus document written as
the .docx an office receives — a line a paragraph, a `|` row a row of a real Word table, a category
merged down — read by the Word reader and scored against its hand-written expectation
(tests/unit/plan_docx_copies.py). The floors are what the reader reaches. Two documents hold their
table a cell a line (`cell |`), which has no rows to rebuild as a Word table; they are the tables' miss.
"""

from __future__ import annotations

from tests.unit.plan_corpus import corpus_documents
from tests.unit.plan_docx_copies import score_docx_copy
from tests.unit.plan_pdf_copies import TABLE_SHAPES, report, shares


def test_every_corpus_plan_written_as_a_docx_reads_like_its_text(tmp_path) -> None:
    scores = [score_docx_copy(path, tmp_path) for path in corpus_documents()]
    prose = [s for s in scores if s.shape not in TABLE_SHAPES]
    tables = [s for s in scores if s.shape in TABLE_SHAPES]
    assert len(prose) >= 90 and len(tables) >= 30
    assert shares(prose) == (1.0, 1.0, 1.0), report(prose)
    assert min(shares(tables)) >= 0.97, report(tables)
