"""Session 34: the shapes read from this session's blind sets (BR–BV)."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from tests.unit.test_plan_session30_rules import _measures


def test_a_flattened_task_table_gives_each_owner_cell_to_the_task_before_it():
    """A 任务分解表 run into one paragraph: `任务。X牵头，Y、Z任务。X牵头，Y…任务。X牵头` — each row's 责任单位 cell
    closes its task, the next row's task runs on after the helpers' last name, and the table ends on an owner
    alone. Cut before the owners as a duty list is, each owner would stand over the NEXT row's task."""
    text = (
        "关于印发任务分解表的通知\n"
        "各有关单位：现将任务分解表印发给你们，请认真贯彻落实。 任务分解表 存在问题整改措施责任单位"
        "出台扩大有效投资的实施意见，谋划实施一批跨界投资项目。区经发局牵头，区交建局、电信公司、广电网络分公司"
        "创新应用各种投融资方式，总结推广建设运营模式。区财金局、经发局牵头，区环土局、社会事业局"
        "加大对困难行业企业的帮扶力度，实施精准电价政策。区经发局牵头，区财金局、电力公司"
        "对省级龙头企业用电实施调峰生产奖励。区经发局牵头，区社会事业局、财金局，区直有关单位"
        "加快网上办事大厅建设，全面推行网上预受理。区行政审批局、经发局牵头\n"
    )
    measures = [(item.text[:6], item.lead_units, item.co_units) for item in _measures(text)]
    assert measures == [
        ("出台扩大有效", ("区经发局",), ("区交建局", "电信公司", "广电网络分公司")),
        ("创新应用各种", ("区财金局", "经发局"), ("区环土局", "社会事业局")),
        ("加大对困难行", ("区经发局",), ("区财金局", "电力公司")),
        ("对省级龙头企", ("区经发局",), ("区社会事业局", "财金局", "区直有关单位")),
        ("加快网上办事", ("区行政审批局", "经发局"), ()),
    ]


def test_a_duty_list_whose_last_paragraph_holds_its_duty_keeps_its_owners_at_the_openings():
    """Guard: paragraphs each opening on `X牵头，…` and ending on their work are a duty list read as before."""
    text = (
        "某镇工作方案\n"
        "为做好整治工作，制定本方案。镇农办牵头，各村配合，做好排查登记工作。镇综治办牵头，镇派出所配合，做好矛盾调处。"
        "镇财政所牵头，做好资金保障。镇宣传办牵头，做好宣传发动工作。\n"
    )
    measures = [(item.text[:5], item.lead_units) for item in _measures(text)]
    assert measures == [
        ("镇农办牵头", ("镇农办",)),
        ("镇综治办牵", ("镇综治办",)),
        ("镇财政所牵", ("镇财政所",)),
        ("镇宣传办牵", ("镇宣传办",)),
    ]


def test_a_lead_cell_closing_a_measure_gives_the_names_after_its_comma_as_helpers():
    """`…项目建设。区经发局牵头，区交建局、环土局` closing a measure, as a table's 责任单位 cell prints: the names after
    the lead's comma, nothing but names to the end, help it. Work after the comma is no helper."""
    text = (
        "任务分解表\n一、任务\n"
        "1.出台实施意见，谋划实施一批项目。区经发局牵头，区交建局、环土局、电信公司\n"
        "2.抓好重大项目建设。区经发局牵头，区社会事业局、财金局，区直有关单位\n"
        "3.做好宣传。区经发局牵头，做好宣传报道工作\n"
    )
    measures = [(item.number, item.lead_units, item.co_units) for item in _measures(text)]
    assert measures == [
        ("1", ("区经发局",), ("区交建局", "环土局", "电信公司")),
        ("2", ("区经发局",), ("区社会事业局", "财金局", "区直有关单位")),
        ("3", ("区经发局",), ()),
    ]


