"""The 催报 from the rounds view: as text on the clipboard for the group chat, and as a Word notice from
the office's template (the late units are then marked as chased)."""

from __future__ import annotations

from datetime import date

import docx
from PySide6.QtWidgets import QApplication

from models import Contact
from services.storage.database import user_action
from services.units.resolve import find_unit
from tests.unit.returns_fill import make_round
from ui.rounds.view import RoundsView


def _view(context, qtbot):
    view = RoundsView(context)  # loads as of today once
    view.setProperty("quiet", True)
    qtbot.add_widget(view)
    context.runner.wait(10000)
    qtbot.wait_until(lambda: view.rounds.count() > 0, timeout=10000)
    view.as_of = date(2024, 10, 15)
    with qtbot.wait_signal(view.loaded, timeout=10000):
        view.reload()
    return view


def test_copy_chase_text_puts_the_late_units_on_the_clipboard(context, ledger, plan_id, qtbot, tmp_path):
    make_round(ledger, plan_id, tmp_path / "out", due=date(2024, 10, 10))
    with user_action(ledger) as session:
        unit = find_unit(session, "区卫健委")
        session.add(
            Contact(unit_id=unit.id, name="王芳", role="联络员", mobile="13800001111", is_primary=True)
        )
    QApplication.clipboard().setText("")
    view = _view(context, qtbot)
    assert view.chase_actions.isEnabled()
    text = view.chase_actions.copy_text()
    assert QApplication.clipboard().text() == text
    lines = text.splitlines()
    assert lines[0].startswith(
        "【催报】《测试区推动大规模设备更新行动方案》2024年第3季度推进情况报送表应于2024年10月10日前报送"
    )
    assert "已逾期5天，以下3家单位尚未报送，请于2024年10月17日前报送：" in lines[0]
    assert "区卫健委（联络员王芳，电话13800001111）" in text
    assert "区发改委（未登记联络员）" in text
    assert lines[-1] == "——领导小组办公室"


def test_nothing_late_means_nothing_to_copy(context, ledger, plan_id, qtbot, tmp_path):
    make_round(ledger, plan_id, tmp_path / "out", due=date(2024, 10, 20))  # not due yet on 10-15
    view = _view(context, qtbot)
    assert not view.chase_actions.isEnabled()


def test_chase_notice_in_word_from_the_template(context, ledger, plan_id, qtbot, tmp_path):
    make_round(ledger, plan_id, tmp_path / "out", due=date(2024, 10, 10))
    view = _view(context, qtbot)
    out = tmp_path / "催报通知.docx"
    view.chase_actions.write_docx(out)
    qtbot.wait_until(out.exists, timeout=10000)
    context.runner.wait(10000)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "催报通知" in text and "以下3家单位尚未报送" in text
    with user_action(ledger) as session:
        from services.returns.rounds import list_rounds, round_status

        status = round_status(session, list_rounds(session)[0].id, as_of=date(2024, 10, 15))
    assert {u.chased_on for u in status.units} == {date(2024, 10, 15)}


def test_chase_notice_uses_the_templates_of_this_ledgers_data_folder(
    context, ledger, plan_id, qtbot, tmp_path
):
    """The office edits the copy in the data folder of the ledger it has open; that copy is the one used."""
    from services.documents.docx_templates import template_folder

    make_round(ledger, plan_id, tmp_path / "out", due=date(2024, 10, 10))
    folder = template_folder(context.data_dir / "templates")
    edited = docx.Document(str(folder / "催报通知.docx"))
    edited.add_paragraph("本办联系人：王五")
    edited.save(str(folder / "催报通知.docx"))
    view = _view(context, qtbot)
    out = tmp_path / "催报通知.docx"
    view.chase_actions.write_docx(out)
    qtbot.wait_until(out.exists, timeout=10000)
    context.runner.wait(10000)
    assert "本办联系人：王五" in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
