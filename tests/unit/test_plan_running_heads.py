"""A text copy of a PDF whose pages each carry a running header under the page number, the page break
cutting a clause's unit name in two. Session 14: the header was read into the name (市交通运宁平市人民政府
办公室行政规范性文件输局, or the issuer's name as a lead); the test failed when written.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

HEAD = "宁平市“无废城市”建设工作领导小组办公室"
LINES = [
    HEAD,
    "宁平市“无废城市”建设2024年度工作计划",
    "一、推动工业固体废物减量化和资源化",
    "（一）推进工业绿色生产。实施清洁生产审核企业30家以",
    "上，推动重点行业企业开展绿色工厂创建。牵头单位：市工",
    "业和信息化局；配合单位：市生态环境局、市发展和改革委",
    "员会",
    "（二）推进农膜、农药包装废弃物回收处理。牵头单位：市",
    "- 1 -",
    HEAD,
    "农业农村局；配合单位：市供销合作社、市生态环境局",
    "（三）推进生活垃圾分类，城区生活垃圾回收利用率达到3",
    "5%以上。牵头单位：市城市管理局；配合单位：市住房和",
    "城乡建设局、市商务局、市机关事务管理局",
    "（四）开展“无废细胞”创建，建成“无废”学校、“无废”",
    "景区等80个。牵头单位：市生态环境局；配合单位：市教",
    "育局、市文化广电和旅游局、市商务局",
    "- 2 -",
]


def test_a_running_header_under_a_page_number_is_no_part_of_the_text() -> None:
    measures = parse_plan_text("\n".join(LINES)).measures
    assert [(m.number, list(m.lead_units)) for m in measures] == [
        ("一", ["市工业和信息化局"]),
        ("二", ["市农业农村局"]),
        ("三", ["市城市管理局"]),
        ("四", ["市生态环境局"]),
    ]
    assert list(measures[1].co_units) == ["市供销合作社", "市生态环境局"]


def test_a_clause_line_or_a_cell_after_a_page_number_stays() -> None:
    """Found by a review of the first version: a plan's clause line and a table's unit cell repeat, and
    one of them may stand right after a page number; it is the text's, not the page's."""
    text = "\n".join(
        [
            "某县2024年重大项目工作要点",
            "一、项目谋划",
            "1.编制年度重大项目计划。",
            "- 1 -",
            "牵头单位：县发改局",
            "2.开展重大项目谋划储备。",
            "牵头单位：县发改局",
            "3.推进社会信用体系建设。",
            "牵头单位：县发改局",
            "配合单位：县人民银行",
        ]
    )
    assert [list(m.lead_units) for m in parse_plan_text(text).measures] == [["县发改局"]] * 3


def test_the_next_measure_after_a_page_number_stays() -> None:
    """A measure's line right after the page number, though the first page held its like: the text's."""
    text = "\n".join(
        [
            "某县2025年民政工作要点",
            "1.提高城乡低保标准。",
            "责任单位：县民政局、县财政局",
            "- 1 -",
            "2.推进养老服务体系建设。",
            "责任单位：县民政局、县财政局",
            "3.加强殡葬管理。",
            "责任单位：县民政局",
        ]
    )
    assert [m.number for m in parse_plan_text(text).measures] == ["1", "2", "3"]


def test_a_tables_title_and_header_cells_repeated_after_a_page_number() -> None:
    """A table printed one cell a line repeats its title and header cells on each page (session 14: the
    rows after the second page's header were lost)."""
    head = ["贵港市2024年度绩效考评指标责任分工", "序号", "考评指标", "目标值", "责任单位"]
    rows = [
        ["1", "规模以上工业总产值增速", "12%", "市工业和信息化局"],
        ["2", "外贸进出口总额增速", "10%", "市商务局"],
        ["3", "粮食播种面积", "完成自治区下达任务", "市农业农村局"],
        ["4", "义务教育巩固率", "98%", "市教育局"],
    ]
    lines = [*head, *rows[0], *rows[1], "— 2 —", *head, *rows[2], *rows[3], "— 3 —"]
    measures = parse_plan_text("\n".join(lines)).measures
    assert [(m.number, list(m.lead_units)) for m in measures] == [
        ("1", ["市工业和信息化局"]),
        ("2", ["市商务局"]),
        ("3", ["市农业农村局"]),
        ("4", ["市教育局"]),
    ]
