"""Session 32: the shapes read from this session's blind sets."""

from __future__ import annotations

from tests.unit.test_plan_session30_rules import _measures


def test_lines_of_work_printed_once_before_their_department_are_each_an_owner():
    """`（四）建设、交通、林业部门：要…` / `4.交通、铁路部门:负责…` / `公安及维稳部门`: the fields are printed once
    before 部门; every writer of five sets ledgers them one by one as printed, as a clause's list already read.
    A field's own 和 (人力资源和社会保障部门) is no list."""
    text = (
        "某市农村劳动力转移就业工作职责分工\n"
        "（一）人力资源和社会保障部门：要牵头做好农村劳动力转移就业工作。\n"
        "（二）建设、交通、林业部门：要在行业管理和项目建设中确保农民工平等就业。\n"
        "（三）公安及维稳部门：要完善户籍和流动人口管理办法。\n"
    )
    leads = [item.lead_units for item in _measures(text)]
    assert leads == [
        ("人力资源和社会保障部门",),
        ("建设", "交通", "林业部门"),
        ("公安", "维稳部门"),
    ]


def test_members_over_their_points_in_a_page_run_into_one_line_with_blanks():
    """A township page stored as one line, its chrome set apart by blanks (`时间：2021-07-14 10:03 微信 微博`) and
    one blank after a member's colon (`（二）交通与建设处: 1.督促…`): the blanks cut the page into paragraphs, and
    each member heading must still stand apart from the measure before it and own its points."""
    text = (
        "某片区电动自行车消防安全综合治理工作方案\n"
        "当前位置： 首页政务公开 某片区管理局关于印发工作方案的通知 时间：2021-07-14 10:03 微信 微博 QQ空间 "
        "各有关单位：现将工作方案印发给你们。三、整治重点（一）产品质量。不按标准生产配件。（二）使用管理。违规停放充电。"
        "四、整治措施及分工（一）政法综治处:1.落实电动自行车日常消防安全管理责任，牵头各相关处室对集中停放充电场所进行摸排检查、登记造册。"
        "2.组织开展宣传教育，通报电动自行车火灾案例、宣讲技术规范要求和相关火灾事故追责法律规定。"
        "（二）交通与建设处: 1.督促物业服务企业、管理单位加强宣传教育、防火检查、制定完善应急预案并开展演练。"
        "2.督促指导建设单位按规划布局要求建设电动自行车等非机动车库，或在室外预留空间供集中停放。"
        "（三）公安局驻片区工作组:1.加大对电动自行车产品制假售假等违法犯罪行为打击力度，依法查处违规销售行为。2.加强治安监控，加大偷盗等违法行为打击力度，规范实行电动自行车登记上牌制度。\n"
    )
    leads = [(item.number, item.lead_units) for item in _measures(text) if item.number.isdigit()]
    assert leads == [
        ("1", ("政法综治处",)),
        ("2", ("政法综治处",)),
        ("1", ("交通与建设处",)),
        ("2", ("交通与建设处",)),
        ("1", ("公安局驻片区工作组",)),
        ("2", ("公安局驻片区工作组",)),
    ]


def test_an_article_titled_in_brackets_heads_its_subjects_duties():
    """A district 规定: `第四条（综合协调部门职责）` / `区国动办承担以下监督检查职责：` / （一）… （二）…: the
    bracketed title makes the line an article (it had run into the last duty of the article before), and
    the subject that takes on the duties below owns each of them."""
    text = (
        "某区地下空间安全使用监督检查管理规定\n第四条（综合协调部门职责）\n区国动办承担以下监督检查职责：\n"
        "（一）牵头组织本区各监督管理部门开展联合检查；\n（二）协调、督促本区相关监督管理部门依法履行职责；\n"
        "第五条（街道办事处监督检查职责）\n区公安分局履行下列职责：\n（一）按照统一部署，参加联合检查；\n"
        "（二）依法办理本部门职责范围内的违法案件。\n"
    )
    measures = _measures(text)
    assert [item.lead_units for item in measures] == [("区国动办",)] * 2 + [("区公安分局",)] * 2
    assert not any("第五条" in item.text for item in measures)


def test_the_towns_and_a_development_zone_heading_their_duty():
    """`（五）各街镇、经开区` over its duty, among siblings each headed by one unit: every town and the zone
    (its 管委会) answer for it, as `（五）各街镇` alone already did."""
    text = (
        "某区清水行动工作方案\n三、组织领导与责任分工\n（一）区绿化市容局\n开展行业部署和宣传。\n（二）区公安分局\n"
        "对运输车辆实施动态巡查。\n（三）城管执法部门\n依法严查违法行为。\n（四）各街镇、经开区\n"
        "落实属地管理责任，开展拉网式排查。\n"
    )
    assert _measures(text)[-1].lead_units == ("各街镇", "经开区")


