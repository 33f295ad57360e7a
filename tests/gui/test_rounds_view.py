"""The reporting-rounds view and the import dialog, driven as the office uses them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from services.return_template import DONE_TOTAL, PROGRESS, SITUATION
from services.rounds import LATE, RETURNED
from tests.unit.returns_fill import fill, make_round, snapshot, template_of
from ui.rounds.import_dialog import ImportDialog
from ui.rounds.view import RoundsView


def _filled(made, tmp_path, **values):
    folder = tmp_path / "mail"
    folder.mkdir(exist_ok=True)
    defaults = {PROGRESS: 55, SITUATION: "按计划推进"} | values
    return [fill(f.path, folder / f.path.name, lambda _i: defaults) for f in made.files], folder


def _dialog(context, qtbot, round_id=None):
    dialog = ImportDialog(context, round_id)
    qtbot.add_widget(dialog)
    return dialog


def test_dropping_a_folder_previews_every_file_and_imports_the_accepted_ones(
    context, ledger, plan_id, qtbot, tmp_path
):
    made = make_round(ledger, plan_id, tmp_path / "out")
    _paths, folder = _filled(made, tmp_path)
    (folder / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    dialog = _dialog(context, qtbot, made.round.id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.wait_signal(dialog.previewed, timeout=20000) as blocker:
        dialog.dropEvent(drop)
    assert blocker.args == [4]
    rows = {dialog.files.topLevelItem(n).text(0): dialog.files.topLevelItem(n) for n in range(4)}
    refused = rows["old.xls"]
    assert refused.text(5) == "Refused" and not refused.flags() & Qt.ItemFlag.ItemIsUserCheckable
    ready = [r for name, r in rows.items() if name != "old.xls"]
    assert all(r.checkState(0) == Qt.CheckState.Checked for r in ready)
    dialog.files.setCurrentItem(refused)
    assert "旧版 Excel 97-2003 工作簿（.xls）" in dialog.details.topLevelItem(0).text(0)
    dialog.files.setCurrentItem(rows[made.files[0].path.name])
    changes = dialog.details.topLevelItem(1)
    assert changes.child(0).text(1) == "进度（%）" and changes.child(0).text(2) == "— → 55"
    ready[0].setCheckState(0, Qt.CheckState.Unchecked)
    with qtbot.wait_signal(dialog.imported) as result:
        dialog.import_button.click()
    assert result.args[0].files == 2
    assert len(snapshot(ledger)["returns"]) == 2


def test_a_file_with_warnings_waits_for_the_users_acceptance(context, ledger, plan_id, qtbot, tmp_path):
    made = make_round(ledger, plan_id, tmp_path / "out")
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {DONE_TOTAL: 5000})
    dialog = _dialog(context, qtbot)
    with qtbot.wait_signal(dialog.previewed, timeout=20000):
        dialog.add_paths([path])
    item = dialog.files.topLevelItem(0)
    assert item.checkState(0) == Qt.CheckState.Unchecked and not dialog.import_button.isEnabled()
    problems = dialog.details.topLevelItem(0)
    assert (
        problems.child(0).text(0)
        == "[警告] 累计完成 5000 超过目标 226台（套）：请核实是否填错（如多填了一位）。"
        "（工作表“进展情况”第4行G列）"
    )
    assert problems.child(0).text(3) == "工作表“进展情况”第4行G列"
    dialog.accept_all_button.click()
    assert item.checkState(0) == Qt.CheckState.Checked and dialog.import_button.isEnabled()


def test_cancel_writes_nothing(context, ledger, plan_id, qtbot, tmp_path):
    made = make_round(ledger, plan_id, tmp_path / "out")
    paths, _folder = _filled(made, tmp_path)
    before = snapshot(ledger)
    dialog = _dialog(context, qtbot)
    with qtbot.wait_signal(dialog.previewed, timeout=20000):
        dialog.add_paths(paths)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert snapshot(ledger) == before


def test_rounds_view_status_history_chase_and_undo(context, ledger, plan_id, qtbot, qtmodeltester, tmp_path):
    made = make_round(ledger, plan_id, tmp_path / "out", due=date(2024, 10, 10))
    view = RoundsView(context)
    view.setProperty("quiet", True)
    view.as_of = date(2024, 10, 15)
    qtbot.add_widget(view)
    with qtbot.wait_signal(view.loaded, timeout=10000):
        view.reload()
    assert {u.state for u in view.model.units} == {LATE}
    qtmodeltester.check(view.model)
    assert view.summary.text() == "0 of 3 units returned; 3 late."

    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 30})
    dialog = view.open_import([path])
    with qtbot.wait_signal(dialog.previewed, timeout=20000):
        pass
    with qtbot.wait_signal(view.loaded, timeout=10000):
        dialog.import_button.click()
    states = {u.unit: u.state for u in view.model.units}
    assert states == {"区发改委": LATE, "区卫健委": RETURNED, "区工信局": LATE}
    qtmodeltester.check(view.model)
    row = next(n for n, u in enumerate(view.model.units) if u.unit == "区卫健委")
    view.table.selectRow(row)
    assert view.history.topLevelItemCount() == 1 and view.history.topLevelItem(0).text(2) == "r.xlsx"

    pdf = tmp_path / "催报.pdf"
    with qtbot.wait_signal(view.loaded, timeout=10000):
        view.write_chase(pdf)
    assert pdf.stat().st_size > 1000
    assert {u.unit: u.chased_on for u in view.model.units if u.state == LATE} == {
        "区发改委": date(2024, 10, 15),
        "区工信局": date(2024, 10, 15),
    }

    with qtbot.wait_signal(view.loaded, timeout=10000):
        view.undo_last_import(confirm=False)
    assert {u.state for u in view.model.units} == {LATE}


def test_rounds_view_in_the_main_window(window, qtbot):
    assert "rounds" in window.view_keys
    view = window.show_view("rounds")
    assert isinstance(view, RoundsView)
    qtbot.wait_until(lambda: "No reporting round yet" in view.summary.text(), timeout=10000)
