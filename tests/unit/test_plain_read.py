"""The exports' SQLite read with sqlite3 (services/ledger/plain_read.py, plain_ranking.py) gives what the
session's read gives, on ledgers with everything an export prints: sections, yearly tasks, targets,
milestones, 督办事项, rounds and returns, corrections, closed and deleted items. And it declines what it
must not read (an older file, a server, a missing file), so the command takes the usual path."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from models import ItemKind, ItemSource, TaskStatus
from models.schema import HEAD_REVISION
from services.ledger import plain_read
from services.ledger.corrections import correct_entry, corrections, void_entry
from services.ledger.lights import LightRule
from services.ledger.milestones import add_milestone
from services.ledger.plain_ranking import FileFacts
from services.ledger.progress import ProgressReport, record_progress
from services.ledger.ranking import rank_units
from services.ledger.ranking_rule import rank
from services.ledger.row_build import CLOSED, SECTION
from services.ledger.stats import current_return_rate, load_plan_rows
from services.ledger.supervision import ItemDraft, add_item, create_list
from services.ledger.supervision_labels import SOURCE_NAMES
from services.ledger.tasks import delete_task
from services.storage.database import open_ledger, read_action, user_action
from tests.unit.ranking_ledger import AS_OF, build_ranking_ledger
from tests.unit.test_ledger_checks import garbage_page

pytestmark = pytest.mark.sqlite_only  # a SQLite file read with sqlite3: nothing to compare on a server

AS_OFS = (AS_OF, date(2024, 4, 4), date(2024, 12, 31), date(2025, 3, 1))


def test_the_copied_constants_are_the_models():
    assert plain_read.HEAD_REVISION == HEAD_REVISION
    assert (CLOSED, SECTION) == (TaskStatus.CLOSED, ItemKind.SECTION)
    assert set(SOURCE_NAMES) == {source.value for source in ItemSource}


@pytest.fixture(scope="module")
def rich(tmp_path_factory) -> tuple[Path, int, int, dict[str, int]]:
    """The ranking ledger (tests/unit/ranking_ledger.py) with a corrected and a voided entry, milestones,
    a yearly task reported this year and last, a deleted measure, and a list of 督办事项."""
    path = tmp_path_factory.mktemp("plain") / "ledger.sqlite3"
    ledger = open_ledger(f"sqlite:///{path}")
    try:
        plan_id, rounds = build_ranking_ledger(ledger)
        with user_action(ledger) as session:
            from models import Assignment, LedgerItem, ProgressEntry, Unit, UnitKind

            items = {
                i.number: i
                for i in session.query(LedgerItem).filter(
                    LedgerItem.plan_id == plan_id, LedgerItem.kind == "measure"
                )
            }
            first, second = items["2"].id, items["5"].id
            wrong = record_progress(
                session, first, ProgressReport(date(2024, 5, 10), progress=9, done_total=2)
            )
            correct_entry(
                session, wrong, ProgressReport(date(2024, 5, 10), progress=90, done_total=20), "少打一个零"
            )
            stray = record_progress(session, second, ProgressReport(date(2024, 6, 1), situation="报错了单位"))
            void_entry(session, stray, "不是本单位的任务")
            add_milestone(session, first, date(2024, 9, 30), "完成招标")
            add_milestone(session, second, date(2024, 6, 30), "完成摸底")
            items["6"].recurring = "yearly"
            record_progress(
                session, items["6"].id, ProgressReport(date(2023, 11, 1), progress=80, done_total=9)
            )
            record_progress(
                session, items["6"].id, ProgressReport(date(2024, 3, 1), progress=30, done_total=3)
            )
            voided = record_progress(session, items["6"].id, ProgressReport(date(2024, 4, 1), progress=99))
            void_entry(session, voided, "填错了任务")
            delete_task(session, items["4"].id)
            # A group word leading beside a unit (not ranked), and a unit's entry saying "not done yet".
            group = Unit(name="各镇（街道）", kind=UnitKind.GROUP)
            session.add(group)
            session.flush()
            session.add(Assignment(item_id=first, unit_id=group.id, role="lead", position=5))
            session.add(
                ProgressEntry(
                    item_id=items["5"].id,
                    reported_on=date(2024, 7, 2),
                    unit_id=items["5"].assignments[0].unit_id,
                    round_id=rounds["q2"],
                    recorded_by="测试",
                    reported_done=False,
                )
            )
            list_id = create_list(session, "2024年领导批示督办事项")
            add_item(
                session,
                list_id,
                ItemDraft(
                    "推进老旧小区电梯加装",
                    "批示",
                    ("区住建局",),
                    co_units=("区发改委",),
                    leader="张三",
                    assigned_on=date(2024, 3, 1),
                    due_on=date(2024, 10, 31),
                ),
                today=date(2024, 3, 1),
            )
    finally:
        ledger.dispose()
    return path, plan_id, list_id, rounds


def _session_read(path: Path, read):
    ledger = open_ledger(f"sqlite:///{path}")
    try:
        with read_action(ledger) as session:
            return read(session)
    finally:
        ledger.dispose()


def _file_read(path: Path, read):
    with plain_read.plain_ledger(path) as connection:
        assert connection is not None
        return read(connection)


@pytest.mark.parametrize("as_of", AS_OFS)
def test_plan_rows_are_the_sessions(rich, as_of):
    path, plan_id, list_id, _ = rich
    rule = LightRule()
    for plan in (plan_id, list_id):
        expected = _session_read(path, lambda s, plan=plan: load_plan_rows(s, plan, as_of=as_of, rule=rule))
        found = _file_read(path, lambda c, plan=plan: plain_read.plan_rows(c, plan, as_of=as_of, rule=rule))
        assert found == expected
    assert expected.supervision and found.milestones is not None


def test_the_rich_ledger_has_what_it_is_for(rich):
    """The comparisons above would prove little on a ledger without these."""
    path, plan_id, list_id, _ = rich
    plan = _file_read(path, lambda c: plain_read.plan_rows(c, plan_id, as_of=AS_OF, rule=LightRule()))
    assert {r.kind for r in plan.rows} == {"section", "measure"}
    assert plan.milestones and any(r.recurring == "yearly" for r in plan.rows)
    assert any(r.status == "closed" for r in plan.rows) and len({r.light for r in plan.rows}) >= 3
    assert len(plan.items()) == 5  # one of the six deleted
    assert any(len(r.lead_units) == 2 for r in plan.items())  # 各镇（街道） beside a unit
    items = _file_read(path, lambda c: plain_read.plan_rows(c, list_id, as_of=AS_OF, rule=LightRule()))
    assert list(items.supervision.values()) == [("督〔2024〕1号", "批示")]


def test_corrections_are_the_sessions(rich):
    path, plan_id, _, _ = rich
    expected = _session_read(path, lambda s: corrections(s, plan_id))
    found = _file_read(path, lambda c: plain_read.corrections(c, plan_id))
    assert found == expected and len(found) == 3
    assert [c.new is None for c in found] == [False, True, True]  # one corrected, two voided


@pytest.mark.parametrize("as_of", AS_OFS)
def test_the_ranking_is_the_sessions_by_year_and_by_round(rich, as_of):
    path, plan_id, _, rounds = rich
    scopes = [{"year": 2024}, {"year": 2023}, {"round_id": rounds["q1"]}, {"round_id": rounds["q2"]}]
    for scope in scopes:
        expected = _session_read(path, lambda s, scope=scope: rank_units(s, [plan_id], as_of=as_of, **scope))
        found = _file_read(path, lambda c, scope=scope: rank(FileFacts(c), [plan_id], as_of=as_of, **scope))
        assert found == expected, scope


@pytest.mark.parametrize("as_of", AS_OFS)
def test_the_return_rate_is_the_sessions(rich, as_of):
    path, plan_id, list_id, _ = rich
    for plan in (plan_id, list_id):
        expected = _session_read(path, lambda s, plan=plan: current_return_rate(s, [plan], as_of=as_of))
        found = _file_read(path, lambda c, plan=plan: plain_read.current_return_rate(c, plan, as_of=as_of))
        assert found == expected
    assert found is None and expected is None  # the list has no round; the plan's was compared above


def test_a_generated_ledger_reads_the_same(tmp_path):
    """bench/generate.py's ledger: many plans, due dates, progress history and targets."""
    from bench.generate import generate

    path = tmp_path / "generated.sqlite3"
    generate(f"sqlite:///{path}", 400)
    rule, as_of = LightRule(), date.today()
    for plan in (1, 2, 5):
        expected = _session_read(path, lambda s, plan=plan: load_plan_rows(s, plan, as_of=as_of, rule=rule))
        found = _file_read(path, lambda c, plan=plan: plain_read.plan_rows(c, plan, as_of=as_of, rule=rule))
        assert found == expected and found.items()


