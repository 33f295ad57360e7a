"""The ledger read once for every view gives what each view's own read gave."""

from __future__ import annotations

from datetime import date

import pytest

from services.ledger.ledger_read import read_ledger
from services.ledger.lights import LightRule
from services.ledger.reminders import URGENT, collect_reminders
from services.ledger.rows import LedgerFilter, list_plans, load_checklist, query_ledger
from services.ledger.stats import plan_stats
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import read_action, user_action


@pytest.fixture
def sample(ledger):
    with user_action(ledger) as session:
        import_plan_file(session, sample_plan_path())
    return ledger


@pytest.mark.parametrize(
    ("as_of", "urgent"), [(date(2024, 6, 1), False), (date(2024, 7, 28), True), (date(2026, 3, 1), True)]
)
def test_one_read_gives_each_views_figures(sample, as_of, urgent):
    rule = LightRule()
    with read_action(sample) as session:
        read = read_ledger(session, as_of=as_of, rule=rule)
        checklist = load_checklist(session, as_of=as_of, rule=rule)
        plan_ids = [p.id for p in list_plans(session)]
        every_plan = plan_stats(session, plan_ids, as_of=as_of, rule=rule)
        one_plan = plan_stats(session, plan_ids[:1], as_of=as_of, rule=rule)
        tray = query_ledger(session, LedgerFilter(status="open"), as_of=as_of, rule=rule)
        reminders = collect_reminders(session, as_of=as_of, days=30, rule=rule)
    assert read.checklist == checklist
    assert read.stats[None] == every_plan and read.stats[plan_ids[0]] == one_plan
    assert [(r.id, r.light, r.title) for r in read.open_rows()] == [(r.id, r.light, r.title) for r in tray]
    assert read.urgent == any(r.category in URGENT for g in reminders for r in g.reminders) == urgent


def test_an_empty_ledger_reads_as_empty(ledger):
    with read_action(ledger) as session:
        read = read_ledger(session, as_of=date(2024, 7, 20), rule=LightRule())
    assert read.checklist.rows == () and read.plans == () and not read.urgent
    assert read.stats[None].total == 0
