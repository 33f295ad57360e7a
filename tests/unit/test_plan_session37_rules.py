"""Session 37: rules read off the session's blind sets (shapes, each written here in a plan of its own)."""

from __future__ import annotations

from tests.unit.test_plan_session30_rules import _measures

# A bureau's task breakdown copied from a web page as one line: each 攻坚战 heading names its lead, its points
# close on a bracketed helpers' clause, and the second heading's words open on 项目 (a word, not a law's 项).
_ONE_LINE = (
    "当前位置：首页政务公开 本局各单位：现将涉及我局的相关任务分解如下，请各单位抓好贯彻落实。一、任务分工"
    "（一）资金保障攻坚战分管领导：张三牵头单位：办公室"
    "1.加大存量资金盘活力度。进一步挖掘存量资金，最大限度提高存量资金综合效益。（局各单位配合）"
    "2.强化预算绩效管理。将部门和单位预算收支全面纳入绩效管理，把有限资金用在刀刃上。（局各单位配合）"
    "（二）项目落地攻坚战分管领导：李四牵头单位：药械处"
    "1.稳投资重点项目策划任务总数2个，其中谋划项目数2个。（局各单位配合）"
    "2.第二阶段签约项目任务数1个，年底前完成签约。（局相关单位配合）"
    "（三）审批提速攻坚战分管领导：王五牵头单位：法规处"
    "1.开通社会项目审批快速通道。进一步梳理办件流程，精简申报材料。（法规处牵头，质监处、食品处根据需要配合）"
)


def test_a_heading_whose_words_open_on_xiangmu_is_cut_from_the_point_before() -> None:
    measures = _measures(_ONE_LINE)
    assert [(m.number, m.lead_units) for m in measures] == [
        ("1", ("办公室",)),
        ("2", ("办公室",)),
        ("1", ("药械处",)),
        ("2", ("药械处",)),
        ("1", ("法规处",)),
    ]
    assert "项目落地攻坚战" not in measures[1].text


def test_helpers_who_join_as_needed_are_co_units() -> None:
    last = _measures(_ONE_LINE)[-1]
    assert last.co_units == ("质监处", "食品处")


def test_a_laws_item_reference_in_a_run_on_line_is_still_no_heading() -> None:
    # 本条（二）项规定: the bracketed number is a law's item, followed by 项 and a word of the sentence
    text = (
        "某区关于落实监管责任的实施方案一、工作任务（一）加强源头监管。依照本条（二）项规定的情形，"
        "对违法行为依法查处，切实落实监管责任，确保各项任务落到实处。（牵头单位：区市场监管局）"
        "（二）强化执法检查。开展联合执法检查，对发现的问题限期整改，形成长效监管机制。（牵头单位：区城管局）"
        "（三）做好宣传引导。通过多种渠道宣传法律法规，营造全社会共同参与的良好氛围。（牵头单位：区委宣传部）"
    )
    measures = _measures(text)
    assert [m.lead_units for m in measures] == [("区市场监管局",), ("区城管局",), ("区委宣传部",)]


def test_the_unit_placed_first_leads_when_the_document_says_so_as_paiwei_kaoqian() -> None:
    text = "\n".join(
        [
            "某区农村人居环境整治三年行动实施方案",
            "一、重点任务",
            "（一）实施农村垃圾治理行动。推行农村生活垃圾分类，加快垃圾源头减量。（责任单位：区住建局、区农业农村局、各乡镇人民政府）",
            "（二）实施农村污水治理行动。因地制宜建设污水处理设施，提高污水收集率。（责任单位：区生态环境局、各乡镇人民政府）",
            "二、保障措施",
            "（一）明确责任分工。各项任务中排位靠前的责任单位为牵头单位，其他单位按职责分工配合。",
        ]
    )
    measures = _measures(text)
    assert [(m.lead_units, m.co_units) for m in measures[:2]] == [
        (("区住建局",), ("区农业农村局", "各乡镇人民政府")),
        (("区生态环境局",), ("各乡镇人民政府",)),
    ]


# A 规定 stored as one line: its chapters and articles run on, each unit's article heading its duties.
_RULES = (
    "某区生态环境保护工作职责规定\n"
    "第一章 总则 第一条 为落实生态环境保护责任，根据有关规定，结合实际，制定本规定。第二条 各部门按照职责做好"
    "生态环境保护工作，形成齐抓共管的工作格局。第三条 乡镇对辖区生态环境质量负责。 第二章 部门职责 "
    "第四条 区委办公室工作职责： （一）政法方面 1.负责指导监督政法部门依法处理生态环境违法案件。 "
    "2.负责协助建立环保网格监管体系。 第五条 区廉政办工作职责： （一）审计方面 1.组织实施领导干部自然资源资产"
    "离任审计。 2.负责监督审计生态环境保护治理专项资金。\n"
)


def test_articles_run_into_one_line_are_cut_and_each_units_article_leads_its_duties() -> None:
    measures = _measures(_RULES)
    assert [(m.number, m.lead_units) for m in measures] == [
        ("1", ("区委办公室",)),
        ("2", ("区委办公室",)),
        ("1", ("区廉政办",)),
        ("2", ("区廉政办",)),
    ]


