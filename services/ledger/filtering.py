"""Filter loaded ledger rows in memory, fast enough to run on every keystroke.

The checklist loads its rows once (in the background) and narrows them here as the clerk types:
a database round trip with lights recomputed would take seconds on 100,000 rows.

Each criterion is one scan of a column of values (the search keys, the lights, the statuses…) with
`map` and an operator, which runs at C speed, giving a mask of 0/1 bytes; masks are combined as big
integers and the rows picked with `itertools.compress`. No Python code runs per row, so a keystroke
over 100,000 rows costs a few milliseconds per criterion whether it narrows or widens the result.
The rows can be asked for in a sort order (the table's): the columns are kept in that order, so the
result needs no sorting either.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import compress, repeat
from operator import attrgetter, contains, eq, ge, gt, itemgetter
from typing import Any

from services.gc_pause import paused_gc
from services.ledger.lights import Light
from services.ledger.row_views import LedgerRow

# A sort order: the key of each row and whether it is descending (list.sort's key and reverse).
Order = tuple[Callable[[LedgerRow], Any], bool]
NO_DUE = date.max.toordinal() + 1
NARROW_SHARE = 3  # narrow from an earlier result holding at most a third of the rows (measured at 100k)
KEEP_RESULTS = 32  # recent searches remembered per set of other criteria (a few MB at most at 100k rows)  # after every date: never due within a window, never overdue


@dataclass(frozen=True)
class RowFilter:
    search: str = ""
    unit: str | None = None  # a canonical unit name, as rows carry them
    status: str | None = None
    lights: frozenset[Light] = field(default_factory=frozenset)
    due_within_days: int | None = None
    overdue: bool = False
    plan_id: int | None = None
    inside: frozenset[int] | None = None  # only these ids (a subtree of the plan tree)


def search_key(row: LedgerRow) -> str:
    """What the search box looks in: number, title, domain, section, units and latest situation."""
    return "\n".join(
        (
            row.number or "",
            row.title,
            row.domain or "",
            row.section or "",
            "、".join(row.lead_units),
            "、".join(row.co_units),
            row.latest_situation or "",
        )
    ).lower()


class _Columns:
    """The rows in one order, and each value a filter looks at, column by column in the same order."""

    def __init__(self, rows: Sequence[LedgerRow], keys: Sequence[str], dues: Sequence[int]) -> None:
        self.rows = list(rows)
        self.keys = tuple(keys)
        self.dues = tuple(dues)
        self.ids = tuple(map(attrgetter("id"), rows))
        self.plans = tuple(map(attrgetter("plan_id"), rows))
        self.statuses = tuple(map(attrgetter("status"), rows))
        self.lights = tuple(map(attrgetter("light"), rows))
        self.leads = tuple(map(attrgetter("lead_units"), rows))
        self.cos = tuple(map(attrgetter("co_units"), rows))
        self._places: dict[int, int] | None = None

    def places(self) -> dict[int, int]:
        """Each row's position by its id, made once per order (in the background, by prepare)."""
        if self._places is None:
            self._places = dict(zip(self.ids, range(len(self.ids)), strict=True))
        return self._places

    def reordered(self, order: list[int]) -> _Columns:
        pick = itemgetter(*order) if len(order) > 1 else (lambda values: tuple(values[i] for i in order))
        return _Columns(pick(self.rows), pick(self.keys), pick(self.dues))


