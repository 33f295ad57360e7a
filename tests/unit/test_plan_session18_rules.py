"""Session 18: shapes of real documents (batch 57 and earlier held-out pages) that the reader read wrong.
Each failed when written."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_page_opening_inside_a_plans_dotted_parts() -> None:
    """A law site's later page of a 预案 opens on `6.4 交通运输保障` (6.1–6.3 on the page before): the parts
    are read, and each line's work belongs to the units that open it (组织 / 协助 / 调运, no 负责); a part's
    second such line is its text too (it was in no measure)."""
    text = (
        "6.4 交通运输保障\n市交通局、平凉火车站组织对被毁坏的公路、铁道和有关设施的抢险抢修。\n"
        "6.5 电力保障\n平凉供电公司负责维护和抢修地震灾区被损坏的供电设施及设备。\n"
        "6.6 治安保障\n市公安局、武警平凉支队协助灾区加强治安管理和安全保卫工作。\n"
        "6.7 物资保障\n市发展改革委、市粮食局调运粮食，保障灾区粮食的供应。\n市民政局调配救济物品，保障灾民的基本生活。\n"
    )
    assert _owners(text) == [
        ("6.4", ["市交通局", "平凉火车站"], []),
        ("6.5", ["平凉供电公司"], []),
        ("6.6", ["市公安局", "武警平凉支队"], []),
        ("6.7", ["市发展改革委", "市粮食局", "市民政局"], []),
    ]


def test_a_dotted_heading_with_its_paragraph_over_groups_that_name_their_owners() -> None:
    """`2.1.3 县防指工作组`, a paragraph, then `（1）综合协调组：由X牵头，Y组成。`: the groups are the measures;
    they were the heading's text, all their units heaped on it."""
    text = (
        "县防汛抗旱应急预案\n2.1 组织机构\n2.1.3 县防指工作组\n县防指根据需要设立工作组，在县防指统一领导下开展工作。\n"
        "（1）综合协调组：由县应急管理局牵头，县水务局、县委宣传部等单位组成。主要职责：协调各工作组开展工作。\n"
        "（2）医疗救护组：由县卫生健康局负责，县疾控中心参加。主要职责：组织医疗队伍开展伤员救治。\n"
        "2.1.4 专家组\n县防指成立防汛专家组，为防汛会商提供技术支撑。\n"
    )
    owners = [owner for owner in _owners(text) if owner[1]]
    assert owners == [
        ("1", ["县应急管理局"], ["县水务局", "县委宣传部"]),
        ("2", ["县卫生健康局"], ["县疾控中心"]),
    ]


def test_a_page_opening_on_duties_of_bodies_named_by_their_city() -> None:
    """`惠州海事局：…` and `市交通局、公路局：…` (the second shares the first's place) among a 三防 预案's
    `市X局：…` lines: they broke the run of duties the page opens on, and the whole run was lost."""
    text = (
        "市水利局:组织力量加强对病险堤围、水库、涵闸、在建水利工程的巡查,确保工程安全。\n"
        "惠州海事局:根据三防指挥部的要求,协助组织救助力量搜救海上遇险船只。\n"
        "市交通局、公路局:加强对受强热带风暴影响地区的公路巡查和抢修。\n"
        "市民政局:做好开放临时避险场所及其所需物资的准备工作。\n"
        "(三)防御台风(风力12级以上)。\n"
        "市气象局:加强台风动态预报,分析台风影响,派出技术骨干到三防指挥部会商。\n"
        "市委宣传部:组织各新闻媒体做好防风救灾宣传报道工作和舆论引导。\n"
    )
    assert _owners(text) == [
        ("", ["市水利局"], []),
        ("", ["惠州海事局"], []),
        ("", ["市交通局", "公路局"], []),
        ("", ["市民政局"], []),
        ("", ["市气象局"], []),
        ("", ["市委宣传部"], []),
    ]


