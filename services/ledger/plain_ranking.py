"""考评's facts read from a SQLite file with the stdlib sqlite3 (services/ledger/plain_read.py says why).

The same statements as services/ledger/ranking.py's SessionFacts, written out in SQLite's SQL; the rule
that ranks them is services/ledger/ranking_rule.py, shared. tests/unit/test_plain_read.py holds the two
rankings equal, by round and by year.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from services.ledger.plain_read import RETURNED, chunks, day, moment
from services.ledger.ranking_rule import CEILINGS, RoundFact

# Live measures and tasks and their lead units (ranking.SessionFacts._live_led).
_LIVE_LED = (
    "i.deleted_at IS NULL AND i.kind IN ('measure', 'task') AND a.role = 'lead' AND i.plan_id IN ({plans})"
)
_CEILING_LIST = ", ".join(f"'{c}'" for c in sorted(CEILINGS))


class FileFacts:
    """``ranking_rule.RankingFacts`` read from the file. Plan and round ids are few (one plan's)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def _rows(self, sql: str, params) -> list[tuple]:
        return self.connection.execute(sql, list(params)).fetchall()

    def rounds(self, plan_ids: list[int]) -> list[RoundFact]:
        found = []
        for marks, part in chunks(plan_ids):
            for round_id, plan_id, period, due_on in self._rows(
                f"SELECT id, plan_id, period, due_on FROM reporting_round WHERE plan_id IN ({marks})", part
            ):
                found.append(RoundFact(round_id, plan_id, period, day(due_on)))
        return found

    def lead_units(self, plan_ids: list[int]) -> list[tuple[int, str]]:
        plans = ",".join("?" * len(plan_ids))
        return self._rows(
            "SELECT u.id, u.name FROM unit u JOIN assignment a ON a.unit_id = u.id"
            " JOIN ledger_item i ON i.id = a.item_id"
            f" WHERE {_LIVE_LED.format(plans=plans)} AND u.kind != 'group'"
            " GROUP BY u.id, u.name ORDER BY min(i.plan_id * 10000000 + i.position), u.name",
            plan_ids,
        )

    def asked_units(self, round_ids: list[int]) -> list[tuple[int, str]]:
        marks = ",".join("?" * len(round_ids))
        return self._rows(
            "SELECT u.id, u.name FROM unit u JOIN round_unit ru ON ru.unit_id = u.id"
            f" WHERE ru.round_id IN ({marks}) AND u.kind != 'group' ORDER BY ru.round_id, ru.id",
            round_ids,
        )

    def asked(self, round_ids: list[int]) -> list[tuple[int, int]]:
        marks = ",".join("?" * len(round_ids))
        return self._rows(f"SELECT round_id, unit_id FROM round_unit WHERE round_id IN ({marks})", round_ids)

    def returns(self, round_ids: list[int]):
        marks = ",".join("?" * len(round_ids))
        rows = self._rows(
            "SELECT r.round_id, r.unit_id, r.received_at FROM progress_return r"
            f" WHERE r.round_id IN ({marks}) AND {RETURNED} ORDER BY r.received_at",
            round_ids,
        )
        return [(round_id, unit_id, moment(received)) for round_id, unit_id, received in rows]

    def led(self, plan_ids: list[int], cut: date) -> list[tuple[int, int, int]]:
        plans = ",".join("?" * len(plan_ids))
        late = (
            "i.due_on IS NOT NULL AND i.due_on < ? AND (i.status != 'closed'"
            " OR (i.closed_on IS NOT NULL AND i.closed_on > i.due_on))"
        )
        return self._rows(
            f"SELECT a.unit_id, count(*), sum(CASE WHEN {late} THEN 1 ELSE 0 END)"
            " FROM assignment a JOIN ledger_item i ON i.id = a.item_id"
            f" WHERE {_LIVE_LED.format(plans=plans)} GROUP BY a.unit_id",
            [cut.isoformat(), *plan_ids],
        )

    def target_shares(self, plan_ids: list[int], cut: date) -> list[tuple[int, int, float]]:
        plans = ",".join("?" * len(plan_ids))
        ratio = "coalesce(t.done, 0.0) / t.quantity"
        closed_by_cut = "i.status = 'closed' AND (i.closed_on IS NULL OR i.closed_on <= ?)"
        return self._rows(
            f"SELECT a.unit_id, count(*), sum(CASE WHEN {closed_by_cut} THEN 1.0 WHEN {ratio} >= 1.0 THEN 1.0"
            f" ELSE {ratio} END) FROM assignment a JOIN ledger_item i ON i.id = a.item_id"
            f" JOIN target t ON t.item_id = i.id WHERE {_LIVE_LED.format(plans=plans)} AND t.quantity > 0"
            f" AND (t.comparator IS NULL OR t.comparator NOT IN ({_CEILING_LIST})) GROUP BY a.unit_id",
            [cut.isoformat(), *plan_ids],
        )

    def reported(self, plan_ids: list[int], as_of: date, round_id: int | None, year: int | None):
        plans = ",".join("?" * len(plan_ids))
        sql = (
            "SELECT e.unit_id, e.item_id, i.status, i.closed_on FROM progress_entry e"
            f" JOIN ledger_item i ON i.id = e.item_id WHERE i.plan_id IN ({plans}) AND i.deleted_at IS NULL"
            " AND e.reported_done = 1 AND e.voided_at IS NULL AND e.unit_id IS NOT NULL AND e.reported_on <= ?"
        )
        params = [*plan_ids, as_of.isoformat()]
        if round_id is not None:
            sql += " AND e.round_id = ?"
            params.append(round_id)
        else:
            sql += " AND e.reported_on BETWEEN ? AND ?"
            params += [date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()]
        return [
            (unit_id, item_id, status, day(closed_on))
            for unit_id, item_id, status, closed_on in self._rows(sql, params)
        ]