class RowIndex:
    """Rows plus a lower-cased search key each, built once per load (off the GUI thread)."""

    def __init__(self, rows: Sequence[LedgerRow]) -> None:
        self.rows = list(rows)
        ordinals: dict[date, int] = {}
        dues = [NO_DUE if r.due is None else ordinals.setdefault(r.due, r.due.toordinal()) for r in self.rows]
        with paused_gc():
            self._loaded = _Columns(self.rows, [search_key(r) for r in self.rows], dues)
        self._ordered: tuple[Order, _Columns] | None = None
        # Recent results as positions in their columns (None: every row), for the same other criteria:
        # typing one more character can only narrow a result, so the next search scans just its rows;
        # deleting one gives a search made a moment ago again.
        self._recent: tuple[_Columns, RowFilter, date] | None = None
        self._results: dict[tuple[str, ...], list[int] | None] = {}
        self._last: tuple[_Columns, list[int] | None] | None = None  # the latest result, for row_of

    @property
    def keys(self) -> tuple[str, ...]:
        return self._loaded.keys

    def prepare(self, order: Order | None) -> None:
        """Arrange the columns in `order` now (a sort of every row), so filtering later need not."""
        self._columns(order).places()

    def row_of(self, item_id: int) -> int | None:
        """Where the row of `item_id` stands in what the latest filter() gave, None when not there:
        the selected task found again after a keystroke without a scan of the rows."""
        if self._last is None:
            return None
        columns, positions = self._last
        place = columns.places().get(item_id)
        if place is None or positions is None:
            return place
        at = bisect_left(positions, place)  # positions are ascending: the columns' order
        return at if at < len(positions) and positions[at] == place else None

    def _columns(self, order: Order | None) -> _Columns:
        if order is None or not self.rows:
            return self._loaded
        if self._ordered is None or self._ordered[0] != order:
            key, descending = order
            values = [key(r) for r in self.rows]
            # Stable, as list.sort is: rows with equal keys keep the load order, in either direction.
            positions = sorted(range(len(values)), key=values.__getitem__, reverse=descending)
            with paused_gc():
                self._ordered = (order, self._loaded.reordered(positions))
        return self._ordered[1]

    def filter(self, flt: RowFilter, as_of: date, order: Order | None = None) -> list[LedgerRow]:
        """The rows `flt` lets through, in load order or in `order` (what sorting them would give)."""
        columns = self._columns(order)
        words = tuple(flt.search.lower().split())
        rest = replace(flt, search="")
        if self._recent != (columns, rest, as_of):
            self._recent, self._results = (columns, rest, as_of), {}
        if words in self._results:
            positions = self._results[words]
        else:
            # Results of searches whose every word is inside a word now: only their rows can match.
            # Picking out a large share of the rows costs more than scanning them all at C speed.
            narrower = [
                found
                for earlier, found in self._results.items()
                if found is not None
                and len(found) * NARROW_SHARE <= len(columns.rows)
                and all(any(old in new for new in words) for old in earlier)
            ]
            if narrower:
                positions = min(narrower, key=len)
                keys = list(map(columns.keys.__getitem__, positions))
                combined = _mask(map(contains, keys, repeat(words[0])))
                for word in words[1:]:
                    combined &= _mask(map(contains, keys, repeat(word)))
                positions = list(compress(positions, combined.to_bytes(len(positions), "little")))
            else:
                positions = _positions(columns, rest, words, as_of)
            if len(self._results) >= KEEP_RESULTS:
                del self._results[next(iter(self._results))]  # the oldest
            self._results[words] = positions
        self._last = (columns, positions)
        if positions is None:
            return list(columns.rows)
        return list(map(columns.rows.__getitem__, positions)) if positions else []


def _positions(columns: _Columns, flt: RowFilter, words: tuple[str, ...], as_of: date) -> list[int] | None:
    """Where the rows `flt` and the search `words` let through stand in `columns`, scanning every row;
    None when every row passes (nothing asked for, or everything matches): no list of them is made."""
    masks = [_mask(map(contains, columns.keys, repeat(word))) for word in words]
    if flt.plan_id is not None:
        masks.append(_mask(map(eq, columns.plans, repeat(flt.plan_id))))
    if flt.inside is not None:
        masks.append(_mask(map(flt.inside.__contains__, columns.ids)))
    if flt.status:
        masks.append(_mask(map(eq, columns.statuses, repeat(flt.status))))
    if flt.lights:
        masks.append(_mask(map(flt.lights.__contains__, columns.lights)))
    if flt.unit:
        lead = _mask(map(contains, columns.leads, repeat(flt.unit)))
        co = _mask(map(contains, columns.cos, repeat(flt.unit)))
        masks.append(lead | co)
    if flt.due_within_days is not None:
        limit = (as_of + timedelta(days=flt.due_within_days)).toordinal()
        masks.append(_mask(map(ge, repeat(limit), columns.dues)))
    if flt.overdue:
        masks.append(_mask(map(gt, repeat(as_of.toordinal()), columns.dues)))
        masks.append(_mask(map(eq, columns.statuses, repeat("open"))))
    count = len(columns.rows)
    if not masks:
        return None
    combined = masks[0]
    for mask in masks[1:]:
        combined &= mask
    positions = list(compress(range(count), combined.to_bytes(count, "little")))
    return None if len(positions) == count else positions


def _mask(matches) -> int:
    """One byte per row, 1 where it matches, as an integer: `&` and `|` then combine whole columns."""
    return int.from_bytes(bytes(matches), "little")