def test_a_label_glued_to_the_lead_before_it_starts_the_helpers():
    """`牵头单位：区党群工作部参加单位：区台湾工作部、区交建局` — a table's cells run together, 参加单位 named as
    参与单位 is."""
    text = (
        "任务分工表\n一、重点任务\n"
        "1.引进台湾人才，聘任为管理层干部。牵头单位：区党群工作部参加单位：区台湾工作部、区交建局\n"
        "2.加强合作，建设加工基地。牵头单位：区农村发展局参加部门：区环土局\n"
    )
    measures = [(item.number, item.lead_units, item.co_units) for item in _measures(text)]
    assert measures == [
        ("1", ("区党群工作部",), ("区台湾工作部", "区交建局")),
        ("2", ("区农村发展局",), ("区环土局",)),
    ]


def test_working_groups_opening_a_run_of_items_are_their_owners():
    """A 片区's plan: `3.交通与建设筹备工作组要部署…`, `4.自然资源与应急管理筹备工作组加强…` — working groups named for
    their line of work, each opening its item, own it as a bureau would; `成立工作组` is work, no owner."""
    text = (
        "某片区抗旱应急工作实施方案\n三、工作措施\n"
        "1.交通与建设筹备工作组要部署、指导各行政村供水管网维护建设。\n"
        "2.自然资源与应急管理筹备工作组加强执法监督力度，严禁易耗水行业使用生活用水。\n"
        "3.党群筹备工作组要做好片区抗旱信息的宣传工作。\n"
        "4.片区防汛办及时了解掌握旱情发展变化，向片区防指报告旱情。\n"
        "5.成立工作组要加强督导检查。\n"
    )
    leads = [(item.number, item.lead_units) for item in _measures(text)]
    assert leads == [
        ("1", ("交通与建设筹备工作组",)),
        ("2", ("自然资源与应急管理筹备工作组",)),
        ("3", ("党群筹备工作组",)),
        ("4", ("片区防汛办",)),
        ("5", ()),
    ]


def test_a_part_title_glued_to_its_duty_list_heads_each_unit_s_duty():
    """A page run into one line: `二、工作职责区社会救助工作协调小组：统筹…。区党群工作部负责…。区经济发展局牵头…` —
    the part's title (工作职责) glued to the list under it. Each unit's duty is a measure under the title."""
    text = (
        "标题: 关于成立社会救助工作协调小组的通知\n发布机构: 某区管委会办公室\n"
        "当前位置： 首页 关于成立社会救助工作协调小组的通知 区直各单位：为加强对社会救助工作的组织领导，决定成立社会救助"
        "工作协调小组。现将有关事项通知如下：一、组成人员组 长：张三 区党工委副书记副 组 长：李四 区公安局局长"
        "协调小组下设办公室，挂靠区社会事业局，负责日常工作。"
        "二、工作职责区社会救助工作协调小组：统筹做好城乡低保与其他社会救助政策的有效衔接。"
        "区党群工作部负责做好符合条件的救助对象的就业救助工作。区经济发展局牵头将社会救助纳入经济社会发展规划。"
        "区公安局负责提供救助申请对象的户籍和车辆信息。区教育局负责做好社会救助对象的教育资助工作。\n"
    )
    items = parse_plan_text(text).items
    heading = next(item for item in items if item.number == "二")
    assert (heading.kind, heading.title) == ("section", "工作职责")
    leads = [item.lead_units for item in items if item.kind == "measure" and item.number == ""]
    assert leads == [
        ("区社会救助工作协调小组",),
        ("区党群工作部",),
        ("区经济发展局",),
        ("区公安局",),
        ("区教育局",),
    ]


def test_a_lead_after_the_item_s_topic_phrase_owns_the_item():
    """`3.落实临时停放调蓄点，区建管委牵头，针对…` / `2.进一步加强配套设施建设，区建管委会同公安分局、区城管执法局牵头
    试点开展…`: the topic, a comma, then the lead heading the next phrase (and those it works with)."""
    text = (
        "关于加强共享单车停放管理的实施意见\n一、加强设施建设\n"
        "1.进一步加强配套设施建设，区建管委会同公安分局、区城管执法局牵头试点开展道路微改造。\n"
        "2.落实临时停放调蓄点，区建管委牵头，针对共享单车“潮汐”现象设置临时停放点。\n"
    )
    measures = [(item.number, item.lead_units, item.co_units) for item in _measures(text)]
    assert measures == [("1", ("区建管委",), ("公安分局", "区城管执法局")), ("2", ("区建管委",), ())]


