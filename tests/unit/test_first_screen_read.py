"""The checklist's first screen read with sqlite3 (services/ledger/first_screen.py) gives the rows the
whole read gives, lights and all, and None (the whole read then shows them) for anything it cannot read."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from services.ledger.first_screen import first_screen_rows, sqlite_file
from services.ledger.ledger_read import first_rows
from services.ledger.lights import LightRule
from services.storage.database import read_action


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A generated ledger (bench/generate.py: due dates, progress, history, targets), with a few of its
    first tasks made yearly with reports this year and last, so this year's figures come into it."""
    from bench.generate import generate

    path = tmp_path_factory.mktemp("first_screen") / "ledger.sqlite3"
    generate(f"sqlite:///{path}", 300)
    with sqlite3.connect(path) as connection:
        first = [
            i
            for (i,) in connection.execute(
                "SELECT id FROM ledger_item WHERE kind = 'task' AND deleted_at IS NULL ORDER BY position LIMIT 4"
            )
        ]
        connection.execute(
            f"UPDATE ledger_item SET recurring = 'yearly' WHERE id IN ({first[0]}, {first[1]})"
        )
        for item_id, day, progress in ((first[0], "2024-03-01", 90), (first[0], "2023-12-01", 10)):
            connection.execute(
                "INSERT INTO progress_entry (item_id, reported_on, progress, recorded_by, recorded_at)"
                " VALUES (?, ?, ?, 'test', '2024-03-01 00:00:00')",
                (item_id, day, progress),
            )
    return path


@pytest.mark.parametrize("as_of", [date(2024, 1, 10), date(2024, 6, 30), date(2025, 2, 1), date.today()])
def test_the_first_screen_is_the_whole_reads_first_rows(generated, as_of):
    from services.storage.database import open_ledger

    rule = LightRule()
    ledger = open_ledger(f"sqlite:///{generated}")
    try:
        with read_action(ledger) as session:
            expected = first_rows(session, as_of=as_of, rule=rule, count=80)
    finally:
        ledger.dispose()
    shown = first_screen_rows(generated, as_of=as_of, rule=rule, count=80)
    assert shown == expected and len(shown) == 80
    assert len({row.light for row in shown}) > 1  # the lights differ among them: the rules were applied


def test_a_rule_of_the_settings_changes_the_first_screens_lights_as_the_whole_reads(generated):
    from services.storage.database import open_ledger

    rule = LightRule(due_soon_days=60, behind_red=5)
    ledger = open_ledger(f"sqlite:///{generated}")
    try:
        with read_action(ledger) as session:
            expected = first_rows(session, as_of=date(2024, 6, 30), rule=rule, count=30)
    finally:
        ledger.dispose()
    assert first_screen_rows(generated, as_of=date(2024, 6, 30), rule=rule, count=30) == expected


def test_only_a_plain_sqlite_file_url_is_read_so():
    assert sqlite_file("sqlite:///C:/ledgers/ledger.sqlite3") == Path("C:/ledgers/ledger.sqlite3")
    assert sqlite_file("sqlite:////srv/a%20b/ledger.sqlite3") == Path("/srv/a b/ledger.sqlite3")
    assert sqlite_file("postgresql+psycopg://clerk@server/duban") is None
    assert sqlite_file("sqlite://") is None and sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file(None) is None


def test_a_missing_or_unreadable_file_gives_nothing_and_no_error(tmp_path):
    rule = LightRule()
    assert first_screen_rows(tmp_path / "missing.sqlite3", as_of=date.today(), rule=rule, count=80) is None
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert first_screen_rows(garbage, as_of=date.today(), rule=rule, count=80) is None
    older = tmp_path / "older.sqlite3"
    with sqlite3.connect(older) as connection:
        connection.execute("CREATE TABLE ledger_item (id INTEGER PRIMARY KEY, title TEXT)")
    assert first_screen_rows(older, as_of=date.today(), rule=rule, count=80) is None


def test_a_locked_file_gives_nothing_instead_of_waiting(generated, tmp_path):
    locked = tmp_path / "locked.sqlite3"
    locked.write_bytes(generated.read_bytes())
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert first_screen_rows(locked, as_of=date.today(), rule=LightRule(), count=80) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
