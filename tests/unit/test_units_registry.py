"""Units: one name for every way a document writes it; add, rename, merge with history; the Haimen group."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from models import Assignment, Contact, LedgerItem, ProgressReturn, ReportingRound, Role, Unit, UnitAlias
from services.errors import AliasTaken, InvalidValue, UnitLooksLikeExisting
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action
from services.units.contacts import ContactInput, add_contact
from services.units.registry import (
    add_alias,
    add_unit,
    merge_units,
    rename_unit,
    set_kind_and_parent,
    similar_units,
    unit_history,
)
from services.units.resolve import district_of_title, find_unit, name_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("区发改委", "发改委"),
        ("区 发改委 ", "区发展和改革委员会"),
        ("区交通运输局", "交通局"),
        ("区教育体育局", "区教体局"),
        ("区市场监督管理局", "市监局"),
        ("海门自然资源和规划局", "海门资规局"),
    ],
)
def test_names_that_differ_by_district_spaces_or_abbreviation_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_the_district_name_stands_for_qu_but_not_in_a_place_name():
    places = ("海门",)
    assert name_key("海门生态环境局", places) == name_key("区生态环境局", places)
    assert name_key("海门区税务局", places) == name_key("区税务局", places)
    assert name_key("海门街道", places) != name_key("街道", places)
    assert name_key("国金局海门支局", places) == "国金局海门支局"
    assert district_of_title("南通市海门区推动大规模设备更新行动方案") == "海门"
    assert district_of_title("威海市环翠区推动大规模设备更新和消费品以旧换新工作落实方案") == "环翠"


# What annex 1 of the Haimen plan says each member leads, and the unit the plan's measures call it.
HAIMEN_MEMBERS = {
    "宋涯": "区政府",
    "郁逵": "区发改委",
    "朱建军": "区教体局",
    "黄玮": "区科技局",
    "陆凯华": "区公安局",
    "陈咏梅": "区财政局",
    "冯新": "区人社局",
    "袁佩新": "区住建局",
    "张磊": "区城管局",
    "黄辉": "区交通局",
    "倪卫彬": "区农业农村局",
    "秦风雷": "区商务局",
    "姚继伟": "区文广旅局",
    "徐赟": "区卫健委",
    "葛小军": "区应急管理局",
    "潘卫星": "区数据局",
    "俞春华": "区市监局",
    "黄健": "区机关事务服务中心",
    "黄健辉": "区投资服务中心",
    "俞华": "海门资规局",
    "刘华军": "海门生态环境局",
    "陆琰": "区税务局",
    "陈冯军": "国金局海门支局",
}


def test_importing_haimen_links_every_group_member_to_the_unit_that_owns_its_tasks(ledger):
    with user_action(ledger) as s:
        import_plan_file(s, sample_plan_path())
    with user_action(ledger) as s:
        contacts = s.scalars(select(Contact)).all()
        linked = {c.name: c.unit.name for c in contacts if c.unit}
        assert {c.name for c in contacts if c.unit is None} == set()
        assert linked == HAIMEN_MEMBERS
        assert [(c.role, c.name) for c in contacts if c.role != "成员"] == [
            ("组长", "宋涯"),
            ("办公室主任", "郁逵"),
        ]
        owners = set(s.scalars(select(Assignment.unit_id)))
        # Every member but the 组长 (a district leader, seated in 区政府) speaks for a unit with tasks.
        unowned = {c.name for c in contacts if c.unit_id not in owners}
        assert unowned == {"宋涯"}
        # The 区交通运输局 of the roster is the 区交通局 and 交通运输局 of the measures and the annex.
        assert find_unit(s, "交通运输局").name == "区交通局"
        assert find_unit(s, "海门生态环境局").id == find_unit(s, "区生态环境局").id


def test_a_name_like_an_existing_unit_asks_instead_of_guessing(ledger):
    with user_action(ledger) as s:
        add_unit(s, "区发改委")
        with pytest.raises(UnitLooksLikeExisting) as raised:
            add_unit(s, "发改委")
        assert raised.value.existing == "区发改委"
        assert "别名" in str(raised.value) and "仍然新建" in str(raised.value)
        with pytest.raises(InvalidValue, match="已登记"):
            add_unit(s, " 区 发改委")
        kept = add_unit(s, "发改委", keep_both=True)
        assert s.get(Unit, kept).name == "发改委"
        assert [(p.first, p.second) for p in similar_units(s)] == [("区发改委", "发改委")]


def test_an_alias_of_another_unit_is_refused_with_a_merge_suggestion(ledger):
    with user_action(ledger) as s:
        a = add_unit(s, "区发改委")
        b = add_unit(s, "区工信局")
        add_alias(s, a, "发改委")
        with pytest.raises(AliasTaken, match="合并") as raised:
            add_alias(s, b, "发改委")
        assert raised.value.owner == "区发改委"


def test_rename_keeps_the_old_name_as_an_alias_and_in_the_history(ledger):
    with user_action(ledger) as s:
        unit_id = add_unit(s, "区发改委")
        other = add_unit(s, "区工信局")
        rename_unit(s, unit_id, "区发展和改革委员会")
        assert find_unit(s, "区发改委").id == unit_id
        assert [e.action for e in unit_history(s, unit_id)] == ["rename", "create"]
        with pytest.raises(AliasTaken, match="合并"):
            rename_unit(s, other, "区发改委")


def test_merge_moves_tasks_contacts_and_returns_and_keeps_the_history(ledger, plan_id):
    with user_action(ledger) as s:
        target = find_unit(s, "区发改委")
        # The plan made 区发改委 with 发改委 as an alias; an older ledger may hold 发改委 as a unit of its own.
        s.execute(delete(UnitAlias).where(UnitAlias.alias == "发改委"))
        source = add_unit(s, "发改委", keep_both=True)
        items = s.scalars(
            select(LedgerItem).where(LedgerItem.kind == "measure").order_by(LedgerItem.id)
        ).all()
        # item 0 is led by 区发改委; give 发改委 a co-role on it and the lead of item 1
        s.add(Assignment(item_id=items[0].id, unit_id=source, role=Role.CO))
        s.add(Assignment(item_id=items[1].id, unit_id=source, role=Role.LEAD))
        add_contact(s, ContactInput("联络员", "李明", source, mobile="13800001111"))
        add_contact(s, ContactInput("联络员", "王芳", target.id, mobile="13900002222"))
        round_ = ReportingRound(plan_id=plan_id, period="2024年7月")
        s.add(round_)
        s.flush()
        s.add(ProgressReturn(round_id=round_.id, unit_id=source, file_name="发改委.xlsx"))
        rename_unit(s, source, "区发改委员会")
        target_id = target.id
    with user_action(ledger) as s:
        result = merge_units(s, source, target_id)
        assert (result.assignments, result.contacts, result.returns) == (2, 1, 1)
    with user_action(ledger) as s:
        assert s.get(Unit, source) is None
        assert find_unit(s, "发改委").id == target_id and find_unit(s, "区发改委员会").id == target_id
        roles = {
            a.item_id: a.role for a in s.scalars(select(Assignment).where(Assignment.unit_id == target_id))
        }
        assert roles[items[0].id] == Role.LEAD and roles[items[1].id] == Role.LEAD
        # The copy of the lead units on each task follows the merge (the reminders read it).
        for item_id in (items[0].id, items[1].id):
            assert str(target_id) in s.get(LedgerItem, item_id).lead_unit_ids.split(",")
            assert str(source) not in s.get(LedgerItem, item_id).lead_unit_ids.split(",")
        people = s.scalars(
            select(Contact).where(Contact.unit_id == target_id, Contact.role == "联络员")
        ).all()
        assert sorted(c.name for c in people) == ["李明", "王芳"]
        assert sum(c.is_primary for c in people) == 1  # two primaries became one
        assert s.scalar(select(ProgressReturn.unit_id)) == target_id
        actions = [e.action for e in unit_history(s, target_id)]
        assert actions[0] == "merge" and "rename" in actions  # the merged unit's rename is still there


def test_a_unit_cannot_be_its_own_parent(ledger):
    with user_action(ledger) as s:
        town = add_unit(s, "三厂街道")
        group = add_unit(s, "各区镇")
        set_kind_and_parent(s, town, "town", group)
        with pytest.raises(InvalidValue, match="下级"):
            set_kind_and_parent(s, group, "group", town)
        with pytest.raises(InvalidValue, match="类型"):
            set_kind_and_parent(s, town, "village", None)


def test_a_bureau_and_its_successor_after_the_reform_are_suggested_for_merging(ledger):
    with user_action(ledger) as s:
        add_unit(s, "区教育局")
        add_unit(s, "区教体局")
        add_unit(s, "区农业农村局")
        add_unit(s, "区商务局")
        pairs = [(p.first, p.second) for p in similar_units(s)]
    assert pairs == [("区教育局", "区教体局")]
