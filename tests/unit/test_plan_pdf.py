"""A text PDF of a plan reads like its .txt; a scanned, encrypted or damaged PDF is refused with advice.

The PDFs are made here from real plan texts (both seeds and corpus documents) with reportlab in the
app's embedded CJK font, laid out like a 公文 printed from Word: 三号 body justified to the page width
so every paragraph wraps mid-sentence, first lines indented two characters, a running header and a
page number in the footer. The reader must drop the page furniture and join the wrapped lines; the
parse of the PDF is then compared with the parse of the .txt, measure by measure. Annex tables (the
seeds' roster and task table) are not compared: the .txt holds them one cell a line, which a PDF's
grid cannot reproduce (docs/plan-reading.md, "Left out").
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from services.errors import PlanRejected
from services.plans.parser import ParsedPlan, parse_plan_file
from services.plans.pdf_text import PDF_BROKEN, PDF_ENCRYPTED, PDF_SCANNED, pdf_blocks
from tests.unit.plan_pdf_copies import FOOTERS, make_pdf

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "plans" / "corpus"
HAIMEN = ROOT / "resources" / "samples" / "haimen_equipment_renewal_plan.txt"
WEIHAI = ROOT / "tests" / "data" / "plans" / "weihai_equipment_renewal_plan.txt"


def _measures(plan: ParsedPlan) -> list[tuple]:
    return [
        (
            item.kind,
            item.number,
            item.title,
            item.lead_units,
            item.co_units,
            [(t.text, t.quantity, t.unit, t.comparator, t.year) for t in item.targets],
            [(d.due, d.text) for d in item.deadlines],
        )
        for item in plan.items
    ]


def _same_plan(from_pdf: ParsedPlan, from_txt: ParsedPlan) -> None:
    assert len(from_pdf.items) == len(from_txt.items)
    for pdf_item, txt_item in zip(_measures(from_pdf), _measures(from_txt), strict=True):
        assert pdf_item == txt_item
    assert from_pdf.title == from_txt.title
    assert from_pdf.issued_on == from_txt.issued_on


DOCUMENTS = [
    HAIMEN,
    WEIHAI,
    CORPUS / "anhui_province_key_work_responsibilities.txt",
    CORPUS / "dongguan_city_employment_opinions.txt",  # traditional characters, clause across a page
    CORPUS / "xialu_district_key_work_division.txt",  # short one-line paragraphs, [牵头单位:X;责任单位:Y]
    CORPUS / "state_council_2020_report_division.txt",
    CORPUS / "fangxian_county_cost_control_measures.txt",
    CORPUS / "lingbi_county_health_report_tasks.txt",  # short lines: a measure, then label lines
    CORPUS / "yunnan_province_steady_growth_opinions.txt",  # one long paragraph over pages
    CORPUS / "state_council_2015_employment_task_division.txt",  # a `cell |` text table
]


@pytest.mark.parametrize("source", DOCUMENTS, ids=lambda p: p.stem)
def test_a_text_pdf_reads_like_its_txt(source: Path, tmp_path: Path) -> None:
    footer = FOOTERS[DOCUMENTS.index(source) % len(FOOTERS)]
    pdf = make_pdf(source.read_text(encoding="utf-8"), tmp_path / f"{source.stem}.pdf", footer)
    from_txt = parse_plan_file(source)
    assert from_txt.measures
    _same_plan(parse_plan_file(pdf), from_txt)


@pytest.mark.parametrize(
    "source", [WEIHAI, CORPUS / "lingbi_county_health_report_tasks.txt"], ids=lambda p: p.stem
)
def test_digits_in_a_latin_font_read_like_the_txt(source: Path, tmp_path: Path) -> None:
    """Word sets digits in a Latin font: each line comes in several runs, and pypdf puts spaces where
    justification spreads them (牵头单 位), which must not break a label or a name."""
    pdf = make_pdf(source.read_text(encoding="utf-8"), tmp_path / "方案.pdf", latin_font="Times-Roman")
    _same_plan(parse_plan_file(pdf), parse_plan_file(source))


def test_wrapped_lines_are_joined_and_page_furniture_dropped(tmp_path: Path) -> None:
    from services.plans.reader import read_plan_blocks

    pdf = make_pdf(
        WEIHAI.read_text(encoding="utf-8"), tmp_path / "方案.pdf", "-{page}-", "威海市环翠区人民政府文件"
    )
    lines = [block.text for block in read_plan_blocks(pdf)]
    source = [line.strip() for line in WEIHAI.read_text(encoding="utf-8").splitlines()]
    # Every long paragraph of the .txt comes back whole, though the PDF broke it over lines and pages.
    long_paragraphs = [line for line in source if len(line) > 60]
    assert long_paragraphs and all(paragraph in lines for paragraph in long_paragraphs)
    assert "威海市环翠区人民政府文件" not in lines
    assert not [line for line in lines if line.startswith("-") and line.endswith("-")]


def test_a_pdf_renamed_to_docx_is_read_as_a_pdf(tmp_path: Path) -> None:
    pdf = make_pdf(WEIHAI.read_text(encoding="utf-8"), tmp_path / "方案.pdf")
    renamed = tmp_path / "方案.docx"
    renamed.write_bytes(pdf.read_bytes())
    _same_plan(parse_plan_file(renamed), parse_plan_file(WEIHAI))


def test_a_scanned_pdf_is_refused_with_advice(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    page = Image.new("L", (595, 842), 255)
    ImageDraw.Draw(page).rectangle((80, 100, 500, 130), fill=0)  # a "line of text" that is only pixels
    buffer = io.BytesIO()
    page.save(buffer, "PNG")
    target = tmp_path / "扫描件.pdf"
    drawing = canvas.Canvas(str(target), pagesize=A4)
    for _ in range(2):
        drawing.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, *A4)
        drawing.showPage()
    drawing.save()
    with pytest.raises(PlanRejected) as refused:
        parse_plan_file(target)
    assert refused.value.reason == PDF_SCANNED
    assert "扫描" in PDF_SCANNED and "OCR" in PDF_SCANNED and ".docx" in PDF_SCANNED


def test_an_encrypted_pdf_is_refused_with_advice(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    pdf = make_pdf(
        WEIHAI.read_text(encoding="utf-8"),
        tmp_path / "加密.pdf",
        encrypt=StandardEncryption("1234", ownerPassword="owner"),
    )
    assert b"/Encrypt" in pdf.read_bytes()
    with pytest.raises(PlanRejected) as refused:
        parse_plan_file(pdf)
    assert refused.value.reason == PDF_ENCRYPTED
    assert "密码" in PDF_ENCRYPTED and ".docx" in PDF_ENCRYPTED


def test_a_pdf_locked_only_against_copying_is_read(tmp_path: Path) -> None:
    """Government PDFs often carry an owner password only (no copying); they open without one."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    pdf = make_pdf(
        WEIHAI.read_text(encoding="utf-8"),
        tmp_path / "限制复制.pdf",
        encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0, canModify=0),
    )
    assert b"/Encrypt" in pdf.read_bytes()
    _same_plan(parse_plan_file(pdf), parse_plan_file(WEIHAI))


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"%PDF-1.4\n" + bytes(100)],
    ids=["cut short", "zeros"],
)
def test_a_damaged_pdf_is_refused_with_advice(content: bytes, tmp_path: Path) -> None:
    target = tmp_path / "方案.pdf"
    target.write_bytes(content)
    with pytest.raises(PlanRejected) as refused:
        parse_plan_file(target)
    assert refused.value.reason == PDF_BROKEN


