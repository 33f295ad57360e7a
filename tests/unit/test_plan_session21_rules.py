"""Session 21: shapes of real district documents (blind sets AD, AE) that the reader read wrong.
Each failed when written unless its docstring says it guards."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_supporting_unit_label_names_helpers() -> None:
    """`（牵头单位：X、Y，支撑单位：Z）`: 支撑单位 are the units that support the lead, co-units as 支持单位 are."""
    text = (
        "某区2025年城市更新工作计划\n一、重点任务\n"
        "1.推进九里亭城市更新项目。（牵头单位：经济技术开发区、九里亭街道，支撑单位：区规划资源局、区建设管理委）\n"
        "2.推进5个“美丽街区”建设。（牵头单位：区绿化市容局，支撑单位：相关街镇）\n"
    )
    assert _owners(text) == [
        ("1", ["经济技术开发区", "九里亭街道"], ["区规划资源局", "区建设管理委"]),
        ("2", ["区绿化市容局"], ["相关街镇"]),
    ]


def test_a_place_before_the_verb_is_no_subject() -> None:
    """`（八）各建设单位` over `在本单位负责实施的工程中…`: 在本单位 says where, the heading names the unit."""
    text = (
        "某区海绵城市建设实施方案\n三、职责分工\n（七）区房管局\n指导小区改造项目落实海绵城市建设要求。\n"
        "（八）各建设单位\n在本单位负责实施的工程建设项目中落实海绵城市建设要求，落实海绵设施的运行、养护工作。\n"
    )
    assert _owners(text) == [("七", ["区房管局"], []), ("八", ["各建设单位"], [])]


_RUN_ON = (
    "某区治理餐桌污染工作方案\n"
    "为切实保障人民群众饮食安全，制定本方案。一、总体要求全面贯彻落实食品安全重要指示精神，保持全区食品安全形势总体稳定向好。"
    "二、目标任务(一）畜禽生产环节治理指标：全区生猪定点屠宰率达到98%以上。工作任务：1.加强牲畜定点屠宰监督管理。"
    "组织开展执法检查，查处不法行为。（区农业处）2.开展打击生产销售病死猪违法犯罪行动。（区公安局）(二）种植环节治理指标："
    "蔬菜农药残留抽检超标率控制在5%以内。工作任务：1. 加强农业生产标准化建设，建立无公害农产品基地。（区农业处）"
    "2.加强农药监督管理，规范生产经营行为。（区农业处）\n"
)


def test_a_page_run_into_one_line_keeps_its_parts_and_its_measures() -> None:
    """One line holds the parts (一、 二、), their items ((一） (二）) and the measures under each (1. 2., one
    written `1. ` with a space): all start lines, so each group's count begins anew where it should."""
    assert _owners(_RUN_ON) == [
        ("1", ["区农业处"], []),
        ("2", ["区公安局"], []),
        ("1", ["区农业处"], []),
        ("2", ["区农业处"], []),
    ]


def test_a_bracket_closing_the_last_of_several_points_speaks_for_the_group() -> None:
    """(一) over 1. 2. 3. with no owner, the last closing on `。（责任单位：X、Y）`: the group's clause, kept on
    the last point's line — the heading is the measure (as with the clause on a line of its own)."""
    text = (
        "某区公立医院综合改革实施方案\n一、主要任务\n（一）合理配置医疗资源\n1.科学编制卫生事业发展规划。\n"
        "2.加快医疗资源建设。\n3.大力扶持社会资本办医。（责任单位：区社会事业局、医改办、财政金融局）\n"
        "（二）深化医院管理制度改革\n1.成立公立医院管理委员会。\n2.落实公立医院独立法人地位。\n"
        "3.建立激励约束机制。（责任单位：区社会事业局、区党工委党群工作部）\n"
    )
    assert _owners(text) == [
        ("一", ["区社会事业局", "医改办", "财政金融局"], []),
        ("二", ["区社会事业局", "区党工委党群工作部"], []),
    ]


def test_a_group_line_under_the_heading_keeps_each_point_a_measure() -> None:
    """Guard (a first version folded it): `以下任务均由X牵头，Y配合：` under the heading, the last point with its
    own clause — each point stays a measure, the first ones X's."""
    text = (
        "某街道2024年工作要点\n一、推动经济高质量发展\n以下任务均由经济发展办牵头，招商服务中心配合：\n"
        "1.全年引进亿元以上项目3个。\n2.加强“四上”企业培育，新增规上企业5家。\n"
        "3.做好税源摸底和财源建设。（责任科室：经济发展办、财政所）\n"
    )
    assert [number for number, _, _ in _owners(text)] == ["1", "2", "3"]


def test_one_character_numbers_read_as_the_marks_they_stand_for() -> None:
    """⑴ ⑵ and ⒈ ⒉ (one character each, from Word's numbering) number measures as （1） and 1. do."""
    text = (
        "某区防汛工作方案\n一、工作任务\n（一）强化防汛值班（牵头单位：区农林水局）\n"
        "⑴严格落实24小时防汛值班和领导带班制度。\n⑵加强监测预警预报，及时发布预警信息。\n"
        "（二）排查治理隐患（牵头单位：区住建局）\n⒈排查危房和地质灾害点。\n⒉组织危险区域群众转移避险。\n"
    )
    assert _owners(text) == [
        ("1", ["区农林水局"], []),
        ("2", ["区农林水局"], []),
        ("1", ["区住建局"], []),
        ("2", ["区住建局"], []),
    ]


def test_a_units_line_closed_by_a_colon_heads_its_points() -> None:
    """`農林水局:` on a line of its own (a traditional-character copy) over ⑴ ⑵ ⑶: the unit of each point."""
    text = (
        "農林水局:\n⑴強化防汛值班值守。嚴格落實24小時防汛值班和領導帶班制度。\n"
        "⑵加強監測預警預報。密切關注天氣態勢變化，及時發布預警信息。\n"
        "⑶突出重點部位防范。及時組織檢查危房、地質災害點。\n"
    )
    assert _owners(text) == [("1", ["農林水局"], []), ("2", ["農林水局"], []), ("3", ["農林水局"], [])]


def test_units_lines_among_which_one_names_no_unit() -> None:
    """`管理层` / 1、馆长… then `采编部门` / 1、… `流通部门` / 1、… `行政办公室` / 1、…: three runs of four under a
    unit's line are a list of units; the run under a line naming none stays without one, for the clerk."""
    text = (
        "图书馆各部门职责\n图书馆管理层\n1、馆长:负责图书馆的整体运营和管理。\n2、副馆长:协助馆长进行日常管理工作。\n"
        "采编部门\n1、采购:负责收集、采购各类图书、报刊。\n2、编目:对采购的图书进行分类、编目。\n"
        "流通部门\n1、借还书台:负责接待读者借还图书。\n2、图书维护:负责图书的整理、上架。\n"
        "行政办公室\n1、人事管理:负责图书馆的人事管理。\n2、财务管理:负责图书馆的财务管理。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        [],
        [],
        ["采编部门"],
        ["采编部门"],
        ["流通部门"],
        ["流通部门"],
        ["行政办公室"],
        ["行政办公室"],
    ]


def test_a_venue_is_no_unit_of_a_name_joined_by_and() -> None:
    """`（七）市娱乐场所及网吧管理工作领导小组办公室。定期组织…`: 场所 is a kind of venue, so 及 joins no two
    units — one office, named whole."""
    text = (
        "某市网吧专项治理监督职责\n一、部门职责\n（六）市文化局。负责网吧的审批和日常监管，依法查处违规经营行为。\n"
        "（七）市娱乐场所及网吧管理工作领导小组办公室。定期组织文化、工商、公安等部门召开督查例会，联合查处违法经营活动。\n"
    )
    assert _owners(text)[-1][1] == ["市娱乐场所及网吧管理工作领导小组办公室"]


_MEETING_NEWS = (
    "区长召开城区道路交通秩序综合治理工作会\n来源:本站  时间:2018-07-25\n"
    "7月20日上午，区长在区政府会议室召开城区道路交通秩序综合治理工作会。就如何做好综合治理工作，区长指出：一是共享单车"
    "管理工作。区交运局牵头，梳理辖区投放单车的公司，建立管理机制。二是推进停车场建设工作。区城管局负责规范建设停车场，"
    "尽快拿出实施方案。三是梳理规范道路停车。交警五大队、区城管局负责，梳理辖区能够停车的道路。四是非机动车管理工作。"
    "各镇(办)要认真研究，制定具体意见。\n"
)


def test_points_run_on_in_a_paragraph_each_naming_its_owner() -> None:
    """A meeting's news: `…指出：一是…。X牵头，…。二是…。Y负责…` in one paragraph, each point naming its own
    owner: a measure a point, numbered 一 二 …, its topic kept in its text (四's 各镇(办)要…: every town asked by
    name, its owner since session 30, flagged for the clerk)."""
    measures = parse_plan_text(_MEETING_NEWS).measures
    assert [(m.number, list(m.lead_units)) for m in measures] == [
        ("一", ["区交运局"]),
        ("二", ["区城管局"]),
        ("三", ["交警五大队", "区城管局"]),
        ("四", ["各镇(办)"]),
    ]
    assert measures[1].text.startswith("二是推进停车场建设工作。")


def test_points_in_a_paragraph_with_one_clause_stay_one_measure() -> None:
    """Guard: `一是…；二是…；三是…。（责任单位：X）` in one paragraph under a measure is that measure's text."""
    text = (
        "某区安全生产工作方案\n一、重点任务\n"
        "（一）开展隐患排查。一是排查危化品企业；二是排查建筑工地；三是排查人员密集场所。（责任单位：区应急管理局）\n"
        "（二）强化执法检查。（责任单位：区住建局）\n"
    )
    assert _owners(text) == [("一", ["区应急管理局"], []), ("二", ["区住建局"], [])]


def test_a_towns_offices_named_without_their_place_own_their_duties() -> None:
    """A 预案's member duties at town level: `武装部：参与…` / `市场监管所：协调…` / `党政办公室：负责…`, the names
    without 镇 or 区 before them — each paragraph a measure of its unit; `其他有关部门和单位：…` names nobody."""
    text = (
        "某工业区地下空间突发事件应急预案成员单位职责\n"
        "社会工作办公室：组织、协调医疗卫生资源，开展伤病员现场救治、转运和医院收治工作。\n"
        "武装部：参与核化事故的现场侦检，参与人民防空工程突发事件的应急处置。\n"
        "市场监管所：协调地下空间特种设备事件应急处置；参与特种设备事故的调查处理工作。\n"
        "城管中队：对相关管理部门移交的损坏房屋承重结构违法行为案件线索，依法进行行政处罚。\n"
        "其他有关部门和单位：按照各自工作职责及属地原则，负责相应的应急救援等工作。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        ["社会工作办公室"],
        ["武装部"],
        ["市场监管所"],
        ["城管中队"],
    ]


def test_a_site_before_a_colon_in_a_numbered_item_is_no_owner() -> None:
    """Guard (a first version read it): `2、实验小学：目前正在做施工图…` under `一、区教育局` — the school is the
    project's site; the item keeps its heading's unit."""
    text = (
        "区重点工程协调会会议纪要\n一、区教育局\n1、第一中学：校舍改造工程已完成招标，请区教育局抓紧组织施工。\n"
        "2、实验小学：目前正在做施工图，区市政园林局按照绿地标准给予补偿。\n"
        "3、第十九中学：涉及防火问题，请区教育局尽快与消防支队沟通，力争年内开工。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["区教育局"], ["区教育局"], ["区教育局"]]


def test_a_groups_members_label_is_no_unit() -> None:
    """Guard (a first version read it): `组成单位：市民政局、外事办、红十字会` under a working group's heading
    is its members' label, not a unit called 组成单位."""
    text = (
        "某市地震应急预案\n十四、震害损失评估\n组成单位:市地震局、建设局、民政局\n"
        "主要职责:对地震造成的损失进行调查评估。\n十五、接受援助\n组成单位:市民政局、外事办、红十字会\n"
        "主要职责:按震情、灾情和国家有关规定，呼吁国内外援助。\n"
    )
    assert all("组成单位" not in lead for _, lead, _ in _owners(text))


def test_a_table_one_cell_a_paragraph_with_cells_wrapped_over_lines() -> None:
    """A Word table copied one cell a paragraph, a blank line between cells, a cell's text wrapped over lines of
    its own (`区建设管理委、区水务局、` / `区绿化市容局，` / `各街镇`): each run of lines is one cell, so the units'
    cell is read whole and the task's text stays out of it."""
    text = (
        "附件：某区推进海绵城市建设重点任务分解表\n\n序号\n\n任务类型\n\n重点内容\n\n责任单位\n\n参考文件\n\n"
        "1\n\n海绵城市\n系统方案\n\n聚焦重点区域、重大项目，以排水分区为单元，编制海绵城市系统方案，合理确定目标指标。\n\n"
        "区建设管理委\n\n《本市系统化全域推进海绵\n城市建设的实施意见》\n\n"
        "2\n\n海绵城市\n达标评估\n\n根据上海市要求，结合系统方案编制计划，有序推进达标评估工作。\n\n"
        "区建设管理委、区水务局、\n区绿化市容局、区交通委，\n各街镇\n\n《本市系统化全域推进海绵\n城市建设的实施意见》\n"
    )
    assert _owners(text) == [
        ("1", ["区建设管理委"], []),
        ("2", ["区建设管理委", "区水务局", "区绿化市容局", "区交通委", "各街镇"], []),
    ]


def test_a_streets_offices_named_short_then_a_full_stop() -> None:
    """`2.派出所。配合开展…` / `4.建管中心。积极依托…` under 职责分工: the office named, a full stop, its duties; not
    `1.成立工作专班。` (a verb: work, not an office)."""
    text = (
        "某街道加强独居老人消防安全工作实施方案\n一、工作措施\n1.成立工作专班。由街道分管领导牵头，统筹推进各项工作。\n"
        "二、职责分工\n1.街道消委办。牵头开展独居老人消防安全关爱工作。\n2.派出所。配合开展独居老人消防安全关爱工作。\n"
        "3.建管中心。积极依托“红色物业”创建工作，协同开展关爱工作。\n4.居委会。具体负责排摸更新社区独居老人信息。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        [],
        ["街道消委办"],
        ["派出所"],
        ["建管中心"],
        ["居委会"],
    ]


def test_every_village_and_places_sharing_an_ending_own_their_duties() -> None:
    """`（十）各村：负责…` (every village, each for its own) and `（九）吴泾、塘湾派出所：负责…` (two places'
    stations sharing the ending, one entry as printed) in a town's 职责 list."""
    text = (
        "某镇建筑垃圾管理职责分工\n二、职责分工\n（八）城管执法中队：负责依法查处未取得运输许可的单位运输建筑垃圾。\n"
        "（九）吴泾、塘湾派出所：负责建筑垃圾运输车辆行驶路线的核定，查处违规运输行为。\n"
        "（十）各村：负责在镇政府指导下，做好村辖区内建筑垃圾的源头管理。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["城管执法中队"], ["吴泾、塘湾派出所"], ["各村"]]


def test_a_measures_title_ending_like_an_office_is_no_owner() -> None:
    """Guard from the review (a first version read them): `1.建成便民服务站。在每个社区…` under a heading with its
    clause is a measure's title, not an office; the points keep the heading's unit."""
    text = (
        "某区社区治理工作方案\n二、重点任务\n（三）完善基层服务设施（责任单位：区民政局）\n"
        "1.建成便民服务站。在每个社区建成一个便民服务站。\n2.创建示范社区。年内创建示范社区5个。\n"
        "3.培育社会组织服务中心。年内培育社会组织10家。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["区民政局"], ["区民政局"], ["区民政局"]]


def test_sites_where_problems_were_found_are_no_owners() -> None:
    """Guard from the review: a 督查通报's `1.综合文化站。消防通道堆放杂物…` names the site of a problem."""
    text = (
        "关于安全生产督查情况的通报\n一、整改任务\n1.完成消防设施更新。（责任单位：镇安办）\n"
        "二、检查发现的问题\n1.综合文化站。消防通道堆放杂物，灭火器过期未更换。\n"
        "2.卫生院。医疗废物暂存点未上锁，登记台账不全。\n3.敬老院。部分房间电线私拉乱接，存在火灾隐患。\n"
    )
    assert all(lead in ([], ["镇安办"]) for _, lead, _ in _owners(text))


def test_a_safeguards_last_point_keeps_its_own_clause() -> None:
    """Guard from the review: under 保障措施 a bracket closing the last point is that point's, not the part's."""
    text = (
        "某区安全生产工作方案\n一、重点任务\n1.开展隐患排查。（责任单位：区应急局）\n四、保障措施\n"
        "1.加强组织领导。各单位要高度重视。\n2.强化资金保障。统筹安排工作经费。\n"
        "3.严格督查考核。将工作纳入年度考核。（责任单位：区委督查室）\n"
    )
    assert ("3", ["区委督查室"], []) in _owners(text)
    assert not any(number == "四" for number, _, _ in _owners(text))


def test_a_number_after_annex_is_a_reference() -> None:
    """Guard from the review: `对照附件1. 排查清单…` inside a run-on line refers to an annex; no measure starts."""
    text = (
        "某区燃气安全专项整治方案\n"
        "1.开展燃气安全隐患排查。对照附件1. 排查清单逐项核查餐饮场所燃气设施，建立问题台账。（责任单位：区应急局）"
        "2.加强燃气经营企业监管，规范瓶装燃气充装行为。（责任单位：区住建局）"
        "3.整治占道经营使用燃气行为，依法查处违规经营。（责任单位：区城管局）\n"
    )
    assert _owners(text) == [("1", ["区应急局"], []), ("2", ["区住建局"], []), ("3", ["区城管局"], [])]


def test_a_short_run_on_line_keeps_its_items_apart_from_a_clauses_list() -> None:
    """From the review: `…责任单位：区工信局（二）优化营商环境1. 深化…` in one line shorter than a page — where its
    measures run on, the items between them start lines too, so no unit's name takes the next item's title."""
    text = (
        "一、强化产业支撑（一）推动项目建设1.加快推进园区标准厂房建设，年内新开工项目10个。责任单位：区发改局"
        "2.打造新能源产业集群，引进龙头企业2家以上。责任单位：区工信局（二）优化营商环境1. 深化工程建设项目审批制度"
        "改革，压缩审批时限。责任单位：区行政审批局2. 推进“一件事一次办”改革。责任单位：区政务服务中心\n"
    )
    assert _owners(text) == [
        ("1", ["区发改局"], []),
        ("2", ["区工信局"], []),
        ("1", ["区行政审批局"], []),
        ("2", ["区政务服务中心"], []),
    ]


def test_in_charge_of_the_population_is_no_person_in_charge() -> None:
    """`省财政厅负责人口普查经费的协调保障工作。`: 负责 and its work (人口普查), not 负责人 (the person in charge);
    `县财政局负责人：张三` stays a person's line."""
    text = (
        "某省人口普查领导小组成员单位职责分工\n一、职责分工\n按照各部门的工作职能，具体分工如下:\n"
        "省统计局负责人口普查的日常工作，并全面负责专业技术工作。\n省公安厅负责户口整顿工作。\n"
        "省财政厅负责人口普查经费的协调保障工作。\n省委宣传部、省广电局负责人口普查的宣传工作。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        ["省统计局"],
        ["省公安厅"],
        ["省财政厅"],
        ["省委宣传部", "省广电局"],
    ]


def test_a_bare_bracket_names_its_owners_then_when() -> None:
    """`（区管委会，2016年4月底前完成）` / `（区行政审批局、区管委会办公室、经济发展局，2016年4月底前完成。列第一位的为
    牵头单位，下同）`: the names, then the deadline; the rule stated once in a clause decides lead and co."""
    text = (
        "某区整合建立统一的公共资源交易平台实施方案\n三、工作任务\n"
        "1．建立相应工作机制，对现有的各类公共资源交易平台进行清理。（区管委会，2016年4月底前完成）\n"
        "2．制定区公共资源交易整合平台建设方案。（区行政审批局、区管委会办公室、经济发展局，2016年4月底前完成。"
        "列第一位的为牵头单位，下同）\n"
        "3．制定出台公共资源交易目录。（区行政审批局、财政金融局，2016年9月底前完成）\n"
    )
    assert _owners(text) == [
        ("1", ["区管委会"], []),
        ("2", ["区行政审批局"], ["区管委会办公室", "经济发展局"]),
        ("3", ["区行政审批局"], ["财政金融局"]),
    ]
