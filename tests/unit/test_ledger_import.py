"""Importing an office's existing ledger as a plan: header found, columns mapped, stored in one go."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cli.main import run
from models import ItemKind, LedgerItem, Plan, ProgressEntry, Role
from services.errors import WorkbookRejected
from services.ledger.changelog import current_user
from services.plans.ledger_import import ledger_document, open_ledger_file, store_ledger
from services.storage.database import user_action
from tests.unit import ledger_books

TODAY = date(2024, 10, 8)
XLS_FIXTURE = Path(__file__).resolve().parents[1] / "data" / "ledger" / "supervision.xls"


def call(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def stored(ledger, path: Path, mapping=None) -> int:
    document = ledger_document(open_ledger_file(path), mapping)
    with user_action(ledger) as session:
        return store_ledger(session, document, TODAY)


def rows_of(ledger, plan_id: int) -> list[dict]:
    """Every stored item in plan order, with its units, due date, domain and progress entries."""
    with ledger.session_factory() as session:
        items = session.scalars(
            select(LedgerItem).where(LedgerItem.plan_id == plan_id).order_by(LedgerItem.position)
        ).all()
        result = []
        for item in items:
            owners = sorted(item.assignments, key=lambda a: a.position)
            entries = session.scalars(select(ProgressEntry).where(ProgressEntry.item_id == item.id)).all()
            result.append(
                {
                    "kind": item.kind,
                    "number": item.number,
                    "title": item.title,
                    "text": item.text,
                    "parent": item.parent.title if item.parent else None,
                    "lead": [a.unit.name for a in owners if a.role == Role.LEAD],
                    "co": [a.unit.name for a in owners if a.role == Role.CO],
                    "due": item.due_on,
                    "domain": item.domain,
                    "situation": item.latest_situation,
                    "entries": [(e.reported_on, e.situation, e.recorded_by) for e in entries],
                    "targets": [(t.quantity, t.unit) for t in item.targets],
                }
            )
        return result


def measures(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["kind"] != ItemKind.SECTION]


def test_supervision_ledger_becomes_a_plan_with_sections_units_deadlines_and_progress(ledger, tmp_path):
    plan_id = stored(ledger, ledger_books.supervision_ledger(tmp_path / "督查台账.xlsx"))
    rows = rows_of(ledger, plan_id)
    with ledger.session_factory() as session:
        assert session.get(Plan, plan_id).title == "2024年全区重点工作督查台账"
    assert [(r["kind"], r["number"], r["title"]) for r in rows if r["kind"] == ItemKind.SECTION] == [
        ("section", "一", "产业转型升级"),
        ("section", "二", "民生保障"),
    ]
    tasks = measures(rows)
    assert [t["number"] for t in tasks] == ["1", "2", "3"]  # the 注： line under the table is no task
    assert [t["parent"] for t in tasks] == ["产业转型升级", "产业转型升级", "民生保障"]
    first, second, third = tasks
    assert first["lead"] == ["区发改委"] and first["co"] == ["区工信局", "区财政局"]
    # 牵头单位 merged over tasks 1 and 2 leads both.
    assert second["lead"] == ["区发改委"] and second["co"] == ["区统计局"]
    assert third["lead"] == ["区卫健委"] and third["co"] == []
    assert [t["due"] for t in tasks] == [date(2024, 12, 31), date(2024, 7, 31), date(2025, 6, 30)]
    assert first["targets"] == [(80, "个")] and third["targets"] == [(226, "台（套）")]
    assert "责任领导：张卫东" in first["text"]
    # 进展情况 is each task's first progress entry, dated the import day, by the current user.
    assert first["situation"] == "已完成项目45个，完成投资12亿元"
    assert first["entries"] == [(TODAY, "已完成项目45个，完成投资12亿元", current_user())]
    assert third["entries"] == [] and third["situation"] is None


def test_two_row_merged_header_maps_lead_and_co_under_one_heading(ledger, tmp_path):
    path = ledger_books.two_row_header_ledger(tmp_path / "城市更新.xlsx")
    found = open_ledger_file(path)
    assert found.header.rows == (1, 2)
    assert found.header.mapping == ("seq", "task", "lead", "co", "due", "target")
    tasks = measures(rows_of(ledger, stored(ledger, path)))
    assert [(t["number"], t["parent"]) for t in tasks] == [
        ("1", "老旧小区改造"),
        ("2", "老旧小区改造"),
        ("3", "城市管网"),
    ]
    assert tasks[1]["lead"] == ["区住建局"] and tasks[1]["co"] == ["区市场监管局", "各街道"]
    # Dates as 2025年10月底前, 年底前 (the title's year) and 2025-09-30.
    assert [t["due"] for t in tasks] == [date(2025, 10, 31), date(2025, 12, 31), date(2025, 9, 30)]
    # The 工作目标 column gives the targets.
    assert tasks[0]["targets"] == [(12, "个")] and tasks[2]["targets"] == [(30, "公里")]
    assert "目标：改造管网30公里" in tasks[2]["text"]


def test_numeral_sections_and_a_responsibility_cell_that_says_who_leads(ledger, tmp_path):
    tasks = measures(
        rows_of(ledger, stored(ledger, ledger_books.numeral_section_ledger(tmp_path / "l.xlsx")))
    )
    assert [t["parent"] for t in tasks] == ["优化营商环境", "优化营商环境", "保障改善民生"]
    # 区行政审批局牵头，区市场监管局、区税务局配合: read as a plan's clause.
    assert tasks[0]["lead"] == ["区行政审批局"] and tasks[0]["co"] == ["区市场监管局", "区税务局"]
    # 责任单位 alone, no 牵头 word: every unit leads (docs/cli.md).
    assert tasks[1]["lead"] == ["区财政局", "区工信局"] and tasks[1]["co"] == []
    assert [t["due"] for t in tasks] == [date(2024, 6, 30), date(2024, 12, 31), date(2024, 12, 31)]
    assert tasks[2]["entries"][0][1] == "已开工2个"


def test_merged_domain_and_lead_apply_to_every_row_they_cover(ledger, tmp_path):
    tasks = measures(rows_of(ledger, stored(ledger, ledger_books.merged_body_ledger(tmp_path / "农业.xlsx"))))
    assert [t["lead"] for t in tasks] == [["区农业农村局"]] * 3
    assert [t["domain"] for t in tasks] == ["农业农村"] * 3
    assert tasks[0]["targets"] == [(12000, "亩")]
    assert [t["situation"] for t in tasks] == ["已建成0.8万亩", "完成12公里", None]


def test_gbk_csv_from_an_oa_system(ledger, tmp_path):
    tasks = measures(rows_of(ledger, stored(ledger, ledger_books.gbk_csv_ledger(tmp_path / "督办.csv"))))
    assert [t["title"] for t in tasks] == ["推进政务服务“一网通办”", "开展安全生产大检查"]
    assert tasks[0]["lead"] == ["区政务办"] and tasks[0]["co"] == ["区大数据局", "区司法局"]
    assert tasks[1]["co"] == ["各镇（街道）"]
    assert [t["due"] for t in tasks] == [date(2024, 9, 30), date(2024, 9, 30)]
    assert tasks[0]["targets"] == [(95, "%")]
    assert tasks[1]["entries"][0][1] == "已检查210家"


def test_xls_saved_by_an_office_suite_reads_like_its_xlsx(ledger, tmp_path):
    """supervision.xls is the 督查台账 saved as Excel 97-2003 by LibreOffice (tests/data/ledger/make_fixture.py)."""
    from_xls = measures(rows_of(ledger, stored(ledger, XLS_FIXTURE)))
    from_xlsx = measures(
        rows_of(ledger, stored(ledger, ledger_books.supervision_ledger(tmp_path / "a.xlsx")))
    )
    keys = ("number", "title", "lead", "co", "due", "situation")
    assert [{k: t[k] for k in keys} for t in from_xls] == [{k: t[k] for k in keys} for t in from_xlsx]


def test_a_changed_mapping_changes_what_is_stored(ledger, tmp_path):
    path = ledger_books.supervision_ledger(tmp_path / "a.xlsx")
    mapping = list(open_ledger_file(path).header.mapping)
    mapping[6] = "skip"  # 进展情况 not imported
    mapping[4] = "lead"  # 配合单位 read as leads too
    tasks = measures(rows_of(ledger, stored(ledger, path, mapping)))
    assert tasks[0]["lead"] == ["区发改委", "区工信局", "区财政局"] and tasks[0]["co"] == []
    assert all(t["entries"] == [] for t in tasks)


def test_a_sheet_without_a_header_is_refused_saying_what_was_found(tmp_path):
    with pytest.raises(WorkbookRejected) as refused:
        open_ledger_file(ledger_books.not_a_ledger(tmp_path / "收支.xlsx"))
    message = str(refused.value)
    assert (
        "没有找到台账的表头" in message and "月份 | 收入 | 支出" in message and "请在表格上方补上" in message
    )


def test_empty_files_are_refused(tmp_path):
    empty_csv = tmp_path / "空.csv"
    empty_csv.write_bytes(b"")
    with pytest.raises(WorkbookRejected, match="文件是空的"):
        open_ledger_file(empty_csv)
    from openpyxl import Workbook

    Workbook().save(tmp_path / "空.xlsx")
    with pytest.raises(WorkbookRejected, match="工作表都是空的"):
        open_ledger_file(tmp_path / "空.xlsx")


def test_a_hostile_xlsx_is_refused_before_it_is_parsed(tmp_path):
    """A sheet with an entity declaration (billion laughs) never reaches openpyxl's full load."""
    good = ledger_books.supervision_ledger(tmp_path / "good.xlsx")
    hostile = tmp_path / "hostile.xlsx"
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<worksheet", laughs.encode() + b"<worksheet", 1)
            target.writestr(info, data)
    with pytest.raises(WorkbookRejected, match="不允许的 XML 内容"):
        open_ledger_file(hostile)


