"""Session 25: shapes of real documents (set AN, read after its blind figure) that the reader read wrong.
Each failed when written unless its docstring says it guards."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


# A township's task table on a page that ran every cell together: one 责任单位 column, then the 落实情况
# column the offices fill in later (empty), the groups' headings glued between the rows.
_GLUED_ONE_COLUMN = (
    "当前位置：首页 部门文件 某片区管理局关于印发2024年度消防工作任务分解表的通知 各处室（中心），各村（居）："
    "现将任务分解表印发给你们，请认真抓好贯彻落实。 某片区管理局 2024年3月1日 附件 2024年某片区消防工作任务分解表 "
    "序号重点工作任务责任单位工作落实情况一、健全消防安全责任1传达学习全区消防工作会议精神，研究贯彻落实措施。"
    "各处室（中心）各行政村（社区） 2健全消防安全工作领导组织机构，将消防工作纳入村居年度考评。政法综治处各行政村（社区） "
    "二、实施全链条消防治理3督促高层建筑、养老院、学校等场所落实消防安全主体责任，配备2名消防管理人员。"
    "政法综治处交通与建设处社会事业处 4加强渔船和鲍鱼笼堆垛消防安全管理，规范堆放。农业农村处各行政村 "
    "5推进村居委会微型消防站建设，打通基层防控最后一公里。各处室（中心）东庠办事处 来源：某片区管理局"
)


def test_a_glued_table_with_one_unit_column_and_an_empty_column_after_it_reads_its_rows() -> None:
    """`序号重点工作任务责任单位工作落实情况一、…1…。各处室（中心）各行政村（社区） 2…`: every row's units after
    its last full stop, glued one to the next (政法综治处交通与建设处), each a lead (one 责任单位 column); a
    group's heading between two rows is no row's; `2名` in a task is no row's number."""
    assert _owners(_GLUED_ONE_COLUMN) == [
        ("1", ["各处室（中心）", "各行政村（社区）"], []),
        ("2", ["政法综治处", "各行政村（社区）"], []),
        ("3", ["政法综治处", "交通与建设处", "社会事业处"], []),
        ("4", ["农业农村处", "各行政村"], []),
        ("5", ["各处室（中心）", "东庠办事处"], []),
    ]


# The same with the deadline's column before the units, the header printed again at a page break, and one
# row whose merged number holds sub-rows each repeating the unit.
_GLUED_TIMED = (
    "某片区管理局关于印发消防宣传教育培训攻坚行动任务分解表的通知 各处室（中心），各村（居）：现将任务分解表印发给你们。"
    " 消防宣传教育培训攻坚行动任务分解表 序号工作任务工作举措完成时限责任单位1加强组织领导每季度总结、汇报工作情况，"
    "相关材料及时报送区消安委办。每季度（9月18日、12月18日）政法综治处2运用微信小程序组织学习培训，开展辖区小规模企业"
    "宣传工作。长期各村（居）3成立片区消防宣讲站落实场地、制度、人员配备等规范性建设。8月20日政法综治处"
    "序号工作任务工作举措完成时限责任单位4组建宣讲队建立一支不少于3人的宣讲站队伍，宣讲队数量以能满足培训全覆盖为目的。"
    "长期政法综治处各村（居）5督促落实宣导员工作职责每周开展进村入户宣传不少于3天。长期各村（居）督促个体工商户"
    "建立消防安全宣传教育培训台账；长期各村（居）6营造浓厚氛围设置消防安全宣传海报。长期各处室"
)


def test_a_glued_table_with_a_deadline_before_its_units_keeps_the_deadline_out_of_the_names() -> None:
    """`…报送区消安委办。每季度（9月18日、12月18日）政法综治处2…` / `…。长期各村（居）3…` / `…。8月20日政法综治处`:
    the 完成时限 cell stands between the task and the units; the header again at a page break is no row's; a
    unit repeated by a merged row's sub-rows is named once."""
    assert _owners(_GLUED_TIMED) == [
        ("1", ["政法综治处"], []),
        ("2", ["各村（居）"], []),
        ("3", ["政法综治处"], []),
        ("4", ["政法综治处", "各村（居）"], []),
        ("5", ["各村（居）"], []),
        ("6", ["各处室"], []),
    ]


