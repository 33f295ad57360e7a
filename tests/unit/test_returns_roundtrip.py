"""Reporting rounds end to end: periods, the template a clerk opens, and every Haimen unit's round trip."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from cli import main as cli
from models import LedgerItem, ProgressEntry, ReportingRound, Target
from services.errors import ExportFailed, InvalidValue
from services.ledger.co_leads import lead_unit_ids
from services.plans.importing import import_plan_file, sample_plan_path
from services.returns.rounds import LATE, RETURNED, WAITING, parse_period, round_status
from services.returns.template import (
    DONE_PERIOD,
    DONE_TOTAL,
    HIDDEN_SHEET,
    PROGRESS,
    SHEET_TITLE,
    SITUATION,
)
from services.storage.database import user_action
from tests.unit.returns_fill import commit, fill, make_round, preview, template_of


@pytest.mark.parametrize(
    ("text", "normal", "end"),
    [
        ("2024年第3季度", "2024年第3季度", date(2024, 9, 30)),
        ("2024年三季度", "2024年第3季度", date(2024, 9, 30)),
        ("２０２４年第３季度", "2024年第3季度", date(2024, 9, 30)),
        ("2024年10月", "2024年10月", date(2024, 10, 31)),
        ("2024年2月份", "2024年2月", date(2024, 2, 29)),
        ("2024年上半年", "2024年上半年", date(2024, 6, 30)),
        ("2024年度", "2024年度", date(2024, 12, 31)),
    ],
)
def test_periods_as_offices_write_them(text, normal, end):
    period = parse_period(text)
    assert (period.text, period.end) == (normal, end)


@pytest.mark.parametrize(
    "text", ["", "第3季度", "2024年13月", "2024年第5季度", "十月", "0000年度", "9999年10月"]
)
def test_a_period_that_cannot_be_read_says_how_to_write_it(text):
    with pytest.raises(InvalidValue, match="2024年第3季度"):
        parse_period(text)


def test_template_is_a_protected_government_form(ledger, plan_id, tmp_path):
    made = make_round(ledger, plan_id, tmp_path / "out")
    assert {f.unit for f in made.files} == {"区发改委", "区卫健委", "区工信局"}  # 各区镇 is a group word
    wb = load_workbook(template_of(made, "区发改委"))
    ws = wb[SHEET_TITLE]
    assert ws["A1"].value == "测试区推动大规模设备更新行动方案推进情况报送表"
    assert "A1:M1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A2"].value == "填报单位：区发改委　　报送期次：2024年第3季度　　报送截止：2024年10月10日"
    assert [c.value for c in ws[3]][:5] == ["台账编号", "序号", "任务", "目标", "完成时限"]
    assert ws.freeze_panes == "D4"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.column_dimensions["C"].width == 40
    assert ws.protection.sheet
    rows = [r for r in ws.iter_rows(min_row=4, max_row=5)]
    assert [r[2].value for r in rows] == ["加快重点行业设备更新和技术改造", "建立设备更新项目库"]
    assert rows[0][3].value == "80个" and rows[1][4].value == "2024年7月31日"
    assert all(c.protection.locked for c in rows[0][:5])
    assert not any(c.protection.locked for c in rows[0][5:])
    assert rows[0][0].border.left.style == "thin"
    validated = {str(dv.sqref): dv.type for dv in ws.data_validations.dataValidation}
    assert validated == {"F4:F5 G4:G5": "decimal", "H4:H5": "decimal", "L4:L5": "list", "M4:M5": "date"}
    assert any(str(c.value).startswith("填表说明") for c in ws["A"] if c.value)
    meta = wb[HIDDEN_SHEET]
    assert meta.sheet_state == "hidden"
    assert meta["B3"].value == made.round.id and meta["B8"].value == made.files[0].checksum


def test_every_haimen_unit_returns_and_every_number_reaches_the_ledger(ledger, tmp_path):
    with user_action(ledger) as session:
        plan = import_plan_file(session, sample_plan_path())
    made = make_round(ledger, plan, tmp_path / "out")
    assert len(made.files) >= 20
    filled = tmp_path / "filled"
    filled.mkdir()
    for f in made.files:
        fill(
            f.path,
            filled / f.path.name,
            lambda item_id: {
                DONE_PERIOD: item_id % 7,
                DONE_TOTAL: item_id % 7 + 1,
                PROGRESS: item_id % 90 + 5,
                SITUATION: f"第{item_id}项按计划推进",
            },
        )
    out, err = io.StringIO(), io.StringIO()
    # Figures above a small target and one 累计 cell for several targets are warned: a script, like the
    # dialog's tick, must accept them on purpose.
    assert cli.run(["--db", ledger.url, "import-returns", str(filled)], out, err) == 1
    assert "--accept-warnings" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["--db", ledger.url, "import-returns", str(filled), "--accept-warnings"], out, err)
    assert code == 0, err.getvalue()
    assert "错误" not in out.getvalue()
    rows = sum(f.tasks for f in made.files)
    assert f"已导入 {len(made.files)} 份报送表、{rows} 项任务" in out.getvalue()
    with user_action(ledger) as session:
        asked = {t.item_id for f in made.files for t in _tasks(session, plan, f.unit_id)}
        for item in session.scalars(select(LedgerItem).where(LedgerItem.id.in_(asked))):
            assert item.progress == item.id % 90 + 5
            assert item.latest_situation == f"第{item.id}项按计划推进"
            if len(item.targets) == 1:
                # Several lead units each report their share: the task's done figure is their sum.
                leads = max(len(lead_unit_ids(item.lead_unit_ids)), 1)
                assert item.targets[0].done == (item.id % 7 + 1) * leads
        assert session.scalar(select(func.count(ProgressEntry.id))) == rows
        status = round_status(session, made.round.id, as_of=date(2024, 10, 20))
        assert {u.state for u in status.units} == {RETURNED}
    if ledger.sqlite_file is not None:  # a server keeps its own backups
        copies = list((ledger.sqlite_file.parent / "backups").glob("*-returns.sqlite3"))
        assert len(copies) == 1, "a copy is taken before the returns are merged"


def _tasks(session, plan_id, unit_id):
    from services.returns.rounds import unit_tasks

    return unit_tasks(session, plan_id, unit_id)


def test_round_status_waiting_then_late(ledger, plan_id, tmp_path):
    made = make_round(ledger, plan_id, tmp_path / "out", due=date(2024, 10, 10))
    filled = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 50})
    commit(ledger, preview(ledger, filled))
    with user_action(ledger) as session:
        before = round_status(session, made.round.id, as_of=date(2024, 10, 10))
        after = round_status(session, made.round.id, as_of=date(2024, 10, 11))
    assert {u.unit: u.state for u in before.units} == {
        "区发改委": WAITING,
        "区卫健委": RETURNED,
        "区工信局": WAITING,
    }
    assert {u.unit: u.state for u in after.units} == {
        "区发改委": LATE,
        "区卫健委": RETURNED,
        "区工信局": LATE,
    }


def test_make_templates_cli(ledger, plan_id, tmp_path):
    out = io.StringIO()
    code = cli.run(
        [
            "--db",
            ledger.url,
            "make-templates",
            "--plan",
            str(plan_id),
            "--period",
            "2024年10月",
            "--out",
            str(tmp_path),
        ],
        out,
        io.StringIO(),
    )
    assert code == 0
    assert "2024年10月，报送截止 2024-11-05，共 3 个单位" in out.getvalue()
    assert len(list(tmp_path.glob("2024年10月-*-进展情况报送表.xlsx"))) == 3
    err = io.StringIO()
    bad = [
        "--db",
        ledger.url,
        "make-templates",
        "--plan",
        str(plan_id),
        "--period",
        "十月",
        "--out",
        str(tmp_path),
    ]
    assert cli.run(bad, io.StringIO(), err) == 1
    assert "无法识别" in err.getvalue()
    # A rejected command leaves nothing behind: neither forms nor the folders it made for them.
    fresh = tmp_path / "新建" / "报送表"
    assert cli.run([*bad[:-1], str(fresh)], io.StringIO(), io.StringIO()) == 1
    assert not (tmp_path / "新建").exists()


def test_templates_written_before_a_failure_are_taken_back(ledger, plan_id, tmp_path, monkeypatch):
    from services.returns import template as return_template

    calls = []
    real_save = return_template.save_workbook

    def failing_save(workbook, path):
        calls.append(path)
        if len(calls) == 2:
            raise ExportFailed("磁盘空间不足")
        return real_save(workbook, path)

    monkeypatch.setattr(return_template, "save_workbook", failing_save)
    out = tmp_path / "报送表"
    out.mkdir()
    with pytest.raises(ExportFailed), user_action(ledger) as session:
        return_template.make_templates(session, plan_id, "2024年10月", out)
    assert len(calls) == 2 and list(out.iterdir()) == []
    with user_action(ledger) as session:
        assert session.scalar(select(func.count()).select_from(ReportingRound)) == 0


def test_target_done_follows_the_lead_units_cumulative(ledger, plan_id, tmp_path):
    made = make_round(ledger, plan_id, tmp_path / "out")
    filled = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {DONE_TOTAL: 40})
    commit(ledger, preview(ledger, filled))
    with user_action(ledger) as session:
        assert session.scalar(select(Target.done).where(Target.quantity == 226)) == 40
