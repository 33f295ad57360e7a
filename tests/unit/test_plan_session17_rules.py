"""Session 17: shapes of real documents (batch 56) and of blind sets M and N that their first contact read
wrong. Each failed when written."""

from __future__ import annotations

from pathlib import Path

import docx
import docx.document

from services.plans.parser import parse_plan_file, parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_line_of_work_heading_over_its_duties() -> None:
    """`（七）卫生部门职责、任务` over 1.…: the health department's duties (a 部门 named by its line of work is
    a unit; 各部门职责 / 相关部门职责 name none)."""
    text = (
        "学校周边治安综合治理方案\n五、职责分工\n（七）卫生部门职责、任务\n1.加强对学校食堂的监督管理。\n"
        "2.依法对食堂从业人员进行定期体检。\n（八）工商部门的职责和任务\n1.加强市场监督管理。\n"
        "（九）相关部门职责\n1.配合做好有关工作。\n"
    )
    assert _owners(text) == [
        ("1", ["卫生部门"], []),
        ("2", ["卫生部门"], []),
        ("1", ["工商部门"], []),
        ("1", [], []),
    ]


def test_a_page_opening_on_a_dotted_part_over_member_duties() -> None:
    """`2.3 县减灾委员会成员单位职责` as the page's first numbered line (2. and 2.1 on an earlier page), then
    `3.1 …`: the members' duties were lost with the part they stand under."""
    text = (
        "柳河县自然灾害救助应急预案\n\n2.3 县减灾委员会成员单位职责\n\n县应急管理局：负责承担县减灾委员会办公室日常工作。\n"
        "县财政局：负责救灾资金的预算安排和拨付，会同县应急管理局做好资金使用的监督检查。\n"
        "各乡（镇）人民政府：负责本辖区灾情的收集、核查和报送。\n\n3.1 制定工作预案\n本预案是全县自然灾害救助应急工作的基本预案。\n"
    )
    assert _owners(text)[:3] == [
        ("", ["县应急管理局"], []),
        ("", ["县财政局"], ["县应急管理局"]),
        ("", ["各乡（镇）人民政府"], []),
    ]


def test_a_blank_line_under_a_duty_title_does_not_read_its_first_duty_twice() -> None:
    """`2.1.3 …成员单位职责` / blank / `县应急管理局：…`: the title took the first duty as its text and the
    duties after it were counted from the wrong line, so the first came out twice."""
    text = (
        "县突发事件总体应急预案\n2.1 领导机构\n2.1.3县应急委成员单位职责\n\n县应急管理局：负责承担日常工作。\n"
        "县财政局：负责应急资金拨付。\n\n2.2 工作机构\n县应急委办公室设在县应急管理局。\n"
    )
    assert [owner for owner in _owners(text) if owner[0] == ""] == [
        ("", ["县应急管理局"], []),
        ("", ["县财政局"], []),
    ]


def test_a_working_group_led_by_one_unit_and_made_up_of_others() -> None:
    """`由X牵头，Y、Z等单位组成`: the group's members help its lead (a name's bracketed note kept); `会同Y…组成`
    as before."""
    text = (
        "县防汛抗旱应急预案\n2.1.3 县防指工作组\n"
        "（1）综合协调组：由县应急管理局牵头，县水务局、县委宣传部等单位组成。主要职责：汇总上报汛情。\n"
        "（2）后勤保障组：由县发展和改革局（粮食局）牵头，县财政局、县商务局组成。主要职责：保障物资供应。\n"
        "（3）事故调查组：由县市场监管局牵头，会同县公安局、县卫健委组成。主要职责：开展事故调查。\n"
    )
    assert _owners(text) == [
        ("1", ["县应急管理局"], ["县水务局", "县委宣传部"]),
        ("2", ["县发展和改革局（粮食局）"], ["县财政局", "县商务局"]),
        ("3", ["县市场监管局"], ["县公安局", "县卫健委"]),
    ]


