"""Excel ledger, PDF progress sheet and bulletin, read back and compared with the database."""

from __future__ import annotations

import copy
import gc
import io
import re
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from cli import main as cli
from models import ProgressReturn, ReportingRound, RoundUnit
from services.documents.bulletin import write_bulletin
from services.documents.ledger_export import LEDGER_COLUMNS, write_ledger
from services.documents.progress_sheet import SheetChoice, write_progress_sheet
from services.errors import ExportFailed, InvalidValue
from services.ledger.lights import LIGHT_LABELS, Light
from services.ledger.progress import ProgressReport, record_progress
from services.ledger.rows import LedgerFilter, query_ledger
from services.ledger.stats import current_return_rate, load_plan_rows, plan_stats
from services.plans.store import store_plan
from services.storage.database import user_action
from services.units.resolve import find_unit
from tests.conftest import SMALL_PLAN

INJECTED = '=HYPERLINK("http://example.com","点我")'


def _record(ledger, plan_id: int) -> None:
    """Progress on measure 1 (with a formula-like situation), measure 2 with a done count."""
    with user_action(ledger) as session:
        rows = query_ledger(session, LedgerFilter(plan_id=plan_id), as_of=date(2024, 7, 20))
        first, second = rows[0], rows[1]
        record_progress(
            session, first.id, ProgressReport(date(2024, 7, 15), progress=40, situation="-已开工12个项目")
        )
        record_progress(
            session,
            second.id,
            ProgressReport(date(2024, 7, 18), progress=10, done_total=30, situation="+已完成招标"),
        )


def _plan_with_injection(ledger) -> int:
    plan = copy.deepcopy(SMALL_PLAN)
    plan["items"][2]["title"] = INJECTED
    plan["items"][3]["title"] = "@SUM(A1:A2) 医疗设备"
    with user_action(ledger) as session:
        return store_plan(session, plan)


def _plan_rows(ledger, plan_id: int, as_of: date):
    with user_action(ledger) as session:
        return load_plan_rows(session, plan_id, as_of=as_of)


def test_exported_ledger_reads_back_as_the_database(ledger, plan_id, as_of, tmp_path: Path) -> None:
    _record(ledger, plan_id)
    path = write_ledger(tmp_path / "台账.xlsx", [_plan_rows(ledger, plan_id, as_of)], as_of=as_of).path
    with user_action(ledger) as session:
        expected = query_ledger(session, LedgerFilter(plan_id=plan_id), as_of=as_of)

    workbook = load_workbook(path)
    assert workbook.sheetnames == ["台账", "汇总"]
    ws = workbook["台账"]
    assert ws["A1"].value == f"《{SMALL_PLAN['title']}》任务推进台账"
    header_row = next(r for r in range(1, 8) if ws.cell(r, 1).value == "序号")
    assert [c.value for c in ws[header_row]] == [c.header for c in LEDGER_COLUMNS]
    assert ws.freeze_panes == f"D{header_row + 1}"
    assert ws.auto_filter.ref.startswith(f"A{header_row}:K")
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text

    data = [row for row in ws.iter_rows(min_row=header_row + 1, values_only=True) if row[2] is not None]
    headings = [row[0] for row in ws.iter_rows(min_row=header_row + 1, values_only=True) if row[2] is None]
    assert headings == ["一、实施设备更新行动", "（一）推动制造业设备更新", "二、保障措施"]
    assert len(data) == len(expected)
    for got, row in zip(data, expected, strict=True):
        number, domain, title, lead, co, due, target, done, progress, light, situation = got
        assert str(number) == row.number
        assert domain == (row.domain or row.section)
        assert title == row.title
        assert lead == "、".join(row.lead_units) and (co or "") == "、".join(row.co_units)
        if row.recurring == "yearly":
            assert due == "每年"
        else:
            assert (due.date() if isinstance(due, datetime) else due) == row.due
        assert (target or "") == "；".join(f"{t.quantity:g}{t.unit or ''}" for t in row.targets)
        assert (done or "") == "；".join(
            f"{t.done:g}{t.unit or ''}" for t in row.targets if t.done is not None
        )
        assert progress == (None if row.progress is None else row.progress / 100)
        assert light == LIGHT_LABELS[row.light]
        assert (situation or "") == (row.latest_situation or "")
    # The light is a fill, in the PDF's colours.
    first = next(row for row in ws.iter_rows(min_row=header_row + 1) if row[2].value == expected[0].title)
    fills = {"red": "D9352B", "yellow": "F6C343", "green": "2E9D4A"}
    assert first[9].fill.fgColor.rgb.endswith(fills[expected[0].light])

    summary = workbook["汇总"]
    rows = {r[0]: r for r in summary.iter_rows(values_only=True) if r[0]}
    assert rows["全部任务"][1] == len(expected)
    assert rows["区发改委"][1] == 2  # leads measure 1 and, as 发改委, measure 3
    assert rows["（一）推动制造业设备更新"][1] == 2


