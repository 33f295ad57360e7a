"""Short samples of the shapes held-out batch 7 brought (tests/data/plans/corpus, "batch": 7)."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_document_site_chunks_are_joined_and_run_on_measures_split() -> None:
    chunk = "工作方案的正文写在这里，说明工作目标、整治范围和工作要求，" * 3
    text = (
        "某镇街道百日攻坚行动工作方案\n"
        f"1、{chunk}三、工作任务1 .开展违停整治专\n"
        "2、项行动，加大违停整治力度。(责任单位:派出所)2 .严厉查处车辆超载等交通违法行为。"
        "(牵头单位:规建办责任单位:派出所、综合执法分局)3 .坚持开展环境卫生大扫除，保持沟巷池塘水面清洁。"
        "(牵 头单位:乡村振兴办责任单位:规建办、各村(社区)\n"
    )
    assert _measures(text) == [
        ("1", ["派出所"], []),
        ("2", ["规建办"], ["派出所", "综合执法分局"]),
        ("3", ["乡村振兴办"], ["规建办", "各村(社区)"]),
    ]


def test_sentence_clauses_after_run_on_numbers() -> None:
    text = (
        "某区市容整治方案\n"
        "12、临街建筑物粉刷出新整治。对城区主要道路两侧建筑物立面进行外立面出新整治，力求整齐美观，"
        "直管公房由区房产局组织整治。牵头单位:区房产局。责任单位:区城管局。13、施工工地整治。对城区"
        "施工工地进行全面整治，达到围挡作业、挂牌施工、出入口硬化。牵头单位:区建设局。责任单位:区市容环卫局、环保局。\n"
    )
    assert _measures(text) == [
        ("12", ["区房产局"], ["区城管局"]),
        ("13", ["区建设局"], ["区市容环卫局", "环保局"]),
    ]


def test_owner_sentence_after_a_group_of_indicators() -> None:
    text = (
        "某市目标管理工作方案\n一、目标体系\n（一）发展目标\n"
        "1.地区生产总值增长8%；\n2.固定资产投资增长10%；\n2项目标的责任单位均为市发展改革委。\n"
        "3.地方财政收入增长6%；\n该目标责任单位为市财政局。\n"
    )
    got = {(m.number, m.lead_units) for m in parse_plan_text(text).measures if m.number}
    assert {("1", ("市发展改革委",)), ("2", ("市发展改革委",)), ("3", ("市财政局",))} <= got
    first = next(m for m in parse_plan_text(text).measures if m.number == "1")
    assert any("请核对分组" in d for d in first.doubts)


def test_lead_rule_with_its_tail_inside_the_first_bracket() -> None:
    text = (
        "某省任务分工方案\n一、普及学前教育\n"
        "1.完善成本分担机制。(财政厅、发展改革委、教育厅。列在首位的为牵头部门或单位,有关部门和单位按职责分工负责,下同)\n"
        "2.制订办园标准。(教育厅、物价局)\n"
    )
    assert _measures(text) == [("1", ["财政厅"], ["发展改革委", "教育厅"]), ("2", ["教育厅"], ["物价局"])]


def test_lead_verb_and_shared_duty_in_other_words() -> None:
    text = (
        "某省实施方案\n一、重点任务\n"
        "1.梳理推介重大项目。(省发展改革委牵头抓总)\n"
        "2.推行市场化运作。(省发展改革委、水利厅、能源局等省有关部门和各地级以上市人民政府按职责分工落实)\n"
    )
    assert _measures(text) == [
        ("1", ["省发展改革委"], []),
        ("2", ["省发展改革委", "水利厅", "能源局", "各地级以上市人民政府"], []),
    ]


def test_heading_with_its_own_clause_lines_over_points() -> None:
    text = (
        "某区城市环境整治方案\n一、目标任务\n（一）重点地区市容市貌整治提升\n"
        "牵头单位：区建委\n成员单位：区执法局、区园林局\n以三个街道为重点，全面提升城市形象。\n"
        "1.拆除违规违章建筑。\n2.加大市场管理力度。\n"
        "（二）主次干道环境整治提升\n3.整治道路两侧环境。（牵头单位：区城管局）\n"
    )
    plan = parse_plan_text(text)
    measures = [(m.number, list(m.lead_units), list(m.co_units)) for m in plan.measures]
    assert measures == [("一", ["区建委"], ["区执法局", "区园林局"]), ("3", ["区城管局"], [])]
    assert "加大市场管理力度" in plan.measures[0].text


def test_member_units_alone_are_no_clause() -> None:
    text = (
        "某区工作方案\n一、组织领导\n成立工作领导小组。\n成员单位：区发改局、区财政局\n"
        "二、重点任务\n1.完善制度。（牵头单位：区司法局）\n"
    )
    assert _measures(text) == [("1", ["区司法局"], [])]


def test_box_drawn_task_table() -> None:
    text = (
        "某市重点工作任务分解\n"
        "┌────────────┬───┬────────┬────┐\n"
        "│ 工 作 任 务 │分管领│牵头组织实施单位│完成时限│\n"
        "│ │ 导 │ │ │\n"
        "├────────────┼───┼────────┼────┤\n"
        "│抓好财税工作 │张三 │市财政局、国│年内见成│\n"
        "├────────────┤ │家税务局 │ 效 │\n"
        "│△加强财政监督 │ ├────────┤ │\n"
        "├────────────┤ │市教育局 │ │\n"
        "│坚持优先发展教育 │ │ │ │\n"
        "└────────────┴───┴────────┴────┘\n"
    )
    plan = parse_plan_text(text)
    assert [(m.number, list(m.lead_units)) for m in plan.measures] == [
        ("", ["市财政局", "国家税务局"]),
        ("", ["市教育局"]),
    ]
    assert "加强财政监督" in plan.measures[0].text
