"""Session 31: what the reader says for the clerk to check, and the shapes read this session."""

from __future__ import annotations

from services.plans.parser.text import split_units
from tests.unit.test_plan_session30_rules import _TABLE, _measures


def test_a_row_that_takes_the_helpers_from_above_says_so():
    """A row whose unit cells are all merged from the row above takes its lead and its helpers; the review is
    told both, not only the lead, so the clerk checks the helpers too."""
    rows = {item.number: item for item in _measures(_TABLE)}
    (doubt,) = [d for d in rows["3"].doubts if "沿用上一行" in d]
    assert "设施运行处" in doubt and "市道运中心" in doubt


def test_an_article_naming_a_units_duties_gives_them_to_the_unit():
    """A 管理办法's duty chapter: `第四条 县自然资源局的职责` over （一）… （二）…: each duty is the unit's, as
    `（一）县自然资源局职责` and `第六条 乡镇人民政府职责：` already were."""
    text = (
        "某县农村村民建房管理办法\n第一章 总则\n第一条 为规范农村村民建房管理，制定本办法。\n第二章 职责\n"
        "第四条 县自然资源局的职责\n（一）负责对村庄规划进行审批；\n（二）负责核发乡村建设规划许可证。\n"
        "第五条 县住建局的职责\n（一）对村民建房进行质量安全监管；\n（二）派专业技术人员进驻乡镇进行指导。\n"
        "第三章 附则\n第七条 本办法自发布之日起施行。\n"
    )
    assert [item.lead_units for item in _measures(text)] == [("县自然资源局",)] * 2 + [("县住建局",)] * 2


def test_a_plans_member_numbered_in_decimals_on_a_line_of_its_own_owns_its_duties():
    """A 预案's `2.2.1 镇党政办` / `负责防汛值班…`: the member's name alone on its decimal-numbered line, its duty
    under it — as `（一）镇党政办` and `1. 镇党政办` over their duties already were."""
    text = (
        "某镇防汛应急预案\n1 总则\n1.1 目的\n为做好防汛工作，制定本预案。\n2 组织机构及职责\n2.1 镇防汛指挥部\n"
        "2.2 成员单位职责\n2.2.1 镇党政办\n负责防汛值班和信息报送工作。\n2.2.2 镇农业服务中心\n"
        "负责农业生产救灾工作，指导灾后生产恢复。\n2.2.3 镇派出所\n负责灾区治安管理，协助组织群众转移。\n"
        "3 预防预警\n3.1 监测\n"
    )
    leads = {item.number: item.lead_units for item in _measures(text)}
    assert leads["2.2.1"] == ("镇党政办",)
    assert leads["2.2.2"] == ("镇农业服务中心",)
    assert leads["2.2.3"] == ("镇派出所",)


_COMMA_RULE = (
    "某市支持数字经济发展若干措施\n一、重点任务\n"
    "1.建设算力基础设施。（责任单位：市科技局、市数据局，市委网信办、市电信公司；第一个逗号前为牵头单位，"
    "多个牵头部门的按照职责分工负责，下同）\n"
    "2.培育数据市场。（责任单位：市数据局，市科技局）\n"
    "3.开放应用场景。〔责任单位：市经信局、各县（市、区）政府，市财政局、市人社局〕\n"
    "4.加强人才保障。（责任单位：市人社局、市教育局）\n"
)


def test_the_documents_rule_that_units_before_the_first_comma_lead():
    """`第一个逗号前为牵头单位，…下同`: in every clause the units before its first comma lead (a comma inside
    各县（市、区）政府 is no comma of the list), the rest help; a list with no comma is all leads."""
    owners = [(item.lead_units, item.co_units) for item in _measures(_COMMA_RULE)]
    assert owners == [
        (("市科技局", "市数据局"), ("市委网信办", "市电信公司")),
        (("市数据局",), ("市科技局",)),
        (("市经信局", "各县（市、区）政府"), ("市财政局", "市人社局")),
        (("市人社局", "市教育局"), ()),
    ]


def test_without_the_rule_a_comma_in_a_list_of_units_says_nothing_of_leads():
    text = _COMMA_RULE.replace("第一个逗号前为牵头单位，多个牵头部门的按照职责分工负责，下同", "")
    assert [item.co_units for item in _measures(text)] == [()] * 4


def test_a_department_named_by_its_line_of_work_then_its_duties_label():
    """`（九）工商部门职责：依法确认…`: the item names its department and says these are its duties — the duty
    need not open on 负责."""
    text = (
        "某市道路运输市场整治工作方案\n二、部门职责\n（九）工商部门职责：依法确认道路客运市场主体经营资格，依法取缔无照经营。\n"
        "（十）城管部门职责：负责对乱停乱放车辆的管理。\n（十一）质监部门职责：负责出租汽车计价器调校。\n"
    )
    assert [item.lead_units for item in _measures(text)] == [("工商部门",), ("城管部门",), ("质监部门",)]


