"""Session 35: blocks per unit (parser/unit_blocks.py), a unit's own list, meetings' decisions, groups' leads, titles."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.unit_blocks import block_lines, block_unit, titles_apart
from tests.unit.test_plan_session30_rules import _measures

_NOTICE = (
    "某县人民政府关于下达2023年县直有关部门安全生产目标责任的通知\n"
    "县直各单位：现将2023年县直有关部门安全生产目标责任下达给你们，请认真抓好落实。\n"
    "某县人民政府\n2023年3月1日\n附件\n"
)
_BLOCKS = [
    "2023年某县教育局安全生产目标责任",
    "一、落实校园安全管理责任。每学期开展校舍安全排查不少于2次，排查结果报县政府。",
    "二、加强学生交通安全教育。配合县公安局开展校车安全专项整治，确保全年不发生校车事故。",
    "三、做好校园消防安全工作。完成全县中小学消防设施检测。",
    "2023年某县卫生健康局安全生产目标责任",
    "一、强化医疗机构消防安全管理。开展医疗机构火灾隐患排查整治。",
    "二、做好危险化学品中毒救治工作。协同县应急管理局完善中毒事故应急预案。",
]


def test_each_units_block_leads_the_duties_under_its_title():
    """The numbers restart in every block; each duty is its block's, under the unit its title names. (The unit
    a duty helps, 配合Y / 协同Y, is Y's work, no helper of this duty: the held-out writers list no such Y.)"""
    measures = [(m.number, m.lead_units, m.co_units) for m in _measures(_NOTICE + "\n".join(_BLOCKS) + "\n")]
    assert measures == [
        ("一", ("某县教育局",), ()),
        ("二", ("某县教育局",), ()),
        ("三", ("某县教育局",), ()),
        ("一", ("某县卫生健康局",), ()),
        ("二", ("某县卫生健康局",), ()),
    ]
    plan = parse_plan_text(_NOTICE + "\n".join(_BLOCKS) + "\n")
    titles = [item.title for item in plan.items if item.kind == "section"]
    assert titles == ["2023年某县教育局安全生产目标责任", "2023年某县卫生健康局安全生产目标责任"]


def test_blocks_run_into_one_paragraph_are_read_as_on_lines():
    """A page's text joined into one paragraph: each title runs onto the end of the duty before it."""
    run_on = _NOTICE.replace("\n附件\n", " 附件 ") + " ".join(_BLOCKS) + "\n"
    measures = [(m.number, m.lead_units) for m in _measures(run_on)]
    assert measures == [
        ("一", ("某县教育局",)),
        ("二", ("某县教育局",)),
        ("三", ("某县教育局",)),
        ("一", ("某县卫生健康局",)),
        ("二", ("某县卫生健康局",)),
    ]


def test_a_title_names_its_unit_and_nobody_else():
    assert block_unit("2016年平潭海事局环境保护目标责任") == "平潭海事局"
    assert (
        block_unit("2016年平潭综合实验区环境与国土资源局环境保护目标责任") == "平潭综合实验区环境与国土资源局"
    )
    assert block_unit("区教育局责任清单") == "区教育局"
    assert block_unit("市发改委2024年工作任务") == "市发改委"
    # every department, or no unit at all: no block of one unit
    assert block_unit("2016年区直有关部门环境保护目标责任") == ""
    assert block_unit("2024年重点工作任务") == ""
    assert titles_apart("三、做好校园消防安全工作。 2023年某县卫生健康局安全生产目标责任") == [
        "三、做好校园消防安全工作。",
        "2023年某县卫生健康局安全生产目标责任",
    ]


def test_one_such_title_alone_is_the_documents_own():
    """A 目标责任书 titled with its one unit, over its own clauses: no blocks, read as any plan."""
    lines = [
        "2023年县教育局安全生产目标责任书",
        "一、落实校园安全管理责任（责任单位：县教育局）。",
        "二、加强学生交通安全教育（责任单位：县公安局）。",
    ]
    assert block_lines(lines) == []
    measures = [(m.number, m.lead_units) for m in _measures("\n".join(lines) + "\n")]
    assert measures == [("一", ("县教育局",)), ("二", ("县公安局",))]


def test_a_units_own_list_gives_its_title_unit_to_what_names_nobody():
    """A bureau's own list, its title over the same title broken in two (a page's heading, then the document's):
    the title is read once, and the bureau it names leads each item, with a doubt that says where from."""
    text = (
        "首页 政府信息公开\n某县水利局防汛具体事项清单\n某县水利局\n防汛具体事项清单\n"
        "为落实防汛责任，我局梳理了本部门防汛具体事项，现予公开。\n"
        "一、组织开展汛前检查，排查水库、堤防险情。\n"
        "二、做好山洪灾害监测预警工作。\n"
        "三、配合做好转移群众安置工作（责任单位：某县应急管理局）。\n"
    )
    plan = parse_plan_text(text)
    assert plan.title == "某县水利局防汛具体事项清单"
    measures = [(m.number, m.lead_units) for m in plan.items if m.kind == "measure"]
    assert measures == [("一", ("某县水利局",)), ("二", ("某县水利局",)), ("三", ("某县应急管理局",))]
    first = next(m for m in plan.items if m.kind == "measure")
    assert any("责任单位取自文件标题" in doubt for doubt in first.doubts)


def test_a_plan_issued_by_a_unit_names_no_owner_in_its_title():
    """关于印发…的通知 names who issues the plan, not who does its work."""
    text = (
        "某县水利局关于印发防汛工作任务的通知\n各股室：现将防汛工作任务印发给你们。\n"
        "一、组织开展汛前检查，排查水库、堤防险情。\n二、做好山洪灾害监测预警工作。\n"
    )
    assert all(not m.lead_units for m in parse_plan_text(text).items if m.kind == "measure")