def test_text_beginning_with_a_formula_sign_stays_text(ledger, as_of, tmp_path: Path) -> None:
    plan_id = _plan_with_injection(ledger)
    _record(ledger, plan_id)
    path = write_ledger(tmp_path / "l.xlsx", [_plan_rows(ledger, plan_id, as_of)], as_of=as_of).path
    ws = load_workbook(path)["台账"]
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for text in (INJECTED, "@SUM(A1:A2) 医疗设备", "-已开工12个项目", "+已完成招标"):
        assert text in cells, text
        assert cells[text].data_type == "s" and cells[text].quotePrefix, text
    # Nothing in the file is a formula: openpyxl would give "f" for one.
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(path).pages))


def test_progress_sheet_holds_every_task_and_embeds_its_fonts(ledger, plan_id, as_of, tmp_path: Path) -> None:
    _record(ledger, plan_id)
    plan = _plan_rows(ledger, plan_id, as_of)
    result = write_progress_sheet(tmp_path / "进度表.pdf", plan, as_of=as_of)
    assert result.rows == 3
    reader = PdfReader(result.path)
    text = _pdf_text(result.path)
    for row in plan.items():
        assert re.sub(r"\s+", "", row.title) in text, row.title
    assert "截至2024年7月20日" in text and "第1页共" in text
    assert f"第{len(reader.pages)}页共{len(reader.pages)}页" in text
    assert "各领域平均完成进度" in text and "按牵头单位统计" in text  # the summary page
    assert len(reader.pages) >= 2
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def test_progress_sheet_variants(ledger, plan_id, as_of, tmp_path: Path) -> None:
    plan = _plan_rows(ledger, plan_id, as_of)
    with user_action(ledger) as session:
        unit = find_unit(session, "区卫健委")
        unit_id, unit_name = unit.id, unit.name
    one = write_progress_sheet(tmp_path / "u.pdf", plan, SheetChoice(unit_id, unit_name), as_of=as_of)
    text = _pdf_text(one.path)
    assert one.rows == 1 and "推进医疗卫生设备更新" in text and "加快重点行业设备更新" not in text
    assert "区卫健委" in text
    # As of 2024-07-20 measure 3 (due 07-31) is yellow; the others are green.
    lagging = write_progress_sheet(tmp_path / "l.pdf", plan, SheetChoice(lagging=True), as_of=as_of)
    assert lagging.rows == len([r for r in plan.items() if r.light in (Light.RED, Light.YELLOW)]) == 1
    assert "建立设备更新项目库" in _pdf_text(lagging.path) and "（红灯、黄灯任务）" in _pdf_text(lagging.path)
    with pytest.raises(InvalidValue):
        write_progress_sheet(
            tmp_path / "x.pdf", plan, SheetChoice(unit_id=99999, unit_name="外单位"), as_of=as_of
        )
    assert not (tmp_path / "x.pdf").exists()


def test_export_to_a_folder_is_export_failed(ledger, plan_id, as_of, tmp_path: Path) -> None:
    plan = _plan_rows(ledger, plan_id, as_of)
    (tmp_path / "是文件夹.xlsx").mkdir()
    with pytest.raises(ExportFailed):
        write_ledger(tmp_path / "是文件夹.xlsx", [plan], as_of=as_of)


def test_a_missing_folder_is_refused_before_the_workbook_is_built(ledger, plan_id, as_of, tmp_path, capfd):
    plan = _plan_rows(ledger, plan_id, as_of)
    with pytest.raises(ExportFailed, match="不存在"):
        write_ledger(tmp_path / "拔出的U盘" / "台账.xlsx", [plan], as_of=as_of)
    gc.collect()  # an abandoned write-only workbook complains on stderr when collected
    assert "Exception ignored" not in capfd.readouterr().err


