"""Short samples of the rules for task tables copied as text (the family held-out batch 8 failed on).

Each sample is made up; each fails without its rule in `table_fit`, `text_tables` or `tables`.
"""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def _cells(*cells: str) -> str:
    return "".join(f"{cell} |\n" for cell in cells)


def test_a_yes_no_label_is_a_column_of_its_own_not_half_of_the_next_label() -> None:
    # 是否完成 + 说明 joined would make the header a column short: the note would stand in 牵头单位.
    text = "某区重点任务推进表\n" + _cells(
        "序号", "任务", "是否完成", "说明", "牵头单位",
        "1", "新建公共停车泊位500个。", "是", "已于9月完成验收。", "区城管局",
        "2", "改造老旧小区10个。", "否", "受雨季影响进度滞后。", "区住建局",
    )  # fmt: skip
    assert _measures(text) == [("1", ["区城管局"], []), ("2", ["区住建局"], [])]


# Row 2 lost its 年度目标 (merged with row 1) and its blank 备注.
SHORT_ROW_TABLE = "某区民生实事推进表\n" + _cells(
    "序号", "主要任务", "年度目标", "分管领导", "牵头单位", "配合单位", "推进情况", "备注",
    "1", "新建公共停车泊位500个。", "全年完成", "张某某", "区城管局", "区市政局、各街道", "已完成。", "无",
    "2", "改造老旧小区10个、加装电梯20部。", "李某某", "区住建局", "区财政局、相关街道",
    "已开工建设，完成60%。",
)  # fmt: skip


def test_a_row_two_cells_short_is_realigned_by_what_its_cells_hold() -> None:
    # Row 2 lost its 年度目标 (merged with row 1) and its blank 备注: read by position, the leader's
    # name would be the target, the lead unit the leader and the co-units the lead.
    text = SHORT_ROW_TABLE
    assert _measures(text) == [
        ("1", ["区城管局"], ["区市政局", "各街道"]),
        ("2", ["区住建局"], ["区财政局", "相关街道"]),
    ]


_MERGED_ONCE = (
    "某县文化旅游年度工作任务表\n"
    "序号\n领域\n工作任务\n完成时限\n责任领导\n责任单位\n备注\n"
    "1\n公共文化\n图书馆免费开放服务人次较上年增长15%。\n12月底前\n王某某\n文化宣传股\n文化馆\n图书馆\n"
    "2\n全年组织开展文化下乡惠民演出不少于100场。\n{units}\n"
    "3\n开展好“三下乡”活动。\n"
    "4\n推进县文化馆、图书馆总分馆制建设。\n"
)


def test_a_number_in_sequence_opens_a_row_however_few_cells_the_row_before_it_has() -> None:
    # Merged cells are printed once: rows 2-4 are a task and at most a unit cell each.
    assert [number for number, _, _ in _measures(_MERGED_ONCE.format(units="文化宣传股、旅游股"))] == [
        "1",
        "2",
        "3",
        "4",
    ]


def test_units_one_a_paragraph_run_on_over_a_notes_column() -> None:
    assert _measures(_MERGED_ONCE.format(units="旅游股"))[0] == ("1", ["文化宣传股", "文化馆", "图书馆"], [])


def test_a_short_row_puts_its_unit_cell_in_the_unit_column_not_the_next_text_column() -> None:
    measures = _measures(_MERGED_ONCE.format(units="旅游股"))
    assert measures[1] == ("2", ["旅游股"], [])
    assert measures[2] == ("3", ["旅游股"], [])  # a merged unit cell carries down


def test_units_run_together_are_split_by_the_names_the_table_gives_apart_with_a_doubt() -> None:
    plan = parse_plan_text(_MERGED_ONCE.format(units="文化宣传股文化馆"))
    second = plan.measures[1]
    assert list(second.lead_units) == ["文化宣传股", "文化馆"]
    assert any("文化宣传股文化馆" in doubt for doubt in second.doubts)


def test_a_box_table_whose_first_column_is_merged_away_takes_its_rows_from_the_next_column() -> None:
    # 序号 and 项目名称 are merged down the table and printed below this page; the task cell opens `1.`.
    text = (
        "某省帮扶项目表\n"
        "┏━━━┳━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━┓\n"
        "┃序号 ┃项目名称 ┃ 实施内容 ┃ 责任单位 ┃\n"
        "┣━━━╋━━━━━╋━━━━━━━━━━━━╋━━━━━━━━━━┫\n"
        "┃ ┃ ┃1.实施助学工程，为低收入农户 ┃省教育厅、省民政 ┃\n"
        "┃ ┃ ┃青少年提供生活补贴。 ┃厅 ┃\n"
        "┣━━━╋━━━━━╋━━━━━━━━━━━━╋━━━━━━━━━━┫\n"
    )
    plan = parse_plan_text(text)
    assert _measures(text) == [("1", ["省教育厅", "省民政厅"], [])]
    assert any("项目名称" in doubt for doubt in plan.measures[0].doubts)  # the task taken from 实施内容


def test_a_name_before_and_stands_alone_and_the_place_word_after_it_waits_for_its_government() -> None:
    text = "某省行动方案\n一、加强保障\n1.落实助学资金。（责任单位：省财政厅和市、县（市、区）政府）\n"
    assert _measures(text) == [("1", ["省财政厅", "市、县（市、区）政府"], [])]


def test_a_table_page_on_one_line_is_read_at_its_bracketed_row_numbers() -> None:
    text = (
        "某市政策汇编\n"
        "12序号 工作内容 责任单位 责任类型(7)受理新引进专业服务机构的奖励市科技局(市税务局配合提供数据)受理"
        "(8) 制定科技大市场入驻机构考核办法,并组织实施 市科技局制定细则组织实施(9)对重点旅游项目给予用地支持 "
        "市自然资源和规划局 组织实施\n"
    )
    assert _measures(text) == [
        ("7", ["市科技局"], ["市税务局"]),
        ("8", ["市科技局"], []),
        ("9", ["市自然资源和规划局"], []),
    ]


def test_a_short_cell_past_the_last_column_stays_with_the_task_and_a_page_number_does_not() -> None:
    # Cells over the header's width: a short note is part of the row (nothing of the document is lost);
    # a printed page number between rows is not.
    text = "某区重点任务推进表\n" + _cells(
        "序号", "任务", "牵头单位", "完成时限",
        "1", "建成智慧停车平台。", "区城管局", "12月底前", "含二期工程",
        "2", "改造老旧小区10个。", "区住建局", "6月底前", "- 5 -",
    )  # fmt: skip
    plan = parse_plan_text(text)
    texts = [m.text for m in plan.measures]
    assert [(m.number, list(m.lead_units)) for m in plan.measures] == [
        ("1", ["区城管局"]),
        ("2", ["区住建局"]),
    ]
    assert "含二期工程" in texts[0]
    assert "5" not in texts[1].replace("10", "")


def test_a_realigned_row_says_so_for_the_review_and_a_row_read_in_place_does_not() -> None:
    from services.plans.parser.table_fit import REALIGNED

    text = SHORT_ROW_TABLE
    first, second = parse_plan_text(text).measures
    assert REALIGNED not in first.doubts
    assert REALIGNED in second.doubts
