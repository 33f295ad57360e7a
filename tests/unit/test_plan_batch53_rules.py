"""Shapes from held-out batch 53 (session 16; real pages of 2005–2025 found by helpers, expectations
written before any reading): samples in their shape, one family each. Each failed when written, but
the guard that a numbered task heading ending in 。 names no unit (it keeps the new heading rule narrow).

- a progress table copied one cell a line whose header has no 序号 (工作任务 / 牵头责任单位 / 进展), a row's
  progress cell holding its own `1. 印发…` points;
- a page opening inside a 预案's 成员单位职责 list, a duty that opens on what it goes by (`X：根据…，关闭…`)
  and a line the reader does not take for a duty;
- `1.农业部门。` over (1)…(10): a member named by its line of work, its points under it;
- `X牵头制定和组织实施应急预案，Y、Z等有关部门和单位参加。` in a 指挥部's paragraph.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_progress_table_one_cell_a_line_without_its_number_label() -> None:
    text = (
        "工作任务\n牵头责任单位\n一季度进展情况\n1\n地区生产总值增长6%以上。\n市发展改革委\n一季度增长7.1%。\n"
        "2\n社会消费品零售总额增长5%左右。\n市商务局\n一季度增长5.6%。\n3\n实施提振消费专项行动。\n市发展改革委\n"
        "市商务局\n1. 印发促消费若干政策举措。\n2. 印发民生实事安排方案。\n4\n发展数字消费、绿色消费。\n市商务局\n"
        "推进数字消费。\n"
    )
    assert _owners(text) == [
        ("1", ["市发展改革委"], []),
        ("2", ["市商务局"], []),
        ("3", ["市发展改革委", "市商务局"], []),
        ("4", ["市商务局"], []),
    ]


def test_a_page_opening_inside_a_duty_list_with_a_line_that_is_no_duty() -> None:
    text = (
        "市发展改革委：负责防疫基础设施建设的计划安排。\n市财政局：负责安排防控经费。\n"
        "市交通局、营口火车站：负责优先运送控制扑灭疫情人员和物资。\n"
        "市工商局：根据对疫区封锁情况，关闭疫区内的牲畜交易场所。\n"
        "营口军分区、市司法局等部门按照有关规定，协助做好紧急疫情处理工作。\n"
        "市气象局：提供疫区及周边地区气象资料。\n3.预警和预防机制\n3.1 信息监测与报告\n任何单位和个人发现疫情应立即报告。\n"
    )
    leads = [lead for _, lead, _ in _owners(text)]
    assert leads[:5] == [
        ["市发展改革委"],
        ["市财政局"],
        ["市交通局", "营口火车站"],
        ["市工商局"],
        ["市气象局"],
    ]


def test_a_letter_that_opens_on_what_it_goes_by_is_no_duty() -> None:
    """`县财政局：根据…，现将…` is a letter to the unit, not its duty."""
    from services.plans.parser.opening_owners import duty_owner

    assert duty_owner("县财政局：根据县政府常务会议精神，现将有关事项通知如下。") is None
    assert duty_owner("市工商局：根据对疫区封锁情况，关闭疫区内的牲畜交易场所。") is not None


def test_a_member_named_by_its_line_of_work_over_its_points() -> None:
    text = (
        "（二）部门职责\n1.农业部门。\n（1）做好疫情的监测、报告，开展流行病学调查。\n（2）划定疫点、疫区、受威胁区。\n"
        "（3）组织对疫区易感畜禽实施紧急免疫接种。\n2.财政部门：负责筹集、划拨紧急防疫储备金。\n"
        "3.计划部门：负责紧急防疫物资储备的计划安排。\n"
    )
    assert _owners(text) == [
        ("1", ["农业部门"], []),
        ("2", ["农业部门"], []),
        ("3", ["农业部门"], []),
        ("2", ["财政部门"], []),
        ("3", ["计划部门"], []),
    ]


def test_a_numbered_task_heading_ending_in_a_full_stop_names_no_unit() -> None:
    """`2.培育一批A级物流企业。` ends like a company's name: a task, not a unit's heading."""
    text = (
        "一、主要任务\n1.培育一批A级物流企业。\n（1）开展物流企业评估。\n（2）扶持龙头物流企业。\n"
        "（省商务厅牵头，省发展改革委配合）\n"
    )
    assert all("培育一批A级物流企业" not in lead for _, leads, _ in _owners(text) for lead in leads)


def test_a_lead_doing_the_work_and_the_units_taking_part() -> None:
    text = (
        "（十七）设立市公共场所安全事故应急指挥部，指挥公共场所发生的各类重大安全事故应急工作。"
        "市公安局牵头制定和组织实施应急预案，兰州警备区、市民政局、市交通局等有关部门和单位参加。\n"
        "（十八）设立市通信网络安全事故应急指挥部，指挥重大通讯安全事故应急工作。兰州电信局牵头制定和组织实施应急预案，"
        "市发展和改革委员会、市公安局等有关部门和各电信运营企业参加。\n"
    )
    assert _owners(text) == [
        ("十七", ["市公安局"], ["兰州警备区", "市民政局", "市交通局"]),
        ("十八", ["兰州电信局"], ["市发展和改革委员会", "市公安局", "各电信运营企业"]),
    ]


def test_members_named_by_their_line_of_work_before_a_colon() -> None:
    """Held-out batch 54 (a city's 林改 plan, page 6): `宣传部门：围绕…` / `民政、国土部门：组织、协调…` lines
    opening a page, duties on any verb, a duty's verbs listed with 、 (`国土部门：组织、协调…`, not a roster's
    names), a catch-all `其它各部门：` naming nobody. (`民政、国土部门` is left for the review screen: a clerk
    writes 民政部门, the page prints the field once.)"""
    text = (
        "林业绿化部门：承担林改办公室的具体工作，负责组织、协调、督查集体林权制度改革的日常工作。\n"
        "国土部门：组织、协调、指导县际行政区域界线的认定，负责做好村与村之间边界争议的调解与处理。\n"
        "财政部门：安排林改工作经费，监督管理林改经费的使用。\n"
        "宣传部门：围绕集体林权制度改革的精神，广泛开展新闻宣传。\n"
        "其它各部门：根据本部门的职责，协调对接好林改工作。\n"
        "（三）积极筹集改革资金。市、区两级要将集体林权制度改革经费纳入年度财政预算。\n"
    )
    owned = [lead for _, lead, _ in _owners(text) if lead]
    assert owned == [["林业绿化部门"], ["国土部门"], ["财政部门"], ["宣传部门"]]


def test_a_label_line_is_no_member_named_by_its_line_of_work() -> None:
    """`牵头责任部门：县卫生健康委员会` under an item is its clause, not a member's duty line: the progress
    paragraph after it stays the item's text. A guard (it passed before): the first version of the
    line-of-work rule took the label for a member and cut the progress paragraph off."""
    text = (
        "一、进展情况\n（一）适龄女生HPV疫苗接种\n牵头责任部门：县卫生健康委员会\n"
        "2月25日印发适龄女生HPV疫苗接种项目实施方案，已完成接种200人。\n"
        "（二）新生儿先天性心脏病筛查与诊治\n牵头责任部门：县卫生健康委员会\n截至4月28日，已完成筛查263人。\n"
    )
    measures = parse_plan_text(text).measures
    assert [m.lead_units for m in measures] == [("县卫生健康委员会",), ("县卫生健康委员会",)]
    assert "已完成接种200人" in measures[0].text


def test_a_units_name_on_its_line_over_its_numbered_duties() -> None:
    """Held-out batch 54 (a 新区's 机构职责 page): `网格服务管理中心` on a line of its own after the list before
    it ended, over 1.负责… 2.负责… numbered again; a name among a table cell's names is no such heading."""
    text = (
        "综治办\n1.负责协调新区社会治安综合治理工作。\n2.完成上级交办的其他事项。\n网格服务管理中心\n"
        "1.负责受理网格服务管理的重大事项，及时进行分流、交办。\n2.负责综合分析网格所反映的各类问题。\n"
    )
    assert [lead for _, lead, _ in _owners(text)][-2:] == [["网格服务管理中心"], ["网格服务管理中心"]]
