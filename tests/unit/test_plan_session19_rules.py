"""Session 19: shapes of real documents (held-out batches and blind sets) that the reader read wrong.
Each failed when written."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_spaced_row_whose_progress_cell_holds_a_space() -> None:
    """序号 任务 牵头单位 完成情况 in space columns, a row's 完成情况 written `规模工业增加值增长 11.9%`: the even split
    took its first word for the units; the first organisation after the task is the units' cell."""
    text = (
        "2025年县政府重点工作任务一季度完成情况\n"
        "序号 重点工作任务 牵头责任单位 一季度完成情况\n"
        "1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n"
        "2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%\n"
        "3 财政一般公共预算收入增长3.7%以上。 县财政局、县税务局 财政一般公共预算收入增长 4.8%\n"
    )
    assert _owners(text) == [
        ("1", ["县发改委"], []),
        ("2", ["县工信局"], []),
        ("3", ["县财政局", "县税务局"], []),
    ]


def test_a_cell_a_line_table_with_a_persons_cell_after_the_units() -> None:
    """牵头单位 | 责任人 | 相关单位, the 相关单位 cell wrapped over lines: the person after the lead units is no
    unit, and the wrapped names are the co-units; the cell's note of the unit's part is no part of its name."""
    text = (
        "2018年政府工作报告目标任务半年度完成情况一览表\n\n序号\n\n目标任务\n\n责任领导\n\n牵头单位\n\n责任人\n\n"
        "相关单位\n\n完成情况\n\n1\n\n地区生产总值达到678亿元，增长9.5%\n\n徐  平\n\n区发改局\n\n徐铭喜\n\n"
        "区统计局（数据统计评估牵头单位），\n\n区财政局、区商务粮食局、\n\n区工信局、区金融办\n\n"
        "上半年我区地区生产总值预计完成263亿元。\n\n2\n\n财政收入达到30亿元，增长15%\n\n徐  平\n\n区财政局\n\n"
        "杨大明\n\n区国税局、区地税局\n\n上半年我区财政收入完成16.6亿。\n"
    )
    assert _owners(text) == [
        ("1", ["区发改局"], ["区统计局", "区财政局", "区商务粮食局", "区工信局", "区金融办"]),
        ("2", ["区财政局"], ["区国税局", "区地税局"]),
    ]


def test_a_units_tasks_heading_over_its_numbered_tasks() -> None:
    """`（八）县经济局主要工作任务：` over 1、… 2、…: the unit's tasks, each a measure it leads."""
    text = (
        "（八）县经济局主要工作任务：\n1、鼓励和引导淘汰落后产能。\n2、2010年底前完成两家企业机立窑生产线的淘汰工作。\n"
        "（九）县公安局主要工作任务：\n1、依法整治尾气排放年检不合格的机动车辆。\n"
    )
    assert _owners(text) == [
        ("1", ["县经济局"], []),
        ("2", ["县经济局"], []),
        ("1", ["县公安局"], []),
    ]


def test_a_heading_sentence_whose_subject_does_the_points_under_it() -> None:
    """`（一）区民政局作为主管部门总体负责…。` / `（二）区卫生局、区残联、团区委等部门根据…，做好…。具体包括：` over
    numbered 负责… points: the heading's subject owns each point; a task's heading names nobody."""
    text = (
        "（一）区民政局作为主管部门总体负责救助帮困系统的运行、维护和安全。\n1.负责起草救助帮困系统的管理办法。\n"
        "2.负责协调本区各部门的救助帮困工作。\n（二）区卫生局、区残联、团区委等部门根据救助帮困系统设计功能，做好本部门"
        "有关救助帮困工作的网上处理。具体包括：\n1.及时录入救助对象信息。\n2.做好数据的更新。\n"
        "（三）加强系统安全管理\n1.落实专人负责系统维护。\n"
    )
    assert _owners(text) == [
        ("1", ["区民政局"], []),
        ("2", ["区民政局"], []),
        ("1", ["区卫生局", "区残联", "团区委"], []),
        ("2", ["区卫生局", "区残联", "团区委"], []),
        ("1", [], []),
    ]


