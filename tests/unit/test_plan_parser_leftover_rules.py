"""Short samples of the rules the leftovers of held-out batches 9–16 asked for, each made up: the first of each
pair fails without its rule, the second guards the rule's limit."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_named_cities_sharing_one_government_written_at_the_end_are_each_a_party() -> None:
    # 东川市、西岭市、南湖市人民政府: each city named with its own 市, only 人民政府 written once.
    text = (
        "某都市圈2024年工作计划\n"
        "一、交通互联\n"
        "1.建成环线快速路二期。（省交通运输厅牵头，省财政厅、东川市、西岭市、南湖市人民政府、临港管委会配合）\n"
    )
    assert _measures(text) == [
        (
            "1",
            ["省交通运输厅"],
            ["省财政厅", "东川市人民政府", "西岭市人民政府", "南湖市人民政府", "临港管委会"],
        )
    ]


def test_bare_place_words_sharing_city_and_government_stay_one_party_as_written() -> None:
    # 东川、西岭、南湖市政府 leaves out 市 too; 相关市、县政府 names kinds, no place: kept as written.
    text = (
        "某省2024年稳增长若干措施\n"
        "1.开工建设三个支线机场。（省机场集团、东川、西岭、南湖市政府负责）\n"
        "2.推进县域公路提档。（省交通运输厅、相关市、县政府负责）\n"
    )
    assert _measures(text) == [
        ("1", ["省机场集团", "东川、西岭、南湖市政府"], []),
        ("2", ["省交通运输厅", "相关市、县政府"], []),
    ]