def test_siblings_opening_on_departments_named_by_their_line_of_work():
    """`（五）劳动和社会保障部门要组织…` among siblings that open on `卫生部门负责…` / `财政部门负责…`: a duty list,
    and the department is the item's owner (said for the clerk to check); `有关部门要…` names no one."""
    text = (
        "某市流浪乞讨人员救助工作实施意见\n三、部门职责\n（一）卫生部门负责流浪乞讨病人的医疗救治工作。\n"
        "（二）财政部门负责将救助所需资金纳入预算予以保障。\n"
        "（三）劳动和社会保障部门要组织公共就业服务机构做好就业援助。\n（四）有关部门要加强协作配合。\n"
    )
    leads = [item.lead_units for item in _measures(text)]
    assert leads == [("卫生部门",), ("财政部门",), ("劳动和社会保障部门",), ()]


def test_a_scope_note_after_a_name_stays_whole_with_it():
    """`各区人民政府〈含开发区、长江新区、风景区管委会,下同〉` (or in （）): one party, its note's 下同 no carry-over
    and its 、 no separator of the list."""
    for note in ("〈含开发区、长江新区、风景区管委会,下同〉", "（含开发区、长江新区、风景区管委会，下同）"):
        text = f"某市支持人工智能发展若干措施\n一、加快算力建设。（责任单位：市数据局、各区人民政府{note}）\n二、培育企业。（责任单位：市经信局）\n"
        first, second = _measures(text)
        assert first.lead_units == (
            "市数据局",
            "各区人民政府" + note.replace(",下同", "").replace("，下同", ""),
        )
        assert second.lead_units == ("市经信局",)


def test_a_unit_and_the_places_concerned_are_two_parties():
    """`市建委、规划局、国土局和有关县区`: 和 joins a unit and the places concerned (有关县区 / 相关县市区), two
    parties; `区住房和城乡建设局` stays one name."""
    assert split_units("市建委、规划局、国土局和有关县区") == ["市建委", "规划局", "国土局", "有关县区"]
    assert split_units("市发改委和相关县市区") == ["市发改委", "相关县市区"]
    assert split_units("区住房和城乡建设局") == ["区住房和城乡建设局"]


def test_work_going_on_is_no_banks_branch():
    """`市城市运行和政务服务办` is one office: 运行 ends on 行 but is no bank's (人行南充市分行 still is a unit)."""
    assert split_units("市市场监管局、市城市运行和政务服务办") == ["市市场监管局", "市城市运行和政务服务办"]
    assert split_units("人行南充市分行、市财政局") == ["人行南充市分行", "市财政局"]


def test_a_lists_ending_with_its_kind_in_brackets():
    """`市慈善总会等有关部门(单位)`: the list's own ending, 等 and the kinds of body, is no part of the last name."""
    assert split_units("市红十字会、市慈善总会等有关部门(单位)") == ["市红十字会", "市慈善总会"]


def test_a_parts_opening_words_over_paragraphs_each_with_its_clause():
    """`（二）打造…社区。立足…。` (no clause) over `“一核”：…（牵头单位：X）` / `“双园”：…（…）` / `“多区”：…（…）`: the part
    is a heading and each paragraph a measure — the first one too, not joined to the part's opening words."""
    text = (
        "某市OPC培育行动计划\n三、主要任务\n（一）集聚创业人才。实施人才计划。（牵头单位：市委组织部）\n"
        "（二）打造“一核双园多区”社区。立足青年发展型城市定位，构建社区体系。\n"
        "“一核”：以科教创新区为核心承载区。（牵头单位：市科技局，责任单位：高新区）\n"
        "“双园”：鼓励创业园打造特色社区。（牵头单位：团市委，责任单位：市人社局）\n"
        "“多区”：鼓励各区镇利用各类载体。（责任单位：各区镇）\n"
        "（三）推动场景开放。定期发布场景清单。（牵头单位：市发改委）\n"
    )
    owners = [(item.title[:4], item.lead_units) for item in _measures(text)]
    assert owners == [
        ("集聚创业", ("市委组织部",)),
        ("“一核”", ("市科技局",)),
        ("“双园”", ("团市委",)),
        ("“多区”", ("各区镇",)),
        ("推动场景", ("市发改委",)),
    ]