def test_a_heading_of_a_town_and_each_street_office_over_tasks() -> None:
    """`（五）南庄镇、各街道办事处` over 1.… 2.…: both do each task (办事处 ends an organisation's name)."""
    text = (
        "四、职责分工\n（一）区体育局\n1.负责组织实施群众体育工作方案。\n（二）南庄镇、各街道办事处\n"
        "1.做好组织发动工作。\n2.配合做好全民健身站点建设工作。\n"
    )
    assert _owners(text) == [
        ("1", ["区体育局"], []),
        ("1", ["南庄镇", "各街道办事处"], []),
        ("2", ["南庄镇", "各街道办事处"], []),
    ]


def test_a_townships_offices_named_without_place_each_before_its_duty() -> None:
    """`镇党政办：…` (no full stop) / `安监所：收集、汇总…` / `中心学校：…`: a list of the town's offices, each a
    measure of its own; the lines after the first were in no measure (text lost) or the first's text."""
    text = (
        "XX镇防汛抗旱应急预案\n一、成员单位的主要职责\n镇党政办：发布信息和宣传相关救灾新闻报道\n"
        "安监所：收集、汇总、核实、评估、报告和发布灾情；指导灾区实施灾民紧急转移安置。\n"
        "中心学校：收集、汇总学校校舍损毁情况；协助镇政府转移被困师生。\n"
        "派出所：参与灾区紧急救援；负责灾区治安管理，维护灾区社会治安和交通秩序。\n"
    )
    assert [owner[1] for owner in _owners(text)] == [["镇党政办"], ["安监所"], ["中心学校"], ["派出所"]]


def test_a_document_sites_chunks_over_lines_of_their_own() -> None:
    """A site's chunk markers `1、` `2、` `3、` with the page's lines inside a chunk and the page's own
    `1、标题` among them: a marker that cuts a word (`民政办：组` / `2、织救灾捐赠`) is dropped and the word joined."""
    text = (
        "1、三、组织指挥体系及职责 镇政府成立防汛抗旱指挥部，统一领导和指导全镇防汛抗旱工作的组织、协调、监督、"
        "指导和救灾等日常工作。\n1、成员单位的主要职责\n"
        "镇党政办：发布信息和宣传相关救灾新闻报道，做好防汛抗旱的宣传动员工作\n"
        "安监所：收集、汇总、核实、评估、报告和发布灾情；指导灾区实施灾民紧急转移安置。\n民政办：组\n"
        "2、织救灾捐赠；组织灾区开展因灾毁损房屋的恢复重建；储备救灾物资。\n"
        "派出所：参与灾区紧急救援；负责灾区治安管理，维护灾区社会治安和交通秩序。\n城建办：指导灾区被毁坏的供水、供气\n"
        "3、、道路、排水等基础设施的抢险、排险和恢复；参与建筑物安全性能评估鉴定。\n"
    )
    owners = _owners(text)
    assert [owner[1] for owner in owners] == [["镇党政办"], ["安监所"], ["民政办"], ["派出所"], ["城建办"]]
    texts = [m.text for m in parse_plan_text(text).measures]
    assert "民政办：组织救灾捐赠" in texts[2] and "供气、道路" in texts[4]


def test_a_lists_own_numbers_after_clause_lines_are_no_site_chunks() -> None:
    """`1、…` / `责任单位：X（牵头），Y` / `2、…` / … / `3、…` (the page's own list, its clause lines with no
    full stop): no document site's chunk markers, each numbered line a measure (a guard)."""
    text = (
        "实施方案\n二、主要任务\n（一）开展设施普查\n1、摸清城市地下市政基础设施种类、构成、规模等实际情况，2023年底前完成。\n"
        "责任单位：县住建局（牵头），县自然资源局、县水利局\n2、建立和完善城市地下市政基础设施综合管理信息平台。\n"
        "责任单位：县自然资源局（牵头），县住建局\n3、加快老旧供水、排水管网更新改造，年内改造老旧管网15公里。\n"
        "责任单位：县城投公司\n"
    )
    assert _owners(text) == [
        ("1", ["县住建局"], ["县自然资源局", "县水利局"]),
        ("2", ["县自然资源局"], ["县住建局"]),
        ("3", ["县城投公司"], []),
    ]


