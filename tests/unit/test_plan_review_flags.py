"""Which new unit names the review screen colours yellow: a slip among known names, not a new body."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.review import units_to_flag
from services.storage.database import user_action
from services.units.registry import add_unit

_DISTRICT = ("区发展改革委", "区教育局", "区财政局", "区住房城乡建设局", "区卫生健康委", "区市场监管局")


def _plan(*units: str) -> str:
    lines = ["某区推进行动方案", "一、重点任务"]
    for number, unit in enumerate(units, 1):
        lines.append(f"{number}.推进第{number}项工作。（责任单位：{unit}）")
    return "\n".join(lines) + "\n"


def _flagged(ledger, *units: str) -> set[str]:
    with user_action(ledger) as session:
        for name in _DISTRICT:
            add_unit(session, name, keep_both=True)
    with user_action(ledger) as session:
        return units_to_flag(session, parse_plan_text(_plan(*units)))


def test_a_new_name_among_known_ones_is_flagged(ledger) -> None:
    assert _flagged(ledger, "区发展改革委", "区教育局", "区财政局", "区文物局") == {"区文物局"}


def test_a_plan_of_another_body_is_not_all_yellow(ledger) -> None:
    city = ("市发展改革委", "市教育局", "市财政局", "市公安局", "市商务局")
    assert _flagged(ledger, *city) == set()


def test_in_a_plan_of_new_units_a_slip_for_a_known_one_is_still_flagged(ledger) -> None:
    # 区住房城乡建设局 written 区住房城乡建设委 (one character), among units the ledger has never seen.
    units = ("区住房城乡建设委", "区文物局", "区档案馆", "区气象局", "区税务局")
    assert _flagged(ledger, *units) == {"区住房城乡建设委"}


def test_short_names_one_character_apart_are_two_bodies(ledger) -> None:
    units = ("区体育局", "区文物局", "区档案馆", "区气象局")
    assert _flagged(ledger, *units) == set()


def test_the_first_plan_flags_nothing(ledger) -> None:
    with user_action(ledger) as session:
        assert units_to_flag(session, parse_plan_text(_plan("区发展改革委", "区教育局"))) == set()


def test_a_cell_of_figures_read_as_one_unit_is_doubted() -> None:
    from services.plans.parser.model import ParsedItem
    from services.plans.review import ODD_UNIT, item_doubts

    cell = "元坝镇280白果乡15柏林沟镇40朝阳乡20"
    item = ParsedItem(kind="measure", level=1, number="1", title="就业促进", lead_units=(cell,))
    assert ODD_UNIT.format(name=cell) in item_doubts(item, {cell})
    plain = ParsedItem(kind="measure", level=1, number="2", title="就业促进", lead_units=("区人社局",))
    assert item_doubts(plain, set()) == []


def test_a_month_cell_with_its_year() -> None:
    from datetime import date

    from services.plans.parser.deadlines import month_cell

    assert month_cell("2017年1月份", None).due == date(2017, 1, 31)
    assert month_cell("3月份", 2024).due == date(2024, 3, 31)
    assert month_cell("3月份", None).due is None
