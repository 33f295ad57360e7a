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
