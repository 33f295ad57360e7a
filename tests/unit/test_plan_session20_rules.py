"""Session 20: shapes of real documents (blind sets of real pages) that the reader read wrong.
Each failed when written unless its docstring says it guards."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def _texts(text: str) -> list[str]:
    return [m.text for m in parse_plan_text(text).measures]


def test_a_unit_heading_closed_by_a_colon_over_its_numbered_duties() -> None:
    """`（一）公安部门：` / `二、县市场监管局：` over 1、… 2、…: the heading is the unit's name with a colon, as a
    部门职责 part writes it; each duty is its measure."""
    text = (
        "某县流动人口计划生育综合治理工作方案\n一、工作目标\n进一步加强流动人口计划生育管理。\n二、部门职责\n"
        "（一）公安部门：\n1、在办理暂住证时查验婚育证明。\n2、建立警计联手责任制。\n"
        "（二）县市场监管局：\n1、规范农贸市场经营秩序。\n"
        "（三）建设（房管）部门：\n1、加强对建筑施工人员的计划生育管理。\n"
    )
    assert _owners(text) == [
        ("1", ["公安部门"], []),
        ("2", ["公安部门"], []),
        ("1", ["县市场监管局"], []),
        ("1", ["建设（房管）部门"], []),
    ]


_RULES = (
    "某市流动人口计划生育工作规定\n"
    "第一条 为了加强流动人口计划生育工作，制定本规定。\n"
    "第五条 市、县级市、区人民政府领导本行政区域内的流动人口计划生育工作，履行下列职责：\n"
    "（一）将流动人口计划生育工作纳入国民经济和社会发展规划；\n（二）建立健全协调机制；\n"
    "第六条 市、县级市、区人口和计划生育部门主管本辖区内流动人口计划生育工作，履行下列职责：\n"
    "（一）制定本地区流动人口计划生育工作规划；\n（二）法律、法规规定的其他职责。\n"
    "第七条 公安、工商等部门应当将掌握的流动人口有关信息向人口和计划生育部门通报。\n"
    "第八条 镇人民政府、街道办事处负责本辖区内流动人口计划生育工作，履行下列职责：\n"
    "（一）开展流动人口计划生育宣传教育工作；\n（二）查验流动人口婚育证明；\n"
    "第九条 本规定自2010年1月1日起施行。\n"
)


def test_a_rules_articles_over_their_duties() -> None:
    """`第六条 X部门主管本辖区内…工作，履行下列职责：` over （一）…: the article's subject owns each duty (主管 /
    领导 as 负责); the numbering begins anew under each article; the next article is no duty's text."""
    assert _owners(_RULES) == [
        ("一", ["市、县级市、区人民政府"], []),
        ("二", ["市、县级市、区人民政府"], []),
        ("一", ["市、县级市、区人口和计划生育部门"], []),
        ("二", ["市、县级市、区人口和计划生育部门"], []),
        ("一", ["镇人民政府", "街道办事处"], []),
        ("二", ["镇人民政府", "街道办事处"], []),
    ]
    texts = _texts(_RULES)
    assert texts[3] == "（二）法律、法规规定的其他职责。"
    assert texts[5] == "（二）查验流动人口婚育证明；"
    assert parse_plan_text(_RULES).title == "某市流动人口计划生育工作规定"


def test_articles_that_name_their_owner_beside_articles_over_duties() -> None:
    """A 办法 in chapters: `第四条 X负责…，Y予以配合。` stands as its own measure numbered 四 (not as text of
    the duty before it); `第三条 X履行下列职责：` heads its duties; the article mark is no part of a name."""
    text = (
        "某县安全生产监督管理办法\n第一章 总则\n第一条 为加强安全生产工作，制定本办法。\n"
        "第二条 县安全生产委员会负责统筹协调全县安全生产工作。\n第二章 部门职责\n"
        "第三条 县应急管理局负责综合监督管理，履行下列职责：\n（一）组织安全生产检查；\n（二）依法查处违法行为。\n"
        "第四条 县住房和城乡建设局负责建筑施工安全监管，县交通运输局予以配合。\n"
        "第五条 各乡镇人民政府负责本辖区安全生产工作，履行下列职责：\n（一）落实属地管理责任；\n（二）开展隐患排查。\n"
        "第三章 附则\n第六条 本办法自印发之日起施行。\n"
    )
    assert _owners(text) == [
        ("二", ["县安全生产委员会"], []),
        ("一", ["县应急管理局"], []),
        ("二", ["县应急管理局"], []),
        ("四", ["县住房和城乡建设局"], ["县交通运输局"]),
        ("一", ["各乡镇人民政府"], []),
        ("二", ["各乡镇人民政府"], []),
    ]