def test_a_glued_table_with_a_leaders_column_keeps_a_sentences_words_out_of_its_names() -> None:
    """Guard: in a table with a leader's column before the units, `社区` inside a task's sentence
    (`提升康复辅具社区租赁服务点`) starts no unit's name — the township endings serve one-column tables only."""
    text = (
        "某区2021年民生实事项目表\n"
        "序号项目名称主要内容区政府分管领导牵头单位配合单位1稳定扩大就业城镇新增就业8000人。何某某人社局各街道"
        "2优化养老服务为全区老年人提供居家上门服务。提升康复辅具社区租赁服务点建设水平。张某某民政局各街道"
        "3改善人居环境完成老旧小区改造10个。李某某住建局各街道\n"
    )
    owners = _owners(text)
    assert ("2", ["民政局"], ["各街道"]) in owners
    assert all("社区" not in unit for _, leads, cos in owners for unit in [*leads, *cos])


def test_the_scorer_pairs_by_alignment_so_one_missed_number_loses_one_measure() -> None:
    """The held-out scorer: a part's `一` the reader missed must not pair the next part's `一` and leave the
    measures between them unpaired (it did, pairing greedily)."""
    from types import SimpleNamespace

    from tests.unit.plan_corpus import _match

    def item(number: str, lead: str) -> SimpleNamespace:
        return SimpleNamespace(number=number, lead_units=(lead,), co_units=())

    pairs = (("一", "甲"), ("二", "乙"), ("一", "丙"), ("二", "丁"), ("一", "戊"), ("二", "己"))
    want = [{"number": number, "lead_units": [unit], "co_units": []} for number, unit in pairs]
    read = [item(number, unit) for number, unit in pairs if unit != "丙"]  # the second part's 一 missed
    paired = [got.lead_units[0] if got else None for got in _match(want, read)]
    assert paired == ["甲", "乙", None, "丁", "戊", "己"]


def _cells(*cells: str) -> str:
    return "\n\n".join(cells)


def test_a_table_one_cell_a_paragraph_with_its_category_before_the_number_keeps_it_out_of_the_units() -> None:
    """`改革领域` / `序号` / `改革事项` / `落实推进单位`, each row opening on its category (`获取经营场所`, which
    ends like an organisation): the category is the row's, not the unit cell of the row above."""
    text = _cells(
        "某区2024年营商环境建设任务分工表",
        "改革领域", "序号", "改革事项", "落实推进单位",
        "市场准入", "1", "推进各类市场主体使用企业登记在线系统办理登记注册。", "区市场监管局",
        "市场准入", "2", "实施公共开放空间小型餐饮备案。", "各街道、镇",
        "获取经营场所", "3", "扩大住所标准化登记覆盖范围。", "区市场监管局",
        "获取经营场所", "4", "深化区级审批审查中心实体化建设。", "区建设管理委",
    )  # fmt: skip
    assert _owners(text) == [
        ("1", ["区市场监管局"], []),
        ("2", ["各街道、镇"], []),
        ("3", ["区市场监管局"], []),
        ("4", ["区建设管理委"], []),
    ]


def test_a_table_of_areas_and_their_units_reads_the_area_as_the_work() -> None:
    """`序号` / `创建领域` / `责任单位` over `1` / `知识产权保护` / `区市场监管局`: with no task column the 领域 is
    the row's work, not a cell fitted into the unit column."""
    text = _cells(
        "某区创建营商环境一区域一品牌责任分工表",
        "序号", "创建领域", "责任单位",
        "1", "知识产权保护", "区市场监管局",
        "2", "融资对接", "区金融办",
        "3", "商事纠纷解决", "区法院",
    )  # fmt: skip
    assert _owners(text) == [("1", ["区市场监管局"], []), ("2", ["区金融办"], []), ("3", ["区法院"], [])]


# A township's focus areas on one run-on line: each area's three fields run together with no separator —
# 牵头领导:<a person>牵头处室:<offices>责任处室（单位）:<offices and bodies> — and the next number glued after
# the last unit's name.
_THREE_FIELDS = (
    "某片区安全隐患大排查大整治工作方案\n"
    "一、总体要求\n全面排查整治各类安全隐患。\n"
    "二、突出排查整治重点（一）医疗、检测场所。主要包括各类医院、检测等待区域等。牵头领导:周某某牵头处室:社会事业处、"
    "交通与建设处责任处室（单位）:资源生态处、政法综治处，辖区各执法大队（二）人员密集场所。包括各类学校、商贸场所。"
    "1.养老机构及各类学校。牵头领导:周某某牵头处室:社会事业处责任处室（单位）:各村居2.商贸场所及商贸企业。"
    "牵头领导:林某牵头处室:经济发展处责任处室（单位）:辖区各市场监管分局，各村居（三）自然灾害。包括台风、山洪等。"
    "1.台风、山洪及森林火灾牵头领导:周某某牵头处室:政法综治处责任处室（单位）:各村居2.地质灾害隐患点牵头领导:林某某"
    "牵头处室:资源生态处责任处室（单位）:各村居\n"
)


