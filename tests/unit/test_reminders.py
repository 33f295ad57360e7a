from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Contact, Unit
from services.documents.urge_notice import write_urge_notices
from services.errors import InvalidValue
from services.ledger.light_watch import Announced, lights_to_announce
from services.ledger.lights import Light
from services.ledger.reminders import Category, collect_reminders, mark_handled
from services.storage.database import user_action


def by_unit(groups):
    return {g.unit: g for g in groups}


def test_reminders_group_by_lead_unit_with_the_liaison(ledger, plan_id, as_of):
    with user_action(ledger) as s:
        unit = s.scalar(select(Unit).where(Unit.name == "区发改委"))
        s.add(Contact(unit_id=unit.id, role="联络员", name="李明", mobile="13800001111", is_primary=True))
    with user_action(ledger) as s:
        groups = by_unit(collect_reminders(s, as_of=as_of, days=30))
    assert set(groups) == {"区发改委"}
    reminder = groups["区发改委"].reminders[0]
    assert reminder.number == "3" and reminder.category == Category.MONTH and reminder.days_left == 11
    assert groups["区发改委"].liaison.name == "李明" and groups["区发改委"].liaison.phones() == "13800001111"


def test_categories_follow_the_calendar(ledger, plan_id):
    def category(day):
        with user_action(ledger) as s:
            groups = by_unit(collect_reminders(s, as_of=day, days=30))
        return groups["区发改委"].reminders[0].category if "区发改委" in groups else None

    assert category(date(2024, 6, 30)) is None  # 31 days ahead: outside the window
    assert category(date(2024, 7, 1)) == Category.MONTH
    assert category(date(2024, 7, 24)) == Category.WEEK
    assert category(date(2024, 7, 31)) == Category.WEEK
    assert category(date(2024, 8, 1)) == Category.OVERDUE


def test_a_handled_reminder_keeps_its_note_and_can_be_hidden(ledger, plan_id, as_of):
    with user_action(ledger) as s:
        item_id = collect_reminders(s, as_of=as_of)[0].reminders[0].item_id
        mark_handled(s, item_id, "已电话催办", on=as_of)
    with user_action(ledger) as s:
        reminder = collect_reminders(s, as_of=as_of)[0].reminders[0]
        assert reminder.handled and reminder.handled_note == "已电话催办"
        assert collect_reminders(s, as_of=as_of, include_handled=False) == []
        # A week later the task still lags, so it comes back.
        assert not collect_reminders(s, as_of=date(2024, 7, 28))[0].reminders[0].handled


def test_negative_days_are_refused(ledger, plan_id, as_of):
    with pytest.raises(InvalidValue, match="不能为负数"), user_action(ledger) as s:
        collect_reminders(s, as_of=as_of, days=-1)


def test_urge_notice_pdf_names_the_unit_tasks_and_dates(ledger, plan_id, tmp_path):
    with user_action(ledger) as s:
        notices = write_urge_notices(s, tmp_path, as_of=date(2024, 8, 5), report_by=date(2024, 8, 12))
    assert [(n.unit, n.tasks) for n in notices] == [("区发改委", 1)]
    reader = PdfReader(notices[0].path)
    text = "".join(page.extract_text() for page in reader.pages).replace(" ", "").replace("\n", "")
    for expected in (
        "督办通知单",
        "区发改委：",
        "建立设备更新项目库",
        "2024年7月31日",
        "已逾期5天",
        "2024年8月12日前",
        "测试区推动大规模设备更新行动方案",
        "第1页共1页",
    ):
        assert expected in text, expected
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    descriptors = [f["/FontDescriptor"].get_object() for f in fonts if "/FontDescriptor" in f]
    assert descriptors and all("/FontFile2" in d for d in descriptors)  # TrueType fonts are embedded


def test_report_by_before_the_notice_is_refused(ledger, plan_id, tmp_path):
    out = tmp_path / "notices"
    out.mkdir()
    with pytest.raises(InvalidValue, match="早于"), user_action(ledger) as s:
        write_urge_notices(s, out, as_of=date(2024, 8, 5), report_by=date(2024, 8, 1))
    assert list(out.iterdir()) == []