def test_a_lone_article_reference_in_a_sentence_cuts_nothing() -> None:
    from services.plans.parser.run_on_articles import article_chain

    assert article_chain("依照第五条规定，对违法行为依法查处。第六条所列情形除外。") == []


def test_a_headings_words_that_end_on_wei_and_shu_name_no_unit() -> None:
    text = "\n".join(
        [
            "某区环保督察反馈问题整改方案",
            "一、主要举措",
            "（一）坚决贯彻落实中央和省委、省政府的决策部署",
            "1.提高政治站位，凝聚绿色发展共识，把生态环境保护摆在突出位置。",
            "2.强化责任落实，逐级压实各部门生态环境保护责任。",
        ]
    )
    assert all(m.lead_units == () for m in _measures(text))


def test_a_problems_clause_lines_beside_its_other_fields_lead_its_measures() -> None:
    # an 整改方案 stored as one line: each problem's 牵头部门 / 责任部门 lines beside its 整改时限 / 整改目标 fields,
    # over numbered measures of which one names its own unit
    text = (
        "某区环保督察反馈问题整改方案\n一、整改任务 （一）垃圾焚烧发电厂自2011年开工建设至今仍未完成 "
        "牵头部门：区住建局 责任部门：区住建局、区发改局 整改时限：2018年5月底 整改目标：垃圾焚烧发电厂正式投入运行 "
        "整改措施： 1.由区住建局督促建设业主单位主动作为，签订购电合同和调度协议。 "
        "2.抽调专人驻厂跟踪督促指导推进，确保5月底前正式点火运行。\n"
    )
    assert [(m.number, m.lead_units, m.co_units) for m in _measures(text)] == [
        ("1", ("区住建局",), ()),
        ("2", ("区住建局",), ("区发改局",)),
    ]


def test_a_groups_title_between_two_bracketed_members_keeps_the_chain() -> None:
    items = [
        f"（{n}）{name}服务对象：城乡居民。服务内容：按规定提供{name}服务。牵头负责单位：{unit}。"
        for n, name, unit in [
            (1, "公共卫生", "区卫健局"),
            (2, "义务教育", "区教育局"),
            (3, "优待抚恤", "区退役军人事务局"),
            (4, "退役安置", "区退役军人事务局"),
        ]
    ]
    line = "某区基本公共服务标准 一、服务项目 。" + items[0] + items[1] + "优军服务保障" + items[2] + items[3]
    measures = _measures("某区基本公共服务标准\n" + line + "\n")
    assert [(m.number, m.lead_units) for m in measures] == [
        ("1", ("区卫健局",)),
        ("2", ("区教育局",)),
        ("3", ("区退役军人事务局",)),
        ("4", ("区退役军人事务局",)),
    ]


# A 蓝天保卫战 task table whose columns a page set one space apart, the header repeated at a new page.
_SPACED = "\n".join(
    [
        "某区打赢蓝天保卫战三年行动计划实施方案重点任务表",
        "重点任务 工作措施 牵头单位 参与单位",
        "一、调整优化产业结构",
        "1.优化产业布局 完成生态环境准入清单编制工作，坚决杜绝高耗能项目落地。 区环土局 区经发局、各片区指挥部",
        "2.落实落后产能退出 依法依规关停能耗、环保达不到标准的产能。 区经发局 区环土局、市场监管局 重点任务 工作措施 牵头单位 参与单位",
        "3.深化工业污染治理 持续推进工业污染源全面达标排放，2020年底前基本完成。 区环土局",
    ]
)


def test_a_spaced_tables_last_cells_are_its_rows_lead_and_helpers() -> None:
    assert [(m.lead_units, m.co_units) for m in _measures(_SPACED)] == [
        (("区环土局",), ("区经发局", "各片区指挥部")),
        (("区经发局",), ("区环土局", "市场监管局")),
        (("区环土局",), ()),
    ]


def test_a_third_unit_column_is_no_spaced_lead_and_helpers_header() -> None:
    from services.plans.parser.spaced_cells import HEADER

    assert HEADER.search("序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位") is None
    assert HEADER.search("重点任务 工作措施 牵头单位 参与单位") is not None


def test_a_glued_table_with_year_columns_reads_its_rows_and_their_units() -> None:
    # a 重点项目清单 whose cells a page ran together: its 阶段任务 column split into years on the header's second
    # row, a task opening on 公路 (not 5公里), a bureau's centre's 科, a sentence opening on 对 (no name)
    line = (
        "某区治本攻坚三年行动重点项目清单序号名称类型阶段任务责任单位2024年2025年2026年"
        "1开展文明交通宣传倡导安全理念2024年，配合有关部门实施文明交通行动计划。2025年，组织巡回宣讲活动。局运管处、中心运管科"
        "2公路交通安全设施精细化提升安全工程2024年完成普通公路安全设施精细化提升项目。2025年，总结推广好的经验做法。局基建处"
        "3海上船舶安全专项治理安全工程2024年底前，出台涉交通乡镇船舶安全管理细则。对辖区内乡镇船舶进行重新摸排。局运管处"
    )
    measures = _measures("某区治本攻坚三年行动重点项目清单\n" + line + "\n")
    assert [(m.number, m.lead_units) for m in measures] == [
        ("1", ("局运管处", "中心运管科")),
        ("2", ("局基建处",)),
        ("3", ("局运管处",)),
    ]