def test_a_meetings_decision_on_what_a_unit_brought_makes_that_unit_lead():
    """常务会议纪要: 会议原则同意X关于…的意见 / 会议同意X、Y提出的《…》，修改完善后提请… — the units that brought
    the matter revise it and carry it on, wherever the decision stands in the item."""
    text = (
        "县政府第5次常务会议纪要\n某日，县长主持召开县政府第5次常务会议，现将会议确定事项纪要如下：\n"
        "一、关于2024年财政预算调整有关问题\n会议原则同意县财政局关于2024年预算调整的意见，会后报县人大常委会审批。\n"
        "二、会议审议了《县促进产业发展的政策意见》。\n"
        "会议指出，创新财政资金扶持方式，对于产业重点领域的发展将发挥更强的引领和支持作用，各部门要加强政策执行。\n"
        "会议同意县发改局、县工信局提出的《县促进产业发展的政策意见》，修改完善后提请县委常委会审议。\n"
    )
    measures = [(m.number, m.lead_units) for m in _measures(text)]
    assert measures == [("一", ("县财政局",)), ("二", ("县发改局", "县工信局"))]


def test_a_part_run_on_after_an_item_of_the_part_before_is_cut_there():
    """A page whose paragraphs its blanks divide: `（四）…办实事。三、主要任务（一）…强根基1.理论武装…` — the piece
    opens on the last item of part 二 (its parts counted in a piece before), so part 三 starts after the full stop,
    whatever its number, and its first item under it. (Before, item 1 stayed in item （四）'s text.)"""
    text = (
        "某片区攻坚行动实施方案 一、总体要求 以提升效能为目标，制定本方案。 二、工作目标 （一）作风进一步转变。"
        "干部纪律观念增强。 （二）执行力进一步增强。卓有成效地完成各项任务。 （三）发展环境进一步优化。运行机制更加高效。"
        " （四）群众满意度进一步提高。多为群众办好事、办实事。三、主要任务（一）坚持思想先行强根基1.理论武装头脑，"
        "提高政治站位。通过专家讲座、专题辅导报告、微视频、微党课等形式组织全体干部职工深入学习，进一步深化对开放开发的认识，"
        "学习实验区出台的一系列政策文件，组织全体干部职工深入学习习近平总书记关于新福建建设的重要指示精神，"
        "切实增强“四个意识”、坚定“四个自信”、做到“两个维护”，确保各项决策部署在片区落到实处。责任部门：党群工作处 "
        "2.建章立制，促进内部规范管理。对片区目前的规章制度进行梳理，查缺补漏，修订和完善干部考勤、财务管理、后勤保障等制度。"
        "责任部门：党政办公室\n"
    )
    measures = [(m.number, m.title[:6], m.lead_units) for m in _measures(text)]
    assert measures[-2:] == [("1", "理论武装头脑", ("党群工作处",)), ("2", "建章立制，促", ("党政办公室",))]


def test_a_working_groups_lead_unit_heads_its_duties_not_the_groups_name():
    """A 预案's groups: `1.综合协调组：X牵头，主要职责：` over （1）（2） (or the colon lost on a web page: `2.监测预警预报组Y
    牵头，Z参加`) — the unit that leads the group owns its duties, the units taking part help."""
    text = (
        "某区水旱灾害防御应急预案\n一、应急工作组\n1.综合协调组：农业农村局水利处牵头，主要职责：\n"
        "（1）综合协调：组织应急值班；做好值班记录。\n（2）灾情统计：收集、汇总全区水利工程灾情。\n"
        "2.监测预警预报组区气象局牵头，区水文站参加，主要职责：\n（1）监测：做好雨情监测。\n（2）预报：发布预警信息。\n"
    )
    measures = [(m.number, m.lead_units, m.co_units) for m in _measures(text)]
    assert measures == [
        ("1", ("农业农村局水利处",), ()),
        ("2", ("农业农村局水利处",), ()),
        ("1", ("区气象局",), ("区水文站",)),
        ("2", ("区气象局",), ("区水文站",)),
    ]


def test_a_sector_department_opening_its_item_leads_it():
    """`2．区建设管理部门协同做好…` / `3．区绿化市容部门、区城管执法部门加强…`: a department named by its line of
    work, with its place, as the item's subject. (A verb before it, 配合市级部门落实…, names no subject.)"""
    text = (
        "某区建筑垃圾管理实施办法\n一、职责分工\n1．区建设管理部门协同做好工地现场建筑垃圾监管。\n"
        "2．区绿化市容部门、区城管执法部门加强出土工地执法检查。\n3．配合市级部门落实城市更新评估体系。\n"
    )
    measures = [(m.number, m.lead_units) for m in _measures(text)]
    assert measures == [("1", ("区建设管理部门",)), ("2", ("区绿化市容部门", "区城管执法部门")), ("3", ())]


def test_a_bracket_inside_a_word_stays_in_the_title():
    """林(山)长制 / 村（社区）: a bracket inside a word is no clause; the title had stopped at it (`全面推行林`). A
    clause's bracket still ends the title, and so does a point's （1） after the title's words."""
    text = (
        "某区工作方案\n一、重点任务\n1.完善村（社区）治理体系建设（责任单位：区民政局）\n"
        "2.全面推行林(山)长制建设（责任单位：区林业局）\n3.综合协调组区应急局牵头，主要职责：（1）组织应急值班。\n"
    )
    titles = [m.title for m in _measures(text)]
    assert titles == [
        "完善村（社区）治理体系建设",
        "全面推行林(山)长制建设",
        "综合协调组区应急局牵头，主要职责：",
    ]
