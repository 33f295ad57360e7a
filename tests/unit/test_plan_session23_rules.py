"""Session 23: shapes of real documents (sets AK blind, AL read) that the reader read wrong.
Each failed when written unless its docstring says it guards."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_working_group_named_by_any_work_is_a_body() -> None:
    """A 预案's working groups named by their work (疫情防控组, 医疗救治组), each over its duties: the group
    answers for them, as 综合协调组 already did — whatever its work's word."""
    text = (
        "某乡疫情防控工作方案\n领导小组办公室下设四个工作组：\n"
        "（一）综合协调组。负责常态化防控工作的统筹协调，收集整理各组工作情况。\n"
        "（二）疫情防控组。负责组织落实全乡疫情监测、流行病学调查配合工作。\n"
        "（三）医疗救治组。负责组织医疗机构开展规范的医疗救治工作。\n"
        "（四）物资保障组。负责防控物资的储备保障工作。\n"
    )
    assert _owners(text) == [
        ("一", ["综合协调组"], []),
        ("二", ["疫情防控组"], []),
        ("三", ["医疗救治组"], []),
        ("四", ["物资保障组"], []),
    ]


def test_a_working_group_before_a_colon_owns_whatever_its_duty_opens_on() -> None:
    """`1、灭火行动组：发生火灾立即…` / `4、安全防护救护组：协助抢救…`: a group's duty with no 负责 is its duty."""
    text = (
        "某单位灭火和应急疏散预案\n二、职责分工\n"
        "1、灭火行动组：发生火灾立即利用消防器材、设施就地进行火灾扑救；\n"
        "2、通信联络组：负责与当地消防救援机构之间的通讯和联络；\n"
        "3、疏散引导组：引导人员正确疏散、逃生；\n"
        "4、安全防护救护组：协助抢救、护送受伤人员。\n"
    )
    assert [owner[1] for owner in _owners(text)] == [
        ["灭火行动组"],
        ["通信联络组"],
        ["疏散引导组"],
        ["安全防护救护组"],
    ]


def test_a_groups_roster_is_no_duty() -> None:
    """Guard: `1、协调小组：由乡长任组长…` and `2、后勤保障组：组长：李四` give a group's members, not its duties:
    the group's line names no owner for work it was given."""
    text = (
        "某乡森林防火应急预案\n一、组织机构\n"
        "1、协调小组：由乡长任组长，副乡长任副组长。\n"
        "2、后勤保障组：组长：李四，成员：王五。\n"
        "二、工作要求\n"
        "1、加强值班值守，确保信息畅通。（责任单位：乡应急办）\n"
    )
    leads = [owner[1] for owner in _owners(text)]
    assert ["协调小组"] not in leads and ["后勤保障组"] not in leads
    assert ["乡应急办"] in leads


def test_a_heading_run_into_its_paragraph_over_points_one_clause_closes() -> None:
    """`（一）编制规划根据…。1.打造…。2.推动…。3.打造…。（责任单位：X、Y）` (a page run into one line): the heading
    glued to its own paragraph read as a measure beside its points; one bracketed clause after the last point,
    none before it, speaks for the heading, as it does where the heading stands alone."""
    text = (
        "某区乡村旅游提质升级行动方案\n四、重点任务\n"
        "（一）编制乡村旅游发展规划根据各乡村资源禀赋和产业基础，编制乡村旅游发展规划，明确发展重点。"
        "1.打造乡村旅游延伸产品。依托生态廊道，推进打造一批特色村。2.推动景村一体化。以景区改造提升为契机，打造特色村。"
        "3.打造精品民宿村。引入高端度假品牌，打造精品民宿。（责任单位：区旅游发展委员会、农村发展局，各乡镇人民政府）"
        "（二）汇聚乡村旅游人才力量1.加强人才培训。组织开展重点村旅游培训。（责任单位：区旅游发展委员会、教育局）"
        "2.推进创客创业行动。支持创建创客示范基地。（责任单位：区旅游发展委员会、团区委）\n"
    )
    assert _owners(text) == [
        ("一", ["区旅游发展委员会", "农村发展局", "各乡镇人民政府"], []),
        ("1", ["区旅游发展委员会", "教育局"], []),
        ("2", ["区旅游发展委员会", "团区委"], []),
    ]