def test_the_last_row_of_a_table_cut_short_keeps_its_units_in_their_column():
    """A table one cell a line (`cell |`), 工作任务 | 具体工作要求 | 责任单位 | 完成时限, each row writing one text cell:
    the page ends right after the last row's cells, so that row is a cell short — the blank is the text column,
    not the units (which would carry the row above's down, 沿用上一行)."""
    rows = [
        ("1", "聚焦重点工作，及时规范发布政策信息及执行效果。", "各区直部门、各镇(办)、经开区"),
        (
            "2",
            "深化信息公开，集中发布政务服务事项目录、办理指南。",
            "区数据资源局、区发改委等相关区直部门、各镇(办)",
        ),
        ("3", "推进权力配置信息公开，动态更新各部门权责清单。", "区直各部门、各镇(办)、经开区"),
    ]
    lines = [
        "|",
        "工作任务 |",
        "具体工作要求 |",
        "责任单位 |",
        "完成时限 |",
        "|",
        "|",
        "一、深入推进政策公开 |",
    ]
    for number, task, units in rows:
        lines += [f"{number} |", f"{task} |", f"{units} |", "持续推进 |", "|", "|"]
    text = "\n".join(lines[:-2])  # (the page cut after the last row's cells)
    leads = [item.lead_units for item in _measures(text)]
    assert leads == [
        ("各区直部门", "各镇(办)", "经开区"),
        ("区数据资源局", "区发改委", "各镇(办)"),
        ("区直各部门", "各镇(办)", "经开区"),
    ]


def test_a_dash_line_that_names_the_leads_and_those_they_work_with():
    """`--由省农业厅、省水利厅会同有关部门和各市(州)组织落实。` closing a task: the units after 由 lead, those after 会同
    help (as `X会同Y负责` already read)."""
    text = (
        "某省“十二五”规划纲要主要目标和任务工作分工\n"
        "（四）推进新农村建设\n加强村庄建设规划和管理，明显改善农村面貌。\n"
        "--由省农业厅、省水利厅会同有关部门和各市(州)组织落实。\n"
        "支持县（市、区）开展城乡一体化试点。\n--由省委财经办(省委农办)会同各市(州)组织落实。\n"
    )
    owners = [(item.lead_units, item.co_units) for item in _measures(text)]
    assert owners[-2][0] == ("省农业厅", "省水利厅") and "各市(州)" in owners[-2][1]
    assert owners[-1] == (("省委财经办(省委农办)",), ("各市(州)",))


def test_one_unit_helping_another_is_no_units_name():
    """`市武警支队配合市公安局加强…` opening a 预案's paragraph: no unit called 市武警支队配合市公安局 is made up; the
    paragraph after it (`市公安局、武警8742部队协助…`) still names its units."""
    text = (
        "某市地震应急预案\n6 保障措施\n6.2.7 通信保障\n市通信管理局负责组织抢修通信设施。\n6.2.8 治安保障\n"
        "市武警支队配合市公安局加强对重要目标的警戒。\n市公安局、武警8742部队协助灾区加强治安管理和安全保卫工作。\n"
    )
    (*_, last) = _measures(text)
    assert not any("配合" in unit for unit in (*last.lead_units, *last.co_units))
    assert "市公安局" in last.lead_units


def test_a_sites_links_in_a_row_are_no_bulleted_list():
    """`• 设为首页|` / `• 加入收藏|` / `• 长辈版|` at the top of a page: the site's links, the bar between them — not
    three bulleted measures that hide the page's paragraphs of duties (`发展和改革部门负责…`)."""
    text = (
        "  • 设为首页|\n  • 加入收藏|\n  • 长辈版|\n  • 无障碍浏览|\n\n生活垃圾分类“你问我答”\n\n"
        "其他相关部门和单位履行以下职责:\n\n发展和改革部门负责将生活垃圾分类工作纳入循环经济发展等规划;\n\n"
        "生态环境部门负责生活垃圾污染环境防治的监督管理等工作;\n\n住房和城乡建设部门负责督促物业服务企业开展生活垃圾分类等工作;\n"
    )
    assert [item.lead_units for item in _measures(text)] == [
        ("发展和改革部门",),
        ("生态环境部门",),
        ("住房和城乡建设部门",),
    ]


def test_siblings_opening_on_several_units_or_one_working_with_others():
    """Among a 预案's items that each open on their unit: `市经信委、市水利局、市消防局对…` names three leads, not the
    first alone; `市国土资源局会同市住建委、市水利局监测…` one lead and its helpers."""
    text = (
        "某市地震应急预案\n4.6.2 次生灾害防御\n（1）市公安局负责保持灾区社会稳定。\n"
        "（2）市经信委、市水利局、市消防局对易于发生次生灾害的设施采取紧急处置措施。\n（3）市环保局加强环境监测。\n"
        "（4）市国土资源局会同市住建委、市水利局监测地质灾害险情。\n"
    )
    owners = [(item.lead_units, item.co_units) for item in _measures(text)]
    assert owners[1] == (("市经信委", "市水利局", "市消防局"), ())
    assert owners[3] == (("市国土资源局",), ("市住建委", "市水利局"))