def test_what_a_line_follows_or_a_wrapped_name_is_no_subject() -> None:
    """Guards of the line-subject rule: `按照街道党工委、办事处实施…` says what the work follows, and a name a
    wrap cut (`省人力资源和社会` / `保障厅…`) is no unit; `2.加强配电网运行维护` is a point, not a subject."""
    text = (
        "街道门前五包工作方案\n一、总体目标\n按照街道党工委、办事处实施网格化管理的要求，全面落实门前五包责任制。\n"
        "二、工作任务\n（一）保障气源电源稳定供应\n牵头单位：县住建局；配合单位：县供电公司\n"
        "1.制定冬季天然气应急保供预案，落实储气设施。\n2.加强配电网运行维护，确保改造区域供电稳定。\n"
    )
    assert _owners(text) == [("一", ["县住建局"], ["县供电公司"])]


def test_an_appraisal_office_organising_the_work_is_no_owner() -> None:
    """`二、考核认定。市政府办公室组织有关部门…` over `市统计局：…` lines: the office runs the appraisal; the
    units that follow, one a line, are the measures (a subject after a 。 is not read as a line's owner)."""
    text = (
        "关于目标考评工作的通知\n一、自查自评。各县（市、区）政府要认真对目标完成情况进行梳理总结。\n"
        "二、考核认定。市政府办公室组织市政府有关部门对各县（市、区）目标完成结果进行考核认定。具体分工：\n"
        "市统计局：纳入考评范围的各项统计指标的考核认定；\n市发改委：省市重点建设项目按计划完成情况的考核；\n"
        "市财政局：政府债务情况、公共财政预算收入及增长速度；\n"
    )
    leads = [owner[1] for owner in _owners(text) if owner[1]]
    assert ["市政府办公室"] not in leads


def test_a_role_note_after_a_unit_is_no_part_of_its_name() -> None:
    """A 督查 notice marks why each unit is named (`（属地）`, `（行业监管）`): the units are the ones named, every
    one answering for the problem; the note is neither a lead's nor a helper's mark."""
    text = (
        "关于省督查反馈问题整改的通知\n1.府河沿线垃圾堆放问题。（责任单位：成华区人民政府（属地）、市城管委（行业监管））\n"
        "2.农贸市场周边占道经营问题。（责任单位：金牛区人民政府（属地）、市市场监管局（行业监管））\n"
    )
    assert _owners(text) == [
        ("1", ["成华区人民政府", "市城管委"], []),
        ("2", ["金牛区人民政府", "市市场监管局"], []),
    ]


def test_a_pages_header_run_into_a_wrapped_cell_is_no_unit() -> None:
    """A PDF table whose last cell wraps over a page takes the next page's header row and the issuer's line
    into the cell (`武昌区人民政府办公室     2023 年 2 月` / `序号   目标任务   …`): no units."""
    text = (
        "序号              目标任务                    责任领导     牵头单位           责任单位\n"
        "1   推进老旧小区改造，完成改造小区40个。      张三         区住房和城市更新局 区财政局、各街道办事处\n"
        "2   新增城镇就业1.5万人。                     李四         区人社局           区市场监管局、各街道办事处、\n"
        "武昌区人民政府办公室                                             2023 年 2 月\n"
        "序号              目标任务                    责任领导     牵头单位           责任单位\n"
        "3   建成15分钟便民生活圈10个。                王五         区商务局           区市场监管局\n"
    )
    for _, leads, cos in _owners(text):
        assert not any("序号" in unit or "   " in unit for unit in [*leads, *cos])


def test_items_of_a_supervision_notice_numbered_as_matters() -> None:
    """`督办事项一：…` over `主 办 单 位：X` / `协 办 单 位：Y` lines: each matter is a measure (they were not
    read at all, only the notice's own requirements were)."""
    text = (
        "督 办 通 知\n永府督办〔2021〕15号\n县交通运输局、县自然资源局：\n"
        "    督办事项一：加快昌九大道永修段路面修复工作，消除安全隐患。\n    主 办 单 位：县交通运输局\n"
        "    协 办 单 位：县公安局交警大队、相关乡镇\n    办 结 时 限：2021年7月31日\n"
        "    督办事项二：完成县城西片区三宗土地的收储工作。\n    主 办 单 位：县自然资源局\n    协 办 单 位：无\n"
        "督办要求：\n1.请各承办单位于每月25日前将办理进展情况报县政府督查室。\n"
    )
    assert [owner for owner in _owners(text) if owner[1]] == [
        ("一", ["县交通运输局"], ["县公安局交警大队", "相关乡镇"]),
        ("二", ["县自然资源局"], []),
    ]