def _open_round(ledger, plan_id: int) -> None:
    with user_action(ledger) as session:
        units = {name: find_unit(session, name).id for name in ("区发改委", "区卫健委", "区工信局")}
        round_ = ReportingRound(plan_id=plan_id, period="2024年7月", due_on=date(2024, 8, 5))
        session.add(round_)
        session.flush()
        for unit_id in units.values():
            session.add(RoundUnit(round_id=round_.id, unit_id=unit_id))
        session.add(ProgressReturn(round_id=round_.id, unit_id=units["区发改委"], file_name="发改委.xlsx"))
        session.flush()


def test_bulletin_drafts_totals_late_tasks_and_the_return_rate(ledger, plan_id, tmp_path: Path) -> None:
    as_of = date(2024, 8, 10)  # measure 3 is overdue; the round was due on 08-05
    _record(ledger, plan_id)
    _open_round(ledger, plan_id)
    with user_action(ledger) as session:
        rate = current_return_rate(session, [plan_id], as_of=as_of)
    assert (rate.asked, rate.returned, rate.overdue) == (3, 1, True)
    plan = _plan_rows(ledger, plan_id, as_of)
    path = write_bulletin(tmp_path / "通报.docx", plan, as_of=as_of, return_rate=rate).path
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "方案共明确重点任务3项" in text and "已办结0项" in text
    assert "应报送单位3家，已报送1家，报送率33%" in text
    assert "区卫健委、区工信局逾期未报送" in text
    assert "区发改委：“建立设备更新项目库”（2024年7月31日到期，已逾期10天" in text
    assert text.index("一、总体情况") < text.index("二、报送情况") < text.index("四、需要重点关注的任务")


def test_bulletin_without_a_round_leaves_the_return_rate_out(ledger, plan_id, as_of, tmp_path: Path) -> None:
    with user_action(ledger) as session:
        assert current_return_rate(session, [plan_id], as_of=as_of) is None
    path = write_bulletin(tmp_path / "b.docx", _plan_rows(ledger, plan_id, as_of), as_of=as_of).path
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "报送" not in text.split("五、")[0].split("二、")[0] and "二、已办结任务" in text


def test_stats_count_lights_and_groups(ledger, plan_id, as_of) -> None:
    _record(ledger, plan_id)
    with user_action(ledger) as session:
        stats = plan_stats(session, as_of=as_of)
    assert stats.total == 3 and stats.lights.yellow == 1 and stats.lights.green == 2
    assert stats.average_progress == pytest.approx((40 + 10 + 0) / 3)
    assert [g.label for g in stats.by_unit] == ["区发改委", "区卫健委"]
    assert stats.by_unit[0].total == 2 and stats.by_unit[0].unit_id is not None
    assert [d.number for d in stats.next_deadlines] == ["3", "1", "2"]  # 07-31, this year's end, 2027
    assert stats.return_rate is None


def test_cli_exports(ledger, plan_id, db_url, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    base = ["--db", db_url]
    assert (
        cli.run([*base, "export-ledger", "--plan", str(plan_id), "--out", str(tmp_path / "l.xlsx")], out, err)
        == 0
    )
    pdf = ["export-pdf", "--plan", str(plan_id), "--out", str(tmp_path / "p.pdf"), "--as-of", "2024-07-20"]
    assert cli.run([*base, *pdf, "--unit", "卫健委"], out, err) == 0
    assert cli.run([*base, *pdf, "--lagging"], out, err) == 0
    bulletin = ["export-bulletin", "--plan", str(plan_id), "--out", str(tmp_path / "b.docx")]
    assert cli.run([*base, *bulletin], out, err) == 0
    assert all((tmp_path / name).stat().st_size > 0 for name in ("l.xlsx", "p.pdf", "b.docx"))
    missing = ["export-pdf", "--plan", str(plan_id), "--out", str(tmp_path / "n.pdf"), "--unit", "没有这个局"]
    assert cli.run([*base, *missing], out, err) == 1 and "没有名为“没有这个局”的单位" in err.getvalue()
    assert not (tmp_path / "n.pdf").exists()
    assert (
        cli.run([*base, "export-ledger", "--plan", "999", "--out", str(tmp_path / "x.xlsx")], out, err) == 1
    )
    assert cli.run([*base, "export-pdf", "--plan", str(plan_id)], out, err) == 2