def test_an_articles_unnumbered_duty_paragraphs() -> None:
    """`第七条 相关部门要协助…。` over `市发改委负责…。` / `各级残疾人联合会负责…。`: each paragraph opening on
    its owner is a duty of its own; `相关部门要…` names nobody (the article mark is no part of the subject)."""
    text = (
        "某市城镇居民基本医疗保险暂行办法\n"
        "第六条 业务经办暂由各区县(市)负责。\n第七条 相关部门要协助做好城镇居民基本医疗保险工作。\n"
        "市发改委负责将城镇居民基本医疗保险纳入全市经济社会发展规划。\n公安部门负责提供参保城镇居民的户籍和人口信息。\n"
        "各级残疾人联合会负责确认需给予财政补助的重度残疾人的身份。\n"
    )
    owners = _owners(text)
    assert [lead for _, lead, _ in owners] == [
        ["各区县(市)"],
        ["市发改委"],
        ["公安部门"],
        ["各级残疾人联合会"],
    ]


def test_articles_each_a_paragraph_naming_its_owner() -> None:
    """A 办法 of one-paragraph articles: each names its owner; 予以配合 names a helper."""
    text = (
        "某市城市管理办法\n第一条 为加强城市管理，制定本办法。\n第二条 市城市管理局负责全市城市管理工作的组织和监督。\n"
        "第三条 市公安局负责道路交通秩序管理，市交通运输局予以配合。\n第四条 各区人民政府负责本辖区的城市管理工作。\n"
        "第五条 本办法自发布之日起施行。\n"
    )
    assert _owners(text) == [
        ("二", ["市城市管理局"], []),
        ("三", ["市公安局"], ["市交通运输局"]),
        ("四", ["各区人民政府"], []),
    ]


def test_a_later_phrase_whose_subject_answers_for_its_own_part() -> None:
    """`各镇人民政府、各街道办事处负责…，区住房和城乡建设局负责指导。`: both subjects of 负责 lead."""
    text = (
        "某区突发事件总体应急预案\n6 保障措施\n6.7 应急避难场所保障\n"
        "区民政局负责本辖区应急避难场所的规划建设和日常管理，区住房和城乡建设局负责指导。\n"
        "6.8 资金保障\n突发事件应急准备和救援工作所需资金，由区财政局按规定予以保障。\n"
    )
    assert _owners(text)[0][1] == ["区民政局", "区住房和城乡建设局"]


def test_a_request_to_every_place_names_no_owner() -> None:
    """Guard: `各街道办事处、区级各部门要切实…` under 组织保障 is a request to all, not a duty (each 各…政府
    answers only when it 负责s)."""
    text = (
        "某区促进消费若干措施\n一、重点任务\n1.发放消费券。（牵头单位：区商务局）\n四、组织保障\n"
        "各街道办事处、区级各部门要切实增强大局意识，按照本措施要求抓紧制定具体方案。\n"
    )
    assert _owners(text) == [("1", ["区商务局"], [])]


