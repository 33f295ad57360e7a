"""OFD (GB/T 33190) and OpenDocument text plans: read like a .docx, or refused with a message naming them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from services.errors import PlanRejected
from services.plans.parser import parse_plan_file

PLAN_LINES = [
    "某某区推动设备更新实施方案",
    "一、重点任务",
    "1.推进工业设备更新。2024年底前完成技改项目20项。（区工信局牵头，区财政局配合）",
    "2.推进农机更新。（区农业农村局负责）",
]
OFD_NS = "http://www.ofdspec.org/2016"


def _ofd(path: Path, lines: list[str]) -> Path:
    """An OFD package as GB/T 33190 lays it out: OFD.xml -> Document.xml -> one Content.xml a page.

    Each line is a TextObject placed lower on the page; the second line is split into two runs placed
    side by side, as layout software writes them.
    """
    objects = []
    for index, line in enumerate(lines):
        top = 30 + index * 8
        if index == 2:
            half = len(line) // 2
            objects.append(
                f'<ofd:TextObject ID="{index}a" Boundary="100 {top} 80 6"><ofd:TextCode X="0" Y="5">{line[half:]}</ofd:TextCode></ofd:TextObject>'
            )
            objects.append(
                f'<ofd:TextObject ID="{index}b" Boundary="20 {top} 80 6"><ofd:TextCode X="0" Y="5">{line[:half]}</ofd:TextCode></ofd:TextObject>'
            )
        else:
            objects.append(
                f'<ofd:TextObject ID="{index}" Boundary="20 {top} 170 6"><ofd:TextCode X="0" Y="5">{line}</ofd:TextCode></ofd:TextObject>'
            )
    return _package(path, "".join(objects))


def _package(path: Path, objects: str) -> Path:
    """OFD.xml -> Document.xml -> one page's Content.xml holding `objects`."""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "OFD.xml",
            f'<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
        )
        package.writestr(
            "Doc_0/Document.xml",
            f'<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        )
        package.writestr(
            "Doc_0/Pages/Page_0/Content.xml",
            f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="9">{objects}</ofd:Layer></ofd:Content></ofd:Page>',
        )
    return path


def _odt(path: Path, mimetype: str = "application/vnd.oasis.opendocument.text") -> Path:
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    table_ns = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    office_ns = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    paragraphs = "".join(f"<text:p>{line}</text:p>" for line in PLAN_LINES[:3])
    table = (
        "<table:table><table:table-row><table:table-cell><text:p>序号</text:p></table:table-cell>"
        "<table:table-cell><text:p>任务</text:p></table:table-cell><table:table-cell><text:p>牵头部门</text:p>"
        "</table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>1</text:p>"
        "</table:table-cell><table:table-cell><text:p>完成技改项目20项</text:p></table:table-cell>"
        "<table:table-cell><text:p>区工信局</text:p></table:table-cell></table:table-row></table:table>"
    )
    content = (
        f'<office:document-content xmlns:office="{office_ns}" xmlns:text="{text_ns}" xmlns:table="{table_ns}">'
        f"<office:body><office:text>{paragraphs}<text:p>2.推进农机更新。<text:s/>（区农业农村局负责）</text:p>"
        f"<text:p>附件：</text:p>{table}</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", mimetype)
        package.writestr("content.xml", content)
    return path


def _owners(plan) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in plan.measures]


EXPECTED = [("1", ["区工信局"], ["区财政局"]), ("2", ["区农业农村局"], [])]


def test_an_ofd_plan_reads_like_its_text(tmp_path: Path) -> None:
    plan = parse_plan_file(_ofd(tmp_path / "方案.ofd", PLAN_LINES))

    assert plan.title == "某某区推动设备更新实施方案"
    assert _owners(plan) == EXPECTED
    assert plan.measures[0].text == PLAN_LINES[2]  # runs put back in reading order


def test_an_ofd_renamed_to_docx_is_still_read(tmp_path: Path) -> None:
    assert _owners(parse_plan_file(_ofd(tmp_path / "方案.docx", PLAN_LINES))) == EXPECTED


def test_an_ofd_without_text_is_named_in_the_message(tmp_path: Path) -> None:
    with pytest.raises(PlanRejected, match="OFD") as refused:
        parse_plan_file(_ofd(tmp_path / "扫描件.ofd", []))
    assert "Word 原件" in refused.value.reason


def test_a_damaged_ofd_is_named_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "方案.ofd"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("OFD.xml", "<ofd:OFD xmlns:ofd='x'><ofd:DocBody>")
    with pytest.raises(PlanRejected, match="OFD 版式文件"):
        parse_plan_file(path)
    path.write_bytes(b"not a zip at all")
    with pytest.raises(PlanRejected, match="OFD 版式文件"):
        parse_plan_file(path)


def test_an_odt_plan_is_read_with_its_annex_table(tmp_path: Path) -> None:
    plan = parse_plan_file(_odt(tmp_path / "方案.odt"))

    assert _owners(plan) == EXPECTED
    assert [(r.seq, r.lead_units) for r in plan.task_table] == [("1", ("区工信局",))]