def test_a_plans_support_part_whose_lines_each_open_on_their_unit():
    """A 预案's `6.2.6 医疗卫生保障` over lines that each open on the unit doing it — `市卫生局对…进行监测`,
    `市发改委协调所需药品…`, `市食品药品监督局组织…`: all three lead, not the one whose verb was on the list."""
    text = (
        "某市地震应急预案\n6.2.5 城市基础设施抢险\n市规建局组织力量对被破坏的设施进行抢排险。\n6.2.6 医疗卫生保障\n"
        "市卫生局对可能发生的传染病进行监测预警;负责监测饮用水源。\n市发改委协调所需药品、医疗器械的紧急调用。\n"
        "市食品药品监督局组织、协调相关部门进行食品监督。\n"
    )
    (*_, last) = _measures(text)
    assert last.lead_units == ("市卫生局", "市发改委", "市食品药品监督局")


def test_the_first_listed_rule_holds_for_each_clause_of_a_measure():
    """`列第一位的为牵头单位`, and a measure with two clauses — `（责任单位：市发改委、市数据局）…（责任单位：市经信局）`:
    the first listed of each leads (市发改委 and 市经信局), not the first of the two merged."""
    text = (
        "某市支持人工智能OPC发展若干措施\n各项措施责任单位中列第一位的为牵头单位。\n"
        "（一）加强算力服务供给。统筹算力基础设施建设。（责任单位：市发改委、市数据局、通商控股集团）"
        "支持OPC开展自主研发，给予补助。（责任单位：市经信局）\n"
        "（二）加强模型供给。（责任单位：市科技局、市数据局）\n"
    )
    first, second = _measures(text)
    assert first.lead_units == ("市发改委", "市经信局")
    assert first.co_units == ("市数据局", "通商控股集团")
    assert second.lead_units == ("市科技局",)


def test_a_duty_to_guide_the_local_office_names_no_helper():
    """`…；指导属地住建部门协助属地政府做好撤离疏散工作` in a member's duty: the office it guides is no helper of the
    member's (a unit's name does not open on 指导)."""
    text = (
        "某市防台风应急预案\n3.2 成员单位职责\n市住建局：负责在建工程的预警与有关信息发布；指导属地住建部门协助属地政府"
        "做好危险房屋群众的撤离疏散工作。\n市水务局：负责水利工程的安全运行。\n市交通局：负责交通运输保障。\n"
    )
    first, *_ = _measures(text)
    assert first.lead_units == ("市住建局",)
    assert not any(unit.startswith("指导") for unit in first.co_units)


def test_a_duty_boundary_page_of_a_power_list_one_cell_a_line():
    """A 权责清单's `与相关部门的职责边界` page copied one cell a line: its office named twice at the top (the page's
    path), the header `相关部门` / `职责分工`, then each department over its duty — each a measure; the office
    over the page's heading is none."""
    text = "\n\n".join(
        [
            "您的当前位置: 农业局 > 与相关部门的职责边界",
            "农业局",
            "农业局",
            "与相关部门的职责边界",
            "管理事项 动物疫病防控",
            "相关部门",
            "职责分工",
            "县农业局",
            "负责组织动物疫病的监测、诊断和扑灭工作。",
            "县市场监管局",
            "负责畜禽产品市场经营环节的监督管理。",
            "县交通运输局",
            "协助做好疫区交通管制和车辆消毒工作。",
        ]
    )
    assert [item.lead_units for item in _measures(text)] == [
        ("县农业局",),
        ("县市场监管局",),
        ("县交通运输局",),
    ]


def test_the_role_a_unit_plays_before_its_name_is_no_part_of_it():
    """`整改要求:包片单位林业局负责清除。` in a 督查通报: 林业局 (包片单位, the role it plays for that street) is the owner."""
    text = (
        "7月19日市容环境综合整治情况的通报\n1、东关街店铺门前乱堆乱放。\n整改要求:由县城管局负责督促商户清理。\n"
        "2、白河路口东侧杂物堆放。\n整改要求:包片单位林业局负责清除。\n3、西关路绿化带黄土裸露。\n整改要求:由县林业局负责补植。\n"
    )
    assert [item.lead_units for item in _measures(text)] == [("县城管局",), ("林业局",), ("县林业局",)]