def test_members_numbered_by_name_over_their_duties() -> None:
    """A 预案's members on a later page, `(7)市国土资源局` over its duty paragraph and `(10)市水务局` over ①…②:
    the member leads its duties (it named nobody)."""
    text = (
        "(7)市国土资源局\n负责编制市级地质灾害防治规划,组织突发性地质灾害调查和监测预警。\n"
        "(8)市交通运输局\n负责组织抢修损毁道路、桥梁,组织调度抢险救灾车辆、船只。\n"
        "(9)市水务局\n①组织督促水利工程管理部门对水闸、堤围等水利设施进行检查。\n"
        "②组织电排站工作人员加强值班,做好运行准备。\n"
    )
    assert _owners(text) == [
        ("7", ["市国土资源局"], []),
        ("8", ["市交通运输局"], []),
        ("1", ["市水务局"], []),
        ("2", ["市水务局"], []),
    ]


def test_what_was_done_or_a_network_is_no_line_subjects_work() -> None:
    """Guards of the line-subject rule (found by review): a report's past work (`市交通局组织开展了…`,
    `县政府组织召开了…`) and 组织 as a noun (`市红十字会组织网络覆盖…`) give nobody the work."""
    text = (
        "一、2023年工作开展情况\n市交通局组织开展了道路安全隐患排查整治，共排查隐患120处。\n"
        "县政府组织召开了全县安全生产工作会议。\n市红十字会组织网络覆盖全市所有乡镇。\n"
        "二、2024年工作安排\n（一）深化隐患排查。市交通局负责。\n（二）严查交通违法。市公安局负责。\n"
    )
    assert [owner for owner in _owners(text) if owner[1]] == [
        ("一", ["市交通局"], []),
        ("二", ["市公安局"], []),
    ]


def test_an_appraisal_item_answered_for_by_the_unit_that_assesses_it() -> None:
    """A 目标考评办法's items close with `由市建设局考评。` (a mirror's copy: `…扣2分由市农业局考评`): the
    assessing unit is the item's owner in the ledger, as a 牵头考核单位 column gives it. (The copy lost the
    points' digits, `、改扩建…`, as the real page did.)"""
    text = (
        "乡镇工作目标管理责任制考评办法\n（八）招商引资工作（10分）\n完成市下达的招商引资任务，计10分。由市招商局考评。\n"
        "（九）城镇建设工作（10分）\n、改扩建农贸市场，完成任务计5分。\n、硬化街道路面，完成任务计5分。\n由市建设局考评。\n"
        "（十）农业生产（20分）\n1、完成秋冬菜种植任务计10分;不完成任务扣2分由市农业局考评\n"
        "2、完成糖蔗种植面积任务计10分;不完成任务扣2分由市糖业局考评\n"
    )
    assert _owners(text) == [
        ("八", ["市招商局"], []),
        ("九", ["市建设局"], []),
        ("1", ["市农业局"], []),
        ("2", ["市糖业局"], []),
    ]


def test_a_form_copied_one_cell_a_line() -> None:
    """A 督查交办单 copied cell by cell: `承办单位` on its line, `区城管局` on the next; the next field's name
    (`办结时限`) is no helper, and an empty field names nobody."""
    text = (
        "督查交办单\n一、\n交办事项\n南湖小区周边夜间建筑施工噪音扰民。\n承办单位\n区城管局\n协办单位\n"
        "区住建局、南湖街道办事处\n办结时限\n2021年6月10日\n二、\n交办事项\n第三实验小学放学时段接送秩序混乱。\n"
        "承办单位\n区教育局\n协办单位\n办结时限\n2021年6月20日\n"
    )
    assert _owners(text) == [
        ("一", ["区城管局"], ["区住建局", "南湖街道办事处"]),
        ("二", ["区教育局"], []),
    ]


