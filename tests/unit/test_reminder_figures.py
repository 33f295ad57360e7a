"""The reminders read the targets' figures of every task they judge in one query (a select of the ids);
the figures must be the ones a list of the ids gives, and the ones query_ledger shows, a yearly task's
this-year figure included."""

from datetime import date

from sqlalchemy import select

from models import LedgerItem
from services.ledger.progress import ProgressReport, record_progress
from services.ledger.rows import LedgerFilter, ledger_conditions, query_ledger
from services.ledger.year_figures import target_figures
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action


def test_a_select_of_the_ids_gives_the_figures_a_list_gives(ledger):
    with user_action(ledger) as s:
        import_plan_file(s, sample_plan_path())
        rows = query_ledger(s, LedgerFilter())
        yearly = [r for r in rows if r.recurring == "yearly"]
        assert yearly, "the sample plan has yearly tasks"
        # Last year's and this year's cumulative figures: the yearly tasks count this year's only.
        for n, row in enumerate(rows[:40] + yearly[:5]):
            record_progress(s, row.id, ProgressReport(date(2024, 11, 1), progress=50, done_total=n + 1.5))
        for row in yearly[:3] + rows[:10:3]:
            record_progress(s, row.id, ProgressReport(date(2025, 2, 1), progress=20, done_total=0.5))
    conditions = ledger_conditions(LedgerFilter(status="open"))
    yearly_ids = [r.id for r in yearly]
    # 2026: no report yet this year, so a yearly task's single target has no done figure this year.
    for as_of in (date(2025, 3, 1), date(2026, 3, 1)):
        with user_action(ledger) as s:
            ids = list(s.scalars(select(LedgerItem.id).where(*conditions)))
            by_list = target_figures(s, ids, yearly_ids, as_of)
            by_select = target_figures(s, select(LedgerItem.id).where(*conditions), yearly_ids, as_of)
            # What the checklist shows, read the plain way (TargetView rows): the same figures.
            shown = {
                r.id: tuple((t.quantity, t.done) for t in r.targets)
                for r in query_ledger(s, LedgerFilter(status="open"), as_of=as_of)
                if r.targets
            }
        assert by_select == by_list == shown, as_of
        assert any(done is not None and done > 1 for figures in by_list.values() for _q, done in figures)
    assert [done for _q, done in by_list[yearly[0].id]] == [None]


def test_each_reminder_says_why_as_the_checklist_does(ledger):
    """The reminders judge tasks that share a window, a progress and figures once: each reminder's
    sentence must still be its own task's, as query_ledger judges it (with what it counts over)."""
    from services.ledger.reminders import collect_reminders

    with user_action(ledger) as s:
        import_plan_file(s, sample_plan_path())
        import_plan_file(s, sample_plan_path())  # the same tasks twice: shared judgements
        rows = query_ledger(s, LedgerFilter())
        for n, row in enumerate(rows[:30]):
            record_progress(
                s, row.id, ProgressReport(date(2025, 3, 1), progress=(n * 13) % 100, done_total=n)
            )
        for n, row in enumerate(rows[30:48]):  # progress alone: their twins differ from them in it only
            record_progress(s, row.id, ProgressReport(date(2024, 7, 1), progress=5 + n * 5))
    seen = 0
    for day in (date(2024, 7, 20), date(2025, 3, 15), date(2025, 12, 10)):
        with user_action(ledger) as s:
            by_id = {r.id: r for r in query_ledger(s, LedgerFilter(), as_of=day)}
            groups = collect_reminders(s, as_of=day, days=30)
        for reminder in (r for g in groups for r in g.reminders if r.milestone is None):
            row = by_id[reminder.item_id]
            expected = row.why  # with what it counts over (scope_note), as the checklist shows it
            assert reminder.why == expected, (day, row.number, row.title)
            seen += 1
    assert seen > 50
