"""Short samples of the rules held-out batch 11 asked for; each made up, each fails without its rule."""

from services.plans.parser import parse_plan_text
from services.plans.parser.text import split_units


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_zones_that_govern_like_a_township_are_units() -> None:
    assert split_units("市统计局，人民大垸、荒湖管理区，监利经济开发区，高新区") == [
        "市统计局",
        "人民大垸、荒湖管理区",
        "监利经济开发区",
        "高新区",
    ]


def test_a_title_ending_in_a_bracket_keeps_its_description_and_clause_line() -> None:
    # （票决项目） ends the title line like a clause would; the 责任单位 line two lines down is still its own.
    text = (
        "某市2026年民生实事项目清单\n一、城建类\n1.第二水源水厂建设项目\n建设日供水30万吨的净水厂。\n"
        "责任单位：市住建委、水务集团\n2.火车站站前广场改造项目（票决项目）\n新建下穿通道，总长约1400米。\n"
        "责任单位：市住建委、交发集团\n"
    )
    assert _measures(text) == [
        ("1", ["市住建委", "水务集团"], []),
        ("2", ["市住建委", "交发集团"], []),
    ]
