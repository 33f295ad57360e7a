"""Shapes found by blind excerpt set G (session 15, made-up in the shape of real pages): made-up samples,
one family each. When this was written, all failed.

- a 整改清单's problems numbered `问题1：` / `问题一：`, each over 整改措施 and 责任单位 lines, or over 1. 2.
  steps closed by one 责任领导 / 责任股室 / 责任人 block;
- a 职责分工 of `县财政局：义务教育经费…` paragraphs (a unit, a colon, its duties on any verb), a helper in the
  next sentence (`。县审计局配合做好资金审计。`);
- `1.第一指挥部（2018—3一期）：负责…`: a note after the name before the colon;
- minutes' decisions numbered in words in one paragraph (`会议明确，…：一是…（X负责）；二是…由Y负责`);
- `以下第5至7项均由州教育局牵头，各县（市）人民政府负责落实。` between a heading and its measures;
- a 包干 table (序号 | 包干片区 | 包干部门 | 协助单位).
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_problems_numbered_as_problems_with_their_lines() -> None:
    text = (
        "城关镇巡察反馈意见整改落实清单\n一、政治责任落实方面\n问题1：学习贯彻不够深入。\n整改措施：建立专题学习制度。\n"
        "责任单位：镇党委\n责任人：张××\n整改时限：2019年6月底前\n问题2：项目监督检查不到位。\n整改措施：开展专项检查。\n"
        "责任单位：镇党政办牵头，镇财政所配合\n责任人：王××\n"
    )
    assert _owners(text) == [("1", ["镇党委"], []), ("2", ["镇党政办"], ["镇财政所"])]


def test_problems_over_steps_closed_by_one_block_with_people() -> None:
    text = (
        "县农业农村局审计整改方案\n二、问题及整改措施\n问题一：部分专项资金未及时拨付。\n整改措施：\n1.全面清理结存资金。\n"
        "2.对无法使用的资金交回县财政统筹。\n责任领导：刘xx（副局长）\n责任股室：计划财务股\n责任人：王xx\n"
        "问题二：项目监理履职不到位。\n整改措施：\n1.约谈项目监理单位。\n2.扣减监理费用。\n责任领导：张xx\n"
        "牵头股室：农田建设股\n配合单位：县农业综合行政执法大队\n责任人：李xx\n三、整改要求\n各股室要严格按照时限完成整改。\n"
    )
    assert _owners(text) == [("一", ["计划财务股"], []), ("二", ["农田建设股"], ["县农业综合行政执法大队"])]


def test_units_colon_duties_on_any_verb() -> None:
    text = (
        "义务教育均衡发展有关部门职责分工\n一、有关部门和单位职责\n（一）相关部门\n"
        "县政府办公室：将义务教育均衡发展纳入县域经济社会发展规划，定期组织绩效考核。\n"
        "县教育局：发挥综合协调作用，研究制定义务教育均衡发展的具体规划。\n"
        "县财政局：义务教育经费在财政预算中单独列项，确保经费增长。县审计局配合做好资金审计。\n"
    )
    assert _owners(text) == [
        ("", ["县政府办公室"], []),
        ("", ["县教育局"], []),
        ("", ["县财政局"], ["县审计局"]),
    ]


def test_a_note_after_the_unit_before_its_colon() -> None:
    text = (
        "征收工作实施方案\n四、征收范围及任务分工\n1.第一指挥部（2018—3一期）：负责大堤以东范围内房屋征收，牡丹街道办事处配合。\n"
        "2.第二指挥部（2017—24一期、二期）：负责文化城项目以南范围内房屋征收，区住建局配合。\n"
    )
    assert _owners(text) == [("1", ["第一指挥部"], ["牡丹街道办事处"]), ("2", ["第二指挥部"], ["区住建局"])]


def test_decisions_numbered_in_words_in_one_paragraph() -> None:
    text = (
        "项目分指挥部召开第一次工作例会\n会议明确，下一步将统筹做好分工：一是深化可行性方案，8月底前形成方案初稿（区住建局负责）；"
        "二是做好房屋征收，由城西街道、城北街道负责，区自然资源和规划分局配合；三是建立周例会制度，由项目分指挥部办公室负责。\n"
    )
    assert _owners(text) == [
        ("一", ["区住建局"], []),
        ("二", ["城西街道", "城北街道"], ["区自然资源和规划分局"]),
        ("三", ["项目分指挥部办公室"], []),
    ]
    assert parse_plan_text(text).measures[0].text.startswith("一是")  # the meeting's words stay its own


def test_a_parts_owners_stated_before_its_measures() -> None:
    text = (
        "义务教育一体化实施方案\n（三）科学推进学校标准化建设\n以下第5至6项均由州教育局牵头，各县（市）人民政府负责落实。\n"
        "5.全面改善薄弱学校基本办学条件。\n6.推进乡镇寄宿制学校建设。\n（四）完善经费保障机制\n"
        "7.统一生均公用经费基准定额。（州财政局牵头，州教育局配合）\n"
    )
    assert _owners(text) == [
        ("5", ["州教育局"], ["各县（市）人民政府"]),
        ("6", ["州教育局"], ["各县（市）人民政府"]),
        ("7", ["州财政局"], ["州教育局"]),
    ]


def test_a_table_of_areas_and_the_units_answering_for_them() -> None:
    text = (
        "第一期拆迁包干任务分配表\n序号\t包干片区\t包干部门\t协助单位\t栋数\n1\t一村A片区\t街道城建办\t社区工作站\t23\n"
        "2\t一村B片区\t街道综合执法队、街道安监办\t社区股份合作公司\t31\n3\t二村沿河片区\t街道公共服务办\t社区工作站\t18\n"
    )
    assert _owners(text) == [
        ("1", ["街道城建办"], ["社区工作站"]),
        ("2", ["街道综合执法队", "街道安监办"], ["社区股份合作公司"]),
        ("3", ["街道公共服务办"], ["社区工作站"]),
    ]


def test_shapes_of_blind_set_h() -> None:
    """Blind excerpt set H (session 15): a dash before the owners (`建筑施工领域——县住建局牵头，…参与`,
    `地区生产总值增速（10分）——市发展改革委、市统计局`), `2.6.1 县水利局：负责…`, `（三）各街道办事处负责的工作`,
    `以下3项由区科技局负责：`. All failed when written."""
    dash = (
        "安全生产大排查方案\n（一）建筑施工领域——县住建局牵头，县应急管理局参与\n"
        "（二）道路交通领域——县公安局交警大队牵头，县交通运输局参与\n"
    )
    assert _owners(dash) == [
        ("一", ["县住建局"], ["县应急管理局"]),
        ("二", ["县公安局交警大队"], ["县交通运输局"]),
    ]
    indicators = (
        "绩效考核指标责任分解\n（一）经济发展类（40分）\n1.地区生产总值增速（10分）——市发展改革委、市统计局\n"
        "2.实际利用外资（6分）——市商务局\n"
    )
    assert [lead for _, lead, _ in _owners(indicators)] == [["市发展改革委", "市统计局"], ["市商务局"]]
    dotted = (
        "县防汛抗旱应急预案\n2.6 成员单位职责\n2.6.1 县水利局：负责水利工程防汛调度，指导水库安全度汛。\n"
        "2.6.2 县应急管理局：负责组织协调抢险救灾工作。\n"
    )
    assert [lead for _, lead, _ in _owners(dotted)] == [["县水利局"], ["县应急管理局"]]
    parts = (
        "城市管理重点工作\n（一）区城管局牵头的工作\n1.推进生活垃圾分类。\n（二）各街道办事处负责的工作\n2.落实属地管理责任。\n"
        "（三）科技创新\n以下2项由区科技局负责：\n3.新增高新技术企业20家。\n4.建设众创空间2个。\n5.举办消费季活动。由区商务局牵头。\n"
    )
    assert [lead for _, lead, _ in _owners(parts)] == [
        ["区城管局"],
        ["各街道办事处"],
        ["区科技局"],
        ["区科技局"],
        ["区商务局"],
    ]


def test_working_groups_with_their_lead_and_member_units() -> None:
    """Set H: `组长单位：X` / `成员单位：Y` between a working group's heading and its duties. Failed when written."""
    text = (
        "疫情防控指挥部工作方案\n二、工作组设置及职责\n（一）综合协调组\n组长单位：县政府办\n成员单位：县委办、县卫健局\n"
        "组  长：县政府办主任\n主要职责：\n1.负责指挥部日常运转。\n2.协调各工作组开展工作。\n（二）医疗救治组\n组长单位：县卫健局\n"
        "成员单位：县疾控中心、县人民医院\n主要职责：\n1.负责流行病学调查。\n2.统筹全县发热门诊医疗力量。\n"
    )
    assert _owners(text) == [
        ("一", ["县政府办"], ["县委办", "县卫健局"]),
        ("二", ["县卫健局"], ["县疾控中心", "县人民医院"]),
    ]