def test_points_of_one_sentence_closed_by_one_bracketed_clause() -> None:
    """`（1）…；` `（2）…；` `（3）…。（牵头领导：陈某 责任部门：水利站、各行政村）`: the clause closes the sentence
    its points go on, so the numbered title is the measure (the last point alone took it)."""
    text = (
        "村庄清洁行动工作方案\n二、整治内容\n1.清理农村生活垃圾\n（1）农户房前屋后柴草杂物堆放整齐，不占用公共通道；\n"
        "（2）区域内无暴露、积存垃圾，无焚烧垃圾；\n（3）无临时性垃圾堆放点。（牵头领导：　　责任部门：城管中队、各行政村）\n"
        "2.清理村内塘沟\n（1）河道、河塘沟渠水体清洁，无漂浮垃圾；\n（2）河坡整洁无垃圾杂物。（牵头领导：陈某 责任部门：水利站）\n"
    )
    assert _owners(text) == [("1", ["城管中队", "各行政村"], []), ("2", ["水利站"], [])]


def test_points_with_their_own_clauses_stay_measures() -> None:
    """（1）…（X负责）； （2）…。（Y负责）: each point names its owner, so each is a measure (a guard)."""
    text = (
        "工作方案\n二、重点任务\n1.清理农村生活垃圾\n（1）清理房前屋后杂物（城管中队负责）；\n"
        "（2）无临时性垃圾堆放点。（责任部门：环保办）\n"
    )
    assert _owners(text) == [("1", ["城管中队"], []), ("2", ["环保办"], [])]


def test_a_site_chunk_that_opens_on_the_pages_own_number() -> None:
    """A document site's `2、3.清理…` / `3、（二）强化…`: the site's marker before the page's own number,
    the line before it a whole sentence; the marker is dropped and the item stands on its own line."""
    text = (
        "《工作方案.docx》由会员分享，可在线阅读。\n1、XX镇村庄清洁行动工作方案为改善农村人居环境，建设美丽宜居乡村，"
        "根据上级文件精神，结合我镇实际，特制定本方案。二、整治内容\n1.清理村内塘沟\n（1）河道水体清洁，无漂浮垃圾；\n"
        "（2）河坡整洁无垃圾杂物，无乱垦乱种、乱堆乱放。（牵头领导：陈某 责任部门：水利站、各行政村）\n"
        "2、2.清理畜禽养殖粪污等农业生产废弃物\n（1）畜禽养殖场粪污收集、贮存设施完善，无粪污直排；\n"
        "（2）田间地头无散落的农药包装废弃物。（牵头领导：刘某 责任部门：畜牧兽医站、环保办）\n"
        "三、保障措施\n（一）加强组织领导。成立由镇党委书记任组长的村庄清洁行动领导小组，统筹推进各项整治工作。\n"
        "3、（二）强化督查考核。镇督查室每月对各村开展一次检查评比，结果在全镇通报。\n"
    )
    assert _owners(text) == [("1", ["水利站", "各行政村"], []), ("2", ["畜牧兽医站", "环保办"], [])]


def test_a_lead_with_its_helpers_after_hui_tong_and_a_post_among_helpers() -> None:
    """`由执法队会同自然资源所依法依规拆除`; under a unit's heading, `…，会同属地派出所落实…` names the
    measure's helpers; `各社区、网格员配合` keeps 各社区 (a post among units dropped the whole list)."""
    text = (
        "方案\n一、重点任务\n1.集中拆除存量。对列入今年拆除计划的违法建设，由执法队会同自然资源所依法依规拆除。\n"
        "2.全面摸排底数。由街道规划建设办牵头，各社区、网格员配合，4月底前完成台账建立。\n"
        "二、县公安局\n1.负责全县夜间经营场所巡查防控统筹，会同属地派出所落实巡逻防控。\n"
        "2.开展电信网络诈骗窝点集中打击，力争破案数同比上升20%。\n"
    )
    assert _owners(text) == [
        ("1", ["执法队"], ["自然资源所"]),
        ("2", ["街道规划建设办"], ["各社区"]),
        ("1", ["县公安局"], ["属地派出所"]),
        ("2", ["县公安局"], []),
    ]


def test_a_supervision_notices_findings_are_no_measures() -> None:
    """二、存在问题 over `（一）园艺镇：…未清运。` and 三、整改要求 over `（一）请园艺镇于…完成…`: the findings
    name nobody to act and are no measures; the requirements are."""
    text = (
        "城市管理工作督查通报\n一、总体情况\n各镇高度重视，积极组织整治。\n二、存在问题\n"
        "（一）园艺镇：安乐桥街道路两侧仍有建筑垃圾未清运。\n（二）中街办事处：垃圾清理不及时。\n三、整改要求\n"
        "（一）请园艺镇于5月20日前完成建筑垃圾清运，区城管执法局配合。\n（二）请中街办事处于5月25日前完成垃圾点清理。\n"
    )
    assert _owners(text) == [("一", ["园艺镇"], ["区城管执法局"]), ("二", ["中街办事处"], [])]