def test_three_fields_run_together_give_the_offices_after_the_leader_and_the_next_number_its_own_measure() -> (
    None
):
    """`牵头领导:周某某牵头处室:X责任处室（单位）:Y，Z（二）…` / `…各村居2.…`: the leader's field names no unit, the
    label glued to the leader's name still opens the lead's field, `（单位）` is the label's note, and a
    number glued after the clause's last name starts the next measure."""
    assert [owners for owners in _owners(_THREE_FIELDS) if owners[1]] == [
        ("一", ["社会事业处", "交通与建设处"], ["资源生态处", "政法综治处", "辖区各执法大队"]),
        ("1", ["社会事业处"], ["各村居"]),
        ("2", ["经济发展处"], ["辖区各市场监管分局", "各村居"]),
        ("1", ["政法综治处"], ["各村居"]),
        ("2", ["资源生态处"], ["各村居"]),
    ]


# A township plan on one run-on line: each heading's points numbered in words, each naming who does it.
_OWNED_POINTS = (
    "某片区乡村消防安全工作方案 为推进乡村消防安全工作，制定本方案。一、工作目标 全面提升乡村消防安全水平。"
    "二、主要任务（一）推进乡村消防基础建设。一是由政法综治处具体负责，资源生态处提供技术指导，组织将消防基础建设内容"
    "纳入村庄规划。二是由农业农村处具体负责，有计划地改造耐火等级低的村庄建筑。（二）规范消防安全网格化管理。"
    "一是由政法综治处具体负责，调整充实网格管理队伍。二是由党群工作处和社会事业处按职责分工负责，摸排宗教场所底数。"
    "（三）深化消防安全宣传教育。由政法综治处牵头，组织开展消防宣传进村入户活动。"
)


def test_points_numbered_in_words_each_naming_its_owner_are_the_measures_under_their_heading() -> None:
    """`（一）标题。一是由X具体负责，…。二是由Y具体负责，…。` run into one line: each point names who does it, so
    each is a measure under its heading (not one measure naming everyone)."""
    assert _owners(_OWNED_POINTS) == [
        ("一", ["政法综治处"], []),
        ("二", ["农业农村处"], []),
        ("一", ["政法综治处"], []),
        ("二", ["党群工作处", "社会事业处"], []),
        ("三", ["政法综治处"], []),
    ]


def test_points_that_share_one_clause_stay_their_headings_text() -> None:
    """Guard: `一是…。二是…。（责任单位：X）` — the points name no owner of their own; the heading is the measure."""
    text = (
        "某片区工作方案\n一、主要任务\n（一）推进乡村消防基础建设。一是完善村庄规划消防内容。二是改造耐火等级低的村庄建筑。"
        "（责任单位：政法综治处）\n（二）规范网格化管理。调整充实网格管理队伍。（责任单位：党群工作处）\n"
    )
    assert _owners(text) == [("一", ["政法综治处"], []), ("二", ["党群工作处"], [])]


_DUTY_ITEMS = (
    "某区殡葬专项整治工作方案\n一、目标任务\n集中开展殡葬违规行为专项整治。\n二、责任分工\n"
    "（一）区公安局负责做好专项整治行动维稳工作。\n（二）区社会事业局要严格履行主管部门职责，加强殡葬改革组织协调。\n"
    "（三）区林业局要依法查处毁林造墓违法行为。\n（四）各片区管理局推动社区殡葬服务站点建设。\n"
    "（五）区党群工作部 按照编制标准核定殡管站人员。\n（六）区旅游文体局配合民政部门做好殡葬宣传工作。\n"
    "（七）各乡镇要严格落实属地管理责任。\n"
)


def test_a_run_of_items_that_open_on_their_organisation_is_a_duty_list_whatever_the_verb() -> None:
    """`（二）区社会事业局要…` / `（四）各片区管理局推动…` / `（五）区党群工作部 按照…` / `（六）区旅游文体局配合…`: one
    such item says little, but siblings that almost all open on the organisation doing the work are a duty list,
    and each item's opening organisation is its owner (noted for the clerk to check)."""
    assert _owners(_DUTY_ITEMS) == [
        ("一", ["区公安局"], []),
        ("二", ["区社会事业局"], []),
        ("三", ["区林业局"], []),
        ("四", ["各片区管理局"], []),
        ("五", ["区党群工作部"], []),
        ("六", ["区旅游文体局"], []),
        ("七", ["各乡镇"], []),
    ]
    noted = [m for m in parse_plan_text(_DUTY_ITEMS).measures if any("主语" in d for d in m.doubts)]
    assert [m.number for m in noted] == ["二", "三", "四", "五", "六", "七"]