def test_two_annex_tables_one_cell_a_line_both_read() -> None:
    """附件1 (序号 | 预期目标 | 责任单位) and 附件2 (序号 | 工作任务 | 牵头单位 | 配合单位), a Word table copied
    one cell a paragraph: the second was never read, and its task cell came as two paragraphs (a title,
    then the text) with the 配合 cell of row 2 empty."""
    cells = [
        "附件1", "预期目标分解表", "序号", "预期目标", "责任单位",
        "1", "地区生产总值增长6%左右", "区发展改革委",
        "2", "工业增加值增长7%左右", "区经济信息委",
        "附件2", "重点工作任务分解表", "序号", "工作任务", "牵头单位", "配合单位",
        "1", "联动共建科学城", "推动重点实验室落地，新增高新技术企业60家以上。", "区科技局", "区发展改革委、区经济信息委",
        "2", "推进违法建筑整治", "拆除违法建筑150万平方米。", "区城市管理局（区整违办）",
        "3", "提升铁路口岸功能", "进口整车5000辆以上。", "国际物流枢纽公司", "区商务委、团结村街道",
    ]  # fmt: skip
    text = "某区人民政府办公室关于印发2022年政府工作报告目标任务分解的通知\n\n" + "\n\n".join(cells) + "\n"
    plan = parse_plan_text(text)
    assert _owners(text) == [
        ("1", ["区发展改革委"], []),
        ("2", ["区经济信息委"], []),
        ("1", ["区科技局"], ["区发展改革委", "区经济信息委"]),
        ("2", ["区城市管理局（区整违办）"], []),
        ("3", ["国际物流枢纽公司"], ["区商务委", "团结村街道"]),
    ]
    assert plan.measures[2].text.startswith("联动共建科学城\n推动重点实验室落地")


def _word_table(document: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value


def test_two_word_tables_both_read(tmp_path: Path) -> None:
    """The same two annexes as real Word tables: only the first table was read."""
    document = docx.Document()
    document.add_paragraph("某区人民政府办公室关于印发2022年政府工作报告目标任务分解的通知")
    document.add_paragraph("附件1：预期目标分解表")
    _word_table(
        document,
        [
            ("序号", "预期目标", "责任单位"),
            ("1", "地区生产总值增长6%左右", "区发展改革委"),
            ("2", "工业增加值增长7%左右", "区经济信息委"),
        ],
    )
    document.add_paragraph("附件2：重点工作任务分解表")
    _word_table(
        document,
        [
            ("序号", "工作任务", "牵头单位", "配合单位"),
            ("1", "联动共建科学城，新增高新技术企业60家以上。", "区科技局", "区发展改革委、区经济信息委"),
            ("2", "推进违法建筑整治，拆除违法建筑150万平方米。", "区城市管理局", ""),
        ],
    )
    document.save(tmp_path / "分解.docx")
    plan = parse_plan_file(tmp_path / "分解.docx")
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        ("1", ["区发展改革委"], []),
        ("2", ["区经济信息委"], []),
        ("1", ["区科技局"], ["区发展改革委", "区经济信息委"]),
        ("2", ["区城市管理局"], []),
    ]


def test_a_heading_listing_the_units_that_share_its_work() -> None:
    """`四、各县（市、区）政府、四平经开区管委会、红嘴经开区管委会` over 8.… 9.…: each names organisations, so they
    lead the points; a heading listing things (`五、道路、桥梁、管网设施`) names nobody."""
    text = (
        "某市优化营商环境任务分工方案\n四、各县（市、区）政府、四平经开区管委会、红嘴经开区管委会\n"
        "8.落实属地责任，建立包保服务机制。\n9.及时协调解决企业困难。\n五、道路、桥梁、管网设施\n10.加快建设。\n"
    )
    units = ["各县（市、区）政府", "四平经开区管委会", "红嘴经开区管委会"]
    assert _owners(text) == [("8", units, []), ("9", units, []), ("10", [], [])]


