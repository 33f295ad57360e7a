"""The 导出 area: the file's suffix follows the chosen document."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.exports.view import ExportsView, with_suffix_for


@pytest.mark.parametrize(
    ("kind", "typed", "saved"),
    [
        ("pdf", "我的台账.xlsx", "我的台账.pdf"),
        ("ledger", "我的台账.PDF", "我的台账.xlsx"),
        ("bulletin", "通报.doc", "通报.docx"),
        ("ledger", "我的台账", "我的台账.xlsx"),
        ("pdf", "2024.3季度进度", "2024.3季度进度.pdf"),
        ("pdf", "进度表.pdf", "进度表.pdf"),
    ],
)
def test_the_suffix_follows_the_document(kind, typed, saved):
    assert with_suffix_for(kind, Path("D:/台账") / typed) == Path("D:/台账") / saved


def test_a_typed_xlsx_name_saved_as_pdf_is_written_as_pdf(context, plan_id, qtbot, tmp_path):
    view = ExportsView(context)
    qtbot.add_widget(view)
    view.out.setText(str(tmp_path / "我的台账.xlsx"))
    view.kind.setCurrentIndex(view.kind.findData("pdf"))
    assert view.out.text() == str(tmp_path / "我的台账.pdf")
    view.out.setText(str(tmp_path / "我的台账.xlsx"))  # typed again after choosing PDF
    with qtbot.wait_signal(view.exported, timeout=20000) as blocker:
        view.export()
    assert blocker.args[0].path == tmp_path / "我的台账.pdf"
    assert (tmp_path / "我的台账.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "我的台账.xlsx").exists()
