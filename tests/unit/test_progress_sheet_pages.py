"""The printed progress sheet of the 48-task sample: at most 8 A4 pages, none but the last less than
half full, and no line of any cell starting with a full-width comma or semicolon."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from services.documents.fonts import pdf_fonts
from services.documents.pdf_layout import page_margins
from services.documents.progress_sheet import write_progress_sheet
from services.ledger.stats import load_plan_rows
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action

NO_LINE_START = "，；：、。）"


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    from services.storage.database import open_ledger

    folder = tmp_path_factory.mktemp("sheet")
    ledger = open_ledger(f"sqlite:///{folder / 'ledger.sqlite3'}")
    with user_action(ledger) as session:
        plan_id = import_plan_file(session, sample_plan_path())
        plan = load_plan_rows(session, plan_id, as_of=date(2024, 9, 30))
    ledger.engine.dispose()
    return PdfReader(write_progress_sheet(folder / "sheet.pdf", plan, as_of=date(2024, 9, 30)).path)


def _lowest_text(page) -> float:
    """The lowest baseline of the page's text above the footer (the page number sits in the margin)."""
    bottom = page_margins(True)[2]
    ys: list[float] = []

    def visit(text, cm, tm, _font, _size):
        y = cm[5] + tm[5] * cm[3] if cm[3] else tm[5]
        if text.strip() and y > bottom * 0.9:
            ys.append(y)

    page.extract_text(visitor_text=visit)
    return min(ys)


def test_the_sample_sheet_fits_eight_pages_none_half_empty(sheet):
    pages = sheet.pages
    assert len(pages) <= 8
    top, _right, bottom, _left = page_margins(True)
    height = landscape(A4)[1] - top - bottom
    for number, page in enumerate(pages[:-1], start=1):
        used = (landscape(A4)[1] - top - _lowest_text(page)) / height
        assert used >= 0.5, f"page {number} is {used:.0%} full"


def test_no_line_starts_with_a_closing_mark(sheet):
    for number, page in enumerate(sheet.pages, start=1):
        for line in page.extract_text().splitlines():
            assert not line.strip().startswith(tuple(NO_LINE_START)), (number, line)


def test_a_semicolon_at_the_wrap_stays_at_the_end_of_the_line():
    font = pdf_fonts().table
    import services.documents.pdf_table  # noqa: F401  (the line-breaking rules are set where the tables are made)

    style = ParagraphStyle("t", fontName=font, fontSize=10, leading=13, wordWrap="CJK")
    for mark in "；，：":
        text = f"完成制造业技术改造项目八十个{mark}更新农机一百五十台{mark}建成充电桩二百个"
        paragraph = Paragraph(text, style)
        for width in range(40, 200, 5):  # every place the line can break
            paragraph.wrap(width, 1000)
            lines = ["".join(line[1]) for line in paragraph.blPara.lines]  # (space, [text]) each
            assert not any(line.startswith(mark) for line in lines[1:]), (width, lines)


def test_two_closing_marks_take_a_character_down_with_them():
    from services.documents.pdf_wrap import break_lines

    font = pdf_fonts().table
    text = "教室基础设备300台（套）。"
    for width in range(30, 160, 3):
        lines = break_lines(text, font, 9, width).split("\n")
        assert "".join(lines) == text
        assert not any(line.startswith(tuple(NO_LINE_START)) for line in lines[1:]), (width, lines)
        assert not any(line.endswith("（") for line in lines[:-1]), (width, lines)
        assert not any(line[:1].isdigit() and prev[-1:].isdigit() for prev, line in pairwise(lines))