def test_a_traditional_mirror_with_question_marks_for_blanks() -> None:
    """A mirror's traditional-character copy whose blanks became `?` (`2.3? ?區應急委成員單位職責`,
    `??? (1)區應急管理局:負責…`): the members are read, `區消防救援支隊` a unit as `区消防救援支队` is."""
    text = (
        "××區突發事件總體應急預案\n\n2? 組織機構與職責\n\n2.3? ?區應急委成員單位職責\n\n"
        "??? 各成員單位按照職責分工,做好本部門突發事件的預防和應對工作,具體如下:\n\n"
        "??? (1)區應急管理局:負責區應急委日常工作,組織編制區總體應急預案。\n\n"
        "??? (2)區消防救援支隊:負責火災撲救和以搶救人員生命為主的應急救援工作。\n"
    )
    assert _owners(text) == [("1", ["區應急管理局"], []), ("2", ["區消防救援支隊"], [])]


def test_a_duty_table_copied_with_its_row_numbers() -> None:
    """`1 市公安局 负责…` (序号, unit and duty cells set apart by blanks): the unit without its row number."""
    text = (
        "烟花爆竹安全监管\n序号 涉及部门 职责分工\n1 市公安局 负责烟花爆竹运输通行证发放和运输路线确定工作。\n"
        "2 市应急管理局 负责烟花爆竹生产、经营、储存单位的安全生产监督管理。\n3 市供销社 负责加强对本系统企业烟花爆竹经营活动的管理。\n"
    )
    assert _owners(text) == [("1", ["市公安局"], []), ("2", ["市应急管理局"], []), ("3", ["市供销社"], [])]


def test_duties_opening_on_fuze_zhiding_and_a_news_sites_disclaimer() -> None:
    """`生态事务中心:负责制定…` is a unit's duty (负责制 alone is a system, not a duty), and a news page's
    `版权与免责声明` numbered 1、2、3、 under the article is no list of measures: the unnumbered duties are read."""
    duties = (
        "成立镇秸秆综合利用工作专班:\n组 长:刘威镇长\n"
        "农业综合服务中心:负责秸秆综合利用工作,提供秸秆综合利用技术指导。\n"
        "生态事务中心:负责制定宣传方案、制作农作物秸秆禁烧明白卡,开展日常巡查。\n"
        "财政所:负责扶持政策资金发放,保障工作专班工作经费。\n"
    )
    assert [owner[1] for owner in _owners(duties)] == [["农业综合服务中心"], ["生态事务中心"], ["财政所"]]
    news = (
        "我市集中开展十大重点行业领域安全生产专项整治行动。\n"
        "市安全监管局牵头,负责组织开展对危险化学品领域的专项整治工作。市公安局牵头,负责组织开展对道路交通领域的专项整治工作。"
        "市教育局牵头,负责组织开展对校园安全领域的专项整治工作。\n豫都网版权与免责声明\n"
        "1、未经豫都网(以下简称本网)许可,任何人不得非法使用本网自有版权作品。\n"
        "2、本网转载其他媒体之稿件,不代表本网赞同其观点和对其真实性负责。\n"
    )
    assert [owner[1] for owner in _owners(news)] == [["市安全监管局"], ["市公安局"], ["市教育局"]]


def test_circled_points_counted_on_through_the_parts() -> None:
    """`①…②…` under 一、, then `③…` under 二、 (the count runs through the plan): each is a measure, as the
    first two were; the later ones were the heading's text, their owners heaped on it."""
    text = (
        "稳就业工作若干措施任务分工\n一、加大减负稳岗力度\n①阶段性减免企业社会保险单位缴费。\n责任单位:市人社局(牵头)、市财政局\n"
        "②扩大失业保险稳岗返还范围。\n责任单位:市人社局(牵头)、市教育局\n二、拓宽就业渠道\n"
        "③个人创业担保贷款最高额度提高至20万元。\n责任单位:市财政局(牵头)、市人社局\n"
    )
    assert _owners(text) == [
        ("1", ["市人社局"], ["市财政局"]),
        ("2", ["市人社局"], ["市教育局"]),
        ("3", ["市财政局"], ["市人社局"]),
    ]


