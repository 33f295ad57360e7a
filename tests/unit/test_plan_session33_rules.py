"""Session 33: the shapes read from this session's blind sets."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from tests.unit.test_plan_session30_rules import _measures


def test_lead_in_sentences_each_closed_by_a_clause_are_measures_under_their_numbered_title():
    """The 水十条 shape every provincial and county 工作方案 copies: `1．狠抓…整治取缔“十小”企业。…（X牵头）专项整治
    重点排污行业。…（X牵头，Y参与）持续整治矿山采选行业。…（X牵头）`, one paragraph. Each lead-in and its clause is a
    measure of its own (as printed one a line), the numbered title the heading over them. A lead-in heads a
    paragraph of work; `落实支持政策。（X负责）`, a task of a few words, is a 分工's list under one number (batch 34)."""
    text = (
        "某区水污染防治行动计划工作方案\n三、主要任务\n（一）全面控制污染物排放\n"
        "1．狠抓重点排污行业整治取缔“十小”企业。全面排查装备水平低的小型工业企业。（区环境局牵头，区经济发展局参与）"
        "专项整治重点排污行业。推进船舶修造、电子加工等行业专项治理。（区环境局牵头，区社会事业局参与）"
        "持续整治矿山采选行业。全面禁止矿产开采，严厉打击非法违法采矿。（区环境局牵头）\n"
        "2．强化城镇生活污染治理加快污水处理设施建设。加快推进污水处理厂建设。（区建设局牵头）"
        "全面加强配套管网建设。强化城中村、老旧城区和城乡结合部污水截流、收集。（区建设局牵头，区环境局参与）\n"
    )
    measures = [(item.number, item.lead_units, item.co_units) for item in _measures(text)]
    assert measures == [
        ("", ("区环境局",), ("区经济发展局",)),
        ("", ("区环境局",), ("区社会事业局",)),
        ("", ("区环境局",), ()),
        ("", ("区建设局",), ()),
        ("", ("区建设局",), ("区环境局",)),
    ]
    headings = [item.number for item in parse_plan_text(text).items if item.kind != "measure"]
    assert "1" in headings and "2" in headings


def test_two_clauses_in_a_numbered_measure_without_lead_ins_keep_it_one_measure():
    """`…（A负责）…（B负责）` in an ordinary measure, and 二是 points (read elsewhere), are no lead-in pieces."""
    text = (
        "某市工作方案\n二、重点任务\n"
        "1．加强农村公路养护。各镇要加强日常养护，做好路面保洁，及时修补坑槽，确保路况良好。（区交通委负责）"
        "落实养护资金保障，区财政按标准安排养护补助资金，专款专用。（区财政局负责）\n"
        "2．加强监督检查。定期组织检查。（区交通委负责）\n"
    )
    measures = [(item.number, item.lead_units) for item in _measures(text)]
    assert measures == [("1", ("区交通委", "区财政局")), ("2", ("区交通委",))]


def test_worded_points_each_with_their_own_owner_lines_are_measures_under_the_numbered_item():
    """A page run into one line: `7.实施环境卫生整治工程。 一是开展…。 责任单位：X、各行政村 二是加大…。 责任单位：Y`.
    Each 一是 point with its own owners is a measure (numbered in its word, as a plan numbered in words is);
    the owner list ends at the blank before the next point, not at the point's first comma."""
    text = (
        "某片区创建文明城市长效工作机制\n二、重点工作\n"
        "7.实施环境卫生专项整治工程。 一是开展环境卫生保洁工作。环境卫生干净整洁，清运及时。 "
        "责任单位：交通与建设处、农业农村处、各行政村 配合单位：某环境治理有限公司 "
        "二是加大建筑垃圾处置力度。加快对陈年建筑垃圾堆场的清理工作。 责任单位：交通与建设处、各行政村 "
        "三是加大对非法小广告的查处力度，开展小广告治理工作。 责任单位：资源生态处、各行政村\n"
    )
    measures = [(item.number, item.lead_units, item.co_units) for item in _measures(text)]
    assert measures == [
        ("一", ("交通与建设处", "农业农村处", "各行政村"), ("某环境治理有限公司",)),
        ("二", ("交通与建设处", "各行政村"), ()),
        ("三", ("资源生态处", "各行政村"), ()),
    ]