def test_a_failure_while_storing_leaves_nothing(ledger, tmp_path, monkeypatch):
    import services.ledger.progress

    def broken(*_args, **_kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(services.ledger.progress, "record_progress", broken)
    with pytest.raises(OSError):
        stored(ledger, ledger_books.supervision_ledger(tmp_path / "a.xlsx"))
    with ledger.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Plan)) == 0
        assert session.scalar(select(func.count()).select_from(LedgerItem)) == 0


def test_cli_dry_run_json_stores_nothing_and_import_prints_the_plan_id(db_url, ledger, tmp_path):
    path = ledger_books.two_row_header_ledger(tmp_path / "城市更新.xlsx")
    code, out, _ = call("--db", db_url, "import-ledger", str(path), "--dry-run", "--json")
    assert code == 0
    plan = json.loads(out)
    assert plan["plan_id"] is None and plan["header_rows"] == [2, 3]
    assert [c["field"] for c in plan["columns"]] == [
        "序号",
        "任务",
        "牵头单位",
        "配合单位",
        "完成时限",
        "目标",
    ]
    assert [i["number"] for i in plan["items"] if i["kind"] == "measure"] == ["1", "2", "3"]
    with ledger.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Plan)) == 0
    code, out, _ = call("--db", db_url, "import-ledger", str(path))
    assert code == 0
    plan_id = int(out.strip().splitlines()[-1])
    assert [t["number"] for t in measures(rows_of(ledger, plan_id))] == ["1", "2", "3"]


