"""Shapes read in session 28 from the set kept blind since session 25 (AQ, tests/data/plans/blind_aq, now read).

Each test below failed on the reader before its change (checked against the commit before it), except the guards,
which say what must stay as it was."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _measures(text: str) -> list[tuple[str, list[str]]]:
    plan = parse_plan_text(text)
    return [(item.number, list(item.lead_units)) for item in plan.items if item.is_measure]


STATE_FIRMS = """某区盘活低效用地行动方案
一、重点任务
（一）推动收购升级一批
1.开展资源收购。鼓励区属国企通过股权转让对低效用地进行整体收购。（各街镇、区属国企）
2.发挥国企领军作用。区属国企应充分发挥主力军作用。（区属国企）
3.加强转让监管。对存量产业用地实行清单式管理。（区经委、区规划资源局、区市场监管局）
"""


def test_a_places_state_firms_are_a_unit_in_a_bare_list():
    # 区属国企 was no name, so 1. and 2. named nobody and 3.'s clause was taken for the whole group's
    assert _measures(STATE_FIRMS) == [
        ("1", ["各街镇", "区属国企"]),
        ("2", ["区属国企"]),
        ("3", ["区经委", "区规划资源局", "区市场监管局"]),
    ]


DEFINITIONS = """某区盘活低效用地行动方案
一、适用范围
1.闲置工业用地。指超过合同约定的动工开发日期满一年未动工开发的工业用地。
2.开发效率低下的工业用地。指基准日超过约定竣工日期未竣工的工业用地。
二、重点任务
1.开展收储出让。条件适宜的地块可采用收储入库方式供应。（各街镇、区规划资源局）
2.加强资金支持。加大产业用地储备资金投入。（区财政局）
"""


def test_what_a_plan_means_by_its_words_is_no_work():
    assert _measures(DEFINITIONS) == [("1", ["各街镇", "区规划资源局"]), ("2", ["区财政局"])]


GOALS = """某区行动方案
一、主要目标
1.到2025年，全区低效用地盘活500亩。
2.到2027年，产业用地亩均税收提高20%。
二、重点任务
1.开展收储出让。条件适宜的地块可采用收储入库方式供应。（区规划资源局）
"""


def test_goals_numbered_apart_are_no_measures():
    assert _measures(GOALS) == [("1", ["区规划资源局"])]


COUNTED_GOAL = """某市人才行动计划
一、总体目标
1.目标。5年内重点引进和培养高层次人才2000名左右。
二、实施人才行动计划
2.紧缺人才开发项目。重点引进企业紧缺人才。（牵头单位：市发展改革委，配合单位：市委组织部）
3.企业家培养项目。培养100名优秀企业家。（牵头单位：市委组织部）
"""


def test_a_goal_the_tasks_number_on_from_stays_a_measure():
    # guard: the plan counts 1.目标 among its tasks (the next part goes on at 2.), so the clerk sees it
    assert _measures(COUNTED_GOAL) == [("1", []), ("2", ["市发展改革委"]), ("3", ["市委组织部"])]


PARTNERS = """某市灾后恢复重建规划工作方案
（二）专项规划
5.基础设施建设规划。提出交通、通信等基础设施恢复重建的具体方案。由市发改委牵头,市经委、市交通局分别与区、县政府和园区共同编制,6月25日完成。
6.市场服务体系规划。提出城乡商贸网点布局和重建方案。由市商务局、市粮食局分别与区、县政府和园区共同编制。分管副市长负责,6月25日完成。
7.防灾减灾规划。提出防治地震、洪涝等灾害的预防方案。由市国土资源局、市水利局会同区、县政府和园区分别编制,6月25日完成。
"""


def test_units_that_each_compile_with_their_partners():
    # 分别与X共同编制: each named unit works with X, who helps; 会同X分别编制 the same; 区、县政府 one party
    plan = parse_plan_text(PARTNERS)
    assert [(list(m.lead_units), list(m.co_units)) for m in plan.items if m.is_measure] == [
        (["市发改委"], ["市经委", "市交通局", "区、县政府", "园区"]),
        (["市商务局", "市粮食局"], ["区、县政府", "园区"]),
        (["市国土资源局", "市水利局"], ["区、县政府", "园区"]),
    ]


DUTY_LIST = """某市粮食应急预案
（一）成员单位职责
(1)市物价局负责粮食价格监督检查,依法查处价格违法行为。
(2)市审计局负责对用于粮食应急工作各项资金使用情况进行审计监督。
(3)市政府新闻办公室会同有关部门制定粮食应急新闻发布预案,负责组织发布相关新闻。
(4)中国农业发展银行某市分行负责落实采购、加工、调拨应急粮食所需贷款。
(5)某军分区后勤部、某武警支队后勤部负责提供战时部队粮食需求情况。
(6)其他有关部门在指挥部的统一领导下,做好相关配合工作。
"""


def test_a_duty_list_counts_the_items_that_open_on_a_named_lead():
    # a bank and two 后勤部 are no 市X局, but they open their items as the 局 do: (3) opens on its office too
    assert _measures(DUTY_LIST)[2] == ("3", ["市政府新闻办公室"])


SPACED_PAGE = (
    "某区纠风工作实施意见\n"
    "一、深入解决突出问题 （一）深入解决教育乱收费问题。重点抓住择校乱收费治理。 （牵头单位：区社会事业局；参加单位：区纠风办）"
    " （二）深入解决公共服务行业损害群众利益的问题。重点抓住收费的清理工作。 坚决纠正银行业乱收费问题。继续开展收费专项检查。"
    " （牵头单位：县银监办；参加单位：区纠风办、县物价局） 坚决纠正电信业乱收费问题。深入清理电信资费文件。"
    " （牵头单位：区经济发展局；参加单位：区公安局） 建立健全长效管理机制，继续加强对社保基金监管。"
    " （参加单位：区社会事业局、区财政局）\n"
)


def test_a_spaced_clause_closes_its_paragraph_on_a_joined_page():
    # the words after the clause opened nothing: 坚决纠正电信业… ran on inside the paragraph before it
    plan = parse_plan_text(SPACED_PAGE)
    measures = [m for m in plan.items if m.is_measure]
    assert [(m.title[:8], list(m.lead_units)) for m in measures[-2:]] == [
        ("坚决纠正电信业乱", ["区经济发展局"]),
        ("建立健全长效管理", []),
    ]
    assert list(measures[-1].co_units) == ["区社会事业局", "区财政局"]


LABEL_THEN_POINT = """某片区2021年工作方案
一、重点任务
1.呵护自然秀美的生态环境。持续打好污染防治攻坚战。
（1）提升水体环境质量。深化河长工作模式。 责任处室：农业农村处（2）推进大气污染治理。强化扬尘污染整治。 责任处室：资源生态处、交通与建设处（3）加强土壤污染防治。建立污染地块名录。 责任处室：农业农村处、社会事业处
"""


def test_a_point_glued_after_a_clause_lines_units_starts_its_own_line():
    # （2） ran on after 农业农村处: the units took the point's words and the point was lost
    assert [m for m in _measures(LABEL_THEN_POINT) if m[0] != "1" or m[1]] == [
        ("1", ["农业农村处"]),
        ("2", ["资源生态处", "交通与建设处"]),
        ("3", ["农业农村处", "社会事业处"]),
    ]


POINTS_UNDER_A_PARAGRAPH = """某片区2021年工作方案
一、重点任务
1.呵护自然秀美的生态环境。持续打好污染防治攻坚战。
（1）提升水体环境质量。深化河长工作模式。
责任处室：农业农村处
（2）推进大气污染治理。强化扬尘污染整治。
责任处室：资源生态处、交通与建设处
2.清理积存垃圾。对小街巷进行专项整治。
责任单位：
（1）城管局负责城区道路；
（2）交通局负责国道。
"""


def test_points_with_their_own_clause_lines_are_measures_under_a_paragraph():
    # 1.'s paragraph is more than a title, but its points each name their owners: they are the measures
    # (guard: 责任单位： over owner lines (1)(2) leaves 2. one measure)
    assert _measures(POINTS_UNDER_A_PARAGRAPH) == [
        ("1", ["农业农村处"]),
        ("2", ["资源生态处", "交通与建设处"]),
        ("2", ["城管局", "交通局"]),
    ]


WORKING_GROUPS = """某市地震应急预案
十四、震害损失评估
组成单位:市地震局、建设局、民政局
主要职责:按规定协助省有关部门调查地震破坏情况。
十五、接受援助
组成单位:市民政局、外事办、红十字会
主要职责:按震情、灾情和国家有关规定,呼吁国际社会提供援助。
十六、涉外工作
组成单位:市外事办、旅游局
主要职责:依据有关规定,高效、有序地做好涉外工作。
"""


def test_working_groups_over_their_members_stay_measures():
    # guard: 组成单位 is no name the screen offers, but a heading over its members' line is still a measure
    assert [number for number, _ in _measures(WORKING_GROUPS)] == ["十四", "十五", "十六"]