def test_points_with_a_clause_each_under_a_run_on_heading_stay_measures() -> None:
    """Guard: under a heading run into its paragraph, points each closing on their own clause are the
    measures; the last one's clause is its own."""
    text = (
        "某区乡村旅游提质升级行动方案\n四、重点任务\n"
        "（一）编制乡村旅游发展规划根据各乡村资源禀赋，编制规划。"
        "1.打造延伸产品。推进打造一批特色村。（责任单位：区旅游发展委员会）"
        "2.推动景村一体化。打造特色村。（责任单位：区农村发展局）"
        "3.打造精品民宿村。引入高端度假品牌。（责任单位：区规划局）\n"
    )
    assert [owner[:2] for owner in _owners(text)][-3:] == [
        ("1", ["区旅游发展委员会"]),
        ("2", ["区农村发展局"]),
        ("3", ["区规划局"]),
    ]


def test_an_armed_forces_body_named_with_its_city_before_a_colon_is_a_member() -> None:
    """`(12)绍兴军分区：指挥、督促…` in a 预案's members' duties: 军分区 named with its city alone (no 市) is the
    member, whatever verb its duty opens on, as `(3)农牧业局：指导…` is."""
    text = (
        "某市森林火灾应急预案\n（三）成员单位职责\n"
        "（11）市气象局：负责森林火险气象等级预报。\n"
        "（12）绍兴军分区：指挥、督促各县（市、区）人武部、民兵预备役部队参加森林火灾扑救工作。\n"
        "（13）市消防救援支队：负责协助开展森林火灾扑救。\n"
    )
    assert [owner[1] for owner in _owners(text)] == [["市气象局"], ["绍兴军分区"], ["市消防救援支队"]]


_GLUED_MIDDLE = (
    "某区2018年政务公开工作主要任务分解表的通知 区直有关单位，各乡镇人民政府：现将分解表印发给你们。"
    " 2018年政务公开工作主要任务分解表 工作任务牵头单位责任单位工 作 要 求一、着力加强公开解读回应工作"
    "（一）全面推进政务公开1.政府工作要做到公开透明 区直有关单位，各乡镇人民政府坚持以公开为常态，以公开促落实。"
    "2.做好权责清单调整和公开工作区行政审批局区直有关单位，各乡镇人民政府全面完成权责清单融合工作。"
    "3.推动全面实施“双随机、一公开”监管区市场监管局、行政审批局区直有关单位，各乡镇人民政府要制定并公布随机抽查事项清单。"
    "（二）加强政策解读4.建立舆情回应机制区宣传部、网信办 区直有关单位，各乡镇人民政府建立协调联动机制。"
    "工作任务牵头单位责任单位工 作 要 求5.完善政府网站反馈机制区管委会办公室区直有关单位，各乡镇人民政府构建留言受理机制。\n"
)


def test_a_table_flattened_with_its_units_mid_row_reads_as_its_rows() -> None:
    """A web page's task table run into one line, no cell boundary kept (`工作任务牵头单位责任单位工作要求`): each
    row's lead names glued to its task (a blank where the cell is empty), the other units' cell after them,
    the requirement's text last. The lead cell ends where two names are glued; an empty lead cell makes the
    listed units the row's leads; group headings and a repeated header are no part of a row."""
    assert _owners(_GLUED_MIDDLE) == [
        ("1", ["区直有关单位", "各乡镇人民政府"], []),
        ("2", ["区行政审批局"], ["区直有关单位", "各乡镇人民政府"]),
        ("3", ["区市场监管局", "行政审批局"], ["区直有关单位", "各乡镇人民政府"]),
        ("4", ["区宣传部", "网信办"], ["区直有关单位", "各乡镇人民政府"]),
        ("5", ["区管委会办公室"], ["区直有关单位", "各乡镇人民政府"]),
    ]
    texts = [m.text for m in parse_plan_text(_GLUED_MIDDLE).measures]
    assert "全面完成权责清单融合工作" in texts[1] and "（二）" not in texts[2] and "工作任务" not in texts[3]