def test_an_opendocument_spreadsheet_is_refused_as_a_spreadsheet(tmp_path: Path) -> None:
    path = _odt(tmp_path / "报表.odt", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(PlanRejected, match="表格文件"):
        parse_plan_file(path)


def _ofd_objects(path: Path, objects: list[tuple[float, float, str]]) -> Path:
    """An OFD page of TextObjects at (left, top) millimetres, each one run in a 5 mm font."""
    placed = "".join(
        f'<ofd:TextObject ID="{n}" Boundary="{left} {top} 160 6" Size="5"><ofd:TextCode X="0" Y="5">{text}'
        "</ofd:TextCode></ofd:TextObject>"
        for n, (left, top, text) in enumerate(objects)
    )
    return _package(path, placed)


def test_an_ofd_task_tables_cells_stay_apart(tmp_path: Path) -> None:
    # A 公文 system draws each cell of a table as a TextObject of its own on the row's baseline: glued
    # together (序号任务牵头单位…) the table was text; apart, it is read as the task table it is.
    # Cells 15, 80, 40 and 30 mm wide, text 2 mm in; the second task fills its cell to the padding.
    columns = (22, 37, 117, 157)
    rows = [
        ("序号", "工作任务", "牵头单位", "完成时限"),
        ("1", "完成老旧电梯更新改造200台", "区住建局", "2024年底"),
        ("2", "新建改建城乡公共充电桩五百个", "区发改委", "2025年6月"),
    ]
    objects = [(20, 20, "某某区民生实事项目任务分解表")]
    objects += [
        (left, 40 + 10 * n, cell)
        for n, row in enumerate(rows)
        for left, cell in zip(columns, row, strict=True)
    ]
    plan = parse_plan_file(_ofd_objects(tmp_path / "分解表.ofd", objects))
    assert [(m.number, m.title, list(m.lead_units)) for m in plan.measures] == [
        ("1", "完成老旧电梯更新改造200台", ["区住建局"]),
        ("2", "新建改建城乡公共充电桩五百个", ["区发改委"]),
    ]


def test_a_blank_line_in_an_ofd_is_a_step_down_the_page() -> None:
    # An OFD has no empty lines, only a wider step between two: what kept a web table's rows or a
    # list's items apart in the source.
    from lxml import etree

    from services.plans.formats import _page_lines

    placed = "".join(
        f'<ofd:TextObject ID="{n}" Boundary="20 {top} 160 6" Size="5"><ofd:TextCode X="0" Y="5">{text}'
        "</ofd:TextCode></ofd:TextObject>"
        for n, (top, text) in enumerate([(30, "甲"), (38, "乙"), (46, "丙"), (62, "丁"), (70, "戊")])
    )
    page = etree.fromstring(
        f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer>{placed}</ofd:Layer></ofd:Content></ofd:Page>'
    )
    assert _page_lines(page) == ["甲", "乙", "丙", "", "丁", "戊"]


def test_an_ofd_tables_cells_keep_every_line_of_their_text(tmp_path: Path) -> None:
    # A cell whose text is longer than its width goes on under itself, a TextObject a line, and the next
    # row starts below the tallest cell (its padding makes that step longer than a line's). Read line by
    # line, the task lost its end and the unit names were cut in two (各街道 / 办事处).
    columns = (22, 37, 117, 147, 197)  # text 2 mm in from each cell's rule
    rows = [
        [("序号",), ("重点任务",), ("牵头单位",), ("配合单位",), ("完成时限",)],
        [
            ("1",),
            ("完成城区老旧小区改造12个，", "惠及居民3000户。"),
            ("区住建局",),
            ("区财政局、各街道", "办事处"),
            ("2025年12", "月底"),
        ],
        [("2",), ("新建城市公园2处。",), ("区城管局",), ("区自然资源局",), ("2025年10月底",)],
    ]
    objects = [(20, 20, "某某区民生实事任务分工表")]
    top = 40.0
    for row in rows:
        for left, lines in zip(columns, row, strict=True):
            objects += [(left, top + 7 * k, line) for k, line in enumerate(lines)]
        top += 7 * max(len(lines) for lines in row) + 4
    plan = parse_plan_file(_ofd_objects(tmp_path / "分工表.ofd", objects))
    assert [(m.number, m.title, list(m.lead_units), list(m.co_units)) for m in plan.measures] == [
        ("1", "完成城区老旧小区改造12个，惠及居民3000户", ["区住建局"], ["区财政局", "各街道办事处"]),
        ("2", "新建城市公园2处", ["区城管局"], ["区自然资源局"]),
    ]
    assert [d.text for m in plan.measures for d in m.deadlines] == ["2025年12月底", "2025年10月底"]


def test_a_line_of_prose_under_a_drawn_table_ends_it() -> None:
    from services.plans.layout_cells import Cell, table_lines

    def cells(*placed: tuple[float, str]) -> list[Cell]:
        return [Cell(x, x + 5 * len(text), 5, text) for x, text in placed]

    lines = [
        (40.0, cells((22, "序号"), (37, "任务"), (117, "牵头单位"))),
        (47.0, cells((22, "1"), (37, "建成公园"), (117, "区城管局"))),
        (60.0, cells((22, "各单位要按照分工抓好落实，确保各项任务按期完成，并按时报送进展情况。"))),
    ]
    assert table_lines(lines) == [
        ("序号\t任务\t牵头单位", False),
        ("1\t建成公园\t区城管局", True),
        ("各单位要按照分工抓好落实，确保各项任务按期完成，并按时报送进展情况。", False),
    ]