def test_a_row_number_set_apart_by_a_space_keeps_its_space(tmp_path: Path) -> None:
    # pypdf's space between runs is dropped between Chinese and digits (2027 年 → 2027年), but not after
    # the number a line opens with: `1 地区生产总值…` is row 1 of a table copied as text, as its .txt says.
    lines = ["1 地区生产总值增长7%以上. 区发改委", "2 一般公共预算收入增长8%左右，2027 年底前完成. 区财政局"]
    pdf = make_pdf("\n".join(lines), tmp_path / "rows.pdf", latin_font="Helvetica")
    texts = [block.text for block in pdf_blocks("rows.pdf", pdf) if block.text]
    assert texts[-2:] == [lines[0], "2 一般公共预算收入增长8%左右，2027年底前完成. 区财政局"]


@pytest.mark.parametrize("right_margin", [72, 200, 260], ids=["even", "wide right", "wider right"])
def test_a_plan_set_in_a_narrow_text_block_reads_like_its_text(right_margin: int, tmp_path: Path) -> None:
    # Session 12: a page with no full line takes its margin as mirroring the left one (cards of short
    # field lines); a text block with a wide right margin has full lines of its own and keeps them.
    pdf = make_pdf(WEIHAI.read_text(encoding="utf-8"), tmp_path / "narrow.pdf", rightMargin=right_margin)
    _same_plan(parse_plan_file(pdf), parse_plan_file(WEIHAI))
