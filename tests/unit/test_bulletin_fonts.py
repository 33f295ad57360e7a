"""Every run of a drafted 通报 carries its font in all three slots and its size, the first run of a look
(made through python-docx) and the later ones (copies of it) alike."""

from __future__ import annotations

from docx.oxml.ns import qn

from services.documents.bulletin import BODY_FONT, HEADING_FONT, TITLE_FONT, build_bulletin

PARAGRAPHS = [
    ("title", "关于行动方案推进情况的通报"),
    ("heading", "总体进展"),
    ("body", "截至目前，任务推进有序。"),
    ("heading", "已办结任务"),
    ("body", "已办结三项任务。"),
    ("signature", "领导小组办公室"),
]


def _runs(document):
    body = document.element.body
    footer = document.sections[0].footer._element
    return [*body.iter(qn("w:r")), *footer.iter(qn("w:r"))]


def test_each_run_has_its_font_in_every_slot_and_its_size() -> None:
    document = build_bulletin(PARAGRAPHS)
    runs = _runs(document)
    assert len(runs) > len(PARAGRAPHS)  # the footer's page number runs too
    for run in runs:
        properties = run.find(qn("w:rPr"))
        assert properties is not None  # an element has one parent: one shared copy would be on one run only
        assert run.index(properties) == 0  # w:rPr first, as the schema wants it
        fonts = properties.find(qn("w:rFonts"))
        name = fonts.get(qn("w:ascii"))
        assert name in (BODY_FONT, HEADING_FONT, TITLE_FONT)
        assert fonts.get(qn("w:hAnsi")) == fonts.get(qn("w:eastAsia")) == name
        assert properties.find(qn("w:sz")) is not None


def test_two_bulletins_are_the_same_xml() -> None:
    first = build_bulletin(PARAGRAPHS).element.xml
    assert build_bulletin(PARAGRAPHS).element.xml == first