def test_decisions_numbered_inside_one_paragraph() -> None:
    """Set H: `会议议定：（1）…由城管办牵头，各社区居委会配合；（2）…由平安办负责；` — each point its own
    measure; a topic whose points name nobody stays one. Failed when written."""
    text = (
        "街道党工委会议纪要\n一、关于迎检工作。会议议定：（1）6月20日前完成环境集中整治，由城管办牵头，各社区居委会配合；"
        "（2）加强重点区域治安巡逻，由平安办负责；（3）做好困难群众走访慰问，由社区事务受理中心牵头，民政科配合。\n"
        "二、关于“七一”活动。会议同意活动方案：（1）开展主题党日活动；（2）走访慰问老党员。由党群工作办公室负责组织实施。\n"
    )
    assert _owners(text) == [
        ("1", ["城管办"], ["各社区居委会"]),
        ("2", ["平安办"], []),
        ("3", ["社区事务受理中心"], ["民政科"]),
        ("二", ["党群工作办公室"], []),
    ]


def test_points_opening_on_their_month() -> None:
    """Set H (and G): `1.5月底前完成…` / `1.10月底前…` is point 1, not the figure 1.5. Failed when written."""
    text = (
        "征收工作推进方案\n（一）东片区（责任单位：城东街道、区征收办）\n1.5月底前完成剩余42户入户调查。\n"
        "2.7月底前签约率达到95%以上。\n（二）公交优化（牵头单位：市交通运输局）\n1.10月底前完成公交线网优化调整。\n"
    )
    assert [(number, lead) for number, lead, _ in _owners(text)] == [
        ("1", ["城东街道", "区征收办"]),
        ("2", ["城东街道", "区征收办"]),
        ("1", ["市交通运输局"]),
    ]