def test_a_heading_naming_each_unit_of_a_kind() -> None:
    """`（三）各苏木镇` / `五、各权属单位负责的工作` over points: each of them leads them, as a ledger writes
    各乡镇人民政府; `一、各地自查` and `二、相关部门` name no organisation."""
    text = (
        "某旗重点工作任务分工\n（一）旗农牧局\n1.完成草原生态修复治理30万亩。\n（二）各苏木镇\n"
        "2.每个苏木镇至少培育1个示范嘎查村。\n（三）各权属单位负责的工作\n3.落实企业安全生产主体责任。\n"
        "（四）各地自查\n4.对照督查内容开展自查。\n（五）相关部门\n5.配合做好有关工作。\n"
    )
    assert _owners(text) == [
        ("1", ["旗农牧局"], []),
        ("2", ["各苏木镇"], []),
        ("3", ["各权属单位"], []),
        ("4", [], []),
        ("5", [], []),
    ]


def test_parts_numbered_as_activities() -> None:
    """`活动一、…` / `任务二：…` under `三、主要活动`: parts, so `以上活动落实单位：X` after the last point (or a
    `落实单位：` line closing a part) gives the part to its owners; they were read as points of nothing."""
    text = (
        "某县创建文明县城实施方案\n三、主要活动\n活动一、开展主题宣传活动。\n1、利用广播电视广泛宣传创建意义。\n"
        "2、开展志愿服务进社区活动。\n落实单位：县委宣传部、县文明办\n活动二、开展未成年人思想道德建设活动。\n"
        "1、在全县中小学开展主题教育活动。\n落实单位：县教育局\n2、加强校园周边环境整治。\n落实单位：县公安局、县市场监管局\n"
        "任务三：开展道德模范评选活动。\n1、组织评选表彰。\n2、开展巡回宣讲。\n以上活动落实单位：县文明办、团县委\n"
    )
    assert _owners(text) == [
        ("一", ["县委宣传部", "县文明办"], []),
        ("1", ["县教育局"], []),
        ("2", ["县公安局", "县市场监管局"], []),
        ("三", ["县文明办", "团县委"], []),
    ]


def test_a_pdf_table_copied_as_text_one_cell_lines_after_another() -> None:
    """A 整改任务清单 copied from a PDF: the header's labels on one line, each row opened by its number alone,
    every cell wrapped at its column's width, a page number and the header again between rows. It was
    refused (no structure); the unit columns are told by what they hold, read from the row's end."""
    header = "序号 督察反馈问题 整改措施 责任领导 牵头单位 责任单位 整改时限"
    text = "\n".join(
        [
            "附件",
            "某县生态环境保护督察反馈问题整改任务清单",
            header,
            "1",
            "一些干部对生态环境保护",
            "工作重要性认识不足。",
            "1.将生态文明思想纳入理",
            "论学习中心组学习内容;",
            "县委常委、宣传部部长",
            "刘建军",
            "县委宣传部",
            "县生态环境分局、县委党校",
            "立行立改,长期坚持",
            "2",
            "县城周边部分企业无组织",
            "排放问题突出。",
            "1.开展涉气企业深度治理;",
            "县政府副县长 王海峰",
            "县生态环境分局",
            "县发改局、县工信局、",
            "各乡镇人民政府",
            "2023年12月底前",
            "— 7 —",
            header,
            "3",
            "城镇生活污水收集管网建",
            "设滞后。",
            "1.实施雨污分流改造工程。",
            "县政府副县长 赵 明",
            "县水利局、县住建局",
            "各乡镇人民政府",
            "2024年6月底前",
        ]
    )
    plan = parse_plan_text(text)
    assert _owners(text) == [
        ("1", ["县委宣传部"], ["县生态环境分局", "县委党校"]),
        ("2", ["县生态环境分局"], ["县发改局", "县工信局", "各乡镇人民政府"]),
        ("3", ["县水利局", "县住建局"], ["各乡镇人民政府"]),
    ]
    first = plan.measures[0].text
    assert "工作重要性认识不足。" in first and "论学习中心组学习内容;" in first and "刘建军" in first
    assert [str(d.due) for d in plan.measures[2].deadlines] == ["2024-06-30"]


