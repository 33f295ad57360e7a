from datetime import date

from services.ledger import LedgerFilter, query_ledger
from services.ledger_filter import RowFilter, RowIndex
from services.lights import Light
from services.storage import user_action


def numbers(rows):
    return [r.number for r in rows]


def test_in_memory_filters_agree_with_the_database_filters(ledger, plan_id, as_of):
    with user_action(ledger) as s:
        rows = query_ledger(s, LedgerFilter(), as_of=as_of)
        index = RowIndex(rows)
        for db_filter, row_filter in [
            (LedgerFilter(search="医疗"), RowFilter(search="医疗")),
            (LedgerFilter(search="发改委"), RowFilter(search="发改委")),
            (LedgerFilter(due_within_days=30), RowFilter(due_within_days=30)),
            (LedgerFilter(lights=frozenset({Light.YELLOW})), RowFilter(lights=frozenset({Light.YELLOW}))),
            (LedgerFilter(status="closed"), RowFilter(status="closed")),
        ]:
            expected = numbers(query_ledger(s, db_filter, as_of=as_of))
            assert numbers(index.filter(row_filter, as_of)) == expected, row_filter


def test_unit_subtree_overdue_and_several_words(ledger, plan_id, as_of):
    with user_action(ledger) as s:
        index = RowIndex(query_ledger(s, LedgerFilter(), as_of=as_of))
    assert numbers(index.filter(RowFilter(unit="区卫健委"), as_of)) == ["2"]
    assert numbers(index.filter(RowFilter(unit="各区镇"), as_of)) == ["1"]
    assert numbers(index.filter(RowFilter(overdue=True), date(2024, 8, 1))) == ["3"]
    assert numbers(index.filter(RowFilter(search="区发改委 项目库"), as_of)) == ["3"]
    assert numbers(index.filter(RowFilter(search="项目库 医疗"), as_of)) == []
    inside = frozenset(r.id for r in index.rows if r.number in ("1", "2"))
    assert numbers(index.filter(RowFilter(inside=inside), as_of)) == ["1", "2"]


def test_typing_narrows_and_deleting_widens_again(ledger, plan_id, as_of):
    with user_action(ledger) as s:
        index = RowIndex(query_ledger(s, LedgerFilter(), as_of=as_of))
    assert numbers(index.filter(RowFilter(search="区"), as_of)) == ["1", "2", "3"]
    assert numbers(index.filter(RowFilter(search="区卫"), as_of)) == ["2"]
    assert numbers(index.filter(RowFilter(search="区卫 医疗"), as_of)) == ["2"]
    assert numbers(index.filter(RowFilter(search="区"), as_of)) == ["1", "2", "3"]  # backspace: all again
    assert numbers(index.filter(RowFilter(search="区", status="closed"), as_of)) == []
    assert numbers(index.filter(RowFilter(search="区发", status="open"), as_of)) == ["1", "3"]