def test_cards_numbered_after_their_label() -> None:
    """Set I: `督办事项一：…` / `主办单位：` / `协办单位：` cards keep their number. Failed when written."""
    text = (
        "关于抓好县委常委会会议议定事项落实的督查通知\n督办事项一：加快推进安置点配套学校建设。\n主办单位：县教育局\n"
        "协办单位：县住房和城乡建设局、县财政局\n办结时限：2022年8月25日\n督办事项二：开展烤烟收购秩序专项整治。\n"
        "主办单位：县烟草专卖局\n协办单位：县公安局\n办结时限：2022年10月31日\n"
    )
    assert _owners(text) == [
        ("一", ["县教育局"], ["县住房和城乡建设局", "县财政局"]),
        ("二", ["县烟草专卖局"], ["县公安局"]),
    ]


def test_a_bulletin_over_the_table_of_items_it_checks() -> None:
    """Set I and batch 48: a 督查通报 whose body asks the units to hurry (二、工作要求) over an annex table of
    the items: the rows are the work. Failed when written (the body's requirement read as the one measure)."""
    text = (
        "县政府常务会议确定事项落实情况的通报\n一、总体情况\n确定事项3件，已办结1件，正在办理2件（详见附件）。\n二、工作要求\n"
        "其中，由县财政局负责的第1件进展滞后，请以上责任单位加快工作节奏。\n附件\n确定事项落实情况统计表\n"
        "序号\t确定事项\t责任单位\t办理情况\n1\t研究县级预算调整方案\t县财政局\t正在办理\n"
        "2\t城区停车场建设项目前期工作\t县住建局、县自然资源局\t正在办理\n3\t汉江沿线渔船退捕后续监管\t县农业农村局\t已办结\n"
    )
    assert _owners(text) == [
        ("1", ["县财政局"], []),
        ("2", ["县住建局", "县自然资源局"], []),
        ("3", ["县农业农村局"], []),
    ]


