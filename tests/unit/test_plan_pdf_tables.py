"""A task table printed to PDF is read back into its rows and cells (services/plans/pdf_tables.py).

The PDFs are laid out here with reportlab as Word prints a plan whose tasks are a table: a title and a
paragraph, then a grid with a header (its labels broken over two lines in narrow columns), task cells
that wrap over several lines, a unit cell with one unit a paragraph and another whose unit names wrap,
top-aligned cells, and the table running onto a second page with its header repeated.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from services.plans.parser import parse_plan_file
from tests.unit.plan_pdf_copies import _font

ROWS = [
    (
        "1",
        "加快推进县城污水处理厂提标改造工程建设，完善配套管网，确保出水水质稳定达到一级A排放标准。",
        "县住建局",
        "县生态环境局、县发改局、县财政局、县自然资源局",
        "2024年12月底前",
    ),
    (
        "2",
        "启动建设东柳河城区段综合治理工程和东湖湿地公园。",
        "县水务局\n县住建局",
        "县财政局",
        "2024年9月底前",
    ),
    (
        "3",
        "新建改建城乡公办幼儿园5所，新增学位1200个，扩大普惠性学前教育资源供给，"
        "公办园在园幼儿占比达到55%以上。",
        "县教育局",
        "县发改局、县住建局、各乡镇人民政府",
        "2024年8月底前",
    ),
]


def _table_pdf(target: Path, rows: list[tuple[str, ...]], *, repeat: int = 1) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = _font()
    body = ParagraphStyle("body", fontName=font, fontSize=16, leading=28, firstLineIndent=32, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=font, fontSize=12, leading=16, wordWrap="CJK")
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    data = [[Paragraph(escape(label), cell) for label in header]]
    for copy in range(repeat):
        for number, *cells in rows:
            seq = str(int(number) + copy * len(rows))
            data.append(
                [Paragraph(seq, cell), *(Paragraph(escape(c).replace("\n", "<br/>"), cell) for c in cells)]
            )
    table = Table(data, colWidths=[34, 210, 58, 110, 62], repeatRows=1)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    story = [
        Paragraph("某县2024年重点民生实事任务清单", ParagraphStyle("title", parent=body, firstLineIndent=0)),
        Paragraph("为扎实办好2024年重点民生实事，现将任务分解如下，请各责任单位认真抓好落实。", body),
        table,
    ]
    SimpleDocTemplate(str(target), pagesize=A4).build(story)
    return target


def test_a_table_printed_to_pdf_reads_as_its_rows(tmp_path: Path) -> None:
    plan = parse_plan_file(_table_pdf(tmp_path / "清单.pdf", ROWS))
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        ("1", ["县住建局"], ["县生态环境局", "县发改局", "县财政局", "县自然资源局"]),
        ("2", ["县水务局", "县住建局"], ["县财政局"]),
        ("3", ["县教育局"], ["县发改局", "县住建局", "各乡镇人民政府"]),
    ]
    # Each task cell's wrapped lines are one text again, word for word.
    assert [m.text.split("\n")[0] for m in plan.measures] == [task for _, task, *_ in ROWS]
    assert [d.due.isoformat() for m in plan.measures for d in m.deadlines] == [
        "2024-12-31",
        "2024-09-30",
        "2024-08-31",
    ]


def test_a_table_over_two_pages_with_its_header_repeated(tmp_path: Path) -> None:
    plan = parse_plan_file(_table_pdf(tmp_path / "清单.pdf", ROWS, repeat=6))
    assert [m.number for m in plan.measures] == [str(n) for n in range(1, 19)]
    assert all(m.lead_units for m in plan.measures)
    assert [list(m.lead_units) for m in plan.measures[15:]] == [
        ["县住建局"],
        ["县水务局", "县住建局"],
        ["县教育局"],
    ]