def test_a_dotted_title_a_lead_in_and_a_bureaus_offices() -> None:
    """`3.3 局机关各股室及局属单位职责` / `…按以下分工履行职责：` / `办公室：负责…`: the first office's duties were
    the title's text; an office with a note (`水旱灾害防御股（局防汛办）：`) and `各水库管理所：` (each of them)
    open duties too; `（设在区应急管理局）` says where an office sits, no part of its name."""
    text = (
        "3.3 局机关各股室及局属单位职责\n\n局防汛抗旱领导小组下设办公室（设在水旱灾害防御股），各股室、局属单位按以下分工履行职责：\n\n"
        "办公室：负责局防汛抗旱值班安排和后勤保障；负责防汛抗旱信息的收集和上报。\n\n"
        "水旱灾害防御股（局防汛办）：负责局防汛抗旱领导小组日常工作；负责防汛抢险物资的管理。\n\n"
        "各水库管理所：负责所辖水库的巡查值守和调度运行，发现险情立即报告。\n\n"
        "区防指办公室（设在区应急管理局）：负责区防指日常工作，做好汛情的收集和报送。\n"
    )
    assert _owners(text) == [
        ("", ["办公室"], []),
        ("", ["水旱灾害防御股（局防汛办）"], []),
        ("", ["各水库管理所"], []),
        ("", ["区防指办公室"], []),
    ]


def test_duties_listed_after_a_measure_each_opening_on_its_unit() -> None:
    """`（二）…主体责任由乡镇政府和相关部门负责。` then `乡(镇)政府负责…；` / `安监部门负责…；` / … one a line: the
    units' duties are measures; they were in no measure at all (text lost), on a page opening there. (Under
    a 二、 heading they stay the measure's text: left.) One or two such lines after a plan's measures are its
    own arrangements (a closing), not a list."""
    text = (
        "航渡运企业、船员、业主要加强内部管理,构建乡镇船舶安全生产、经营体系。\n"
        "（二）水上交通安全管理的主体责任由乡镇政府和相关部门负责。各地要建立健全县(区)、乡(镇)政府负责,"
        "乡镇管船机构、相关责任部门履职尽责的乡镇船舶安全管理责任体系。\n"
        "乡(镇)政府负责自用船舶登记,负责本辖区水上交通日常安全管理;\n安监部门负责乡镇船舶安全管理的监督指导和综合协调工作;\n"
        "交通部门负责运输船舶的检验、登记和水路运输市场监管;\n公安部门负责渡口、码头、船舶的治安管理工作;\n"
        "（三）水上交通安全监督的主体责任由交通航务海事机构负责。\n"
    )
    assert [owner[1] for owner in _owners(text)] == [
        ["乡镇政府", "相关部门"],
        ["乡(镇)政府"],
        ["安监部门"],
        ["交通部门"],
        ["公安部门"],
        ["交通航务海事机构"],
    ]


def test_guards_of_the_appraisal_and_disclaimer_rules() -> None:
    """Found by the second review: `由县委督查室考核` under 督导考核 and `已由市农业农村局考评` (done) give nobody
    the work; a plan's own `1、未经县林业局许可，严禁…` and `1、凡本网站发布的…` are its items, no site notice."""
    minded = (
        "一、重点任务\n（一）推进农村公路建设。县交通运输局牵头，各乡镇配合。\n（二）推进农村供水保障。县水利局牵头，各乡镇配合。\n"
        "二、督导考核\n各乡镇要将此项工作纳入年度目标管理，由县委督查室考核。该项工作上年度已由市农业农村局考评。\n"
    )
    assert _owners(minded) == [("一", ["县交通运输局"], ["各乡镇"]), ("二", ["县水利局"], ["各乡镇"])]
    own = (
        "森林防火管控方案\n二、管控措施\n1、未经县林业局许可，严禁在林区野外用火，县林业局负责监督检查。\n"
        "2、凡本网站发布的政务信息，由县政府办公室负责审核把关。\n3、严禁在林区燃放烟花爆竹，县公安局负责查处。\n"
    )
    assert [owner[:2] for owner in _owners(own)] == [
        ("1", ["县林业局"]),
        ("2", ["县政府办公室"]),
        ("3", ["县公安局"]),
    ]


def test_a_matters_deadline_field_is_its_own() -> None:
    """`办结时限：2021年7月31日` under a 督办事项's 主办单位 / 协办单位 lines: the matter's text and its deadline (the
    line stood in no measure, and the clerk had to type the date)."""
    text = (
        "督办通知\n督办事项一：加快道路修复工作，消除安全隐患。\n主办单位：县交通运输局\n协办单位：县公安局交警大队\n"
        "办结时限：2021年7月31日\n督办事项二：完成三宗土地的收储工作。\n主办单位：县自然资源局\n办结时限：2021年8月15日\n"
    )
    measures = parse_plan_text(text).measures
    assert [str(m.deadlines[0].due) for m in measures] == ["2021-07-31", "2021-08-15"]
    assert measures[0].text.endswith("办结时限：2021年7月31日")