def test_problems_in_square_brackets_over_their_mending() -> None:
    """`【问题1】…` / `整改措施：` / ①②③ / `牵头单位：X；责任单位：Y` after the last point: the problem is the
    measure (as `问题1：` was); ① points with their own `（X负责）` are measures."""
    text = (
        "某区巡察反馈问题整改清单\n【问题1】村级集体经济合同管理不规范。\n整改措施：\n①全面清理村级集体经济合同；\n"
        "②建立合同备案审查制度。\n牵头单位：区农业农村局；责任单位：营田镇、河市镇\n整改时限：2023年6月30日前\n"
        "【问题2】部分小区违章搭建问题突出。\n整改措施：\n①完成存量违建拆除。（区住建局负责）\n"
        "②建立违建巡查快速处置机制。（区城管执法局负责）\n"
    )
    assert _owners(text) == [
        ("1", ["区农业农村局"], ["营田镇", "河市镇"]),
        ("1", ["区住建局"], []),
        ("2", ["区城管执法局"], []),
    ]


def test_a_space_aligned_table_whose_group_name_opens_its_first_row() -> None:
    """`项目  序号  标准内容  分值  责任单位` over `一、爱国卫生组织管理  1  …  县爱卫办 县卫健局 各镇`: a group's name
    stands on its first row only, and those rows were skipped as headings (their measures lost)."""
    text = (
        "某县创建国家卫生城市目标任务分解\n责任单位中排在第一位的为牵头单位，其他为配合单位。\n"
        "项目                序号  标准内容                                  分值  责任单位\n"
        "一、爱国卫生组织管理  1    爱国卫生组织机构健全，职责明确              3     县爱卫办 县卫健局 各镇\n"
        "                     2    将爱国卫生工作纳入国民经济和社会发展规划    2     县爱卫办\n"
        "二、健康教育和健康促进 3    健康教育网络健全，开展健康促进学校建设      4     县卫健局 县教育局\n"
        "                     4    公共场所禁止吸烟，开展无烟单位创建          3     县卫健局 县市场监管局\n"
    )
    assert _owners(text) == [
        ("1", ["县爱卫办"], ["县卫健局", "各镇"]),
        ("2", ["县爱卫办"], []),
        ("3", ["县卫健局"], ["县教育局"]),
        ("4", ["县卫健局"], ["县市场监管局"]),
    ]


def test_minutes_whose_decisions_follow_a_line_ending_as_listed() -> None:
    """`会议听取了…，明确如下：` over unnumbered paragraphs: each that names its owner is a decision (`关于X，由Y负责`,
    `运营招标方案由X牵头制定，Y、Z参与`); the paragraphs were refused as no structure."""
    text = (
        "区历史文化街区保护建设指挥部联席会议纪要\n\n会议听取了相关单位关于方案设计、政策处理等情况的汇报，明确如下：\n\n"
        "关于政策处理，由永中街道负责，区征收中心配合，9月底前完成房屋征收签约。\n\n"
        "运营招标方案由区文广旅体局牵头制定，区商务局、永中街道参与，10月底前完成运营单位招引。\n\n"
        "总指挥强调，要紧盯节点再推进。\n"
    )
    assert _owners(text) == [
        ("", ["永中街道"], ["区征收中心"]),
        ("", ["区文广旅体局"], ["区商务局", "永中街道"]),
    ]


def test_members_numbered_in_arabic_brackets_run_into_one_line() -> None:
    """`[接上页] (9)市农委:负责…。 (10)市国资委:负责…。 (11)市公安局:…`: a 预案's page of members run into one
    line. (（一）…（二）… split already; Arabic numbers did not, and the line read as one measure of 市农委.)"""
    text = (
        "某市雨雪冰冻灾害应急预案\n[接上页] (9)市农委:负责评估农业因灾损失情况。 "
        "(10)市国资委:负责组织市属国有企业做好应急物资生产。 (11)市公安局:负责维护灾区社会治安。\n"
    )
    assert _owners(text) == [("9", ["市农委"], []), ("10", ["市国资委"], []), ("11", ["市公安局"], [])]


