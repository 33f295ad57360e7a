"""A Word plan with text boxes (a red header, a 专栏 box anchored in a measure's paragraph), and a red
header's issuer over the title.

Written in session 13: Word stores a text box twice (the drawing and its VML copy for older readers),
and the reader glued both copies onto the paragraph they are anchored in, so a measure's text carried
the box twice and a header box doubled the title (both failed when written).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml

from services.plans.parser import parse_plan_file, parse_plan_text

_NAMESPACES = " ".join(
    [
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
        'xmlns:v="urn:schemas-microsoft-com:vml"',
    ]
)


def _text_box(*lines: str) -> Any:  # an lxml element
    """A run holding a text box as Word writes it: the drawing, then the VML copy as mc:Fallback."""
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    content = f"<w:txbxContent>{paragraphs}</w:txbxContent>"
    return parse_xml(
        f"<w:r {_NAMESPACES}><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp>'
        f"<wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_a_box_is_read_once_on_lines_of_its_own(tmp_path: Path) -> None:
    document = docx.Document()
    header = document.add_paragraph()
    header._p.append(_text_box("某区人民政府办公室文件"))
    document.add_paragraph("某区推进老旧小区改造实施方案")
    document.add_paragraph("一、主要任务")
    first = document.add_paragraph(
        "1.推进老旧小区改造，完成改造小区20个。（牵头单位：区住建局；配合单位：区财政局）"
    )
    first._p.append(_text_box("专栏1 改造内容", "（1）供水管网改造", "（2）加装电梯"))
    document.add_paragraph("2.开展城市更新行动。（牵头单位：区自然资源局）")
    path = tmp_path / "boxes.docx"
    document.save(str(path))
    plan = parse_plan_file(path)
    assert plan.title == "某区推进老旧小区改造实施方案"
    assert [(m.number, m.lead_units, m.co_units) for m in plan.measures] == [
        ("1", ("区住建局",), ("区财政局",)),
        ("2", ("区自然资源局",), ()),
    ]
    assert plan.measures[0].text.endswith("配合单位：区财政局）")  # the box is no part of the measure
    assert plan.source_text.count("专栏1 改造内容") == 1


def test_a_notice_that_is_the_document_is_its_own_title() -> None:
    # 某区人民政府文件 over 关于…的通知 (a notice that assigns the work itself): the notice's title, without
    # the header (session 13; the header was run into the title before).
    text = "某区人民政府文件\n关于县2024年重点督办事项的通知\n各乡镇：\n一、重点任务\n1.推进改造。（牵头单位：县住建局）"
    assert parse_plan_text(text).title == "关于县2024年重点督办事项的通知"