def test_a_units_entry_numbered_as_its_duties_heads_the_duties_after_it() -> None:
    text = "\n".join(
        [
            "某区关于开展精准扶贫工作的指导意见",
            "一、工作职责",
            "1.区扶贫办：",
            "1.负责统筹协调和组织指导全区精准扶贫日常工作。",
            "2.牵头建立精准扶贫数据联动共享机制，每季度更新数据库。",
            "2.区纪工委：负责扶贫领域腐败和作风问题专项治理，重拳执纪问责。",
        ]
    )
    measures = _measures(text)
    assert [(m.number, m.lead_units) for m in measures] == [
        ("1", ("区扶贫办",)),
        ("2", ("区扶贫办",)),
        ("2", ("区纪工委",)),
    ]
    assert all("1.区扶贫办：" not in m.text for m in measures[:2])


# A 片区's duty list stored as one line: the part's title glued to its first unit, then each unit after a full
# stop, its duties numbered afresh; the part's other headings number their own points the same way.
_DUTY_LINE = (
    "某片区生活垃圾分类实施工作方案\n"
    "一、工作要求（一）明确分类标准。1.可回收物：指适宜回收的生活废弃物。2.有害垃圾：指对人体健康有害的生活废弃物。"
    "（二）配置分类容器。1.居住区域：设可回收物、其他垃圾收集容器。2.单位区域：设可回收物、有害垃圾收集容器。"
    "二、工作职责城乡管理处：统筹开展片区生活垃圾分类工作：1.制定生活垃圾分类工作实施方案；2.牵头组织垃圾分类屋选址、建设；"
    "3.做好垃圾分类试点的经验总结。城乡建设服务中心：在城乡管理处的指导下，负责开展垃圾分类的日常业务工作。"
    "党政办公室：1.负责对各处室开展垃圾分类工作情况的督查；2.做好片区生活垃圾工作专项资金保障工作。"
    "党群工作处：1.组织引导党员干部带头践行垃圾分类工作；2.组织开展生活垃圾分类工作的宣传动员。"
    "社会事业处：1.协助做好学校、医院等场所垃圾分类工作；2.引导辖区内社会团体参与生活垃圾分类。\n"
)


def test_units_run_into_a_line_between_numbered_duties_head_their_duties() -> None:
    owned = [(m.number, m.lead_units) for m in _measures(_DUTY_LINE) if m.lead_units]
    assert owned[:3] == [("1", ("城乡管理处",)), ("2", ("城乡管理处",)), ("3", ("城乡管理处",))]
    assert owned[-6:] == [
        ("1", ("党政办公室",)),
        ("2", ("党政办公室",)),
        ("1", ("党群工作处",)),
        ("2", ("党群工作处",)),
        ("1", ("社会事业处",)),
        ("2", ("社会事业处",)),
    ]


def test_a_clauses_label_inside_brackets_is_no_member_of_a_duty_list() -> None:
    from services.plans.parser.run_on_duties import member_duties

    line = "（一）着力纠正不正之风。（牵头单位：区纠风办。参加单位：县物价局、县国税局）"
    assert member_duties(line, among_many=True) == [line]


def test_fields_listed_before_one_shared_bumen_are_the_helpers() -> None:
    from services.plans.parser.clauses import read_clause

    said = read_clause("区交通运输局牵头，公安、安监、质监、信息化部门配合")
    assert said.lead_units == ("区交通运输局",)
    assert said.co_units == ("公安", "安监", "质监", "信息化部门")
    assert read_clause("加强、完善部门配合").co_units == ()  # (a task's verbs, no fields)


def test_a_spaced_annex_table_in_one_line_gives_the_work_when_the_body_names_nobody() -> None:
    text = "\n".join(
        [
            "某区关于加强母婴设施建设的实施方案",
            "一、保障措施",
            "（一）加强组织领导。各级各部门要高度重视，分解落实工作任务。",
            "（二）加大宣传力度。充分利用报刊、网络等广泛宣传建设母婴设施的必要性。",
            "附件 某区母婴设施建设任务分工 序号 职责 负责单位 备注 1 将母婴设施建设纳入城市精神文明建设 区文明办 "
            "2 协调做好各大型商场、超市母婴设施建设 区经发局 3 协调做好全区各医疗卫生机构母婴设施建设 区卫健局",
        ]
    )
    owned = [(m.number, m.lead_units) for m in _measures(text) if m.lead_units]
    assert owned == [("1", ("区文明办",)), ("2", ("区经发局",)), ("3", ("区卫健局",))]