def test_a_notices_requests_to_named_bodies_stay_without_owners() -> None:
    """Guard: `一、各责任单位要高度重视…` / `二、区绩效考评机构要将…纳入考核` — a notice's two requests, no duty list;
    and a task whose sentence merely mentions a bureau keeps no owner."""
    text = (
        "某区关于印发年度目标任务责任分解方案的通知\n"
        "一、各责任单位要高度重视，切实加强领导，对照目标任务制订工作方案。\n"
        "二、区绩效考评机构要将目标任务纳入绩效管理考核范围。\n"
        "三、从第一季度开始，各责任单位要按季度报送进展情况。\n"
    )
    owners = _owners(text)
    assert all(not leads for _, leads, _ in owners)


def test_requests_to_every_unit_are_no_duty_list() -> None:
    """Guard: three requests `各责任单位要…` / `各成员单位要…` / `各单位要…` open on no one organisation."""
    text = (
        "某区关于做好年度重点工作的通知\n一、各责任单位要高度重视，制订工作方案。\n二、各成员单位要按季度报送进展。\n"
        "三、各单位要加强督查，确保按时完成。\n"
    )
    assert all(not leads for _, leads, _ in _owners(text))


def test_a_glued_one_column_table_reads_a_townships_stations_and_dates_in_its_tasks() -> None:
    """(review) `…各社区2…派出所市场监管所3…` — a township's 所 / 队 / 站 / 办公室 end a name; `督促各行政村4月底前…`
    is a date in the task, not row 4; a row closing on bare `各村` or on `各相关单位` ends before the next number."""
    text = (
        "某镇2025年安全生产工作任务分解表\n"
        "序号重点工作任务责任单位工作落实情况1开展电动自行车违规充电专项整治，督促住宅小区落实管理责任。综合执法队派出所各社区"
        "2开展小场所消防安全检查，督促各行政村4月底前完成隐患整改。派出所市场监管所3落实森林防火巡查值守，严管野外用火。"
        "农业服务中心林业站各村4加强安全宣传，在重要节点开展集中宣传活动。党政办公室各相关单位5开展燃气安全检查。平安办\n"
    )
    assert _owners(text) == [
        ("1", ["综合执法队", "派出所", "各社区"], []),
        ("2", ["派出所", "市场监管所"], []),
        ("3", ["农业服务中心", "林业站", "各村"], []),
        ("4", ["党政办公室", "各相关单位"], []),
        ("5", ["平安办"], []),
    ]


def test_a_glued_deadline_with_its_month_end_stays_out_of_the_first_name() -> None:
    """(review) `…。2025年6月底前应急办各村（居）2…`: the whole deadline (底前 too) is the 完成时限 cell's."""
    text = (
        "某镇防汛工作任务分解表\n序号工作任务工作举措完成时限责任单位1修订防汛预案组织各村（居）修订应急预案。"
        "2025年6月底前应急办各村（居）2开展汛前排查全面排查山塘水库和危旧房屋。5月20日前农业农村办建管办"
        "3储备防汛物资按标准储备救生衣等物资。长期应急办\n"
    )
    assert _owners(text) == [
        ("1", ["应急办", "各村（居）"], []),
        ("2", ["农业农村办", "建管办"], []),
        ("3", ["应急办"], []),
    ]


def test_every_place_of_a_kind_keeps_its_bracket_and_a_point_its_owner_without_its_number() -> None:
    """(review) `4.各村（居）：负责…` names 各村（居）, not 各村; `一是资源生态处负责…` names 资源生态处, not 一是资源生态处."""
    members = (
        "某片区禁毒工作职责分工\n1.政法综治处：负责统筹协调禁毒工作。\n2.派出所：负责打击涉毒违法犯罪活动。\n"
        "3.各村（居）：负责排查辖区涉毒人员。\n"
    )
    assert _owners(members)[2] == ("3", ["各村（居）"], [])
    points = (
        "某片区防汛工作方案\n（一）做好汛前准备。一是资源生态处负责排查地质灾害隐患点。二是交通与建设处负责排查在建工地。\n"
        "（二）落实人员转移。各村（居）负责做好群众转移安置工作。\n"
    )
    assert _owners(points)[:2] == [("一", ["资源生态处"], []), ("二", ["交通与建设处"], [])]