def test_an_annex_of_duties_one_cell_a_line() -> None:
    """A 街道's notice whose body names nobody (`一、组织领导机构`, `二、各成员单位共同职责`), over `附件：成员单位
    职责分工表` copied one cell a line (`党政办` / its duty; `卫健办` / `1.…` `2.…`): the units' duties are read,
    with every numbered line of an office's cell (they were not read at all)."""
    text = (
        "关于调整街道爱国卫生运动领导小组及成员单位职责分工的通知\n一、组织领导机构\n主  任：杨  帆\n"
        "成员单位：党政办、卫健办、城管办、各社区\n二、各成员单位共同职责\n按照街道爱卫会统一部署，履行好各自工作职责。\n"
        "附件：\n成员单位职责分工表\n成员单位\n工作职责\n党政办\n将爱国卫生工作纳入街道的议事日程，做好宣传报道工作。\n"
        "卫健办\n1.负责街道爱卫会办公室日常工作，制定年度工作计划。\n2.组织开展病媒生物防制集中行动。\n"
        "城管办\n负责辖区市容环境卫生管理，督促落实门前三包责任制。\n"
    )
    measures = parse_plan_text(text).measures
    assert [list(m.lead_units) for m in measures] == [["党政办"], ["卫健办"], ["城管办"]]
    assert measures[1].text.endswith("2.组织开展病媒生物防制集中行动。")


def test_a_dash_before_the_clause() -> None:
    """`…实现再就业——主办:市劳动和社会保障局;协办:市财政局`: the lead after the dash was lost (only the helpers
    were read)."""
    text = (
        "2005年市政府为民办十件实事责任分解\n１.新增城镇就业岗位2万个——主办:市劳动和社会保障局;协办:市财政局、各区人民政府\n"
        "２.城市低保实现应保尽保——主办:市民政局;协办:市财政局\n"
    )
    assert _owners(text) == [
        ("1", ["市劳动和社会保障局"], ["市财政局", "各区人民政府"]),
        ("2", ["市民政局"], ["市财政局"]),
    ]


def test_a_wechat_bullet_and_a_lead_beside_its_helpers_clause() -> None:
    """A village's WeChat article: `▶ 1.垃圾清运：…` (a bullet before the item's number), `3.庭院美化：村妇联牵头
    开展…` (the lead after the item's topic) and `村党支部负责…，村老年协会参与` (a helpers' clause read, the lead
    as the sentence's subject lost)."""
    text = (
        "桃园村人居环境整治提升工作方案\n三、任务分工\n▶ 1.垃圾清运：由村委会牵头，各村民小组配合，垃圾日产日清。\n"
        "▶ 2.庭院美化：村妇联牵头开展“美丽庭院”评比，每季度评选一次。\n"
        "▶ 3.宣传发动：村党支部负责利用大喇叭开展宣传，村老年协会、村志愿服务队参与。\n"
    )
    assert _owners(text) == [
        ("1", ["村委会"], ["各村民小组"]),
        ("2", ["村妇联"], []),
        ("3", ["村党支部"], ["村老年协会", "村志愿服务队"]),
    ]


def test_a_short_title_with_its_clause_over_decimal_points() -> None:
    """`1.强化水资源刚性约束（县水利局牵头）` over `1.1 …` / `1.2 …`: the points are the measures and take the
    title's owners, as under a （一） heading with its clause (they were the title's text)."""
    text = (
        "河湖长制工作要点\n1.强化水资源刚性约束（县水利局牵头）\n1.1 严格用水总量和强度双控。\n1.2 推进节水型社会建设。\n"
        "2.推进河湖“清四乱”常态化规范化（县河长办牵头，各乡镇人民政府配合）\n2.1 开展河湖“清四乱”专项行动。\n"
    )
    assert _owners(text) == [
        ("1.1", ["县水利局"], []),
        ("1.2", ["县水利局"], []),
        ("2.1", ["县河长办"], ["各乡镇人民政府"]),
    ]
