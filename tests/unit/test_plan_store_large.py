"""A long plan stores with a count for the progress bar, each unit once however often it is named."""

from __future__ import annotations

from sqlalchemy import func, select

from models import Assignment, Unit
from services.operations.plans import import_plan
from services.plans.importing import ParsedDocument
from services.plans.parser import parse_plan_text
from services.storage.database import user_action

_UNITS = ("区发展改革委", "区财政局", "各街道", "区教育局")


def _long_plan(measures: int) -> str:
    lines = ["某区重点工作任务分解方案", "一、重点任务"]
    for number in range(1, measures + 1):
        lead, co = _UNITS[number % 3], _UNITS[(number + 1) % 4]
        lines.append(f"{number}.推进第{number}项工作，年内完成。（牵头单位：{lead}；配合单位：{co}）")
    return "\n".join(lines) + "\n"


def test_a_long_plan_reports_its_progress_and_names_each_unit_once(ledger) -> None:
    plan = parse_plan_text(_long_plan(120), "分解.txt")
    document = ParsedDocument(file_name="分解.txt", plan=plan, source_text=_long_plan(120))
    counts: list[tuple[int, int]] = []
    import_plan(ledger, document, lambda done, total: counts.append((done, total)))
    assert counts and all(total == 121 for _done, total in counts)  # the section and its 120 measures
    assert [done for done, _total in counts] == sorted(done for done, _total in counts)
    with user_action(ledger) as session:
        assert sorted(session.scalars(select(Unit.name))) == sorted(_UNITS)
        # a unit named as lead and co of one measure is its lead only
        owners = sum(1 + (_UNITS[n % 3] != _UNITS[(n + 1) % 4]) for n in range(1, 121))
        assert session.scalar(select(func.count()).select_from(Assignment)) == owners


def test_a_long_annex_table_keeps_the_bar_moving_to_its_end(ledger) -> None:
    """(second read, session 29) the count stopped at the plan's items: a long annex table stored under a bar
    that had ended."""
    rows = "\n".join(f"{n}|推进第{n}项任务|区财政局|2025年12月" for n in range(1, 101))
    text = f"某区工作方案\n一、总体要求\n1.做好统筹。（牵头单位：区发展改革委）\n附件\n序号|任务|牵头单位|完成时限\n{rows}\n"
    plan = parse_plan_text(text, "方案.txt")
    assert len(plan.task_table) == 100
    document = ParsedDocument(file_name="方案.txt", plan=plan, source_text=text)
    counts: list[tuple[int, int]] = []
    import_plan(ledger, document, lambda done, total: counts.append((done, total)))
    total = len(plan.items) + len(plan.task_table)
    assert counts[-1][0] > len(plan.items) and all(t == total and d <= t for d, t in counts)
