"""Shapes met in the fifth held-out batch of real plans (docs/plan-reading.md), as short samples.

Each sample is a family of documents, not one document: a carry-over note whatever it calls the
measures, a government named with its zone's body, a clause line broken at the page width, and task
tables as web pages and PDFs copy them — a cell written one unit a paragraph, a second line of a row
under merged cells, a header broken over cells, a row one cell short, rows numbered G1, G2, and a
space-separated table whose header ends a line of other words.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_carry_over_note_names_its_units_whatever_it_calls_the_measures() -> None:
    text = """某市稳定经济增长实施细则
一、落实财税支持政策
1.设立工业强市发展专项引导资金。（责任单位：市工信局、市财政局等有关部门，各县区人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实，不再单独列出）
2.成立“智改数转”工作专班。（责任单位：市工信局、市财政局）
"""
    assert _owners(text) == [
        ("1", ["市工信局", "市财政局", "各县区人民政府", "园区管委会"], []),
        ("2", ["市工信局", "市财政局"], ["各县区人民政府", "园区管委会"]),
    ]
    text = """某市打赢蓝天保卫战实施方案
一、升级产业结构
1.制定实施准入清单。〔市生态环境局牵头，市发展和改革局参与，各县、区人民政府（管委会）负责落实。以下各项工作均需各县、区人民政府（管委会）落实，不再列出。〕
2.排查整治“散乱污”工业企业。（市生态环境局牵头，市公安局参与）
"""
    assert _owners(text) == [
        ("1", ["市生态环境局"], ["市发展和改革局", "各县、区人民政府（管委会）"]),
        ("2", ["市生态环境局"], ["市公安局", "各县、区人民政府（管委会）"]),
    ]


def test_a_clause_line_broken_at_the_page_width_goes_on_on_the_next_line() -> None:
    text = """某区任务分解方案
一、提高基层党建工作水平
1.完善街道党工委对地区治理重大工作的领导体制机制，优
化决策程序，全面提升街道抓党建、抓治理的领导能力。
牵头单位:区委组织部
协办单位:区委编办、区民政局(区委社会工委)、园区党工
委、各街道党工委
2.以区域化党建为重点，构建基层党建工作体系。
牵头单位:区委组织部
"""
    assert _owners(text) == [
        ("1", ["区委组织部"], ["区委编办", "区民政局(区委社会工委)", "园区党工委", "各街道党工委"]),
        ("2", ["区委组织部"], []),
    ]


def test_a_table_one_cell_a_paragraph_with_cells_of_several_paragraphs() -> None:
    cells = ["序号", "民生实事", "责任单位", "完成时限"]
    cells += ["1", "启动建设东湖湿地公园。", "县水务局", "县住建局", "12月底前"]
    cells += ["2", "开工建设县老年养护楼。", "县民政局", "5月底前动工", "开工建设老年大学。", "12月底前"]
    cells += ["3", "城区再新建1个农贸市场。", "县商务局", "12月底前", "分享到:"]
    text = "2016年民生实事目标任务分解表\n\n" + "\n\n".join(cells) + "\n"
    plan = parse_plan_text(text)
    assert _owners(text) == [
        ("1", ["县水务局", "县住建局"], []),
        ("2", ["县民政局"], []),
        ("3", ["县商务局"], []),
    ]
    second = plan.measures[1]
    assert "开工建设老年大学" in second.text and "12月底前" in second.text  # the row's second line is kept


def test_a_header_broken_over_cells_and_people_beside_the_units() -> None:
    cells = ["序号", "重点工作", "责任", "领导", "责任", "科室", "第二季度", "完成情况"]
    cells += ["1", "白仙山水库工程政策处理", "欧乾震", "水库工程政策处理工作领导小组", "坟墓迁移进度达60%。"]
    cells += ["2", "现代化美丽城镇", "吴宇凡", "乡村振兴办", "完成投资3000万元。"]
    text = "某镇2024年度重点工作计划执行情况\n\n" + "\n\n".join(cells) + "\n"
    plan = parse_plan_text(text)
    assert _owners(text) == [("1", ["水库工程政策处理工作领导小组"], []), ("2", ["乡村振兴办"], [])]
    assert "责任领导：欧乾震" in plan.measures[0].text  # the other cells stay in the measure's text


def test_a_row_one_cell_short_keeps_the_lead_of_the_row_above_and_says_so() -> None:
    cells = ["序号", "指标名称", "预期效果", "指标 属性", "牵头负责司局", "备注"]
    cells += ["1", "绿色制造示范典型发布数量", "400项", "预期性", "节能与综合 利用司", ""]
    cells += ["2", "通光纤行政村比例", "98%", "预期性", "信息通信发展司", "规划预期达到98%。"]
    cells += ["3", "移动宽带用户普及率", "85%", "预期性", "规划预期达到85%。"]
    text = "2018年关键业绩指标\n" + "\n".join(f"{cell} |" for cell in cells) + "\n"
    plan = parse_plan_text(text)
    assert _owners(text) == [
        ("1", ["节能与综合利用司"], []),
        ("2", ["信息通信发展司"], []),
        ("3", ["信息通信发展司"], []),
    ]
    assert plan.measures[2].doubts and "合并单元格" in plan.measures[2].doubts[0]
    assert "备注：规划预期达到85%。" in plan.measures[2].text


def test_an_indicator_table_numbered_g1_g2_with_a_unit_of_measure_column() -> None:
    lines = [
        "附件2",
        "考核基本指标",
        "类别",
        "| 序",
        "号",
        "| 指 标",
        "| 单",
        "位",
        "| 分",
        "值",
        "| 责任单位",
    ]
    lines += ["| 经济发展", "| G1", "| 财政一般预算收入增长率", "| %", "| 4", "| 市财政局"]
    lines += ["| G2", "| 全社会固定资产投资增长率", "| %", "| 4", "| 市统计局"]
    assert _owners("\n".join(lines) + "\n") == [("G1", ["市财政局"], []), ("G2", ["市统计局"], [])]


def test_a_space_separated_table_whose_header_ends_a_line() -> None:
    text = """市政府办公室关于分解落实2018年政府工作任务的通知 附件:政府工作任务分解表 序号 名称 工作任务 牵头责任单位

一、经济社会发展主要预期目标分解(11项)

1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委

2 全社会固定资产投资额550亿元,其中:工业技改投资增长10%. 发改委、经信委、科技局
"""
    assert _owners(text) == [("1", ["发改委"], []), ("2", ["发改委", "经信委", "科技局"], [])]