def test_a_table_flattened_with_its_units_last() -> None:
    """The same table with the units last (`工作任务工作要求牵头单位配合/责任单位`): the units close each row,
    after the task's full stop; the next group's heading glued after them is no unit."""
    text = (
        "某区政务公开工作主要任务分解表 工作任务工作要求牵头单位配合/责任单位一、加强涉及市场主体的信息公开"
        "1.增强政策制定实施的透明度。 区直各有关单位，各乡镇人民政府（街道办事处）"
        "2.建立审批问题的办理和反馈机制。区经济发展局区行政审批局区直各有关单位，各乡镇人民政府（街道办事处）"
        "二、加强涉及减税降费的信息公开3.智能推送减税降费政策。区财政金融局区直各有关单位\n"
    )
    assert _owners(text) == [
        ("1", ["区直各有关单位", "各乡镇人民政府（街道办事处）"], []),
        ("2", ["区经济发展局", "区行政审批局"], ["区直各有关单位", "各乡镇人民政府（街道办事处）"]),
        ("3", ["区财政金融局"], ["区直各有关单位"]),
    ]


def test_a_numbered_list_with_units_in_its_words_is_no_glued_table() -> None:
    """Guard: a plan whose measures name units in their sentences, under no glued table header, reads as
    before (a 工作任务 heading alone is no header of unit columns)."""
    text = (
        "某区工作方案\n二、工作任务\n1.区发展改革委会同区财政局制定实施细则。（牵头单位：区发展改革委）\n"
        "2.各乡镇人民政府落实属地责任。（责任单位：各乡镇人民政府）\n3.区直有关单位加强配合。（责任单位：区直有关单位）\n"
    )
    assert [owner[1] for owner in _owners(text)] == [["区发展改革委"], ["各乡镇人民政府"], ["区直有关单位"]]


def test_a_deadline_glued_after_a_clauses_units() -> None:
    """`责任单位：审批处完成时限：2017年6月底（二）推行…` in a page run into one line: the deadline's label
    glued to the last unit ends the list, and the next item's number after the deadline starts a line."""
    text = (
        "某局优化营商环境工作方案\n二、工作任务\n（一）精简审批环节。压缩审批时限。责任单位：审批处完成时限：2017年6月底"
        "（二）推行网上办理。责任单位：信息中心完成时限：2017年9月底（三）优化服务。责任单位：机关各处（室）完成时限：长期\n"
    )
    assert _owners(text) == [("一", ["审批处"], []), ("二", ["信息中心"], []), ("三", ["机关各处（室）"], [])]


def test_a_subjects_name_without_the_words_around_it() -> None:
    """A subject read up to its verb takes the words around the unit with it: a heading glued before a placed
    name (`（一）完善交通标志区交通与建设局要牵头…`), the project 由 gives out (`竹屿湖项目由区交通投资有限公司负责`),
    an adverb or a role after it (`…有限公司具体负责`, `嘉源公司作为业主单位负责`)."""
    text = (
        "某区迎庆运工作方案\n二、工作任务\n（一）完善交通标志区交通与建设局要牵头相关单位完善道路交通标志。\n"
        "（二）加强客运管理区运输管理处负责加强客运市场管理。\n"
        "（三）推进配套项目。竹屿湖二期项目由区交通投资有限公司负责建设。\n"
        "（四）区交通投资集团有限公司具体负责安置房建设。\n"
    )
    assert [owner[1] for owner in _owners(text)] == [
        ["区交通与建设局"],
        ["区运输管理处"],
        ["区交通投资有限公司"],
        ["区交通投资集团有限公司"],
    ]


def test_a_units_own_name_keeps_its_words() -> None:
    """Guard: names that open on such words or hold 由 are kept whole when what is left is no unit's name
    (`加强和改进工作领导小组` stays; `区规划局` after a heading's words only when the heading opens on a verb)."""
    text = (
        "某区工作方案\n二、工作任务\n（一）制定规划。（牵头单位：城市规划局）\n"
        "（二）完善制度。（牵头单位：区加强作风建设领导小组办公室）\n"
    )
    assert [owner[1] for owner in _owners(text)] == [["城市规划局"], ["区加强作风建设领导小组办公室"]]