def test_a_plans_events_and_who_leads_each_response_are_measures_under_their_heading() -> None:
    """`2.2 区级应对牵头单位` / a paragraph naming nobody / `（1）生产经营性火灾事故：区消防救援局牵头。` / `（2）危险化学品
    事故：区应急局（经营、储存）、区公安分局（道路运输）分别牵头。`: each event's line names who leads it (the
    brackets its scope, no part of the name), so the lines are the measures, not the heading's text."""
    text = (
        "某区生产安全事故专项应急预案\n2 组织指挥体系\n2.2 区级应对牵头单位\n"
        "各负有安全生产监督管理职责的部门是本区域生产安全事故的应对牵头单位。\n"
        "（1）生产经营性火灾事故：区消防救援局牵头。\n"
        "（2）危险化学品事故：区应急局（经营、储存、使用）、区公安分局（道路运输）分别牵头。\n"
        "（3）特种设备安全事故：区市场监管局牵头。\n"
    )
    assert _owners(text) == [
        ("1", ["区消防救援局"], []),
        ("2", ["区应急局", "区公安分局"], []),
        ("3", ["区市场监管局"], []),
    ]


def test_a_notices_requests_to_every_body_of_a_kind_are_no_duty_list() -> None:
    """Guard (second review): `二、各乡镇要…` / `三、县直各部门要…` / `四、各村（社区）要…`: a notice's requests to all its
    addressees make no duty list, however many open so; only organisations named one by one make one. Since
    session 30 a point that asks every body of a kind by name (各乡镇, 各村（社区）) is theirs, flagged for review;
    a request to every department or unit still names no one."""
    text = (
        "关于做好春节期间安全生产工作的通知\n各乡镇人民政府，县直各单位：\n现就有关事项通知如下：\n"
        "一、各单位要高度重视，切实加强组织领导。\n二、各乡镇要组织开展一次拉网式隐患排查。\n"
        "三、县直各部门要督促本行业企业落实主体责任。\n四、各村（社区）要加强对独居老人家庭的安全提醒。\n"
        "五、相关部门要严格落实值班值守制度。\n"
    )
    assert _owners(text) == [
        ("一", [], []),
        ("二", ["各乡镇"], []),
        ("三", [], []),
        ("四", ["各村（社区）"], []),
        ("五", [], []),
    ]


def test_words_that_end_like_an_office_and_a_units_head_make_no_duty_list() -> None:
    """Guard (second review): `产业布局要…` / `门户网站要…` / `城乡结合处要…` end like an office and are none;
    `各镇街负责人要…` speaks of a unit's head; `城东垃圾中转站在年底前建成` is a facility being built."""
    points = (
        "县发改局工作要点\n（一）产业布局要进一步优化。\n（二）县工业园区管委会负责加快标准化厂房建设。\n"
        "（三）城乡发展格局要统筹谋划。\n（四）县招商服务中心负责开展精准招商。\n（五）区政府门户网站要优化栏目。\n"
    )
    assert [leads for _, leads, _ in _owners(points)] == [
        [],
        ["县工业园区管委会"],
        [],
        ["县招商服务中心"],
        [],
    ]
    heads = (
        "区防指关于压实防汛责任的通知\n一、区水务局负责人要24小时在岗。\n二、区应急局负责人要带队检查。\n"
        "三、区城管局负责人要组织巡查。\n"
    )
    assert all(not leads for _, leads, _ in _owners(heads))
    works = (
        "区民生实事项目安排\n1.区人民医院新院区要在6月底前封顶。\n2.镇污水处理站要在9月底前通水运行。\n"
        "3.区体育中心将于10月底前开放。\n4.城东垃圾中转站在年底前建成投用。\n"
    )
    assert all(not leads for _, leads, _ in _owners(works))


def test_a_glued_two_column_table_finds_rows_whose_task_opens_on_a_day_word() -> None:
    """Guard (second review): `…各街道2天然气管道沿线排查…区城管局3周边学校…4日常巡查…`: 天然气 / 周边 / 日常 open a
    task, no figure of days; `2天内` in a task is one."""
    text = (
        "区燃气安全专项整治任务分解表\n序号工作任务牵头单位配合单位1开展餐饮场所燃气安全检查，督促安装报警器。区市场监管局各街道"
        "2天然气管道沿线第三方施工排查，建立通报机制。区住建局区城管局3周边学校、医院等场所燃气隐患排查整治。区应急局区教育局"
        "4日常巡查发现问题及时移交处置，督促2天内整改到位。区城管局各街道\n"
    )
    assert _owners(text) == [
        ("1", ["区市场监管局"], ["各街道"]),
        ("2", ["区住建局"], ["区城管局"]),
        ("3", ["区应急局"], ["区教育局"]),
        ("4", ["区城管局"], ["各街道"]),
    ]