def test_indicators_after_dashes_with_their_owners_after_a_colon() -> None:
    """Set I: `1.主要指标的责任部门。` over `——指标：州发改委，州统计局配合；` lines. Failed when written."""
    text = (
        "关于分解落实《纲要》主要目标和任务的通知\n二、责任主体及工作分工\n（一）主要指标\n1.主要指标的责任部门。\n"
        "——州直生产总值年均增长10%以上：州发改委，州统计局配合；\n——万元生产总值能耗降低20%：州经贸委、州发改委；\n"
        "——森林覆盖率达到8%：州林业局。\n2.主要指标的监测和评估。州发改委负责会同州统计局对主要指标进行年度监测。\n"
    )
    assert _owners(text) == [
        ("", ["州发改委"], ["州统计局"]),
        ("", ["州经贸委", "州发改委"], []),
        ("", ["州林业局"], []),
        ("2", ["州发改委"], ["州统计局"]),
    ]


def test_owners_stated_before_measures_outside_a_part() -> None:
    """A second review: `以下3项由区科技局负责：` right under the title, and `以下任务均由X牵头，Y配合。`
    after a part's first measure. Both failed when written."""
    top = (
        "科技创新工作方案\n以下3项由区科技局负责：\n1.新增高新技术企业20家。\n2.建设众创空间2个。\n3.引进人才50名。\n"
        "4.举办消费季活动。由区商务局牵头。\n"
    )
    assert [lead for _, lead, _ in _owners(top)] == [["区科技局"]] * 3 + [["区商务局"]]
    among = (
        "重点任务方案\n（一）重点任务\n1.推进老旧小区改造。（牵头单位：县住建局）\n以下任务均由县发改局牵头，县财政局配合。\n"
        "2.建设产业园。\n3.谋划储备项目。\n（二）保障措施\n4.加强督查考核。（牵头单位：县督查室）\n"
    )
    assert _owners(among) == [
        ("1", ["县住建局"], []),
        ("2", ["县发改局"], ["县财政局"]),
        ("3", ["县发改局"], ["县财政局"]),
        ("4", ["县督查室"], []),
    ]


def test_decisions_numbered_on_the_line_under_their_topic() -> None:
    """A second review: `一、关于迎检工作` / `会议议定：（1）…由城管办牵头…；（2）…由平安办负责。` Failed when
    written; a problem's own steps under its sentence stay one measure (the corpus's 平利 bulletin)."""
    minutes = (
        "街道党工委会议纪要\n一、关于迎检工作\n会议议定：（1）完成环境集中整治，由城管办牵头，各社区配合；"
        "（2）加强治安巡逻，由平安办负责。\n二、关于七一活动\n由党群办负责组织实施。\n"
    )
    assert _owners(minutes) == [("1", ["城管办"], ["各社区"]), ("2", ["平安办"], []), ("二", ["党群办"], [])]
    bulletin = (
        "市容环境整治情况的通报\n3、幼儿园片区：民主巷垃圾箱破损严重。\n整改措施：（1）由县环卫站负责更换破损垃圾桶。"
        "（2）由包片单位县幼儿园负责督促商户规范招牌摆放。\n4、林业局片区：西关路宣传栏破损。\n整改措施：由县林业局负责督促拆除。\n"
    )
    assert [(number, lead) for number, lead, _ in _owners(bulletin)] == [
        ("3", ["县环卫站", "县幼儿园"]),
        ("4", ["县林业局"]),
    ]


def test_a_table_in_the_body_beside_parts_that_name_an_owner() -> None:
    """Held-out batch 52: `一、专项整治安排表` over a `|` table (整治行业 | 时间安排 | 责任单位) in a plan whose
    `三、监督及考核` names its own owner: the rows are measures too. Failed when written (the table was lost)."""
    text = (
        "镇2017年度安全生产专项整治工作计划\n一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n"
        "烟花爆竹 | 1月份 | 安监站 安监所 |\n电力设施 | 3月份 | 电管所 |\n养老机构 | 4月份 | 民政所 |\n"
        "二、工作要求\n各有关责任单位要按照时间安排制定整治方案。\n三、监督及考核\n镇安委会办公室负责监督各单位开展专项整治。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        ["安监站", "安监所"],
        ["电管所"],
        ["民政所"],
        ["镇安委会办公室"],
    ]