def test_a_duty_table_one_cell_a_line_keeps_its_row_numbers():
    """A 编办's duty table copied one cell a line (`序号 涉及部门 职责分工` / `1` / `市教育局` / `负责…`): each row
    is read as its unit's duty, and the 序号 cell before the unit is the measure's number — when the cells count
    1, 2, 3 (a stray figure before one unit numbers nothing)."""
    text = (
        "中小学校食品安全管理\n序号 涉及部门 职责分工\n1\n市教育局\n负责校园食品安全管理工作，指导监督学校落实主体责任。\n"
        "2\n市市场监督管理局\n负责学校集中用餐食品安全的监督管理，依法查处违法行为。\n3\n市卫生健康委\n"
        "负责组织开展校园食品安全风险监测，指导学校开展食源性疾病防控。\n"
    )
    assert [(item.number, item.lead_units) for item in _measures(text)] == [
        ("1", ("市教育局",)),
        ("2", ("市市场监督管理局",)),
        ("3", ("市卫生健康委",)),
    ]
    stray = text.replace("2\n市市场", "2024\n市市场")
    assert [item.number for item in _measures(stray)] == ["", "", ""]


def test_a_clause_whose_labels_a_full_stop_divides_inside_its_bracket_is_one_clause():
    """`（牵头单位：市绿化市容局，浦东新区政府。配合单位：市发展改革委、市体育局）`: the full stop inside the bracket
    divides the clause's parts; the 配合单位 label after it starts no line of its own (it had, and the helpers
    came out twice, the last one with the closing bracket: `市体育局）`)."""
    text = (
        "某市环城生态公园带规划建设实施意见\n一、重点任务\n"
        "1.改造提升已建外环绿带。强化功能。（牵头单位：市绿化市容局，浦东新区政府。配合单位：市发展改革委、市体育局）\n"
        "2.推动建成外环绿道体系。加快推进。（牵头单位：市绿化市容局。配合单位：市交通委）\n"
    )
    measures = _measures(text)
    assert [item.lead_units for item in measures] == [("市绿化市容局", "浦东新区政府"), ("市绿化市容局",)]
    assert [item.co_units for item in measures] == [("市发展改革委", "市体育局"), ("市交通委",)]


def test_a_task_heading_over_its_paragraph_beside_headings_over_points_is_a_measure():
    """`（四）推进海绵型建筑小区建设` over its paragraph, beside `（三）完善排水防涝设施建设` over 1. 2.: the same part's
    work, written without points — a measure, its owner left to the clerk (two writers of sets BE and BF ledger
    it so; it had become a heading over nothing and its work was in no measure). Not a notice's requirement
    (`一、提高政治站位，强化担当意识。各部门要…`) at the top level."""
    text = (
        "某区海绵城市建设实施方案\n二、重点任务\n（一）完善排水防涝设施建设\n1.推进雨水排水系统能力提升。落实排水规划。\n"
        "2.推进初期雨水调蓄设施建设。推进调蓄池建设。\n（二）推进海绵型建筑小区建设\n"
        "新建建筑与小区按照海绵城市要求建设，老旧小区改造同步落实海绵城市建设要求。\n"
        "（三）推进海绵型公园绿地建设\n新建公园绿地全面落实海绵城市建设要求。\n三、职责分工\n（一）区建管委\n"
        "牵头协调督促本区海绵城市建设工作落实。\n（二）区绿化市容局\n指导绿地、公园落实海绵城市建设要求。\n"
    )
    measures = [(item.number, item.lead_units) for item in _measures(text)]
    assert measures == [
        ("1", ()),
        ("2", ()),
        ("二", ()),
        ("三", ()),
        ("一", ("区建管委",)),
        ("二", ("区绿化市容局",)),
    ]


def test_a_clause_label_glued_to_the_last_word_of_its_sentence():
    """A policy copied out of a PDF into one line: `…服务城乡居民责任单位：平潭银保监组、人行平潭支行，区财政金融局
    （二）推动…`: no full stop before the label, which still closes the measure with its units (主要责任单位 /
    牵头责任单位 stay one label)."""
    text = (
        "某区加快金融业发展的若干措施\n一、夯实金融基础（一）推动银行业稳健发展。引导银行机构坚持服务实体经济，合理确定经营半径，"
        "服务地方经济、小微企业和城乡居民责任单位：平潭银保监组、人行平潭支行，区财政金融局（二）推动保险证券业快速发展。"
        "支持保险、证券机构依法合规开展业务，满足人民群众各领域的保险需求牵头责任单位：区财政金融局（三）规范发展各类地方"
        "金融组织。加强对各类地方金融组织的监督管理，促进规范经营，壮大地方金融组织实力主要责任单位：区财政金融局\n"
    )
    leads = [(item.number, item.lead_units) for item in _measures(text)]
    assert leads == [
        ("一", ("平潭银保监组", "人行平潭支行", "区财政金融局")),
        ("二", ("区财政金融局",)),
        ("三", ("区财政金融局",)),
    ]