def test_an_unknown_plan_gets_the_commands_message(rich):
    path = rich[0]
    with pytest.raises(Exception, match="编号为 999 的方案不存在"):
        _file_read(path, lambda c: plain_read.plan_rows(c, 999, as_of=AS_OF, rule=LightRule()))


def test_what_it_does_not_read(rich, tmp_path):
    path = rich[0]
    older = tmp_path / "older.sqlite3"
    with sqlite3.connect(path) as source, sqlite3.connect(older) as copy:
        source.backup(copy)
        copy.execute("UPDATE alembic_version SET version_num = '0010'")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    # A failing disk's page in an index: every read below would still succeed, quick_check does not.
    damaged = tmp_path / "damaged.sqlite3"
    with sqlite3.connect(path) as source, sqlite3.connect(damaged) as copy:
        source.backup(copy)
    garbage_page(damaged, "ix_assignment_unit_id")
    for declined in (older, garbage, empty, damaged, tmp_path / "missing.sqlite3", None):
        with plain_read.plain_ledger(declined) as connection:
            assert connection is None, declined
    assert plain_read.ledger_path("postgresql+psycopg://u:p@server/ledger") is None
    assert plain_read.ledger_path("sqlite:///C:/a.sqlite3?timeout=5") is None
    assert plain_read.ledger_path(f"sqlite:///{path}") == path