def test_a_townships_offices_as_members_whatever_duty_verb() -> None:
    """`2.2.1党政办公室：参与…` / `2.2.3经济发展处：协助区经济发展局…` / `（4）财政财务专班：会同…` / `2.2.12各村（居）：落实…`:
    a township's own offices and its villages as a 预案's members, each before a colon and a duty's verb."""
    text = (
        "某片区自然灾害救助应急预案\n2.2 成员单位职责\n"
        "2.2.1党政办公室：参与防灾减灾救灾方针、政策的制定和贯彻落实。\n"
        "2.2.2党群工作处：负责组织协调新闻媒体开展防灾减灾宣传报道工作。\n"
        "2.2.3经济发展处：协助区经济发展局推动工业企业开展防汛工作。\n"
        "2.2.4财政财务专班：会同有关成员单位争取抢险救灾经费。\n"
        "2.2.5各村（居）：落实属地职责，按照片区部署开展防灾减灾救灾工作。\n"
        "2.2.6资源生态处：监督检查林下可燃物清理工作。\n"
    )
    assert [owner[1] for owner in _owners(text)] == [
        ["党政办公室"],
        ["党群工作处"],
        ["经济发展处"],
        ["财政财务专班"],
        ["各村（居）"],
        ["资源生态处"],
    ]


def test_a_label_before_a_colon_is_no_member() -> None:
    """Guard: `1.工作目标：加强…` / `2.指挥长：组织…` / `3.组织机构：统筹…` (a topic, a post, a kind of body) open
    on no member."""
    text = (
        "某片区防汛应急预案\n一、总则\n1.工作目标：加强防汛工作，确保安全度汛。\n2.指挥长：组织指挥全片区防汛工作。\n"
        "3.组织机构：统筹设立片区防汛指挥部。\n"
        "二、职责\n1.党政办公室：负责综合协调。\n"
    )
    leads = [owner[1] for owner in _owners(text)]
    assert ["工作目标"] not in leads and ["指挥长"] not in leads and ["组织机构"] not in leads
    assert ["党政办公室"] in leads


def test_items_counting_on_across_the_parts_of_a_run_on_page() -> None:
    """A 工作要点 run into one line whose items count on across its parts (`二、健全责任体系（三）推动…（四）…
    三、推进专项整治（五）…`): each item starts a line, as items starting again at （一） do."""
    sentence = (
        "围绕年度目标细化工作举措，明确时间节点，压实工作责任，全面提高本质安全水平，确保各项工作取得实效"
    )
    text = (
        "某片区2022年安全生产工作要点\n一、树牢安全理念（一）深入学习重要论述。"
        + sentence
        + "。（党群工作处牵头，各处室按职责分工负责）"
        "（二）贯彻落实十五条硬举措。" + sentence + "。（各处室按职责分工负责）"
        "二、健全安全生产责任体系（三）推动落实监管责任。"
        + sentence
        + "。（政法综治处牵头，各处室按职责分工负责）"
        "（四）压实企业主体责任。" + sentence + "。（各处室按职责分工负责）"
        "三、扎实推进专项整治（五）开展安全生产大检查。" + sentence + "。（政法综治处负责）\n"
    )
    assert [(owner[0], owner[1]) for owner in _owners(text)] == [
        ("一", ["党群工作处"]),
        ("二", ["各处室"]),
        ("三", ["政法综治处"]),
        ("四", ["各处室"]),
        ("五", ["政法综治处"]),
    ]


_LONG = "全面排查整治各类问题，建立问题清单和整改台账，明确整改时限和责任人员，确保整改到位、群众满意"


def test_a_point_glued_after_an_offices_clause_in_a_run_on_page() -> None:
    """`…责任处室:农业农村处、社会事业处2.提升公厕档次…`: a township plan's 责任处室 closes the point before the
    next number glued to its last office, as a 责任单位 does."""
    text = (
        "某片区农村人居环境整治提升五年行动方案 二、重点任务（一）推进农村厕所革命1.改造户厕。"
        + _LONG
        + "。责任处室:农业农村处、社会事业处2.提升公厕档次。"
        + _LONG
        + "。责任处室:交通建设处"
        "（二）治理生活污水1.治理村庄生活污水。"
        + _LONG
        + "。责任处室:资源生态处2.治理黑臭水体。"
        + _LONG
        + "。责任处室:资源生态处、农业农村处\n"
    )
    assert [(owner[0], owner[1]) for owner in _owners(text)] == [
        ("1", ["农业农村处", "社会事业处"]),
        ("2", ["交通建设处"]),
        ("1", ["资源生态处"]),
        ("2", ["资源生态处", "农业农村处"]),
    ]


