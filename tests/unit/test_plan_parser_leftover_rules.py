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


def _cells(*cells: str) -> str:
    """A web table copied one cell a paragraph, a blank line between cells."""
    return "\n\n".join(cells) + "\n"


def test_sub_rows_under_a_merged_number_and_task_cell_give_the_row_their_units_too() -> None:
    # 序号 and 项目 merged over two or three sub-rows, each with its own unit, content, sum and progress;
    # a unit name wrapped in its narrow cell (区市政 / 管理处).
    text = "某区2024年民生实事项目责任分解表\n\n" + _cells(
        "序号", "项目", "责任单位", "建设内容", "总投资", "完成时限",
        "1", "改善城区道路", "区交通局", "拓宽东环路3公里。", "5200", "年底",
        "区市政", "管理处", "改造人行道12条。", "1800", "10月",
        "2", "加强防汛设施", "区水利局", "整治西河5公里。", "3100", "汛前",
        "北岭镇", "新建排涝泵站2座。", "2900", "9月",
        "3", "新增普惠托位", "区卫健局", "新增托位300个。", "1600", "年底",
    )  # fmt: skip
    assert _measures(text) == [
        ("1", ["区交通局", "区市政管理处"], []),
        ("2", ["区水利局", "北岭镇"], []),
        ("3", ["区卫健局"], []),
    ]


def test_a_sentence_left_after_a_row_stays_its_text_and_names_no_unit() -> None:
    # A task cell of two paragraphs printed after the row's last column: no unit names, no sub-row.
    text = "某区2024年民生实事项目责任分解表\n\n" + _cells(
        "序号", "项目", "责任单位", "建设内容", "完成时限",
        "1", "改善城区道路", "区交通局", "拓宽东环路3公里。", "年底", "同步完善沿线照明设施。",
        "2", "新增普惠托位", "区卫健局", "新增托位300个。", "年底",
    )  # fmt: skip
    plan = parse_plan_text(text)
    assert _measures(text) == [("1", ["区交通局"], []), ("2", ["区卫健局"], [])]
    assert "同步完善沿线照明设施" in plan.measures[0].text


def test_a_unit_list_running_on_into_a_flattened_table_of_figures_ends_at_its_last_name() -> None:
    # A newspaper page stored as one line, labels parted by spaces; the last 配合单位 list runs on into the
    # districts' figures table (`各区政府 东城 西城、南湖 合计 …`): 各区政府 is the list's last name.
    text = (
        "某市2015年民生实事项目进展情况 根据市政府部署,现将进展情况公布如下。 "
        "1.新建公共停车场20个。 牵头领导:张某 责任单位:市住建委 项目责任人:李某 "
        "配合单位:市规划局、市财政局 实际完成情况:已建成12个,完成年度目标的60%。 "
        "2.新辟社区巴士线路8条。 牵头领导:王某 责任单位:市交通委 项目责任人:赵某 "
        "配合单位:市公安局,各区政府 东城 西城、南湖 合计 年度目标 3 2 3 8 实际完成 1 1 2 4"
    )
    assert _measures(text) == [
        ("1", ["市住建委"], ["市规划局", "市财政局"]),
        ("2", ["市交通委"], ["市公安局", "各区政府"]),
    ]


def test_whole_names_after_a_space_in_a_run_on_list_are_kept() -> None:
    # After the space come more names, not figures: the list goes on.
    text = (
        "某市2015年民生实事项目进展情况 根据市政府部署,现将进展情况公布如下。 "
        "1.新建公共停车场20个。 牵头领导:张某 责任单位:市住建委 项目责任人:李某 "
        "配合单位:市规划局 各区政府 实际完成情况:已建成12个。 "
        "2.新辟社区巴士线路8条。 牵头领导:王某 责任单位:市交通委 项目责任人:赵某 配合单位:市公安局"
    )
    assert _measures(text) == [
        ("1", ["市住建委"], ["市规划局", "各区政府"]),
        ("2", ["市交通委"], ["市公安局"]),
    ]


def test_a_table_run_together_on_one_line_is_read_from_the_units_that_end_each_row() -> None:
    # A document site's text layer: header labels glued after 序号, plain row numbers, and every row
    # (or sub-row under its merged number) ending in the leader's name, the lead and the co-units glued.
    text = (
        "某区2022年民生实事项目责任分解表\n"
        "2022年民生实事项目责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位"
        "1扩大托育服务新增普惠托位600个,其中公办托位200个。王建平卫健局教育局各街道"
        "2改善城区交通新建停车泊位3000个。王建平交通局城投公司推进背街小巷整治20条。"
        "李红城管局东山街道西湖街道"
        "3加强养老服务新建社区食堂10家。周敏民政局各街道\n"
    )
    assert _measures(text) == [
        ("1", ["卫健局"], ["教育局", "各街道"]),
        ("2", ["交通局", "城管局"], ["城投公司", "东山街道", "西湖街道"]),
        ("3", ["民政局"], ["各街道"]),
    ]
    first = parse_plan_text(text).measures[0]
    assert "王建平" not in first.lead_units and "分管领导：王建平" in first.text


def test_a_figure_after_a_unit_name_inside_a_glued_row_opens_no_row() -> None:
    # 覆盖各街道2个以上社区: 2 follows a name's ending, but it is a figure with its measure word.
    text = (
        "某区2022年民生实事项目责任分解表\n"
        "2022年民生实事项目责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位"
        "1扩大托育服务新增普惠托位600个,覆盖各街道2个以上社区。王建平卫健局各街道"
        "2改善城区交通新建停车泊位3000个。李红交通局城投公司\n"
    )
    assert _measures(text) == [("1", ["卫健局"], ["各街道"]), ("2", ["交通局"], ["城投公司"])]


_PROJECTS = "附件某区2010年重点推进重大项目情况表单位:万元序号项目名称建设阶段总投资计划投资项目业主牵头协调部门牵头区领导合计 95000 31000 "


def test_a_glued_major_projects_table_ending_in_its_leaders_takes_the_unit_before_them() -> None:
    # 重大项目 table as a document site's text: figures glued to the name, the owner company, then the
    # lead department and the leaders' names glued (two people in row 1); rows open right after them.
    text = (
        "某区人民政府关于2010年重点推进重大项目的通知\n"
        + _PROJECTS
        + "1东湖湿地公园项目加快建设6000021000市城投公司区住建局张立新刘海2物流园区项目开工建设"
        + "3500010000某某物流有限公司区商务局陈东\n"
    )
    assert _measures(text) == [("1", ["区住建局"], []), ("2", ["区商务局"], [])]
    assert "牵头领导：张立新刘海" in parse_plan_text(text).measures[0].text


def test_a_government_body_owning_the_project_is_not_taken_for_the_lead() -> None:
    # The 项目业主 may itself be a bureau (区教育局); the lead is the unit right before the leaders.
    text = (
        "某区人民政府关于2010年重点推进重大项目的通知\n"
        + _PROJECTS
        + "1城东学校项目加快建设2000008000区教育局区发改局王敏2城南医院项目开工建设"
        + "4000012000区卫健局区住建局赵强\n"
    )
    assert _measures(text) == [("1", ["区发改局"], []), ("2", ["区住建局"], [])]