def test_an_article_naming_a_units_main_duties_with_a_full_stop():
    """`第十条 乡镇合管办的主要职责。` over （一）…（九）: the article names whose duties follow, closed by a full stop as a
    county's 办法 prints it — as `第四条 县自然资源局的职责` without one already did."""
    text = (
        "某自治县新型农村合作医疗管理办法\n第十条 乡镇合管办的主要职责。\n（一）负责本乡镇新型农村合作医疗的组织协调工作；\n"
        "（二）协助有关部门筹集、管理新型农村合作医疗基金；\n第十一条 村新型农村合作医疗管理小组的主要职责。\n"
        "（一）协助收取新型农村合作医疗基金；\n（二）监督村卫生室的卫生服务和村民的就医行为。\n"
    )
    assert [item.lead_units for item in _measures(text)] == [("乡镇合管办",)] * 2 + [
        ("村新型农村合作医疗管理小组",)
    ] * 2


def test_the_implementing_units_label_run_into_a_clause():
    """`牵头单位：平潭海关配合单位：区经发局、财金局实施单位：区交通集团`: three labelled parts with no punctuation between
    them; the 实施单位 (the companies that carry it out) help the lead, as the writer of the 海关 split ledgers them."""
    text = (
        "某区支持措施任务分解方案\n一、支持口岸建设\n（一）支持平潭口岸扩大开放。积极推动口岸开放和通关便利化。"
        "牵头单位：平潭海关配合单位：区经发局、财金局实施单位：区交通集团\n"
        "（二）支持跨境电商发展。推动跨境电商业务规模化发展。牵头单位：区口岸办配合单位：平潭海关实施单位：跨境通公司\n"
    )
    assert [(item.lead_units, item.co_units) for item in _measures(text)] == [
        (("平潭海关",), ("区经发局", "财金局", "区交通集团")),
        (("区口岸办",), ("平潭海关", "跨境通公司")),
    ]


def test_an_item_saying_whose_part_the_work_is():
    """`3.区交通委是全区农村公路管理养护的行政主管部门。…` under 明确职责: the item names its owner by saying what
    the unit is to the work (责任主体, 主管部门, 管理机构), with no 负责 right after the name."""
    text = (
        "某区深化农村公路管理养护体制改革实施方案\n二、明确职责\n1.区政府是本区农村公路管理养护的责任主体。全面负责本辖区内"
        "农村公路管理养护工作。\n2.区交通委是全区农村公路管理养护的行政主管部门。按照“县道区管”原则统筹管理。\n"
        "3.区交通运输事业发展中心是全区农村公路的管理机构。对各镇的农村公路管理养护进行指导。\n"
    )
    assert [item.lead_units for item in _measures(text)] == [
        ("区政府",),
        ("区交通委",),
        ("区交通运输事业发展中心",),
    ]


_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>某区重点任务分工方案</title>"
    "<script>var x = '一、不是方案';</script><style>p{margin:0}</style></head><body>"
    "<div class='nav'>首页 &gt; 政务公开</div><h1>某区重点任务分工方案</h1>"
    "<p>一、重点任务</p><p>1.推进老旧小区改造。（牵头单位：区住建局；配合单位：区财政局）</p>"
    "<p>2.加强垃圾分类。<br/>（牵头单位：区城管局&nbsp;）</p>"
    "<table><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>配合单位</td></tr>"
    "<tr><td>1</td><td>建设口袋公园</td><td>区绿化局</td><td>各街道</td></tr>"
    "<tr><td>2</td><td>整治背街小巷</td><td>区城管局</td><td>区住建局</td></tr></table>"
    "</body></html>"
)


def test_a_saved_web_page_is_read_not_refused(tmp_path):
    """网页另存为 .html — or a site's download named .doc that is a page inside: its text is read a paragraph a line,
    what a browser never shows (script, style) left out, a table's cells set apart (it had been refused with
    advice to save it as .docx, which the clerk cannot do from a browser)."""
    from services.plans.parser import parse_plan_file

    for name in ("方案.html", "方案.doc"):
        page = tmp_path / name
        page.write_text(_PAGE, encoding="utf-8")
        plan = parse_plan_file(page)
        owners = [(item.number, item.lead_units, item.co_units) for item in plan.measures]
        assert owners[:2] == [("1", ("区住建局",), ("区财政局",)), ("2", ("区城管局",), ())]
        assert "不是方案" not in plan.source_text and "margin" not in plan.source_text
        assert plan.title == "某区重点任务分工方案"