def test_a_problem_whose_numbered_rectifications_close_with_its_owner_lines() -> None:
    """`问题1：…` / 整改措施： / （1）…（3） / 责任领导 / 责任单位 / 整改时限 after the last: the problem is the measure,
    its points its text (the last point alone took the owners)."""
    text = (
        "关于巡察反馈意见的整改方案\n一、党的建设方面\n问题1：基层党组织建设薄弱，党员发展程序不规范。\n整改措施：\n"
        "（1）对全镇各村党支部“三会一课”开展情况进行全面检查。\n（2）对党员档案逐一审查。\n"
        "责任领导：镇党委副书记 何某\n责任单位：镇组织办\n整改时限：2016年10月底前\n\n"
        "问题2：落实“两个责任”有差距。\n整改措施：\n（1）镇纪委每半年开展一次专项检查。\n（2）建立村干部廉政档案。\n"
        "责任领导：镇纪委书记 郑某\n责任单位：镇纪委、各村（社区）\n整改时限：2016年12月底前\n"
    )
    assert _owners(text) == [("1", ["镇组织办"], []), ("2", ["镇纪委", "各村（社区）"], [])]


def test_members_named_after_a_second_you() -> None:
    """`志愿者工作部由团省委牵头负责，由省教育厅、省旅游局等单位组成。`: the first member after the second 由
    was dropped (read as `由省教育厅`)."""
    text = (
        "筹备工作方案\n三、机构设置\n（九）志愿者工作部。志愿者工作部由团省委牵头负责，由省教育厅、省旅游局等单位组成。\n"
        "（十）接待部。接待部由省机关事务局牵头负责，由省接待办、省卫生厅等单位和杭州等相关市政府组成。\n"
    )
    assert _owners(text)[0] == ("九", ["团省委"], ["省教育厅", "省旅游局"])
    assert _owners(text)[1][2][:2] == ["省接待办", "省卫生厅"]


def test_a_closing_clause_copied_onto_the_next_items_line() -> None:
    """`…100万平方米。` / `（责任单位：市城建局）2.完成…` / `（责任单位：市公用事业管理局）（二）加强…`: each
    bracket closes the item before it; the next item opens after it (it was read into that item)."""
    text = (
        "创建国家卫生城市实施方案\n二、主要任务（一）加强基础设施建设。\n1.改造城市棚户区100万平方米。\n"
        "（责任单位：市城建局）2.完成市区老旧燃气管网改造，新增燃气用户4000户。\n"
        "（责任单位：市公用事业管理局）（二）加强市容环境卫生管理。\n3.集中清理城区主次干道卫生死角。\n"
        "（责任单位：市城管局）三、保障措施（一）加强组织领导。市创卫领导小组每月召开一次调度会议。\n"
    )
    assert _owners(text) == [
        ("1", ["市城建局"], []),
        ("2", ["市公用事业管理局"], []),
        ("3", ["市城管局"], []),
    ]


def test_units_on_their_own_lines_over_duties_numbered_afresh() -> None:
    """`市劳动和社会保障局` / `负责…。` / `（一）…` `（二）…` / `市建设局` / `（一）…`: each unit's name heads its duties
    (the name was the last duty's text and the duties named nobody)."""
    text = (
        "（三）对于在建的政府投资项目，建设资金必须按工程进度及时到位。\n市劳动和社会保障局\n负责农民工工资的清欠和防欠工作。\n"
        "（一）制定实施企业欠薪报告预警机制。\n（二）建立企业劳动保障诚信制度。\n市建设局\n（一）在工地设立农民工维权公告牌制度。\n"
        "（二）限时办理竣工结算制度。\n"
    )
    assert [owner for owner in _owners(text) if owner[1]] == [
        ("一", ["市劳动和社会保障局"], []),
        ("二", ["市劳动和社会保障局"], []),
        ("一", ["市建设局"], []),
        ("二", ["市建设局"], []),
    ]