def test_cli_refusals_and_usage(db_url, tmp_path):
    code, _, err = call("--db", db_url, "import-ledger", str(ledger_books.not_a_ledger(tmp_path / "x.xlsx")))
    assert code == 1 and "没有找到台账的表头" in err
    path = ledger_books.supervision_ledger(tmp_path / "a.xlsx")
    code, _, err = call("--db", db_url, "import-ledger", str(path), "--sheet", "不存在")
    assert code == 1 and "督查台账" in err
    code, _, _ = call("--db", db_url, "import-ledger")
    assert code == 2


def test_rows_numbered_in_advance_totals_and_a_goals_only_task_column(tmp_path):
    """A UTF-8 CSV whose only task column is 目标任务, with rows numbered but never filled and a 合计."""
    path = tmp_path / "目标任务.csv"
    path.write_text(
        "序号,目标任务,责任单位,完成时限\n"
        "1,新增城镇就业5000人,区人社局,2024年12月\n"
        "2,新建5G基站200个,区工信局；区通信发展办,2024年11月底前\n"
        "3,,,\n"
        "4,,,\n"
        "合计,,,\n",
        encoding="utf-8-sig",
    )
    found = open_ledger_file(path)
    assert found.header.mapping == ("seq", "task", "owner", "due")
    plan = ledger_document(found).plan
    assert [i.number for i in plan.items] == ["1", "2"]
    assert plan.items[1].lead_units == ("区工信局", "区通信发展办")
    assert plan.items[0].targets[0].quantity == 5000
    assert {d.due for d in plan.items[0].deadlines} == {date(2024, 12, 31)}


def test_files_are_read_by_their_content_not_their_name(tmp_path):
    """An .xls saved as 台账.xlsx, or a WPS .et, is read as what it is; a web page named .xls is refused."""
    renamed = tmp_path / "台账.xlsx"
    renamed.write_bytes(XLS_FIXTURE.read_bytes())
    wps = tmp_path / "台账.et"
    wps.write_bytes(XLS_FIXTURE.read_bytes())
    for path in (renamed, wps):
        plan = ledger_document(open_ledger_file(path)).plan
        assert [i.number for i in plan.items if i.is_measure] == ["1", "2", "3"]
    page = tmp_path / "导出.xls"
    page.write_text("<html><body><table><tr><td>序号</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(WorkbookRejected, match="另存为"):
        open_ledger_file(page)
