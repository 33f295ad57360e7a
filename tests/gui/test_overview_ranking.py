"""The overview's 考评 box shows the service's ranking: the same order and figures as the Excel sheet and
the 通报 (tests/unit/test_ranking_documents.py), for the year and for the latest round."""

from __future__ import annotations

from tests.unit.ranking_ledger import AS_OF, build_ranking_ledger
from ui.overview.ranking_box import ROUND
from ui.overview.view import OverviewView


def _table(box) -> list[tuple[str, ...]]:
    return [
        tuple(box.table.item(r, c).text() for c in range(box.table.columnCount()))
        for r in range(box.table.rowCount())
    ]


def test_overview_ranks_the_units(context, ledger, qtbot):
    build_ranking_ledger(ledger)
    view = OverviewView(context)
    qtbot.add_widget(view)
    context.runner.wait(10000)
    view.as_of = AS_OF
    with qtbot.wait_signal(view.ranking.loaded, timeout=10000):
        view.reload()
    assert view.ranking.label.text() == "2024年度, as of 2024-07-20"
    assert _table(view.ranking) == [
        ("1", "区发改委", "100.0%", "70.0%", "0", "2 / 1"),
        ("2", "区住建局", "100.0%", "25.0%", "0", "0 / 0"),
        ("2", "区商务局", "100.0%", "25.0%", "0", "0 / 0"),
        ("4", "区卫健委", "50.0%", "100.0%", "1", "1 / 1"),
        ("5", "区工信局", "50.0%", "—", "1", "0 / 0"),
    ]
    assert "1 of 2 returns on time, 0 late, 1 missing" in view.ranking.table.item(4, 0).toolTip()

    with qtbot.wait_signal(view.ranking.loaded, timeout=10000):
        view.ranking.scope.setCurrentIndex(view.ranking.scope.findData(ROUND))
    assert view.ranking.label.text().startswith("2024年第2季度")
    assert [row[1] for row in _table(view.ranking)] == [
        "区卫健委",
        "区发改委",
        "区住建局",
        "区商务局",
        "区工信局",
    ]


def test_a_ranked_unit_opens_the_checklist_on_its_tasks(window, plan_id, qtbot):
    from tests.gui.test_overview import loaded_overview

    view = loaded_overview(window, qtbot)
    qtbot.wait_until(lambda: view.ranking.table.rowCount() > 0, timeout=10000)
    row = next(
        r for r in range(view.ranking.table.rowCount()) if view.ranking.table.item(r, 1).text() == "区卫健委"
    )
    checklist = window.view("checklist")
    with qtbot.wait_signal(checklist.loaded, timeout=5000):
        view.ranking.table.cellClicked.emit(row, 1)
    qtbot.waitUntil(lambda: not checklist._loading)
    assert window.stack.currentWidget() is checklist
    assert checklist.filters.unit.currentText() == "区卫健委"
    assert [checklist.model.row_at(r).title for r in range(checklist.model.rowCount())] == [
        "推进医疗卫生设备更新"
    ]
