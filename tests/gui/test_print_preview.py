"""Printing the progress sheet: Ctrl+P opens a preview of the sheet's pages, laid out from the same
document as the PDF, on A4 landscape with the header on every page and the page numbers."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from services.documents.sheet_print import load_progress_sheet
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action
from ui.exports.print_preview import SheetPrintout, page_layout


@pytest.fixture
def sample_plan(ledger) -> int:
    with user_action(ledger) as session:
        return import_plan_file(session, sample_plan_path())


# The offscreen platform cannot raise the preview window or grab the keyboard for it; a screen can.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_ctrl_p_previews_the_progress_sheet(window, sample_plan, qtbot):
    exports = window.view("exports")
    (print_action,) = [a for a in window.menus[0].actions() if a.shortcut().toString() == "Ctrl+P"]
    with qtbot.wait_signal(exports.preview_opened, timeout=20000) as opened:
        print_action.trigger()
    dialog = opened.args[0]
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == dialog.printout.pages >= 3
    assert dialog.printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert dialog.printout.spec.title == "《南通市海门区推动大规模设备更新行动方案》任务推进情况表"
    dialog.reject()


def test_the_printed_pages_say_what_the_pdf_says(ledger, sample_plan, qapp, tmp_path):
    spec = load_progress_sheet(ledger, sample_plan, as_of=date(2024, 9, 30))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(spec))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printout = SheetPrintout(spec)
    printout.paint(printer)
    pages = PdfReader(tmp_path / "printed.pdf").pages
    assert len(pages) == printout.pages
    first = pages[0].extract_text()
    assert "任务推进情况表" in first and "牵头单位" in first
    assert f"第1页共{len(pages)}页" in "".join(first.split())
    assert "牵头单位" in pages[1].extract_text()  # the header row again on the next page
