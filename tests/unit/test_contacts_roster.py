"""The roster (通讯录): Excel and PDF in the official layout, import with preview and all or nothing, CLI."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from cli.main import run
from models import Contact
from services.errors import InvalidValue, WorkbookRejected
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action
from services.units.contacts import ContactInput, add_contact, list_contacts
from services.units.resolve import find_unit
from services.units.roster_export import load_roster, roster_title, write_roster_pdf, write_roster_xlsx
from services.units.roster_import import commit_roster, preview_roster


@pytest.fixture
def haimen(ledger):
    """The Haimen plan with its leadership group, and two liaison officers typed in by the office."""
    with user_action(ledger) as s:
        import_plan_file(s, sample_plan_path())
        fgw = find_unit(s, "区发改委").id
        add_contact(
            s, ContactInput("联络员", "张晓明", fgw, office_phone="0513-82212345转806", mobile="13812345678")
        )
        add_contact(s, ContactInput("联络员", "王芳", find_unit(s, "卫健委").id, mobile="13912345678"))
    return ledger


def test_title_comes_from_the_plan():
    assert (
        roster_title("南通市海门区推动大规模设备更新行动方案") == "海门区推动大规模设备更新工作领导小组通讯录"
    )
    assert roster_title(None) == "领导小组通讯录"


def test_roster_workbook_has_the_official_layout(haimen, tmp_path):
    with user_action(haimen) as s:
        doc = load_roster(s, as_of=date(2024, 7, 20))
    path = write_roster_xlsx(doc, tmp_path / "通讯录.xlsx")
    ws = load_workbook(path)["通讯录"]
    assert ws["A1"].value == "海门区推动大规模设备更新工作领导小组通讯录"
    assert ws["A2"].value == "（截至2024年7月20日）"
    assert [c.value for c in ws[3]] == [
        "序号",
        "组内职务",
        "姓名",
        "单位",
        "职务",
        "办公电话",
        "手机",
        "备注",
    ]
    assert ws["A4"].value == "一、领导小组"
    assert [c.value for c in ws[5]][:5] == [1, "组长", "宋涯", "区政府", "区委常委、区政府副区长"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert [r[0] for r in rows if r[1] is None] == ["一、领导小组", "二、领导小组办公室", "三、联络员"]
    assert rows[-2][1:7] == ["联络员", "张晓明", "区发改委", None, "0513-82212345转806", "13812345678"]
    assert ws.print_title_rows == "$3:$3" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)


def test_printed_roster_is_chinese_with_embedded_fonts(haimen, tmp_path):
    with user_action(haimen) as s:
        doc = load_roster(s, as_of=date(2024, 7, 20))
    path = write_roster_pdf(doc, tmp_path / "通讯录.pdf")
    reader = PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in ("领导小组通讯录", "宋涯", "郁逵", "区发改委", "0513-82212345转806", "第 1 页 共 2 页"):
        assert expected in text
    fonts = {
        font["/BaseFont"]: "/FontFile2"
        in font.get("/DescendantFonts", [font])[0].get_object().get("/FontDescriptor", {})
        for page in reader.pages
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values())
    }
    assert fonts and all(fonts.values()), fonts


def test_export_then_import_round_trip_updates_and_adds(haimen, tmp_path):
    with user_action(haimen) as s:
        path = write_roster_xlsx(load_roster(s, as_of=date(2024, 7, 20)), tmp_path / "通讯录.xlsx")
    wb = load_workbook(path)
    ws = wb["通讯录"]
    zhang = next(r for r in ws.iter_rows(min_row=4) if r[2].value == "张晓明")
    zhang[6].value = "139 0000 1111"  # a new mobile, typed with spaces
    ws.append(["", "联络员", "陈静", "区工信局", "综合科科长", "0513-82290001", 13700001111, ""])
    wb.save(path)
    with user_action(haimen) as s:
        preview = preview_roster(s, path)
    assert preview.problems == ()
    assert (preview.count("add"), preview.count("update")) == (1, 1)
    assert preview.count("unchanged") == len(preview.rows) - 2
    assert preview.new_units() == ("区工信局",)
    with user_action(haimen) as s:
        assert commit_roster(s, preview) == 2
    with user_action(haimen) as s:
        people = {c.name: c for c in list_contacts(s)}
        assert people["张晓明"].mobile == "13900001111" and people["张晓明"].is_primary
        assert people["陈静"].unit == "区工信局" and people["陈静"].mobile == "13700001111"


def _roster(tmp_path, header, *rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "通讯录"
    ws.append(["领导小组通讯录"])
    ws.append(header)
    for row in rows:
        ws.append(row)
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    return path


HEADER = ["序号", "组内职务", "姓名", "单位", "职务", "办公电话", "手机", "备注"]


def test_a_workbook_with_other_columns_is_refused_with_the_expected_layout(ledger, tmp_path):
    path = _roster(
        tmp_path, [*HEADER[:7], "邮箱"], ["1", "联络员", "张晓明", "区发改委", "", "", "", "a@b.cn"]
    )
    with user_action(ledger) as s, pytest.raises(WorkbookRejected) as raised:
        preview_roster(s, path)
    message = str(raised.value)
    assert "“邮箱”" in message and "第2行H列" in message and "序号、组内职务、姓名" in message


def test_bad_rows_are_shown_with_their_cell_and_nothing_is_imported(ledger, tmp_path):
    path = _roster(
        tmp_path,
        HEADER,
        ["1", "联络员", "张晓明", "区发改委", "", "", "1381234567", ""],
        ["2", "联络员", "李娜", "区发改委", "", "0513-8221", "", ""],
        ["3", "联络员", "王芳", "区卫健委", "", "", "13912345678", ""],
        ["4", "联络员", "王芳", "区卫健委", "", "", "13912345678", ""],
        ["5", "", "赵强", "区卫健委", "", "", "", ""],
    )
    with user_action(ledger) as s:
        preview = preview_roster(s, path)
    problems = {r.name: r.problem for r in preview.problems}
    assert "第3行G列" in problems["张晓明"] and "11 位" in problems["张晓明"]
    assert "第4行F列" in problems["李娜"]
    assert "与第5行是同一人" in problems["王芳"]
    assert "组内职务" in problems["赵强"]
    with pytest.raises(InvalidValue, match="4 处问题，未导入任何人员"), user_action(ledger) as s:
        commit_roster(s, preview)
    with user_action(ledger) as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_a_section_row_gives_its_role_to_the_rows_below(ledger, tmp_path):
    header = ["序号", "姓名", "单位", "手机"]
    path = _roster(
        tmp_path, header, ["三、联络员", None, None, None], ["1", "张晓明", "区发改委", "13812345678"]
    )
    with user_action(ledger) as s:
        preview = preview_roster(s, path)
        assert [(r.role, r.action, r.unit_status) for r in preview.rows] == [("联络员", "add", "new")]
        commit_roster(s, preview)
        assert [(c.role, c.unit, c.is_primary) for c in list_contacts(s)] == [("联络员", "区发改委", True)]


def test_cli_units_and_contacts(db_url, haimen):
    out = io.StringIO()
    assert run(["--db", db_url, "units", "--json"], out=out) == 0
    units = {u["name"]: u for u in json.loads(out.getvalue())}
    assert units["区发改委"]["aliases"] == ["发改委"] and units["区发改委"]["liaison"] == "张晓明"
    assert units["区发改委"]["lead_tasks"] > 0 and units["各区镇"]["kind"] == "group"
    out = io.StringIO()
    assert run(["--db", db_url, "contacts", "--unit", "发改委", "--json"], out=out) == 0
    people = json.loads(out.getvalue())
    assert [(p["role"], p["name"], p["primary"]) for p in people] == [
        ("成员", "郁逵", False),
        ("办公室主任", "郁逵", False),
        ("联络员", "张晓明", True),
    ]
    assert people[2]["office_phone"] == "0513-82212345转806"
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db_url, "contacts"], out=out) == 0 and "宋涯" in out.getvalue()
    assert run(["--db", db_url, "contacts", "--unit", "发改"], out=out, err=err) == 1
    assert "没有名为“发改”的单位" in err.getvalue() and "区发改委" in err.getvalue()
