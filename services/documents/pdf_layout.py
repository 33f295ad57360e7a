"""Official-layout PDFs: progress sheets (进度表), urge notices (督办单), the printed roster (通讯录).

A document is described with the frozen dataclasses of services/documents/pdf_spec.py, re-exported here (plain
values only, so a worker thread can build it from query results), and written by ``build_pdf``. The layout follows what a district office
hands to its leaders: A4, margins after GB/T 9704, a centred title in 黑体/小标宋 二号, body in 仿宋
三号 with a two-character first-line indent, tables with the header repeated on every page, and
``第 X 页 共 Y 页`` at the foot of each page. Fonts are embedded TrueType (services/documents/fonts.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from services.documents.pdf_spec import (
    PdfBar,
    PdfBarChart,
    PdfCell,
    PdfColumn,
    PdfDocument,
    PdfPageBreak,
    PdfParagraph,
    PdfSpanRow,
    PdfTable,
    page_margins,
)

if TYPE_CHECKING:
    from services.documents.fonts import PdfFonts

# reportlab (0.4 s of imports) is loaded by build_pdf, in services/documents/pdf_render.py: a module that
# only describes a document — the returns templates name the urge notice's office and dates — or a
# command that never writes a PDF does not wait for it.

__all__ = [
    "PdfBar",
    "PdfBarChart",
    "PdfCell",
    "PdfColumn",
    "PdfDocument",
    "PdfPageBreak",
    "PdfParagraph",
    "PdfSpanRow",
    "PdfTable",
    "build_pdf",
    "page_margins",
]


def build_pdf(path: Path | str, spec: PdfDocument, *, fonts: PdfFonts | None = None) -> Path:
    """Write ``spec`` to ``path`` atomically. Raises services.errors.ExportFailed when it cannot be saved."""
    from services.documents.fonts import pdf_fonts
    from services.documents.pdf_render import render
    from services.files.export_files import write_atomically

    fonts = fonts or pdf_fonts()
    return write_atomically(Path(path), lambda temp: render(temp, spec, fonts))
