"""The 单位与联系人 view driven as a clerk would: search by pinyin initials, add a liaison officer,
merge 发改委 into 区发改委, export and import the roster."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models import Contact
from services.storage.database import user_action
from services.units.contacts import ContactInput, add_contact, list_contacts
from services.units.registry import add_unit
from ui.units.model import UnitListModel
from ui.units.view import UnitsView


def make_view(context, qtbot) -> UnitsView:
    view = UnitsView(context)
    qtbot.add_widget(view)
    view.show()  # a hidden view reloads only when shown (ui/ops.py follow_changes)
    view.as_of = date(2024, 7, 20)
    with qtbot.wait_signal(view.loaded, timeout=10000):
        pass
    return view


def search(view, qtbot, text: str) -> None:
    with qtbot.wait_signal(view.page_loaded, timeout=10000, raising=False):
        view.search.setText(text)  # QTest cannot type CJK; setText is what typing ends in


def test_unit_list_model_passes_the_model_tester(qapp, qtmodeltester, ledger, plan_id):
    from services.units.directory import list_units

    with user_action(ledger) as s:
        add_contact(s, ContactInput("联络员", "张晓明", None, mobile="13812345678"))
        units = list_units(s)
    model = UnitListModel()
    model.set_units(units)
    qtmodeltester.check(model)
    model.set_query("fgw")
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_find_a_unit_and_a_person_by_pinyin_initials(context, qtbot, plan_id):
    with user_action(context.ledger) as s:
        unit = s.scalar(select(Contact)).unit_id  # the plan's 组长 has no unit; give the 发改委 a member
        assert unit is None
        from services.units.resolve import find_unit

        add_contact(s, ContactInput("成员", "郁逵", find_unit(s, "区发改委").id, title="区发改委主任"))
    view = make_view(context, qtbot)
    search(view, qtbot, "fgw")
    assert view.model.rowCount() == 1 and view.model.found_at(0).unit.name == "区发改委"
    qtbot.waitUntil(
        lambda: view.page.page is not None and view.page.page.unit.name == "区发改委", timeout=5000
    )
    assert "区发改委" in view.page.header.text()
    assert view.page.tasks.rowCount() == 2  # leads 加快…技术改造 and 建立…项目库 (written 发改委)
    search(view, qtbot, "yk")
    assert view.model.found_at(0).person.name == "郁逵"
    qtbot.waitUntil(lambda: view.page.selected_contact() is not None, timeout=5000)
    assert view.page.selected_contact().name == "郁逵"


def test_add_liaison_officers_and_make_one_primary(context, qtbot, plan_id):
    view = make_view(context, qtbot)
    search(view, qtbot, "区卫健委")
    qtbot.waitUntil(lambda: view.page.page is not None, timeout=5000)
    unit_id = view.current_unit_id()
    for count, (name, mobile) in enumerate((("王芳", "139 1234 5678"), ("李娜", "13700001111")), start=1):
        view.add_contact(ContactInput("联络员", name, unit_id, mobile=mobile))
        qtbot.waitUntil(lambda count=count: view.page.contacts.rowCount() == count, timeout=5000)
    assert [(r, view.page.contacts.item(r, 1).text()) for r in range(2)] == [(0, "王芳"), (1, "李娜")]
    assert (
        "（主）" in view.page.contacts.item(0, 0).text() or "primary" in view.page.contacts.item(0, 0).text()
    )
    view.page.contacts.selectRow(1)
    assert view.page.primary_button.isEnabled()
    view.make_primary()
    qtbot.waitUntil(lambda: view.page.contacts.item(0, 1).text() == "李娜", timeout=5000)
    with user_action(context.ledger) as s:
        assert [(c.name, c.is_primary) for c in list_contacts(s, unit_id=unit_id)] == [
            ("李娜", True),
            ("王芳", False),
        ]
        assert s.scalar(select(Contact).where(Contact.name == "王芳")).mobile == "13912345678"


def test_merge_fagaiwei_into_qu_fagaiwei(context, qtbot):
    with user_action(context.ledger) as s:
        target = add_unit(s, "区发改委")
        source = add_unit(s, "发改委", keep_both=True)
        add_contact(s, ContactInput("联络员", "张晓明", source, mobile="13812345678"))
    view = make_view(context, qtbot)
    assert view.suggestions.isVisibleTo(view) and "区发改委 / 发改委" in view.suggestions.text()
    view.select_unit(source)
    qtbot.waitUntil(lambda: view.current_unit_id() == source, timeout=5000)
    with qtbot.wait_signal(view.page_loaded, timeout=10000):
        view.merge_into(target, confirmed=True)
    qtbot.waitUntil(lambda: view.current_unit_id() == target, timeout=5000)
    assert [view.model.found_at(r).unit.name for r in range(view.model.rowCount())] == ["区发改委"]
    assert view.page.contacts.item(0, 1).text() == "张晓明"
    assert "发改委" in view.page.header.text()
    view.page.tabs.setCurrentIndex(3)
    assert view.page.history.rowCount() >= 2


def test_roster_export_then_import_with_preview(context, qtbot, plan_id, tmp_path):
    view = make_view(context, qtbot)
    out = tmp_path / "通讯录.xlsx"
    with qtbot.wait_signal(context.status_message, timeout=10000):
        view.export_roster(out, kind="xlsx")
    with qtbot.wait_signal(context.status_message, timeout=10000):
        view.export_roster(tmp_path / "通讯录.pdf", kind="pdf")
    assert out.exists() and (tmp_path / "通讯录.pdf").stat().st_size > 1000
    from openpyxl import load_workbook

    wb = load_workbook(out)
    wb["通讯录"].append([None, "联络员", "陈静", "区发改委", None, "0513-82290001", "13700001111", None])
    wb.save(out)
    seen = []
    with qtbot.wait_signal(context.status_message, timeout=10000):
        view.import_roster(out, confirm=lambda preview: seen.append(preview) or True)
    assert seen[0].count("add") == 1 and not seen[0].problems
    with user_action(context.ledger) as s:
        assert s.scalar(select(Contact).where(Contact.name == "陈静")).unit.name == "区发改委"


def test_contact_dialog_phone_hints_are_not_numbers_of_the_contact(qtbot):
    import re

    from ui.units.dialogs import ContactDialog

    dialog = ContactDialog([], None)
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.width() >= 420
    for edit in (dialog.office_phone, dialog.mobile):
        hint = edit.placeholderText()
        assert hint and not re.search(r"\d{7,}", hint), hint  # no whole number a clerk could take as real