def test_a_unit_said_to_be_the_work_s_lead_before_its_duties_opens_its_paragraph():
    """`区水务局是二次供水设施改造的总牵头单位。负责…` in a 职责分工: what the unit is in the work, then its duties —
    the paragraph is that unit's, as `区发展改革委负责…` after it is its own."""
    text = (
        "关于推进二次供水设施改造的实施意见\n四、加强组织领导\n（一）职责分工\n"
        "区水务局是二次供水设施改造的总牵头单位。负责年度改造计划的审核上报；负责组织实施改造工作。\n"
        "区住房保障房屋管理局是结合旧住房综合改造开展二次供水设施改造的具体实施单位。负责改造计划的编制。\n"
        "区发展改革委负责二次供水设施改造项目的立项工作。\n"
        "区财政局负责申请市级补贴资金；负责落实区级配套资金。\n"
    )
    leads = [item.lead_units for item in _measures(text)]
    assert leads == [("区水务局",), ("区住房保障房屋管理局",), ("区发展改革委",), ("区财政局",)]


def test_a_duty_title_glued_to_a_unit_named_without_its_place_heads_the_list_too():
    """`二、职责分工食品监督管理处负责牵头…。药械监督管理处负责…` — a bureau's own offices, no place word to find where
    the title ends: the title is a duty list's words (职责分工, 工作职责 …)."""
    text = (
        "标题: 关于开展专项行动的方案\n发布机构: 某区市场监督管理局\n"
        "当前位置： 首页 关于开展专项行动的方案 各处室、各分局：现将方案印发给你们。"
        "一、领导小组为加强组织领导，成立专项行动领导小组，具体名单如下：组 长：张三 局长 副组长：李四 副局长 "
        "以上人员如因职务变动不再担任成员的，由相应岗位接任者自然替换。"
        "二、职责分工食品监督管理处负责牵头本次专项行动组织实施，适时组织专项抽检。"
        "药械监督管理处负责组织查处生产经营假劣药品违法行为。稽查支队负责本次专项行动重大案件的查处工作。"
        "办公室负责专项行动人员车辆调配、宣传报道和督查工作。三、工作要求各单位要高度重视，加强协作。\n"
    )
    items = parse_plan_text(text).items
    heading = next(item for item in items if item.number == "二")
    assert (heading.kind, heading.title) == ("section", "职责分工")
    leads = [item.lead_units for item in items if item.kind == "measure" and item.number == ""]
    assert leads == [("食品监督管理处",), ("药械监督管理处",), ("稽查支队",), ("办公室",)]


def test_an_article_s_title_on_its_own_line_numbers_the_paragraph_under_it():
    """`第一条 办公空间支持` alone on its line, its paragraph (with its clause) under it — a 若干措施 written in articles.
    The article is the measure, numbered as printed; it had been dropped and its paragraph numbered ""."""
    text = (
        "某区支持人工智能发展若干措施\n为打造创业生态，制定本措施。\n"
        "第一条 办公空间支持\n依托区级社区，为经认定的企业提供专属空间支持。（责任单位：区科技和工业信息化局、各社区）\n"
        "第二条 算力支持\n对经认定的企业，按其实际使用成本的一定比例给予资金支持。（责任单位：区科技和工业信息化局）\n"
        "第三条 人才支持\n（一）青年人才引育支持专项。对新引进青年人才给予入户补贴。（责任单位：区人力资源局）\n"
    )
    measures = [(item.number, item.lead_units) for item in _measures(text)]
    assert measures == [
        ("一", ("区科技和工业信息化局", "各社区")),
        ("二", ("区科技和工业信息化局",)),
        ("一", ("区人力资源局",)),
    ]