def test_an_unnumbered_place_with_its_clause_over_problems_numbered_afresh() -> None:
    """A 创文 exposure list: `三义街社区(责任单位:…三义街社区)` over 1、… 2、…, the next place's line the same:
    the place's line heads its problems (not the clause of the problem before it)."""
    text = (
        "【创文曝光台】这些社区问题多\n现就问题清单曝光如下:\n"
        "三义街社区(责任单位:西城街道办事处三义街社区)\n1、学雷锋志愿岗上班时间无人在岗\n2、便民广场电动车乱停乱放\n"
        "通会桥社区(责任单位:西城街道办事处通会桥社区)\n1、临街商铺出店经营。\n2、便民服务大厅内物品乱摆放。\n"
    )
    assert _owners(text) == [
        ("1", ["西城街道办事处三义街社区"], []),
        ("2", ["西城街道办事处三义街社区"], []),
        ("1", ["西城街道办事处通会桥社区"], []),
        ("2", ["西城街道办事处通会桥社区"], []),
    ]


def test_a_markdown_pages_bold_unit_names() -> None:
    """`1. **政教处**:负责…` (a page written in Markdown): the stars are no part of the name; a name masked with
    stars (`县**局`) keeps them."""
    text = (
        "学校安全领导小组各部门职责\n1. **政教处**:负责组织学生安全教育。\n2. **总务处**:负责校产的保护和管理。\n"
        "3. **后勤部门**:负责学校食堂、水电的安全工作。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["政教处"], ["总务处"], ["后勤部门"]]


def test_numbered_bodies_named_by_kind_then_a_full_stop_and_their_duties() -> None:
    """A 社区矫正 职责 list: `3.人民检察院。依法开展…` / `4.公安机关。把…` / `8.人力资源和社会保障部门。积极…` — bodies
    named by their kind, no place; `7.编制部门。会同司法行政部门，加强…` names the helper right after the stop."""
    text = (
        "某市社区矫正工作实施意见\n（三）部门职责\n"
        "3.人民检察院。依法开展对监外执行的检察。\n4.公安机关。把社区服刑人员列入人口管理的一项重要内容。\n"
        "7.编制部门。会同司法行政部门，加强社区矫正的组织建设和队伍建设。\n"
        "8.人力资源和社会保障部门。积极做好社区矫正工作人员的录用工作。\n"
    )
    assert _owners(text) == [
        ("3", ["人民检察院"], []),
        ("4", ["公安机关"], []),
        ("7", ["编制部门"], ["司法行政部门"]),
        ("8", ["人力资源和社会保障部门"], []),
    ]


def test_a_departments_duties_titled_with_the_word_duties() -> None:
    """`1.民政部门职责。负责…` / `2.卫生部门职责。负责…`: the department whose duties follow."""
    text = (
        "某市城市医疗救助实施办法\n八、组织机构和部门责任\n（二）部门职责\n"
        "1.民政部门职责。负责基本医疗救助的具体组织实施。\n2.卫生部门职责。负责建立和完善医疗救助规章制度。\n"
        "3.财政部门职责：负责医疗救助资金的筹措和拨付。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["民政部门"], ["卫生部门"], ["财政部门"]]


def test_a_numbered_duties_heading_over_its_points() -> None:
    """`2.市指挥部办公室职责` over （1）…（3） in a 预案 (under `（二）日常办事机构`): the office whose duties follow, not
    the part's title above it."""
    text = (
        "某市森林火灾应急预案\n二、组织体系\n（二）日常办事机构\n1.市指挥部办公室\n"
        "市指挥部下设办公室，设在市林业局。\n2.市指挥部办公室职责\n（1）负责本预案的制订、修订和实施。\n"
        "（2）做好森林火灾事故的信息监测工作。\n（3）建立专业森林消防队伍。\n"
    )
    assert [lead for _, lead, _ in _owners(text)][-3:] == [["市指挥部办公室"]] * 3


def test_a_working_group_led_by_a_units_head_and_made_of_member_units() -> None:
    """A 预案's groups: `2.3.1抢险救援组。由县公安局、安监局、消防大队等单位组成。…组长由县公安局有关负责人担任。` —
    the unit the head comes from leads, the other members help (安监局 is 县安监局 dropped of its place)."""
    text = (
        "某县危险化学品事故灾难应急预案\n2.3 现场应急救援指挥部工作组\n"
        "2.3.1抢险救援组。由县公安局、安监局、消防大队等单位组成。主要负责灾情勘查、现场紧急处置等工作，"
        "抢险救援组组长由县公安局有关负责人担任。\n"
        "2.3.2专家技术组。由县安监局、环保局、质监局等单位有关专业技术人员组成。主要负责对事故现场进行分析。"
        "专家技术组组长由县安监局有关负责人担任。\n"
    )
    assert _owners(text) == [
        ("2.3.1", ["县公安局"], ["安监局", "消防大队"]),
        ("2.3.2", ["县安监局"], ["环保局", "质监局"]),
    ]


def test_a_group_whose_head_is_named_with_his_post_and_members_listed() -> None:
    """`1、震情工作组` / `组 长:市地震局局长刘毅生` / `成员部门:市气象局、市考试管理中心` / `职 责:…`: the head's unit
    leads; a head named before his posts in brackets (`王建新（村党支部书记）`) names no unit."""
    text = (
        "某市高考防震应急预案\n二、成立考试应急工作组织\n1、震情工作组\n组 长:市地震局局长刘毅生\n"
        "成员部门:市气象局、市考试管理中心\n职 责:了解、收集考区考点震情、灾情。\n"
        "2、宣传教育组\n组 长:市委宣传部副部长、市文明办主任何邓\n成员单位:市教育局 团市委\n"
        "职 责:负责防震救灾的宣传报道。\n"
    )
    assert _owners(text) == [
        ("1", ["市地震局"], ["市气象局", "市考试管理中心"]),
        ("2", ["市委宣传部", "市文明办"], ["市教育局", "团市委"]),
    ]
    village = (
        "某村人居环境整治工作方案\n一、组织领导\n成立某村人居环境整治工作领导小组:\n"
        "组 长:王建新(村党支部书记、村委会主任)\n成 员:村“两委”成员\n二、工作任务\n"
        "1.清理村内垃圾。(责任人:王建新)\n"
    )
    assert all(lead != ["村委会"] for _, lead, _ in _owners(village))


def test_a_group_head_named_only_as_a_units_responsible_person() -> None:
    """`组 长:县市容局负责人` / `成员单位:县市容局、县建设局…`: the unit whose 负责人 heads the group leads."""
    text = (
        "某县地震应急预案\n4.6 应急工作组\n4.6.8 城市基础设施抢险与应急恢复组\n组 长:县市容局负责人\n"
        "成员单位:县市容局、县建设局、县交通局\n主要应急措施:组织力量对灾区被破坏的设施进行抢排险。\n"
        "4.6.9 社会治安保障组\n组 长:县公安局负责人\n成员单位:县公安局、武警某县中队\n"
        "主要应急措施:协助灾区加强治安管理和安全保卫工作。\n"
    )
    assert _owners(text) == [
        ("4.6.8", ["县市容局"], ["县建设局", "县交通局"]),
        ("4.6.9", ["县公安局"], ["武警某县中队"]),
    ]


def test_a_division_of_work_sentence_opening_on_you() -> None:
    """`责任分工：由各片区开发管理局负责，区交通投资集团有限公司组织实施，区交通与建设局等区直部门配合。`: 由 is
    no part of the first unit's name."""
    text = (
        "某区宜居环境建设行动计划\n一、重点工作\n1.城市道路改造。完成主干道改造。"
        "责任分工：由各片区开发管理局负责，区交通投资集团有限公司组织实施，区交通与建设局等区直部门配合。\n"
        "2.供水管网建设。完成5条管道。责任分工：由县自来水公司负责实施，区直部门配合。\n"
    )
    leads = [lead for _, lead, _ in _owners(text)]
    assert all(not unit.startswith("由") for units in leads for unit in units)
    assert "各片区开发管理局" in leads[0]


def test_a_page_opening_on_member_duties_with_verbs_other_than_fuze() -> None:
    """A 预案's page opening inside its 成员单位职责: `县财政局负责…` / `县交通局协助卫生行政部门…` /
    `县经济局在…期间，负责…` / `县旅游局组织做好…` — each paragraph opens on the bureau that does the duty."""
    text = (
        "县财政局负责安排应急处理所需经费。\n县交通局协助卫生行政部门对乘坐公路交通工具的人员进行检疫。\n"
        "县农牧局负责动物疫病的防治工作。\n县经济局在流感期间，负责组织生活必需品的市场供应。\n"
        "县旅游局组织做好旅游团队及人员的宣传、登记工作。\n(三)准备工作领导小组工作机制\n"
        "领导小组每周召开一次会议。\n(四)应急指挥组织\n县卫生局负责组织协调全县的应急处理工作。\n"
    )
    leads = [lead for _, lead, _ in _owners(text)]
    assert leads[:5] == [["县财政局"], ["县交通局"], ["县农牧局"], ["县经济局"], ["县旅游局"]]


def test_a_helpers_sentence_after_a_units_duty_stays_its_helper() -> None:
    """Guard: `县财政局：…。县审计局配合做好资金审计。` — the helper's sentence after a unit's duty helps it (a
    first version read a duty of the 审计局's own in it)."""
    text = (
        "某县义务教育经费保障责任分工\n县教育局：负责义务教育经费的统筹管理。\n"
        "县财政局：义务教育经费在财政预算中单独列项，全额纳入财政保障范围。县审计局配合做好资金审计。\n"
        "县人社局：负责教师工资待遇落实。\n"
    )
    owners = _owners(text)
    assert [lead for _, lead, _ in owners] == [["县教育局"], ["县财政局"], ["县人社局"]]
    assert owners[1][2] == ["县审计局"]


def test_a_unit_heading_over_duties_one_numbered_with_a_dash_one_broken_mid_word() -> None:
    """`二、学工部` over `(—)负责…` (一 typed as a dash), `(三)负责…`, and `(四)负责…军乐团的入` / `常` (a copy's
    break mid-word): each duty is the unit's measure, none lost."""
    text = (
        "运动会各部门工作安排\n一、学院办公室\n(一)负责起草校领导的开幕词。\n(二)负责主席台座位安排事宜。\n"
        "二、学工部\n联系人:樊继福\n(—)负责看台的人员分布。\n(二)负责发放交通补贴。\n"
        "(三)负责开幕式的广播工作。\n(四)负责入场式国旗升旗手和军乐团的入\n常\n(五)各院系维持好看台上的秩序。\n"
    )
    owners = _owners(text)
    assert [(n, lead) for n, lead, _ in owners][2:] == [
        ("一", ["学工部"]),
        ("二", ["学工部"]),
        ("三", ["学工部"]),
        ("四", ["学工部"]),
        ("五", ["学工部"]),
    ]
    assert _texts(text)[5] == "(四)负责入场式国旗升旗手和军乐团的入\n常"


# Guards from the review of fd65905 (each failed there).


def test_a_later_phrase_whose_subject_is_no_organisations_name() -> None:
    """`，重点检查县交通局负责推进的…` and `，县政府负责同志带队督导` name no second lead."""
    text = (
        "某县重点项目督查方案\n一、督查内容\n1.县纪委监委牵头开展督查，重点检查县交通局负责推进的道路项目。\n"
        "2.县应急局负责组织开展安全生产大检查，县政府负责同志带队督导。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["县纪委监委"], ["县应急局"]]


def test_a_leading_group_set_up_under_the_safeguards_is_no_working_group() -> None:
    """`成立…领导小组，组长由县政府主要领导担任，成员由…组成` under 保障措施 gives nobody a duty."""
    text = (
        "某县重大项目建设实施方案\n一、主要任务\n（一）县发改局负责项目谋划储备。\n（二）县自然资源局负责用地保障。\n"
        "二、保障措施\n（一）加强组织领导。成立县重大项目建设领导小组，组长由县政府主要领导担任，成员由县发改局、县财政局"
        "等部门主要负责人组成。\n（二）强化督导考核。将项目建设纳入年度目标考核。\n"
    )
    assert _owners(text) == [("一", ["县发改局"], []), ("二", ["县自然资源局"], [])]


def test_what_an_article_says_of_its_rules_is_no_duty() -> None:
    """`第十五条 本办法由县民政局负责解释。`, `第三条 各级人民政府领导…`, `第九条 县教育局组织的各类考试…` and an
    article's `包括：` list name nobody's duty."""
    text = (
        "某县考试管理办法\n第二条 县教育局负责全县考试的组织管理。\n第三条 各级人民政府领导本行政区域内的考试工作。\n"
        "第四条 本办法所称考试，包括：\n（一）中考；\n（二）学业水平考试。\n"
        "第九条 县教育局组织的各类考试，应当公开透明。\n第十五条 本办法由县民政局负责解释。\n"
    )
    assert _owners(text) == [("二", ["县教育局"], [])]
    city = "某市道路交通安全管理办法\n第二条 本溪市公安局负责全市道路交通安全管理。\n第三条 本办法由市公安局负责解释。\n"
    assert _owners(city) == [("二", ["本溪市公安局"], [])]  # 本溪 is a city, 本办法 the document


def test_a_step_or_people_over_points_is_no_unit() -> None:
    """`（一）召开动员大会：` / `（一）县级领导干部` over points name no unit (the next heading's unit leads its own)."""
    text = (
        "某县驻村帮扶工作方案\n三、责任分工\n（一）召开动员大会：\n1.印发活动实施方案。\n"
        "（二）县级领导干部\n1.每人联系一个脱贫村。\n（三）县农业农村局\n1.负责帮扶项目的审核和验收。\n"
    )
    assert [lead for _, lead, _ in _owners(text) if lead] == [["县农业农村局"]]


def test_review_edges_helpers_by_their_own_duties_a_placed_second_lead_a_deputy_head() -> None:
    """From the review's misses: `Y、Z按照各自职责予以配合` helps; `，各乡镇（街道）负责…` is a second lead;
    `组 长：县公安局分管副局长` names 县公安局 (not the group's own name)."""
    article = (
        "某县城市绿化管理办法\n第四条 县城管局负责全县城市绿化的监督管理工作，县住建局、县自然资源局按照各自职责予以配合。\n"
        "第七条 本办法自2024年3月1日起施行。\n"
    )
    assert _owners(article) == [("四", ["县城管局"], ["县住建局", "县自然资源局"])]
    placed = "某县困难群众帮扶工作安排\n1.县民政局牵头开展困难群众排查，各乡镇（街道）负责具体组织实施。\n"
    assert _owners(placed) == [("1", ["县民政局", "各乡镇（街道）"], [])]
    group = (
        "某县突发事件应急预案\n（五）治安保障组\n组 长：县公安局分管副局长\n成员单位：县交警大队、各派出所\n"
        "主要职责：负责事发地治安维护和交通管制。\n"
    )
    assert _owners(group) == [("五", ["县公安局"], ["县交警大队", "各派出所"])]


def test_articles_whose_blank_after_the_mark_a_pdf_dropped() -> None:
    """`第七条相关部门要…` (a PDF's text layer drops the blank after the mark): read as with the blank."""
    assert _owners(_RULES.replace("条 ", "条")) == _owners(_RULES)
    text = (
        "某市城镇居民基本医疗保险暂行办法\n第六条业务经办暂由各区县(市)负责。\n第七条相关部门要协助做好医疗保险工作。\n"
        "市发改委负责将城镇居民基本医疗保险纳入全市发展规划。\n公安部门负责提供参保城镇居民的户籍信息。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["各区县(市)"], ["市发改委"], ["公安部门"]]


def test_an_article_whose_subject_only_fulfils_the_duties_listed() -> None:
    """`第三条 县应急管理局履行下列职责：` over （一）（二）: the bureau leads its duties (seen on the review screen,
    where they stood without a unit)."""
    text = (
        "某县安全生产监督管理办法\n第二章 部门职责\n第三条 县应急管理局履行下列职责：\n（一）综合监督管理全县安全生产工作；\n"
        "（二）组织安全生产检查。\n第四条 县住房和城乡建设局负责建筑施工安全监管。\n"
    )
    assert _owners(text) == [
        ("一", ["县应急管理局"], []),
        ("二", ["县应急管理局"], []),
        ("四", ["县住房和城乡建设局"], []),
    ]
