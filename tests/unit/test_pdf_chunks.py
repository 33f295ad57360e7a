"""A long table laid out a page at a time, and cells drawn from their broken lines, look as before.

The progress sheet of 10,000 tasks took 108 s because reportlab re-measured the rest of one long table at
every page (issue 16). services/documents/pdf_chunks.py and pdf_cells.py make it linear; these tests hold
them to reportlab's own result: the same text at the same place on the same pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from services.documents import pdf_table
from services.documents.fonts import pdf_fonts
from services.documents.pdf_cells import LinesCell, paragraph_lines
from services.documents.pdf_layout import PdfCell, PdfColumn, PdfDocument, PdfSpanRow, PdfTable, build_pdf
from services.documents.pdf_table import PdfStyles, markup
from services.documents.pdf_wrap import break_lines

COLUMNS = (
    PdfColumn("序号", 0.05, "center"),
    PdfColumn("任务内容", 0.35),
    PdfColumn("牵头单位", 0.15, "center"),
    PdfColumn("最新进展情况", 0.35),
    PdfColumn("状态", 0.1, "right"),
)
# As pdf_table pads a cell: 3 pt each side, so the lines broken to width - 6 are the cell's lines.
PADDING = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
PROGRESS = "已开工12个项目，完成投资3.2亿元，其余项目正在办理前期手续；受资金到位影响，进度有所滞后。"


def rows(count: int) -> tuple:
    out: list = []
    for i in range(1, count + 1):
        if i % 25 == 1:
            out.append(PdfSpanRow(f"（{i // 25 + 1}）第{i // 25 + 1}组任务"))
        light = ("red", "yellow", "green", "grey")[i % 4]
        out.append(
            (
                str(i),
                f"任务{i}：推进设备更新" * (1 + i % 3),
                "区发改委、区工信局",
                PROGRESS * (i % 4),
                PdfCell("灯", light),
            )
        )
    return tuple(out)


def placed_text(path: Path) -> list[list[tuple[float, float, str]]]:
    """Each page's pieces of text with where they start (x, y in points, to 0.1 pt)."""
    pages = []
    for page in PdfReader(path).pages:
        pieces: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, pieces=pieces):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                pieces.append((round(x, 1), round(y, 1), text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(sorted(pieces))
    return pages


def test_a_long_table_in_page_chunks_is_laid_out_as_one_reportlab_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = PdfDocument(title="长表", landscape=True, blocks=(PdfTable(COLUMNS, rows(150)),))
    chunked = placed_text(build_pdf(tmp_path / "chunked.pdf", spec))
    monkeypatch.setattr(pdf_table, "CHUNKED_FROM", 10**9)  # one Table, split by reportlab
    whole = placed_text(build_pdf(tmp_path / "whole.pdf", spec))

    assert len(chunked) == len(whole) > 5
    assert chunked == whole
    assert all(any(text == "牵头单位" for _x, _y, text in page) for page in chunked)  # header on each


def test_lines_cell_draws_its_lines_where_paragraph_does(tmp_path: Path) -> None:
    fonts = pdf_fonts()
    styles = PdfStyles(fonts, 10.5)
    texts = (
        PROGRESS * 3,
        "2027年底\n阶段目标 2025.12.31",
        "区交通局、海门生态环境局、区公安局",
        "",
        "  两个  空格 \n\n末行\n",
    )
    width = 120.0
    made: dict[str, Path] = {}
    for kind in ("paragraph", "lines"):
        data = []
        for text in texts:
            row = []
            for align in ("left", "center", "right"):
                style = styles.get(fonts.table, 9, align=align, color="C00000")
                broken = break_lines(text, fonts.table, 9, width - 6)
                if kind == "paragraph":
                    row.append(Paragraph(markup(broken), style))
                else:
                    row.append(
                        LinesCell(
                            paragraph_lines(broken), fonts.table, 9, style.leading, align, style.textColor
                        )
                    )
            data.append(row)
        path = tmp_path / f"{kind}.pdf"
        doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), initialFontName=fonts.table)
        doc.build(
            [Table(data, colWidths=[width] * 3, style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *PADDING])]
        )
        made[kind] = path

    assert placed_text(made["lines"]) == placed_text(made["paragraph"])
