"""Contacts: Chinese phone formats, liaison officers with one primary, duplicates, history, search."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models import Contact
from services.errors import DuplicateContact, InvalidValue
from services.storage.database import user_action
from services.units.contacts import (
    ContactInput,
    add_contact,
    contact_history,
    delete_contact,
    list_contacts,
    set_primary,
    update_contact,
)
from services.units.directory import list_units, search_units
from services.units.phones import normalize_mobile, normalize_office_phone
from services.units.pinyin_search import initials_text, matches
from services.units.registry import add_unit


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),  # full-width digits from a Chinese input method
    ],
)
def test_mobiles_are_written_one_way(typed, stored):
    assert normalize_mobile(typed) == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0513-82345678", "0513-82345678"),
        ("（0513）82345678", "0513-82345678"),
        ("0513 8234 5678", "0513-82345678"),
        ("010-1234567", "010-1234567"),
        ("82345678", "82345678"),
        ("0513-82345678转806", "0513-82345678转806"),
        ("0513-82345678-806", "0513-82345678转806"),
        ("0513-82345678 ext. 806", "0513-82345678转806"),
        ("13812345678", "13812345678"),
        ("0513-82345678；0513-82345679", "0513-82345678、0513-82345679"),
        ("  ", None),
    ],
)
def test_office_phones_keep_area_code_and_extension(typed, stored):
    assert normalize_office_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("1381234567", "10 位数字"),
        ("138123456789", "多了 1 位"),
        ("12812345678", "13–19"),
        ("0513-82345678", "座机"),
        ("138-abcd-5678", "不是数字"),
        ("13812345678、13912345678", "只填一个"),
    ],
)
def test_malformed_mobiles_say_what_is_wrong(typed, says):
    with pytest.raises(InvalidValue, match=says):
        normalize_mobile(typed)


@pytest.mark.parametrize("typed", ["0513-823", "123", "0513-8234567890", "电话见备注"])
def test_malformed_office_phones_are_refused_with_an_example(typed):
    with pytest.raises(InvalidValue, match="0513-82345678"):
        normalize_office_phone(typed)


def test_liaison_officers_one_primary_and_their_history(ledger):
    with user_action(ledger) as s:
        unit = add_unit(s, "区发改委")
        first = add_contact(s, ContactInput("联络员", "张晓明", unit, mobile="138 1234 5678"))
        second = add_contact(s, ContactInput("联络员", "李娜", unit, office_phone="0513-82212345转806"))
        assert [(c.name, c.is_primary) for c in list_contacts(s, unit_id=unit)] == [
            ("张晓明", True),
            ("李娜", False),
        ]
        set_primary(s, second)
        assert {c.name: c.is_primary for c in list_contacts(s, unit_id=unit)} == {
            "张晓明": False,
            "李娜": True,
        }
        update_contact(s, first, ContactInput("联络员", "张晓明", unit, mobile="13912345678", notes="项目科"))
        delete_contact(s, second)
        assert [(c.name, c.is_primary) for c in list_contacts(s, unit_id=unit)] == [("张晓明", True)]
        history = contact_history(s, first)
        assert [e.action for e in history][-1] == "create"
        edit = next(e for e in history if e.after.get("mobile") == "13912345678")
        assert edit.before["mobile"] == "13812345678" and edit.before["name"] == "张晓明"


def test_a_bad_phone_is_refused_and_nothing_is_stored(ledger):
    with pytest.raises(InvalidValue, match="11 位"), user_action(ledger) as s:
        unit = add_unit(s, "区发改委")
        add_contact(s, ContactInput("联络员", "张晓明", unit, mobile="1381234567"))
    with user_action(ledger) as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_a_role_outside_the_group_is_refused(ledger):
    with user_action(ledger) as s, pytest.raises(InvalidValue, match="组长、"):
        add_contact(s, ContactInput("秘书", "张晓明", None))


def test_the_same_person_twice_is_a_question_not_a_second_row(ledger):
    with user_action(ledger) as s:
        unit = add_unit(s, "区发改委")
        existing = add_contact(s, ContactInput("联络员", "张晓明", unit, mobile="13812345678"))
        with pytest.raises(DuplicateContact, match="编辑已有的记录") as raised:
            add_contact(s, ContactInput("联络员", " 张 晓明", unit))
        assert raised.value.existing_id == existing
        with pytest.raises(DuplicateContact):  # same name and mobile, filed under another unit
            add_contact(s, ContactInput("联络员", "张晓明", None, mobile="138-1234-5678"))
        add_contact(s, ContactInput("联络员", "张晓明", unit, notes="综合科的张晓明"), keep_both=True)
        assert len(list_contacts(s, unit_id=unit)) == 2


def test_search_by_name_alias_person_phone_and_pinyin_initials(ledger):
    assert initials_text("区发改委") == "qfgw"
    assert matches("fgw", "区发改委") and matches("zz", "组长") and not matches("xyz", "区发改委")
    with user_action(ledger) as s:
        fgw = add_unit(s, "区发改委")
        wjw = add_unit(s, "区卫健委")
        add_contact(s, ContactInput("成员", "郁逵", fgw, title="区发改委主任"))
        add_contact(s, ContactInput("联络员", "王芳", wjw, mobile="13912345678"))
        units = list_units(s)

    def found(query):
        return [(m.unit.name, m.person.name if m.person else None) for m in search_units(units, query)]

    assert found("fgw") == [("区发改委", None)]
    assert found("yk") == [("区发改委", "郁逵")]
    assert found("wf") == [("区卫健委", "王芳")]
    assert found("1391234") == [("区卫健委", "王芳")]
    assert found("卫健") == [("区卫健委", None)]
    assert found("") == [("区发改委", None), ("区卫健委", None)]
    assert found("qwe") == []