def test_working_groups_named_by_their_work_own_their_duties() -> None:
    """`3.抢险救助组:负责…` / `4.医疗救护与卫生防疫组:负责…`: a 预案's groups named by their work own their
    duties as `8.后勤保障组:` did; the ones named by other words got no owner."""
    text = (
        "某市突发性地质灾害应急预案\n3.抢险救助组:负责抢救受害人员、寻找失踪人员。\n"
        "4.医疗救护与卫生防疫组:负责组织急救队伍救护伤员。\n5.天气预报组:负责天气、雨情、水情的分析及预测预报。\n"
        "6.后勤保障组:负责应急资金、救济物资的保障。\n"
    )
    assert _owners(text) == [
        ("3", ["抢险救助组"], []),
        ("4", ["医疗救护与卫生防疫组"], []),
        ("5", ["天气预报组"], []),
        ("6", ["后勤保障组"], []),
    ]


def test_a_clause_labelled_only_with_fu_ze() -> None:
    """`（负责：院办、绩效办）`: 负责 as the clause's label; the first unit read as `负责：院办`."""
    text = "某医院改善医疗服务行动方案\n一、强化考核激励\n1.将改善医疗服务工作纳入科室月度绩效考核。（负责：院办、绩效办）\n"
    assert _owners(text) == [("1", ["院办", "绩效办"], [])]


def test_minutes_attendance_names_nobody_and_a_decision_asks_with_hui_tong() -> None:
    """`列席：…新下陆街道、东方山街道负责同志` under the last decision gave it those two as leads (负责同志 is who
    came); `会议议定：请区教育局会同区卫健局开展…` names its lead and helper after the decision's colon."""
    text = (
        "区长办公会议纪要\n现将会议议定事项纪要如下：\n一、关于老下陆片区雨污分流改造问题\n"
        "会议议定：请区住建局牵头，新下陆街道配合，于7月底前完成施工图设计。\n二、关于中小学校食堂食品安全问题\n"
        "会议议定：请区教育局会同区卫健局开展一次全区中小学校食堂食品安全专项检查。\n"
        "出席：汪勇、刘明\n列席：区政府办、区住建局，新下陆街道、东方山街道负责同志\n"
    )
    assert _owners(text) == [("一", ["区住建局"], ["新下陆街道"]), ("二", ["区教育局"], ["区卫健局"])]


def test_decisions_that_name_a_lead_and_its_helpers_before_the_work() -> None:
    """`会议确定，X牵头，Y、Z配合，加快…` and `X、Y、Z按照职责分工抓好落实，…` (a 常务会议's items), `会议议定：X、Y按职责
    分工负责，…`: named nobody. `由X牵头，Y、Z按职责分工落实`: Y and Z help X."""
    text = (
        "县政府常务会议议定事项落实情况通报\n1.关于城区学位扩容项目。会议确定，县教体科技局牵头，县住建局、城关镇配合，加快第二小学改扩建工程进度。\n"
        "2.关于汉江沿线非法采砂整治。县水利局、县公安局、县自然资源局按照职责分工抓好落实，形成联合执法常态化机制。\n"
        "3.关于规范夜市经营秩序。会议议定：县市场监管局、县商务局按职责分工负责，加强夜市食品安全监管。\n"
        "4.关于水源地保护。由县水务局牵头，县自然资源局、县林业局按职责分工落实。\n"
    )
    assert _owners(text) == [
        ("1", ["县教体科技局"], ["县住建局", "城关镇"]),
        ("2", ["县水利局", "县公安局", "县自然资源局"], []),
        ("3", ["县市场监管局", "县商务局"], []),
        ("4", ["县水务局"], ["县自然资源局", "县林业局"]),
    ]