def test_bracketed_points_each_closed_by_its_clause_in_a_run_on_page() -> None:
    """`1.公共广场管理方面。（1）…。（牵头处室：交通与建设处）（2）…（牵头处室：X，配合单位：Y）2.…` in one line:
    each （n） after the clause closing the point before it starts a point of its own, the measures."""
    text = (
        "某片区创建文明城市城建设施专项工作方案 二、任务分工（一）工作职责落实测评体系相关指标。（二）重点任务"
        "1.公共广场管理方面。（1）"
        + _LONG
        + "。（牵头处室：交通与建设处）（2）"
        + _LONG
        + "。（牵头处室：交通与建设处，配合单位：区城乡交建中心）（3）"
        + _LONG
        + "。（牵头处室：社会事业处）"
        "2.主次干道管理方面。（1）"
        + _LONG
        + "。（牵头处室：交通与建设处）（2）"
        + _LONG
        + "。（牵头处室：党群工作处）\n"
    )
    assert [owner for owner in _owners(text)] == [
        ("1", ["交通与建设处"], []),
        ("2", ["交通与建设处"], ["区城乡交建中心"]),
        ("3", ["社会事业处"], []),
        ("1", ["交通与建设处"], []),
        ("2", ["党群工作处"], []),
    ]


def test_a_parts_heading_and_its_first_item_on_one_line() -> None:
    """`三、重点行动 （一）互联网+创业创新。…` (a blank between them, the page run into one line): the item starts
    a line of its own, and its clause is the item's, not the part's."""
    text = (
        "某区互联网+行动方案\n三、重点行动 （一）互联网+创业创新。推进创业孵化。牵头单位：区经济发展局，配合单位：区财政金融局"
        "（二）互联网+协同制造。推进智能制造。牵头单位：区经济发展局，配合单位：区科技局\n"
    )
    assert _owners(text) == [
        ("一", ["区经济发展局"], ["区财政金融局"]),
        ("二", ["区经济发展局"], ["区科技局"]),
    ]


def test_a_duties_heading_run_into_its_members_duties() -> None:
    """`四、职责分工 教育部门：负责…。公安机关：负责…。` in one line: the heading, a blank, then the members' duties,
    each a measure of its member (as they are when the heading stands on its own line)."""
    text = (
        "某区清剿火患专项行动方案\n四、职责分工 教育部门：负责督促学校开展消防安全检查。公安机关：负责加强对派出所管辖单位的检查。"
        "民政部门：负责督促养老机构整改火灾隐患。\n"
    )
    assert [owner[1] for owner in _owners(text)] == [["教育部门"], ["公安机关"], ["民政部门"]]


def test_offices_labels_glued_in_a_township_clause() -> None:
    """`牵头处室：机关党委配合处室：各处室、机关各党支部`: a township's 牵头处室 / 配合处室 labels glued without
    punctuation part the clause as 牵头单位 / 配合单位 do."""
    text = (
        "某片区创建文明城市工作方案\n二、工作任务\n（一）文明志愿服务提升。大力弘扬志愿精神。"
        "牵头处室：机关党委配合处室：各处室、机关各党支部\n（二）网上材料提升。逐项整理申报材料。牵头处室：党政办公室\n"
    )
    assert _owners(text) == [("一", ["机关党委"], ["各处室", "机关各党支部"]), ("二", ["党政办公室"], [])]


def test_a_parts_lead_in_colon_over_its_first_item_in_a_run_on_page() -> None:
    """`三、工作任务…重点围绕以下六个方面进行整改：（一）开展大排查。…责任部门：X（二）…`: the first item after
    the lead-in's colon is an item like the rest, since its （二） follows as the next; a colon before a
    （一） whose （二） does not follow still opens a sentence's own list."""
    text = (
        "某片区信访突出问题整改工作方案 一、工作目标 按照要求集中开展整改，确保取得实效。三、工作任务根据专项督查问题通报，"
        "重点围绕以下三个方面问题进行整改：（一）开展大排查。结合日常工作开展风险隐患排查，及时登记造册。"
        "责任部门：各处室、东庠办事处（二）落实一事一方案。针对重点信访人员逐人落实一人一档。责任部门：政法综治处"
        "（三）加强信访处置。妥善处置重点群体信访问题。责任部门：各村（居）\n"
    )
    assert _owners(text) == [
        ("一", ["各处室", "东庠办事处"], []),
        ("二", ["政法综治处"], []),
        ("三", ["各村（居）"], []),
    ]