def test_tray_announces_a_task_once_a_day_when_it_turns_worse():
    day1, day2 = date(2024, 7, 20), date(2024, 7, 21)
    announce, state = lights_to_announce({}, {1: Light.YELLOW, 2: Light.GREEN}, day1)
    assert announce == [1]
    announce, state = lights_to_announce(state, {1: Light.YELLOW}, day1)
    assert announce == []
    announce, state = lights_to_announce(state, {1: Light.RED}, day1)
    assert announce == [] and state[1] == Announced(Light.YELLOW, day1)  # not twice on one day
    announce, state = lights_to_announce(state, {1: Light.RED}, day2)
    assert announce == [1]
    announce, state = lights_to_announce(state, {1: Light.GREEN}, day2)
    assert announce == [] and state == {}


def _judging_every_row(s, day, days=30, include_handled=True):
    """The reminders as query_ledger's rows say, judged one by one: what collect_reminders must equal."""
    from services.ledger.reminders import CATEGORY_ORDER, NO_LEAD_UNIT, _recent_notes, categorize
    from services.ledger.rows import LedgerFilter, query_ledger

    notes = _recent_notes(s, day)
    grouped = {}
    for r in query_ledger(s, LedgerFilter(status="open"), as_of=day):
        category = categorize(r, day, days)
        note = notes.get(r.id)
        if category is None or (note is not None and not include_handled):
            continue
        shown = (r.id, r.plan_id, r.number, r.title, r.due, (r.due - day).days if r.due else None, r.light,
                 category, r.progress, r.lead_units, note.handled_on if note else None)  # fmt: skip
        for unit in r.lead_units or (NO_LEAD_UNIT,):
            grouped.setdefault(unit, []).append(shown)
    for shown in grouped.values():  # stable: ties keep the ledger's document order
        shown.sort(key=lambda x: (CATEGORY_ORDER[x[7]], x[4] or date.max, x[2] or ""))
    return grouped


def _shown(r):
    return (r.item_id, r.plan_id, r.number, r.title, r.due, r.days_left, r.light, r.category, r.progress,
            r.lead_units, r.handled_on)  # fmt: skip


def test_the_attention_prefilter_drops_nothing_that_needs_attention(ledger):
    """collect_reminders reads only likely rows, and only what a reminder shows; the result must equal
    judging every row of query_ledger, reminder for reminder, in the same order."""
    from services.ledger.progress import ProgressReport, record_progress
    from services.ledger.rows import LedgerFilter, query_ledger
    from services.ledger.tasks import edit_task
    from services.plans.importing import import_plan_file, sample_plan_path
    from services.units.registry import merge_units
    from services.units.resolve import find_unit

    with user_action(ledger) as s:
        import_plan_file(s, sample_plan_path())
        import_plan_file(s, sample_plan_path())  # a second plan: the same numbers, due the same days
        rows = query_ledger(s, LedgerFilter())
        for n, row in enumerate(rows[:20]):
            record_progress(s, row.id, ProgressReport(date(2025, 3, 1), progress=(n * 7) % 100))
        mark_handled(s, rows[3].id, "已电话督促", on=date(2025, 3, 12))
        # The reminders read a copy of the lead units kept on each task: an edit and a merge must keep it.
        edit_task(s, rows[5].id, None, lead_units=("区财政局", "区发改委"))
        merge_units(s, find_unit(s, "区教育局").id, find_unit(s, "区教体局").id)
    for day in (date(2024, 7, 20), date(2025, 3, 15), date(2025, 12, 10), date(2027, 6, 1)):
        for include_handled in (True, False):
            with user_action(ledger) as s:
                expected = _judging_every_row(s, day, include_handled=include_handled)
                groups = collect_reminders(s, as_of=day, days=30, include_handled=include_handled)
            # A milestone's reminder has its own light (tests/unit/test_milestones.py): tasks only here.
            tasks = {g.unit: [_shown(r) for r in g.reminders if r.milestone is None] for g in groups}
            found = {unit: shown for unit, shown in tasks.items() if shown}
            assert found == expected, (day, include_handled)


def test_tasks_just_imported_are_remembered_not_announced():
    day1, day2 = date(2024, 7, 20), date(2024, 7, 21)
    announce, state = lights_to_announce({}, {1: Light.RED, 2: Light.YELLOW}, day1, new={1, 2})
    assert announce == [] and state[1] == Announced(Light.RED, day1)
    announce, state = lights_to_announce(state, {1: Light.RED, 2: Light.RED, 3: Light.GREEN}, day2)
    assert announce == [2]  # turned from yellow to red after the import: news
