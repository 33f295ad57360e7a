"""Issue 14 (first part): a light that follows from the figures and says why; a reported completion waits
for the office's 销号 instead of turning red."""

from __future__ import annotations

import io
import json
from datetime import date

from sqlalchemy import select

from cli import main as cli
from models import LedgerItem
from services.ledger.lights import Light, LightRule, Window, judge
from services.ledger.reminders import Category, collect_reminders
from services.ledger.tasks import close_task, reopen_task
from services.returns.template import COMPLETED, DONE_TOTAL, PROGRESS
from services.storage.database import user_action
from tests.unit.returns_fill import commit, fill, make_round, preview, template_of

RULE = LightRule(due_soon_days=15, behind_yellow=10, behind_red=30)
YEAR = Window(date(2024, 1, 1), date(2024, 12, 31))


def _judge(progress=None, as_of=date(2024, 7, 1), targets=(), reported=None, closed=False, window=YEAR):
    return judge(
        closed=closed,
        window=window,
        progress=progress,
        as_of=as_of,
        rule=RULE,
        targets=targets,
        reported_done_on=reported,
    )


def test_a_met_target_is_green_whatever_the_reported_percentage():
    j = _judge(progress=80, as_of=date(2024, 12, 20), targets=((80, 86),))
    assert (j.light, j.why, j.awaiting_confirmation) == (
        Light.GREEN,
        "完成 86/80，已超目标，待办公室销号",
        True,
    )


def test_a_met_target_past_its_due_date_is_not_red():
    j = _judge(progress=None, as_of=date(2025, 3, 1), targets=((80, 80),))
    assert j.light == Light.GREEN and j.why.startswith("完成 80/80，已完成目标")


def test_reported_done_waits_for_sign_off_not_red():
    j = _judge(progress=100, as_of=date(2026, 12, 3), reported=date(2024, 12, 1))
    assert (j.light, j.why, j.awaiting_confirmation) == (
        Light.GREEN,
        "单位已于2024年12月1日报完成，待办公室销号",
        True,
    )


def test_behind_the_pace_says_by_how_much():
    j = _judge(progress=10, as_of=date(2024, 7, 1))  # pace 49.6% on 1 July
    assert j.light == Light.RED and j.why == "序时进度 50%，实际 10%，落后 40 个百分点"
    j = _judge(progress=35, as_of=date(2024, 7, 1))
    assert j.light == Light.YELLOW and j.why == "序时进度 50%，实际 35%，落后 15 个百分点"


def test_the_least_advanced_target_decides_a_task_with_several():
    j = _judge(progress=None, as_of=date(2024, 7, 1), targets=((100, 100), (10, 1)))
    assert j.light == Light.RED and "实际 10%" in j.why


def test_overdue_due_soon_on_track_and_closed_each_say_so():
    assert _judge(progress=60, as_of=date(2025, 1, 10)).why == "已逾期 10 天（2024年12月31日到期），进度 60%"
    assert _judge(progress=99, as_of=date(2024, 12, 21)).why == "10 天后到期（2024年12月31日），进度 99%"
    assert _judge(progress=50, as_of=date(2024, 7, 1)).why == "按序时推进：序时进度 50%，实际 50%"
    assert _judge(progress=None, window=Window(None, None)).why == "没有完成时限，尚无进展报送"
    assert _judge(closed=True).why == "已办结（已销号）"


def test_a_units_reported_completion_reaches_light_reminders_and_json(ledger, plan_id, tmp_path, db_url):
    made = make_round(ledger, plan_id, tmp_path / "out")
    path = fill(
        template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 100, COMPLETED: "是"}
    )
    commit(ledger, preview(ledger, path))
    as_of = date(2028, 3, 1)  # long past the 2027 deadline: once "已逾期", now waiting for 销号
    with user_action(ledger) as session:
        reminders = collect_reminders(session, as_of=as_of)
    [reminder] = [r for g in reminders for r in g.reminders if r.title == "推进医疗卫生设备更新"]
    assert reminder.category == Category.AWAITING and reminder.light == Light.GREEN
    assert reminder.why.endswith("报完成，待办公室销号")
    out = io.StringIO()
    assert cli.run(["--db", db_url, "tasks", "--as-of", as_of.isoformat(), "--json"], out, io.StringIO()) == 0
    [task] = [t for t in json.loads(out.getvalue()) if t["title"] == "推进医疗卫生设备更新"]
    assert task["light"] == "green" and task["awaiting_confirmation"] and "待办公室销号" in task["why"]
    with user_action(ledger) as session:
        item_id = session.scalar(select(LedgerItem.id).where(LedgerItem.title == "推进医疗卫生设备更新"))
        close_task(session, item_id)
    with user_action(ledger) as session:
        reopen_task(session, item_id)  # reopened: what was reported done is not done any more
        assert session.get(LedgerItem, item_id).reported_done_on is None


def test_figures_that_meet_the_target_make_the_imported_task_green(ledger, plan_id, tmp_path, db_url):
    made = make_round(ledger, plan_id, tmp_path / "out")
    path = fill(
        template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 80, DONE_TOTAL: 230}
    )
    commit(ledger, preview(ledger, path))
    out = io.StringIO()
    assert cli.run(["--db", db_url, "tasks", "--as-of", "2024-12-20", "--json"], out, io.StringIO()) == 0
    [task] = [t for t in json.loads(out.getvalue()) if t["title"] == "推进医疗卫生设备更新"]
    assert (task["light"], task["why"]) == ("green", "完成 230/226，已超目标，待办公室销号")


def test_the_reason_says_what_it_counts_over(ledger, db_url):
    """A yearly task, a task with several targets and one several units lead say so in their reason."""
    from services.plans.importing import import_plan_file, sample_plan_path

    with user_action(ledger) as session:
        import_plan_file(session, sample_plan_path())
    out = io.StringIO()
    assert cli.run(["--db", db_url, "tasks", "--as-of", "2024-12-20", "--json"], out, io.StringIO()) == 0
    tasks = json.loads(out.getvalue())
    several = [t for t in tasks if len(t["lead_units"]) > 1]
    yearly = [t for t in tasks if t["recurring"] == "yearly"]
    many_targets = [t for t in tasks if sum(x["quantity"] is not None for x in t["targets"]) > 1]
    assert several and yearly and many_targets
    assert all("多个牵头单位，按进度落后的一家计" in t["why"] for t in several)
    assert all("每年任务，按今年的报送计" in t["why"] for t in yearly)
    assert all("个目标，按完成最少的一个计" in t["why"] for t in many_targets)
    assert all(t["why"] for t in tasks)


def test_the_printed_sheet_gives_reasons_on_request_and_the_milestones(ledger, db_url, tmp_path):
    from pypdf import PdfReader

    from services.plans.importing import import_plan_file, sample_plan_path

    with user_action(ledger) as session:
        plan_id = import_plan_file(session, sample_plan_path())

    def sheet_text(*extra: str) -> str:
        out = tmp_path / f"sheet{len(extra)}.pdf"
        args = [
            "--db",
            db_url,
            "export-pdf",
            "--plan",
            str(plan_id),
            "--out",
            str(out),
            "--as-of",
            "2025-01-10",
        ]
        assert cli.run([*args, *extra], io.StringIO(), io.StringIO()) == 0
        return "".join(page.extract_text() for page in PdfReader(out).pages).replace("\n", "")

    plain, explained = sheet_text(), sheet_text("--reasons")
    assert "亮灯说明" not in plain and "亮灯说明" in explained
    assert "阶段目标 2024.12.31" in plain  # the census step beside its measure's deadline