def test_an_issuers_name_and_a_rows_unit_cells_head_nothing() -> None:
    """`芜湖市人民政府` over `关于…的通知` and the first part, and a table's `市发展改革委` / `市商务局` cells over a
    progress cell's `1.` `2.`: no unit heading (guards)."""
    text = (
        "芜湖市人民政府\n关于2025年重点工作及责任分解的通知\n一、主要预期目标\n1.地区生产总值增长6%以上。（牵头单位：市发展改革委）\n"
        "2.固定资产投资增长6%左右。（牵头单位：市发展改革委）\n"
    )
    assert _owners(text) == [("1", ["市发展改革委"], []), ("2", ["市发展改革委"], [])]


def test_a_notices_rule_that_names_the_leads_role_is_no_clause() -> None:
    """`二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。` over a tab table: the rule, not a unit called
    牵头单位或汇总单位 (it made the notice's point a measure and swallowed the table)."""
    text = (
        "关于印发2022年政府工作报告重点工作责任分解的通知\n各街道办事处，区政府各部门：\n"
        "一、各级各部门要提高站位，不折不扣落实重点工作任务。\n二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。\n"
        "2022年政府工作报告重点工作责任分解\n序号\t重点工作任务\t责任单位\n（一）王某副区长牵头重点工作\n"
        "1\t全年地区生产总值增长7%左右。\t区发改局、区经信局、区统计局\n"
        "2\t推进人才创新创业服务综合体建设。\t区人力社保局、区科技局、团区委配合落实\n"
        "3\t推进区第一人民医院迁建工程。\t区卫生健康局\n"
    )
    assert _owners(text) == [
        ("1", ["区发改局"], ["区经信局", "区统计局"]),
        ("2", [], ["区人力社保局", "区科技局", "团区委"]),
        ("3", ["区卫生健康局"], []),
    ]


def test_a_decisions_points_run_on_after_its_colon() -> None:
    """`一、会议听取了…汇报。会议原则同意…，并要求：（1）由X牵头，会同Y…。（2）Z要…。（3）W负责…。`: each point is
    the decision's own; a field's `整改措施：（1）…（2）…` stays one text (a guard)."""
    text = (
        "区政府常务会议纪要\n会议议定事项：\n一、会议听取了区住房城乡建设局关于老旧小区改造计划的汇报。会议原则同意汇报的意见，"
        "并要求：（1）由区住房城乡建设局牵头，会同区财政局，于3月底前完成改造项目清单复核。（2）区财政局要统筹做好改造资金保障。"
        "（3）各街道办事处负责做好居民意见征集和矛盾化解工作。\n"
        "二、会议审议了《政府投资项目管理办法》。会议原则同意该办法，由区司法局负责合法性审查后印发实施。\n"
    )
    assert [owner for owner in _owners(text) if owner[1]] == [
        ("1", ["区住房城乡建设局"], ["区财政局"]),
        ("3", ["各街道办事处"], []),
        ("二", ["区司法局"], []),
    ]
    field = (
        "巡察整改方案\n一、问题清单\n1.乡镇卫生院服务能力不足。\n整改措施：（1）制定服务能力提升三年行动计划；（2）组建紧密型县域医共体。\n"
        "责任单位：县卫健局\n2.应急预案修订滞后。\n整改措施：（1）修订应急预案；（2）每年组织1次应急演练。\n责任单位：县疾控中心\n"
    )
    assert _owners(field) == [("1", ["县卫健局"], []), ("2", ["县疾控中心"], [])]


def test_a_lead_mark_run_into_the_next_units_name() -> None:
    """`财政所(牵头)各村(社区)`: a PDF cell with no mark between the names; the mark ends the lead's name."""
    text = (
        "整改方案\n一、整改任务\n1.全面清理村级财务，白条一律不得入账。（责任单位：财政所（牵头）各村（社区））\n"
        "2.严格执行请销假制度。（责任单位：党政办）\n"
    )
    assert _owners(text) == [("1", ["财政所"], ["各村（社区）"]), ("2", ["党政办"], [])]


def test_a_plans_members_run_into_one_line_after_the_page_they_continue() -> None:
    """A .docx copied into one line: `…1.3 工作原则量参与灾后重建工作。（29）县自然资源局：负责…。（30）…`: the
    chain of bracketed members, each after a full stop, is read (the page was refused)."""
    text = (
        "自然灾害应急预案 1总则编制目的建立健全自然灾害救灾工作机制，规范救灾行为。1.3 工作原则量参与灾后重建工作。"
        "（29）县自然资源局：负责地质灾害监测预警，组织指导地质灾害隐患排查。（30）县交通运输局：负责组织协调抢险救灾人员、"
        "物资运输。（31）县水利局：负责水旱灾害防御的监测预警、工程调度和技术支撑。（32）县农业农村局：负责农业灾情统计报告。\n"
    )
    assert _owners(text) == [
        ("29", ["县自然资源局"], []),
        ("30", ["县交通运输局"], []),
        ("31", ["县水利局"], []),
        ("32", ["县农业农村局"], []),
    ]


