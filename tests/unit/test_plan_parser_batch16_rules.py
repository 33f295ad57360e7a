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


def test_a_table_from_a_pdf_text_layer_gives_each_bracketed_row_the_unit_after_its_last_sentence() -> None:
    # No cell boundaries: the header's labels spaced apart, a row over several lines, its 牵头单位 cell
    # printed right after the target's last full stop, a long name wrapped with a space.
    text = (
        "附件 2023年省政府民生实事项目资金安排表 单位：万元\n"
        "项目名称 合计 省级财政 市县财政 2023年目标任务 牵头单位 备注\n"
        "一、就业惠民项目\n"
        "（一） 高校毕业生就业 见习项目\n"
        "52000 40000\n"
        "12000 组织1万名高校毕业生参加就业见习。 省人力资源 社会保障厅\n"
        "（二） 公益性岗位 开发项目\n"
        "30000 30000 开发公益性岗位5000个。 省人力资源社会保障厅\n"
        "二、教育惠民项目\n"
        "（一） 乡村学校 改薄项目\n"
        "80000 60000\n"
        "20000 改造乡村学校校舍200所。 省教育厅\n"
    )
    assert _measures(text) == [
        ("一", ["省人力资源社会保障厅"], []),
        ("二", ["省人力资源社会保障厅"], []),
        ("一", ["省教育厅"], []),
    ]


def test_a_clause_line_naming_the_lead_is_no_pdf_table_header() -> None:
    # `牵头单位：X` is a clause, not a header's labels: the bracketed points keep their clause lines.
    text = (
        "某市2023年重点工作任务分解方案\n"
        "一、扩大有效投资\n"
        "（一）推进重大项目建设。\n"
        "牵头单位：市发改委 责任单位：市住建局 市自然资源局\n"
        "（二）加快专项债券发行使用。\n"
        "牵头单位：市财政局\n"
    )
    assert [number for number, _, _ in _measures(text)] == ["一", "二"]
    assert _measures(text)[1] == ("二", ["市财政局"], [])