def _cells(path: Path) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    finally:
        book.close()


def test_the_exported_ledger_and_bulletin_are_the_sessions(rich, tmp_path):
    """End to end: the file the command writes from the plain read is the 导出 view's, cell by cell."""
    from docx import Document

    from services.documents.export_jobs import ExportRequest
    from services.operations.exports import export_document
    from services.operations.plain_exports import export_from_file

    path, plan_id, _, _ = rich
    url = f"sqlite:///{path}"
    written = {}
    for kind, suffix in (("ledger", "xlsx"), ("bulletin", "docx")):
        for way in ("session", "file"):
            request = ExportRequest(plan_id, kind, tmp_path / f"{way}.{suffix}", AS_OF)
            if way == "file":
                done = export_from_file(url, request)
            else:
                ledger = open_ledger(url)
                try:
                    done = export_document(ledger, request)
                finally:
                    ledger.dispose()
            assert done is not None and done.path.exists()
            written[kind, way] = done.path
    session_cells, file_cells = _cells(written["ledger", "session"]), _cells(written["ledger", "file"])
    assert file_cells == session_cells
    assert list(file_cells) == ["台账", "汇总", "考评", "留痕"]  # the 考评 and the corrections came through
    texts = [[p.text for p in Document(written["bulletin", way]).paragraphs] for way in ("session", "file")]
    assert texts[0] == texts[1] and any("考评" in t for t in texts[1])