def test_units_headings_over_their_own_paragraphs() -> None:
    """`（五）区消防救援大队、区应急救援大队` over `负责…`: both lead; `（三）区自然资源和规划分局` over `负责…，会同区
    气象局做好…`: the helper after 会同 (a part that is its own measure)."""
    text = (
        "2.3 成员单位职责\n（一）区应急管理局\n负责区防指日常工作，组织编制区防汛抗旱应急预案。\n"
        "（二）区自然资源和规划分局\n负责组织开展地质灾害隐患点巡查排查，会同区气象局做好地质灾害气象风险预警。\n"
        "（三）区消防救援大队、区应急救援大队\n负责组织开展抢险救援和被困人员搜救。\n"
    )
    assert [owner for owner in _owners(text) if owner[1]] == [
        ("一", ["区应急管理局"], []),
        ("二", ["区自然资源和规划分局"], ["区气象局"]),
        ("三", ["区消防救援大队", "区应急救援大队"], []),
    ]


def test_working_groups_named_by_their_work() -> None:
    """`1.综合办公组：负责…` / `6.物资物料组：负责…`: a 指挥部's groups named by their work lead their duties."""
    text = (
        "镇防汛工作方案\n（四）明确分指挥部各工作组职责\n1.综合办公组：负责上级防汛工作精神的传达和本镇防汛情况的上报，"
        "成员以党政办公室工作人员为主。\n2.物资物料组：负责防汛机械的准备和防汛物资的转运，成员以经济发展办公室工作人员为主。\n"
    )
    assert _owners(text) == [("1", ["综合办公组"], []), ("2", ["物资物料组"], [])]


def test_a_lists_own_numbers_after_field_lines_are_no_site_chunks() -> None:
    """`1、…` / `责任单位：X` / `完成时限：2024年12月底` / `2、…` under `三、重点任务`: the page's own list (a
    review found the first chunk rule gluing the items into the heading); a guard."""
    text = (
        "三、重点任务\n1、加快推进重点项目建设，全年实施重点项目50个，完成固定资产投资100亿元，确保省市重点项目按期开工建设、"
        "按时竣工投产\n"
        "责任单位：县发改局\n完成时限：2024年12月底\n2、持续优化营商环境，深化“放管服”改革，推进政务服务“一网通办”，"
        "企业开办时间压缩至1个工作日以内，提升企业群众满意度\n"
        "责任单位：县行政审批局\n完成时限：2024年12月底\n3、加强耕地保护，严格落实耕地保护制度，全年新建高标准农田2万亩\n"
        "责任单位：县农业农村局\n完成时限：2024年12月底\n"
    )
    assert _owners(text) == [
        ("1", ["县发改局"], []),
        ("2", ["县行政审批局"], []),
        ("3", ["县农业农村局"], []),
    ]


def test_a_paragraphs_own_points_are_no_chain_of_members() -> None:
    """`（四）强化宣传引导。…氛围。（1）开设创建专栏…。（2）…。（3）…。（责任单位：县委宣传部）`: one measure (a guard)."""
    text = (
        "创建工作方案\n（四）强化宣传引导。充分利用电视、报刊、网络等媒体，广泛宣传创建工作的重要意义，营造全社会共同参与的"
        "良好氛围。（1）开设创建专栏，及时报道创建动态。（2）组织开展创建知识进社区、进学校、进企业活动。（3）选树一批创建工作"
        "先进典型。（责任单位：县委宣传部）\n"
    )
    assert _owners(text) == [("四", ["县委宣传部"], [])]


def test_headings_that_name_an_event_or_the_writer_give_no_owner() -> None:
    """`（一）运动会工作任务` and `（二）我局根据上级部署，做好以下工作：` name no unit for the points (guards)."""
    text = (
        "工作方案\n（一）运动会工作任务\n1.做好场馆保障。\n2.做好安全保卫。\n"
        "（二）我局根据上级部署，做好以下工作：\n1.开展隐患排查。\n2.落实值班值守。\n"
    )
    assert all(not owner[1] for owner in _owners(text))


