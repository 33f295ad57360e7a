"""Short samples of the rules held-out batch 16 asked for, each made up: the first of each pair fails without
its rule, the second guards the rule's limit (what it must not split)."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_whole_unit_names_a_table_cell_lists_with_spaces_are_separate_units() -> None:
    # A `|` row's unit cell copied from a web table: the names stood on lines of their own in the cell.
    text = (
        "某县2022年十件民生实事任务分解表\n"
        "序号 | 工作任务 | 责任领导 | 责任单位 | 完成时限 |\n"
        "1 | 新建城东小学，新增学位1200个。 | 张某 | 县教育局 各有关乡镇政府 | 2022年底 |\n"
        "2 | 改造农村公路30公里。 | 李某 | 县交通运输局 县财政局 | 2022年10月 |\n"
    )
    assert _measures(text) == [
        ("1", ["县教育局", "各有关乡镇政府"], []),
        ("2", ["县交通运输局", "县财政局"], []),
    ]


def test_a_name_a_narrow_cell_wrapped_with_a_space_stays_one_name() -> None:
    # The space in 区城市更新 服务中心 is a wrap inside one name: the part before it ends like no organisation.
    text = (
        "某区2023年民生实事项目表\n"
        "序号 | 项目名称 | 责任单位 |\n"
        "1 | 老旧小区改造10个。 | 区城市更新 服务中心 |\n"
        "2 | 新建口袋公园5个。 | 区园林局 |\n"
    )
    assert _measures(text)[0] == ("1", ["区城市更新服务中心"], [])
