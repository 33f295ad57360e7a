"""The 导出 area's Word documents: 督办通知单 and the 通报 with its ranking from the office's templates, the
template folder opened and restored."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QDate

from services.documents.docx_templates import TEMPLATE_FILES
from tests.unit.ranking_ledger import AS_OF, build_ranking_ledger
from ui.exports import word_documents
from ui.exports.view import ExportsView


@pytest.fixture(autouse=True)
def errors_fail(monkeypatch):
    """An error would open a modal box and wait for a click: here it fails the test with its message."""

    def fail(_parent, exc, _title=None):
        raise AssertionError(str(exc)) from exc

    monkeypatch.setattr(word_documents, "show_error", fail)


def _view(context, qtbot):
    view = ExportsView(context)
    qtbot.add_widget(view)
    view.as_of.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    view.word_documents.report_by.setDate(QDate(2024, 7, 25))
    return view


def test_bulletin_and_urge_notices_from_the_templates(context, ledger, data_dir, qtbot, tmp_path):
    build_ranking_ledger(ledger)
    view = _view(context, qtbot)
    panel = view.word_documents
    panel.number.setText("第7期")
    out = tmp_path / "通报.docx"
    with qtbot.wait_signal(panel.written, timeout=20000):
        panel.write_bulletin(out)
    document = docx.Document(str(out))
    ranking = next(t for t in document.tables if t.rows[0].cells[0].text == "名次")
    assert [row.cells[1].text for row in ranking.rows[1:]] == [
        "区发改委",
        "区住建局",
        "区商务局",
        "区卫健委",
        "区工信局",
    ]
    assert "通报.docx" in view.result.text()

    with qtbot.wait_signal(panel.written, timeout=20000) as blocker:
        panel.write_urge_notices(tmp_path)
    assert [p.name for p in blocker.args[0]] == ["督办通知单-区工信局-20240720.docx"]
    text = "\n".join(p.text for p in docx.Document(str(blocker.args[0][0])).paragraphs)
    assert "2024年7月25日前" in text and "第7期" in text


def test_template_folder_is_in_the_data_folder_and_restorable(context, ledger, data_dir, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(word_documents, "open_in_viewer", opened.append)
    view = _view(context, qtbot)
    folder = view.word_documents.open_folder()
    assert opened == [folder] and folder.parent == data_dir
    assert sorted(p.name for p in folder.glob("*.docx")) == sorted(TEMPLATE_FILES.values())
    (folder / "催报通知.docx").write_bytes(b"broken")
    assert view.word_documents.restore(confirm=False) == folder
    assert docx.Document(str(folder / "催报通知.docx")).paragraphs  # a sound document again
    assert (folder / "旧模板").is_dir()