def test_a_mirrors_traditional_characters_keep_the_units_a_lead_works_with_apart():
    """`（食品藥品監管總局、國務院食品安全辦會同各省級人民政府負責）` on a mirror in traditional characters reads as its
    simplified form does: the units before 會同 lead, those after it help, each name as printed."""
    text = (
        "某年食品安全重點工作安排\n一、重點任務\n"
        "（一）加強監管。推進抽檢。（食品藥品監管總局、國務院食品安全辦會同各省級人民政府負責）\n"
        "（二）加強監管。推進抽檢。（市民政局牽頭，會同市財政局、市商務局組織實施）\n"
    )
    measures = [(item.lead_units, item.co_units) for item in _measures(text)]
    assert measures == [
        (("食品藥品監管總局", "國務院食品安全辦"), ("各省級人民政府",)),
        (("市民政局",), ("市財政局", "市商務局")),
    ]


def test_measures_opening_on_a_year_start_their_own_lines_in_a_run_on_page():
    """A page's text in one line: `…覆盖城乡居民。1、2010年,将未参保的…(X负责,Y配合)2、2010年,在校大学生…`. A
    measure number followed by a year opens a measure as one followed by words does."""
    text = (
        "某市深化医药卫生体制改革实施方案 一、加快推进医疗保障制度建设(一)扩大覆盖面。到2012年,制度全面覆盖城乡居民。"
        "1、2010年,将未参保的退休人员纳入城镇职工医保。(市劳动和社会保障局负责,市国资委配合)"
        "2、2010年,在校大学生纳入城镇居民医保。(市劳动和社会保障局负责,市财政局配合)"
        "3、稳固新农合的参合覆盖面。(市卫生局负责,市财政局配合)\n"
    )
    measures = [(item.number, item.lead_units) for item in _measures(text)]
    assert measures == [
        ("1", ("市劳动和社会保障局",)),
        ("2", ("市劳动和社会保障局",)),
        ("3", ("市卫生局",)),
    ]


def test_a_pages_metadata_field_is_no_member_and_the_first_member_after_the_lead_in_is():
    """An archived page: `发布机构: 某市场监督管理局` in its metadata, then `…分工明确如下：办公室：牵头…` with the first
    office run into the lead-in's colon, the others one a line. The metadata line is no duty of a 发布机构; the
    办公室 is the first member."""
    text = (
        "标题: 某局关于进一步明确处室责任分工的通知\n发布时间: 2017-04-05 09:21\n发布机构: 某市场监督管理局\n栏目: 部门文件\n"
        "各处室：经研究，对职责交叉工作具体牵头单位及分工明确如下：办公室：牵头协调十三五规划、安全生产等相关工作。\n"
        "机关党委：牵头协调文明城市创建等相关工作。\n法规处：牵头协调综治考评、平安建设等相关工作。\n"
    )
    assert [item.lead_units for item in _measures(text)] == [("办公室",), ("机关党委",), ("法规处",)]


def test_a_fire_safety_responsibility_rules_parts_name_their_units_and_each_duty_its_own():
    """A 消防安全责任制实施细则: `三、各街镇（经开区）消防工作责任` over its duties, `（一）区委、区政府各部委办局在各自职责范围内
    履行下列共同职责` over shared ones, and `（二）…履行下列分工职责` over duties that each open on their own bureau
    (`2.区发展改革委应当…`), which owns it rather than the heading's every body."""
    text = (
        "某区消防安全责任制实施细则\n二、区政府消防工作职责\n"
        "（一）将消防工作纳入国民经济和社会发展规划，保障消防工作与经济社会发展相适应，督促各部门落实消防安全责任。\n"
        "（二）建立常态化火灾隐患排查整治机制，组织实施重大火灾隐患和区域性火灾隐患整治工作，实行重大火灾隐患挂牌督办制度。\n"
        "（三）将消防经费列入本级政府预算，保障消防工作正常开展，建立与经济社会发展相适应的消防经费保障机制。\n"
        "三、各街镇（经开区）消防工作责任\n"
        "（一）建立消防安全组织，明确专人负责消防工作，制定消防安全制度，落实消防安全措施，开展消防安全检查。\n"
        "（二）根据国家和本市有关规定，结合区域经济发展和消防工作的需要，建立志愿消防队（微型消防站），开展群众性自防自救工作。\n"
        "（三）指导、支持和帮助居（村）委会开展群众性消防工作，确定消防安全管理人，制定防火安全公约，建立志愿消防队伍。\n"
        "四、区委、区政府各部委办局消防安全职责\n（一）区委、区政府各部委办局在各自职责范围内履行下列共同职责\n"
        "1.将消防安全内容纳入行业安全监管范围、规划计划和应急预案，并适时修订完善，提升行业消防安全和应急处置能力。\n"
        "2.依法审查涉及消防安全的行政许可，并对许可事项的消防安全事项进行事中事后监管，依法查处违法行为。\n"
        "（二）区委、区政府各部委办局按照职责分工依法履行下列分工职责\n"
        "1.区政府办公室按照法定程序对涉及消防安全方面的区政府重大决策和行政规范性文件进行合法性审核。\n"
        "2.区发展改革委应当将消防工作纳入国民经济和社会发展中长期规划，配合推进消防基础设施建设。\n"
        "3.区经委负责督促商贸行业的消防安全管理工作，推动社会商贸企业消防安全标准化管理建设。\n"
    )
    leads = [(item.number, item.lead_units) for item in _measures(text)]
    assert leads == [
        ("一", ("区政府",)),
        ("二", ("区政府",)),
        ("三", ("区政府",)),
        ("一", ("各街镇（经开区）",)),
        ("二", ("各街镇（经开区）",)),
        ("三", ("各街镇（经开区）",)),
        ("1", ("区委", "区政府各部委办局")),
        ("2", ("区委", "区政府各部委办局")),
        ("1", ("区政府办公室",)),
        ("2", ("区发展改革委",)),
        ("3", ("区经委",)),
    ]