def test_a_spaced_task_naming_a_place_and_a_helper_cell_of_a_federation() -> None:
    """`1 推进 县人民医院 改扩建工程 县卫健局 主体已完工 80%`: the units' cell is the last organisation before the
    progress; `区民政局` / `区妇联` / `王芳` under 牵头单位 | 责任人: 区妇联 is a unit, 王芳 the person."""
    spaced = "序号 重点工作任务 牵头单位 完成情况\n1 推进 县人民医院 改扩建工程 县卫健局 主体已完工 80%\n"
    assert _owners("县重点工作进展\n" + spaced) == [("1", ["县卫健局"], [])]
    cells = (
        "进展一览表\n\n序号\n\n目标任务\n\n牵头单位\n\n责任人\n\n完成情况\n\n1\n\n建成儿童之家20个\n\n区民政局\n\n区妇联\n\n"
        "王芳\n\n已建成12个。\n\n2\n\n完成老旧小区改造15个\n\n区住建局\n\n李明\n\n已开工。\n"
    )
    assert [owner[1] for owner in _owners(cells)] == [["区民政局", "区妇联"], ["区住建局"]]


def test_every_run_of_duties_under_its_units_line_or_none() -> None:
    """A 成员单位职责 page: `住房和城乡建设委员会` / 一、…三、 / `总工会` / 一、二、: each unit heads its run, the first
    one too (it stood right under the notice's title and was lost with its duties)."""
    text = (
        "大同市人民政府办公厅关于印发《艾滋病防治工作委员会成员单位职责》的通知\n\n  住房和城乡建设委员会\n\n"
        "  一、联合宣传、农业等部门做好农民工预防艾滋病宣传教育工程。\n  二、做好建筑工地农民工的防治艾滋病工作。\n\n"
        "  总工会\n\n  一、充分发挥工会工作网络优势，设立艾滋病防治宣传点。\n  二、每年组织职工开展1次以上知识竞赛。\n"
    )
    assert [(owner[0], owner[1]) for owner in _owners(text)] == [
        ("一", ["住房和城乡建设委员会"]),
        ("二", ["住房和城乡建设委员会"]),
        ("一", ["总工会"]),
        ("二", ["总工会"]),
    ]


def test_a_part_that_is_one_units_duty_with_its_name_first() -> None:
    """`（五）市监察局。对…要追究有关负责人的责任。`: the unit owns its part; `（二）依法查处。…` names nobody."""
    text = (
        "网吧监督管理职责\n（五）市监察局。对出现问题长期得不到解决并造成严重后果的，要追究有关负责人的责任。\n"
        "（六）市法制局。负责对执法部门的执法行为进行监督，规范行政执法程序。\n"
        "（七）依法查处。对发现的违法违规行为依法依规严肃处理。\n"
    )
    assert _owners(text)[:2] == [("五", ["市监察局"], []), ("六", ["市法制局"], [])]
    assert _owners(text)[2:] in ([], [("七", [], [])])


def test_a_units_line_over_one_run_of_two_stays_text() -> None:
    """Two runs of （一）（二）, only the second under a unit's line: no run is headed, and the name stays in the
    text of the duty before it (a guard: the reader gives up on such a list and keeps every line)."""
    text = (
        "各部门职责\n（一）制定实施企业欠薪报告预警机制。\n（二）建立企业劳动保障诚信制度，督促企业按时足额支付工资。\n"
        "市建设局\n（一）在工地设立农民工维权公告牌制度。\n（二）限时办理竣工结算制度。\n"
    )
    plan = parse_plan_text(text)
    assert all(not m.lead_units for m in plan.measures)
    assert any("市建设局" in item.text for item in plan.items)


def test_a_count_begun_anew_without_a_units_line_is_not_the_last_units() -> None:
    """`市建设局` / （一）（二） then `（一）审理…` with no unit's line over it (its name lost with the page): the
    last count is no duty of 市建设局's (it was given 市建设局)."""
    text = (
        "（三）对于在建的政府投资项目，建设资金必须按工程进度及时到位。\n市劳动和社会保障局\n（一）制定实施企业欠薪报告预警机制。\n"
        "（二）建立企业劳动保障诚信制度。\n市建设局\n（一）在工地设立农民工维权公告牌制度。\n（二）限时办理竣工结算制度。\n"
        "（一）审理拖欠农民工工资纠纷案件，依法适用简易程序。\n"
    )
    assert _owners(text)[-1] == ("一", [], [])
