"""考评: every figure and the order, computed by hand for tests/unit/ranking_ledger.py."""

from __future__ import annotations

from datetime import date

import pytest

from services.errors import InvalidValue
from services.ledger.ranking import latest_round, rank_units
from services.ledger.ranking_rule import ranking_cells, round_year
from services.storage.database import user_action
from tests.unit.ranking_ledger import AS_OF, build_ranking_ledger

# (rank, unit, asked, on time, late, missing, on-time rate, tasks, targets, completion, overdue, reported, confirmed)
YEAR_2024 = [
    (1, "区发改委", 2, 2, 0, 0, 100.0, 2, 2, 70.0, 0, 2, 1),
    (2, "区住建局", 2, 2, 0, 0, 100.0, 1, 1, 25.0, 0, 0, 0),
    (2, "区商务局", 2, 2, 0, 0, 100.0, 1, 1, 25.0, 0, 0, 0),
    (4, "区卫健委", 2, 1, 1, 0, 50.0, 1, 1, 100.0, 1, 1, 1),
    (5, "区工信局", 2, 1, 0, 1, 50.0, 1, 0, None, 1, 0, 0),
]


def _figures(ranking) -> list[tuple]:
    return [
        (
            s.rank,
            s.unit,
            s.asked,
            s.on_time,
            s.late_returns,
            s.missing,
            s.on_time_rate,
            s.tasks,
            s.targets,
            None if s.target_completion is None else round(s.target_completion, 1),
            s.overdue,
            s.reported_done,
            s.confirmed,
        )
        for s in ranking.rows
    ]


@pytest.fixture
def ranked(ledger):
    return build_ranking_ledger(ledger)


def test_year_ranking_figures_and_order(ledger, ranked) -> None:
    plan_id, _rounds = ranked
    with user_action(ledger) as session:
        ranking = rank_units(session, [plan_id], as_of=AS_OF, year=2024)
    assert ranking.label == "2024年度"
    assert _figures(ranking) == YEAR_2024
    assert ranking.rows[0].awaiting == 1  # reported done, not yet 销号
    assert ranking_cells(ranking.rows[4]) == ("5", "区工信局", "2", "1", "50.0%", "1", "—", "1", "0", "0")


def test_round_ranking_counts_that_round_only(ledger, ranked) -> None:
    plan_id, rounds = ranked
    with user_action(ledger) as session:
        first = rank_units(session, [plan_id], as_of=AS_OF, round_id=rounds["q1"])
        second = rank_units(session, [plan_id], as_of=AS_OF, round_id=rounds["q2"])
        assert latest_round(session, [plan_id]) == rounds["q2"]
    # Q1, judged as on its due date 04-05: nothing overdue yet, 区卫健委 returned late, no completions reported.
    assert [(s.rank, s.unit, s.on_time_rate, s.overdue, s.reported_done) for s in first.rows] == [
        (1, "区发改委", 100.0, 0, 0),
        (2, "区住建局", 100.0, 0, 0),
        (2, "区商务局", 100.0, 0, 0),
        (4, "区工信局", 100.0, 0, 0),
        (5, "区卫健委", 0.0, 0, 0),
    ]
    # Q2 as on 07-05: 区工信局 never returned; 区卫健委's task due 05-31 is still open on 07-05 (overdue)
    # but its target is met (100%), which ranks before 区发改委's 70%: completion comes before overdue.
    assert [
        (s.rank, s.unit, s.on_time, s.missing, s.overdue, s.reported_done, s.confirmed) for s in second.rows
    ] == [
        (1, "区卫健委", 1, 0, 1, 1, 1),
        (2, "区发改委", 1, 0, 0, 2, 1),
        (3, "区住建局", 1, 0, 0, 0, 0),
        (3, "区商务局", 1, 0, 0, 0, 0),
        (5, "区工信局", 0, 1, 1, 0, 0),
    ]


def test_a_round_not_yet_due_owes_nothing(ledger, ranked) -> None:
    plan_id, rounds = ranked
    with user_action(ledger) as session:
        early = rank_units(session, [plan_id], as_of=date(2024, 7, 3), round_id=rounds["q2"])
    by_unit = {s.unit: s for s in early.rows}
    # On 07-03 区工信局 is not late yet and 区卫健委's return (07-05) has not come: neither owes one.
    assert by_unit["区工信局"].asked == 0 and by_unit["区工信局"].on_time_rate is None
    assert by_unit["区卫健委"].asked == 0 and by_unit["区发改委"].on_time == 1


def test_scope_must_be_a_round_or_a_year(ledger, ranked) -> None:
    plan_id, _rounds = ranked
    with user_action(ledger) as session, pytest.raises(InvalidValue, match="二者选一"):
        rank_units(session, [plan_id], as_of=AS_OF)
    assert round_year("2024年第4季度", date(2025, 1, 5)) == 2024
    assert round_year("年中报送", date(2025, 1, 5)) == 2025


def test_a_voided_report_of_completion_no_longer_counts(ledger, ranked) -> None:
    from sqlalchemy import select

    from models import LedgerItem, ProgressEntry
    from services.ledger.corrections import void_entry

    plan_id, _rounds = ranked
    with user_action(ledger) as session:
        entry_id = session.scalar(
            select(ProgressEntry.id)
            .join(LedgerItem, LedgerItem.id == ProgressEntry.item_id)
            .where(LedgerItem.number == "2", ProgressEntry.reported_done.is_(True))
        )
        void_entry(session, entry_id, "单位误报已完成")
    with user_action(ledger) as session:
        first = rank_units(session, [plan_id], as_of=AS_OF, year=2024).rows[0]
    assert (first.unit, first.reported_done, first.confirmed, first.awaiting) == ("区发改委", 1, 1, 0)