def test_a_glued_table_whose_units_carry_their_place() -> None:
    """The glued table of a place that names its units with its place (`云溪区行政审批局云溪区直有关单位，…`) and
    typed with a blank after each 、: the place learnt from the list's other names goes with the first name
    glued to the task's words, and a blank after 、 is no cell boundary."""
    text = (
        _GLUED_MIDDLE.replace("区直有关单位", "云溪区直有关单位")
        .replace("区行政审批局", "云溪区行政审批局")
        .replace("区市场监管局、行政审批局", "云溪区市场监管局、 行政审批局")
    )
    owners = _owners(text)
    assert owners[1] == ("2", ["云溪区行政审批局"], ["云溪区直有关单位", "各乡镇人民政府"])
    assert owners[2] == ("3", ["云溪区市场监管局", "行政审批局"], ["云溪区直有关单位", "各乡镇人民政府"])
    assert owners[0] == ("1", ["云溪区直有关单位", "各乡镇人民政府"], [])


def test_review_a_name_holding_you_is_kept_whole() -> None:
    """Guard (review: the first version cut at any 由): `厦门自由贸易试验区管委会负责…` keeps its whole name; only a
    由 before a placed name gives the work out (`竹屿湖二期项目由区交通投资有限公司负责`). And a heading's own 区
    (`推进城区道路改造区住建局要牵头…`) is no start of the name after it."""
    text = (
        "某市自贸区建设工作方案\n二、工作任务\n（一）厦门自由贸易试验区管委会负责推进制度创新。\n"
        "（二）推进城区道路改造区住建局要牵头做好主次干道改造。\n"
    )
    assert [owner[1] for owner in _owners(text)] == [["厦门自由贸易试验区管委会"], ["区住建局"]]


def test_review_a_colons_own_list_inside_an_item_is_no_item() -> None:
    """Guard (review: the first version cut the inner list's （一）): `重点检查以下内容：（一）…；（二）…；（三）…。
    责任部门：X（二）严肃追责…` — the colon's list has its own （二）, so its （一） starts no item."""
    text = (
        "某街道信访工作方案 一、工作目标 按照要求集中化解信访积案，确保取得实效。二、工作任务（一）强化监督检查。"
        "重点检查以下内容：（一）制度落实情况；（二）资金使用情况；（三）项目推进情况。责任部门：纪工委"
        "（二）严肃追责问责。对工作不力的严肃追责，全面压实工作责任。责任部门：党政办\n"
    )
    assert _owners(text) == [("一", ["纪工委"], []), ("二", ["党政办"], [])]


def test_a_glued_tables_words_after_its_last_read_row_are_kept() -> None:
    """Nothing lost: a row that does not read ends the restored table, and it and the page's last words stay in
    the document's text (read as text after the table), not dropped with the line they were glued into."""
    tail = "6.最后一行没有可读的单位。 平潭综合实验区管委会办公室 2018年6月25日"
    plan = parse_plan_text(_GLUED_MIDDLE.rstrip() + tail + "\n")
    assert tail in plan.source_text
    assert "工作任务牵头单位责任单位" in plan.source_text.replace(" ", "")
    assert [m.number for m in plan.measures if m.lead_units][:5] == ["1", "2", "3", "4", "5"]


def test_review_a_short_line_heading_its_points_each_closed_by_a_clause() -> None:
    """Review: `（二）丰富旅游产品供给推动文旅融合发展。1.培育研学旅游。…（责任单位：县教育局）2.发展康养旅游。…` in a
    short line: the 1. that the clause-closed 2. follows starts a point too, not the heading's text."""
    text = (
        "某县全域旅游实施方案\n三、主要任务\n（二）丰富旅游产品供给推动文旅融合发展。1.培育研学旅游。打造研学基地5个。"
        "（责任单位：县教育局）2.发展康养旅游。建设康养基地2个。（责任单位：县卫健局）\n"
    )
    assert [(owner[0], owner[1]) for owner in _owners(text)] == [("1", ["县教育局"]), ("2", ["县卫健局"])]
