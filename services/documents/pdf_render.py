"""The reportlab side of services/documents/pdf_layout.py: a PdfDocument laid out as flowables and written.

Kept apart so that describing a document (pdf_spec) never imports reportlab; ``build_pdf`` loads this.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from services.documents.fonts import PdfFonts
from services.documents.pdf_chart import chart_drawings
from services.documents.pdf_spec import (
    PdfBarChart,
    PdfDocument,
    PdfPageBreak,
    PdfParagraph,
    PdfTable,
    page_margins,
)
from services.documents.pdf_table import PdfStyles, build_table, markup
from services.documents.style import SIZE_ER_HAO, SIZE_SAN_HAO, SIZE_SI_HAO, SIZE_WU_HAO

# Page streams are written compressed as they are, not also spelled out in ASCII85: that encoding, in
# pure Python without reportlab's C accelerator, took a tenth of a long sheet's time and made the file
# a quarter larger; every PDF reader reads either.
rl_config.useA85 = 0


def render(target: Path, spec: PdfDocument, fonts: PdfFonts) -> None:
    page_size = landscape(A4) if spec.landscape else A4
    top, right, bottom, left = page_margins(spec.landscape)
    doc = SimpleDocTemplate(
        str(target),
        pagesize=page_size,
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=spec.title,
        author=spec.author,
        creator="督办台账",
        # Start every page on the embedded font: reportlab's default Helvetica would otherwise be
        # listed in the PDF as a font that is not embedded, which strict checkers (and PDF/A) flag.
        initialFontName=fonts.table,
    )
    footer = _numbered_canvas(fonts.table, bottom, spec.page_numbers)
    doc.build(_story(spec, PdfStyles(fonts, spec.body_size), doc.width, doc.height), canvasmaker=footer)


def _story(spec: PdfDocument, styles: PdfStyles, width: float, height: float) -> list[Flowable]:
    fonts = styles.fonts
    title_style = styles.get(fonts.title, SIZE_ER_HAO, align="center", leading=SIZE_ER_HAO * 1.5)
    story: list[Flowable] = [Paragraph(markup(spec.title), title_style)]
    if spec.subtitle_lines:
        story.append(Spacer(1, 4))
        sub_style = styles.get(fonts.body, SIZE_SI_HAO, align="center")
        story.extend(Paragraph(markup(line), sub_style) for line in spec.subtitle_lines)
    story.append(Spacer(1, SIZE_SAN_HAO))

    for block in spec.blocks:
        if isinstance(block, PdfParagraph):
            story.append(_paragraph(block, styles))
        elif isinstance(block, PdfTable):
            story.extend(build_table(block, styles, width, height))
        elif isinstance(block, PdfBarChart):
            for drawing in chart_drawings(block, width, height - 12, fonts.table):
                story.extend([drawing, Spacer(1, 12)])
        elif isinstance(block, PdfPageBreak):
            story.append(PageBreak())
        else:
            raise TypeError(f"not a PDF block: {block!r}")

    if spec.signature_lines:
        story.append(_signature(spec.signature_lines, styles))
    return story


def _paragraph(block: PdfParagraph, styles: PdfStyles) -> Paragraph:
    fonts, size = styles.fonts, styles.body_size
    # GB/T 9704 sets 22 lines of 三号 on a 225 mm block: a line pitch of about 1.75 times the size.
    leading = size * 1.75
    if block.kind == "heading":
        style = styles.get(fonts.heading, size, indent=2 * size, leading=leading)
    elif block.kind == "plain":
        style = styles.get(fonts.body, size, leading=leading)
    elif block.kind == "note":
        style = styles.get(fonts.body, SIZE_WU_HAO)
    else:
        style = styles.get(fonts.body, size, indent=2 * size, leading=leading)
    paragraph = Paragraph(markup(block.text), style)
    if block.kind == "heading":
        paragraph.keepWithNext = True  # never a heading alone at the foot of a page
    return paragraph


def _signature(lines: tuple[str, ...], styles: PdfStyles) -> Flowable:
    """署名 and 成文日期 at the bottom right, centred on each other, 右空四字 as GB/T 9704 asks."""
    size = styles.body_size
    style = styles.get(styles.fonts.body, size, align="center")
    text_width = max(stringWidth(line, styles.fonts.body, size) for line in lines) + 8
    block = Table(
        [[Paragraph(markup(line), style), ""] for line in lines],
        colWidths=[text_width, 4 * size],
        hAlign="RIGHT",
    )
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.fonts.body),  # not Helvetica, which is not embedded
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([Spacer(1, 2 * size), block])


def _numbered_canvas(font: str, bottom_margin: float, page_numbers: bool) -> type[Canvas]:
    """A canvas that knows the page count: it keeps each page until the end, then stamps the footer.

    The usual reportlab recipe; a second build pass would double the time of a 20-page table.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # reportlab calls it by this name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if page_numbers:
                    self.setFont(font, SIZE_WU_HAO)
                    label = f"第 {self._pageNumber} 页 共 {total} 页"
                    self.drawCentredString(self._pagesize[0] / 2, bottom_margin / 2, label)
                super().showPage()
            super().save()

    return NumberedCanvas
