"""Issue 14: the dated steps inside a measure reach the reminders with a light of their own."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models import LedgerItem, Milestone
from services.ledger.lights import Light
from services.ledger.milestones import add_milestone, mark_reached, milestones_of
from services.ledger.reminders import Category, collect_reminders
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action


def _steps(ledger, as_of):
    with user_action(ledger) as session:
        groups = collect_reminders(session, as_of=as_of, days=30)
    # A step of a task several units lead is listed under each of them: once here.
    return list({(r.item_id, r.milestone): r for g in groups for r in g.reminders if r.milestone}.values())


def test_the_sample_plans_earlier_deadlines_are_milestones_in_the_reminders(ledger):
    with user_action(ledger) as session:
        import_plan_file(session, sample_plan_path())
        stored = {(m.due_on, m.text) for m in session.scalars(select(Milestone))}
    assert (date(2024, 12, 31), "2024年底前，完成对全区所有重点用能设备的普查和登记") in stored
    assert (date(2025, 12, 31), "力争2025年底基本淘汰国Ⅲ及以下排放标准柴油货车") in stored

    [census] = [s for s in _steps(ledger, date(2025, 1, 10)) if "普查" in s.milestone]
    assert (census.light, census.category, census.due) == (Light.RED, Category.OVERDUE, date(2024, 12, 31))
    assert census.why.startswith("阶段目标已逾期 10 天") and census.title.endswith("（阶段目标）")
    assert census.lead_units == ("区发改委",)

    [trucks] = [s for s in _steps(ledger, date(2025, 12, 20)) if "柴油货车" in s.milestone]
    assert (trucks.light, trucks.category) == (Light.YELLOW, Category.MONTH)


def test_a_reached_milestone_is_no_longer_reminded(ledger):
    with user_action(ledger) as session:
        import_plan_file(session, sample_plan_path())
        census = session.scalar(select(Milestone).where(Milestone.text.like("%普查%")))
        mark_reached(session, census.id, date(2024, 12, 20))
    assert not [s for s in _steps(ledger, date(2025, 1, 10)) if "普查" in s.milestone]


def test_a_milestone_added_by_hand(ledger, plan_id):
    with user_action(ledger) as session:
        item = session.scalar(select(LedgerItem).where(LedgerItem.title == "推进医疗卫生设备更新"))
        add_milestone(session, item.id, date(2025, 6, 30), "上半年完成第一批招标")
        assert [(m.due_on, m.text) for m in milestones_of(session, item.id)] == [
            (date(2025, 6, 30), "上半年完成第一批招标")
        ]
    [step] = _steps(ledger, date(2025, 6, 25))
    assert step.milestone == "上半年完成第一批招标" and step.days_left == 5


def test_the_returns_form_names_the_open_milestones(ledger, tmp_path):
    from openpyxl import load_workbook

    from services.returns.template import SHEET_TITLE
    from tests.unit.returns_fill import COLUMN_INDEX, fill, make_round, preview, task_rows, template_of

    with user_action(ledger) as session:
        plan_id = import_plan_file(session, sample_plan_path())
        census_item = session.scalar(select(Milestone.item_id).where(Milestone.text.like("%普查%")))
    made = make_round(ledger, plan_id, tmp_path / "out")
    template = template_of(made, "区发改委")
    ws = load_workbook(template)[SHEET_TITLE]
    due = ws.cell(row=task_rows(ws)[census_item], column=COLUMN_INDEX["完成时限"]).value
    assert due.startswith(
        "2027年12月31日（阶段目标：2024年12月31日：2024年底前，完成对全区所有重点用能设备的普查"
    )
    [file] = preview(ledger, fill(template, tmp_path / "r.xlsx", lambda _i: {"进度（%）": 50}))
    assert file.acceptable and not [p for p in file.problems if "锁定单元格" in p.message]
