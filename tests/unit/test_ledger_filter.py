from datetime import date

import pytest

from services.ledger.filtering import RowFilter, RowIndex
from services.ledger.lights import Light
from services.ledger.rows import LedgerFilter, query_ledger
from services.storage.database import user_action


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


def _one_by_one(rows, flt, as_of):
    """The filter judged row by row, as it reads: what the column scans must give."""
    from datetime import timedelta

    def keep(r):
        key = "\n".join(
            (r.number or "", r.title, r.domain or "", r.section or "", "、".join(r.lead_units),
             "、".join(r.co_units), r.latest_situation or "")
        ).lower()  # fmt: skip
        return (
            all(word in key for word in flt.search.lower().split())
            and (flt.plan_id is None or r.plan_id == flt.plan_id)
            and (flt.inside is None or r.id in flt.inside)
            and (not flt.status or r.status == flt.status)
            and (not flt.lights or r.light in flt.lights)
            and (not flt.unit or flt.unit in r.lead_units or flt.unit in r.co_units)
            and (
                flt.due_within_days is None
                or (r.due is not None and r.due <= as_of + timedelta(days=flt.due_within_days))
            )
            and (not flt.overdue or (r.due is not None and r.due < as_of and r.status == "open"))
        )

    return [r for r in rows if keep(r)]


def test_column_scans_agree_with_judging_each_row_in_any_order():
    import random
    from datetime import timedelta

    from services.ledger.rows import LedgerRow

    rng = random.Random(9)
    units = ["区发改委", "区卫健委", "区工信局", "各区镇", "区教体局"]
    words = ["推进", "设备", "医疗", "更新", "区卫", "12", "项目库", "电梯"]
    as_of = date(2025, 3, 15)
    rows = []
    for n in range(600):
        leads = tuple(rng.sample(units, rng.randint(0, 2)))
        cos = tuple(u for u in rng.sample(units, rng.randint(0, 2)) if u not in leads)
        due = rng.choice([None, as_of + timedelta(days=rng.randint(-90, 120))])
        rows.append(
            LedgerRow(
                id=n + 1, plan_id=rng.randint(1, 3), parent_id=None, kind="task", level=3,
                position=rng.randint(1, 50), number=str(rng.randint(1, 40)),
                title=rng.choice(words) + rng.choice(words) + f"第{n}项", text=None,
                section=rng.choice([None, "一、推动设备更新"]), domain=rng.choice([None, "医疗卫生", "工业"]),
                lead_units=leads, co_units=cos, due=due, recurring=None, targets=(),
                progress=rng.choice([None, 0, 50, 100]), status=rng.choice(["open", "open", "closed"]),
                light=rng.choice(list(Light)), version=1, latest_situation=rng.choice([None, "已完成招标"]),
            )
        )  # fmt: skip
    index = RowIndex(rows)
    orders = [
        None,
        (lambda r: r.position, False),
        (lambda r: r.title, True),
        (lambda r: r.due or date.max, False),
    ]
    for _ in range(300):
        flt = RowFilter(
            search=" ".join(rng.sample(words, rng.choice([0, 0, 1, 2]))),
            unit=rng.choice([None, *units]),
            status=rng.choice([None, "open", "closed"]),
            lights=frozenset(rng.sample(list(Light), rng.choice([0, 0, 1, 2]))),
            due_within_days=rng.choice([None, 7, 30]),
            overdue=rng.random() < 0.2,
            plan_id=rng.choice([None, 1, 2]),
            inside=rng.choice([None, frozenset(rng.sample(range(1, 601), 200))]),
        )
        expected = _one_by_one(rows, flt, as_of)
        order = rng.choice(orders)
        if order is not None:
            expected = sorted(expected, key=order[0], reverse=order[1])  # what the table's sort gives
        assert index.filter(flt, as_of, order) == expected, flt
        _found_again(index, expected, rng.sample(range(0, 602), 40))


def _found_again(index, result, ids) -> None:
    """row_of finds each task where the latest filter put it (the selection kept while typing)."""
    where = {r.id: n for n, r in enumerate(result)}
    for item_id in [*ids, *(r.id for r in result[:5])]:
        assert index.row_of(item_id) == where.get(item_id), item_id


@pytest.mark.parametrize("share", [1, 3])  # 1: every search narrows from a remembered result it can
def test_typing_and_deleting_give_what_a_fresh_filter_gives(share, monkeypatch):
    """Searches narrowed from earlier results (and remembered ones) equal a fresh index's answer."""
    from services.ledger import filtering

    monkeypatch.setattr(filtering, "NARROW_SHARE", share)
    from datetime import timedelta

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from services.ledger.rows import LedgerRow

    as_of = date(2025, 3, 15)
    letters = "区卫医疗设备12 "
    rows = [
        LedgerRow(
            id=n + 1, plan_id=1 + n % 2, parent_id=None, kind="task", level=3, position=n, number=str(n),
            title="".join(letters[(n * k) % len(letters)] for k in range(1, 6)), text=None, section=None,
            domain=None, lead_units=("区卫健委",) if n % 3 else (), co_units=(), due=as_of + timedelta(days=n % 9),
            recurring=None, targets=(), progress=None, status="open" if n % 4 else "closed",
            light=list(Light)[n % len(Light)], version=1, latest_situation=None,
        )
        for n in range(80)
    ]  # fmt: skip
    order = (lambda r: r.title, True)
    typed = st.lists(
        st.tuples(st.text(alphabet=letters, max_size=5), st.sampled_from([None, "open"]), st.booleans()),
        min_size=1,
        max_size=12,
    )

    @settings(max_examples=150, deadline=None)
    @given(typed)
    def check(steps):
        index = RowIndex(rows)
        for search, status, sorted_ in steps:
            flt = RowFilter(search=search, status=status)
            got = index.filter(flt, as_of, order if sorted_ else None)
            assert got == RowIndex(rows).filter(flt, as_of, order if sorted_ else None), steps
            _found_again(index, got, range(0, 82))

    check()
