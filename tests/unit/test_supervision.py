"""督办事项 without a plan (issue 19): a list made by hand, items numbered per year, 交办 → 签收 → 反馈 → 办结,
the 签收 a unit's first return makes, and migration 0011 on an older ledger."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from models import ChangeLog, LedgerItem, schema
from models.db import make_engine
from services.errors import InvalidValue, NotFound
from services.ledger import tasks
from services.ledger.progress import ProgressReport, record_progress
from services.ledger.supervision import (
    ItemDraft,
    add_item,
    create_list,
    edit_item,
    format_number,
    next_number,
    parse_number,
    sign,
)
from services.ledger.supervision_list import item_view, list_items
from services.returns.template import PROGRESS
from services.storage.database import user_action
from tests.reliability.fingerprint import fingerprint
from tests.unit.returns_fill import commit, fill, make_round, preview, template_of


def draft(**changes) -> ItemDraft:
    values = {
        "title": "落实区委书记关于设备更新的批示",
        "source": "批示",
        "lead_units": ("区发改委",),
        "leader": "宋涯",
        "assigned_on": date(2024, 7, 1),
        "due_on": date(2024, 9, 30),
    }
    return ItemDraft(**(values | changes))


@pytest.fixture
def list_id(ledger, plan_id) -> int:  # plan_id: the small plan registers 区发改委, 区卫健委, 区工信局
    with user_action(ledger) as session:
        return create_list(session, "2024年领导批示督办事项")


def test_an_item_goes_from_交办_to_办结_with_its_dates(ledger, list_id) -> None:
    with user_action(ledger) as session:
        item_id = add_item(session, list_id, draft(co_units=("区工信局",)))
    with user_action(ledger) as session:
        view = item_view(session, item_id)
        assert (view.supervision_no, view.source_label, view.state) == ("督〔2024〕1号", "批示", "assigned")
        assert view.lead_units == ("区发改委",) and view.co_units == ("区工信局",) and view.leader == "宋涯"
        sign(session, item_id, date(2024, 7, 3), unit="发改委")  # an alias of the lead unit
    with user_action(ledger) as session:
        view = item_view(session, item_id)
        assert (view.state, view.signed_on, view.signed_by) == ("signed", date(2024, 7, 3), "区发改委")
        record_progress(
            session, item_id, ProgressReport(date(2024, 8, 1), progress=60, situation="已完成调研")
        )
    with user_action(ledger) as session:
        assert item_view(session, item_id).state == "reported"
        assert item_view(session, item_id).reported_on == date(2024, 8, 1)
        tasks.close_task(session, item_id, on=date(2024, 9, 20))
    with user_action(ledger) as session:
        view = item_view(session, item_id)
        assert (view.state, view.closed_on) == ("closed", date(2024, 9, 20))
        assert [v.id for v in list_items(session, list_id, "closed")] == [item_id]
        assert list_items(session, list_id, "signed") == []
        actions = session.scalars(
            select(ChangeLog.action).where(ChangeLog.entity == "task", ChangeLog.entity_id == item_id)
        ).all()
    assert sorted(actions) == ["close", "create", "progress", "sign", "supervise"]


def test_numbers_follow_the_year_of_交办_and_are_never_given_twice(ledger, list_id) -> None:
    with user_action(ledger) as session:
        first = add_item(session, list_id, draft())
        second = add_item(session, list_id, draft(title="第二项"))
        typed = add_item(session, list_id, draft(title="手填编号", number="督〔2024〕7号"))
        other_year = add_item(
            session, list_id, draft(title="明年", assigned_on=date(2025, 1, 3), due_on=None)
        )
        prefixed = add_item(session, list_id, draft(title="前缀", prefix="区委督"))
        tasks.delete_task(session, prefixed)
    with user_action(ledger) as session:
        numbers = {
            i: format_number(r.supervision_prefix, r.supervision_year, r.supervision_seq)
            for i in (first, second, typed, other_year, prefixed)
            if (r := session.get(LedgerItem, i))
        }
        assert numbers == {
            first: "督〔2024〕1号",
            second: "督〔2024〕2号",
            typed: "督〔2024〕7号",
            other_year: "督〔2025〕1号",
            prefixed: "区委督〔2024〕8号",
        }
        assert next_number(session, 2024) == 9  # the deleted item keeps its number


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"number": "督〔2024〕1号"}, "已被事项"),
        ({"number": "2024-12"}, "无法识别"),
        ({"source": "电话"}, "来源“电话”无法识别"),
        ({"lead_units": ("区农业农村局",)}, "不在单位名录中"),
        ({"lead_units": ()}, "请填写牵头单位"),
        ({"title": "  "}, "事项名称不能为空"),
        ({"due_on": date(2024, 6, 1)}, "早于交办日期"),
        ({"prefix": "督2"}, "编号前缀"),
    ],
)
def test_bad_input_is_refused_in_chinese_and_writes_nothing(ledger, list_id, changes, message) -> None:
    with user_action(ledger) as session:
        add_item(session, list_id, draft())
    before = fingerprint(ledger)
    with pytest.raises(InvalidValue, match=message), user_action(ledger) as session:
        add_item(session, list_id, draft(**changes))
    assert fingerprint(ledger) == before


def test_an_unknown_plan_and_a_new_unit_when_the_clerk_says_so(ledger, list_id) -> None:
    with pytest.raises(NotFound, match="方案或事项清单不存在"), user_action(ledger) as session:
        add_item(session, 999, draft())
    with user_action(ledger) as session:
        item_id = add_item(session, list_id, draft(lead_units=("区农业农村局",), new_units=True))
        assert item_view(session, item_id).lead_units == ("区农业农村局",)


def test_sign_refuses_twice_a_wrong_unit_an_early_day_and_a_plan_task(ledger, plan_id, list_id) -> None:
    with user_action(ledger) as session:
        item_id = add_item(session, list_id, draft())
        plan_task = session.scalar(
            select(LedgerItem.id).where(LedgerItem.plan_id == plan_id, LedgerItem.kind == "measure")
        )
    for kwargs, message in (
        ({"unit": "区卫健委"}, "不是这个事项的责任单位"),
        ({"on": date(2024, 6, 30)}, "早于交办日期"),
    ):
        with pytest.raises(InvalidValue, match=message), user_action(ledger) as session:
            sign(session, item_id, **kwargs)
    with pytest.raises(InvalidValue, match="不是督办事项"), user_action(ledger) as session:
        sign(session, plan_task)
    with user_action(ledger) as session:
        sign(session, item_id, date(2024, 7, 2))
    with pytest.raises(InvalidValue, match="已于 2024-07-02 签收"), user_action(ledger) as session:
        sign(session, item_id)


def test_edit_renumbers_and_undo_puts_the_old_values_back(ledger, list_id) -> None:
    with user_action(ledger) as session:
        item_id = add_item(session, list_id, draft())
        add_item(session, list_id, draft(title="另一项"))
    with pytest.raises(InvalidValue, match="已被事项“另一项”使用"), user_action(ledger) as session:
        edit_item(session, item_id, number="督〔2024〕2号")
    with user_action(ledger) as session:
        change = edit_item(
            session,
            item_id,
            number="督[2024]第15号",
            source="会议",
            leader="张三",
            assigned_on=date(2024, 7, 5),
        )
        assert edit_item(session, item_id, leader="张三") is None  # nothing differs: no entry
    with user_action(ledger) as session:
        view = item_view(session, item_id)
        assert (view.supervision_no, view.source_label, view.leader) == ("督〔2024〕15号", "会议", "张三")
        tasks.revert_change(session, change)
    with user_action(ledger) as session:
        view = item_view(session, item_id)
        assert (view.supervision_no, view.source_label, view.leader, view.assigned_on) == (
            "督〔2024〕1号",
            "批示",
            "宋涯",
            date(2024, 7, 1),
        )


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("督〔2024〕12号", ("督", 2024, 12)),
        ("区委督（2024）第3号", ("区委督", 2024, 3)),
        ("督[2025]1", ("督", 2025, 1)),
    ],
)
def test_numbers_as_offices_type_them(text, parsed) -> None:
    assert parse_number(text) == parsed


def test_the_first_return_signs_an_item_and_undoing_the_batch_takes_it_back(
    ledger, plan_id, tmp_path
) -> None:
    from services.returns.importing import undo_batch

    with user_action(ledger) as session:
        measure = session.scalar(
            select(LedgerItem).where(LedgerItem.number == "2", LedgerItem.plan_id == plan_id)
        )
        edit_item(
            session, measure.id, source="方案", assigned_on=date(2024, 7, 15)
        )  # a plan's task made an item
        measure_id = measure.id
    made = make_round(ledger, plan_id, tmp_path / "out")
    filled = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 50})
    result = commit(ledger, preview(ledger, filled))
    with user_action(ledger) as session:
        view = item_view(session, measure_id)
        assert (view.supervision_no, view.signed_on, view.signed_by) == (
            "督〔2024〕1号",
            date(2024, 9, 30),
            "区卫健委",
        )
        assert view.state == "reported"
        others = session.scalars(select(LedgerItem).where(LedgerItem.id != measure_id)).all()
        assert all(o.signed_on is None for o in others)  # tasks never 交办 are not signed
        sign_entry = session.scalar(select(ChangeLog).where(ChangeLog.action == "sign"))
        assert json.loads(sign_entry.after)["batch_id"] == result.batch_id
    with user_action(ledger) as session:
        undo_batch(session, result.batch_id)
    with user_action(ledger) as session:
        view = item_view(session, measure_id)
        assert (view.signed_on, view.signed_by, view.state) == (None, None, "assigned")


@pytest.mark.sqlite_only
def test_0011_down_and_up_keeps_every_row_and_numbers_stay_unique(ledger, list_id) -> None:
    with user_action(ledger) as session:
        add_item(session, list_id, draft())
    ledger.dispose()
    engine = make_engine(ledger.url)
    try:
        schema.downgrade(engine, "0010")
        schema.upgrade(engine)
        assert schema.current_revision(engine) == "0011"
    finally:
        engine.dispose()
    with user_action(ledger) as session:
        rows = session.scalars(select(LedgerItem).where(LedgerItem.plan_id == list_id)).all()
        # Down to 0010 drops the item's columns; back up, the task is still there, no longer an item.
        assert [(r.title, r.assigned_on, r.supervision_seq) for r in rows] == [
            ("落实区委书记关于设备更新的批示", None, None)
        ]
        add_item(session, list_id, draft(title="再交办"))
    with pytest.raises(Exception, match=r"(?i)unique"), user_action(ledger) as session:
        session.add(
            LedgerItem(plan_id=list_id, kind="task", title="x", supervision_year=2024, supervision_seq=1)
        )
        session.flush()


def test_the_excel_ledger_and_the_pdf_sheet_show_number_and_source(
    ledger, plan_id, list_id, tmp_path
) -> None:
    from openpyxl import load_workbook

    from services.documents.ledger_export import write_ledger
    from services.documents.progress_sheet import _table_row
    from services.ledger.stats import load_plan_rows

    with user_action(ledger) as session:
        item_id = add_item(session, list_id, draft())
        items = load_plan_rows(session, list_id, as_of=date(2024, 8, 1))
        plan = load_plan_rows(session, plan_id, as_of=date(2024, 8, 1))
    assert items.supervision == {item_id: ("督〔2024〕1号", "批示")} and plan.supervision == {}

    def sheet_rows(ledgers) -> list[tuple]:
        path = write_ledger(tmp_path / f"{ledgers[0].plan.id}.xlsx", ledgers, as_of=date(2024, 8, 1)).path
        return [tuple(r) for r in load_workbook(path)["台账"].iter_rows(values_only=True)]

    rows = sheet_rows([items])
    header = next(r for r in rows if r[0] == "序号")
    assert header[:4] == ("序号", "督办编号", "来源", "所属领域")
    assert rows[rows.index(header) + 1][1:4] == ("督〔2024〕1号", "批示", None)  # 序号 and 领域 empty
    plain = sheet_rows([plan])
    assert next(r for r in plain if r[0] == "序号")[:2] == (
        "序号",
        "所属领域",
    )  # a plan without items as before
    [row] = items.items()
    assert _table_row(row, items)[1] == "督〔2024〕1号（批示）\n落实区委书记关于设备更新的批示"


def test_undo_of_a_签收_unsigns(ledger, list_id) -> None:
    with user_action(ledger) as session:
        item_id = add_item(session, list_id, draft())
        change = sign(session, item_id, date(2024, 7, 2), "区发改委")
    with user_action(ledger) as session:
        tasks.revert_change(session, change)
    with user_action(ledger) as session:
        view = item_view(session, item_id)
        assert (view.signed_on, view.signed_by, view.state) == (None, None, "assigned")