def test_a_heading_that_only_names_the_field_of_work_names_no_unit():
    """Guard: `五、落实工作责任` / `三、压实安全生产责任` over their points name no unit."""
    text = (
        "某区安全生产工作方案\n一、重点任务\n（一）开展隐患排查。全面排查辖区企业。（区应急局负责）\n"
        "（二）开展专项整治。整治违法行为。（区市场监管局负责）\n"
        "二、落实工作责任\n（一）加强组织领导，各部门要高度重视。\n（二）强化督查考核，定期通报进展。\n"
        "三、压实安全生产责任\n（一）严格责任追究。\n（二）加强宣传引导。\n"
    )
    leads = {(item.number, item.lead_units) for item in _measures(text) if item.lead_units}
    assert leads == {("一", ("区应急局",)), ("二", ("区市场监管局",))}


def test_a_problem_handed_to_units_that_deal_with_it_names_them():
    """A reserve's 问题查处: `1.发现新建建筑物的，通报所在片区管理局，由其负责制止、拆除，区执法应急局配合。` — the units the
    problem is handed to (by 由其, them) answer for it; a helper after them helps."""
    text = (
        "某湖保护区保护管理长效机制\n三、问题查处\n区自然资源中心对巡查中发现的问题，要及时书面通报相关职能部门：\n"
        "1.发现保护区内乱倒垃圾、放牧的，通报所在片区管理局，由其负责清理、劝阻、查处。\n"
        "2.发现新建建筑物的，通报所在片区管理局，由其负责制止、拆除，区执法应急局配合。\n"
        "3.发现毁林的，通报区公安局、资源生态局，由其负责查处。\n"
    )
    measures = [(item.number, item.lead_units, item.co_units) for item in _measures(text)]
    assert measures == [
        ("1", ("所在片区管理局",), ()),
        ("2", ("所在片区管理局",), ("区执法应急局",)),
        ("3", ("区公安局", "资源生态局"), ()),
    ]


def test_a_plans_decimal_outline_run_into_one_line_with_points_of_its_own():
    """A 预案 stored as one line: `1 总则1.1 编制目的…2 组织指挥体系2.1 …2.2.1区减灾委职责负责…2.2.2 区减灾办职责（1）…`,
    with （一）… 1.… points further on. The outline's numbers still start their parts (the top ones, `2 组织…`, have
    no dot to be found by, so `2.1` after `1.4` follows), beside the points."""
    text = (
        "某区低温天气应急预案 1 总则1.1 编制目的按照保生活、保生产的原则，建立低温天气应急机制，提高防范应对能力。"
        "1.2 工作原则以人为本、生命至上，统一领导、分级负责。2 组织指挥体系及有关部门职责2.1 组织指挥体系区减灾委在区党工委的"
        "领导下，负责指挥全区低温天气防范应对工作。2.2 工作职责2.2.1区减灾委职责负责统筹、指挥、监督全区低温天气防范应对工作，"
        "研究决定重大措施。2.2.2 区减灾办职责负责组织协调低温天气防范应对工作，汇总上报灾情信息。"
        "2.2.3 区气象局职责负责低温天气监测预报预警，及时发布预警信息。3 应急响应3.1 响应行动（一）区减灾办响应措施"
        "1.区减灾办印发通知部署全区防范应对工作；密切关注低温天气发展趋势。2.区减灾办加强值班值守和信息报告。"
        "（二）各部门响应措施1.区气象局每天16时报告天气监测信息。2.区农业农村局部署本行业防范应对工作。\n"
    )
    numbers = [item.number for item in _measures(text)]
    assert {"2.2.1", "2.2.2", "2.2.3"} <= set(numbers)
    leads = {item.number: item.lead_units for item in _measures(text)}
    assert leads["2.2.1"] == ("区减灾委",) and leads["2.2.3"] == ("区气象局",)
