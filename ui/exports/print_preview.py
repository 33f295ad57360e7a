"""Print the progress sheet through Qt: a preview of its pages, then the system's print dialog (printer,
copies, duplex, page range) from the preview's print button.

The pages are laid out by Qt's text engine from services/documents/sheet_print.py's HTML of the same PdfDocument
the PDF export writes (Qt cannot draw a PDF's pages without the QtPdf add-on). A4 landscape with the
PDF's margins, the header row repeated on every page, 第 X 页 共 Y 页 at the foot.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QObject, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from services.documents.pdf_spec import PdfDocument
from services.documents.sheet_print import document_html
from ui.screen_fit import fit_to_screen


def page_layout(spec: PdfDocument) -> QPageLayout:
    from services.documents.pdf_layout import page_margins  # reportlab, imported only when printing

    top, right, bottom, left = page_margins(spec.landscape)
    orientation = QPageLayout.Orientation.Landscape if spec.landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Point,
    )


class SheetPrintout(QObject):
    """Paints a document on a printer (or the preview's), page by page, with the page numbers."""

    def __init__(self, spec: PdfDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.html = document_html(spec)
        self.pages = 0

    def layout(self, printer: QPrinter) -> QTextDocument:
        document = QTextDocument()
        # Point sizes in the HTML are turned into the printer's pixels, not the screen's.
        document.documentLayout().setPaintDevice(printer)
        document.setDocumentMargin(0)
        document.setHtml(self.html)
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        document.setPageSize(QSizeF(area.width(), area.height()))
        return document

    def paint(self, printer: QPrinter) -> None:
        document = self.layout(printer)
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        height = area.height()
        self.pages = document.pageCount()
        painter = QPainter(printer)
        footer = QFont(document.defaultFont())
        footer.setPointSizeF(10.5)
        first, last = printer.fromPage(), printer.toPage()  # 0, 0: every page
        wanted = [p for p in range(self.pages) if not first or first - 1 <= p <= (last or self.pages) - 1]
        for n, page in enumerate(wanted):
            if n:
                printer.newPage()
            painter.save()
            painter.translate(QPointF(0, -page * height))
            document.drawContents(painter, QRectF(0, page * height, area.width(), height))
            painter.restore()
            if self.spec.page_numbers:
                painter.setFont(footer)
                # In the bottom margin, where the PDF puts it; the painter's origin is the page area's.
                below = paper.bottom() - area.bottom()
                box = QRectF(0, height, area.width(), below)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"第 {page + 1} 页 共 {self.pages} 页")
        painter.end()


def preview_dialog(spec: PdfDocument, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """The preview of ``spec`` on A4; its print button asks for printer, copies and duplex."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(spec.title)
    printer.setPageLayout(page_layout(spec))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer = printer  # the dialog does not own it: kept alive with the dialog
    dialog.printout = SheetPrintout(spec, dialog)
    dialog.paintRequested.connect(dialog.printout.paint)
    fit_to_screen(dialog, QSize(1200, 900))  # room for a landscape page; less on a laptop
    return dialog
