"""Word documents from the office's editable templates: placeholders, repeated rows, a broken or
unknown-placeholder template refused with nothing written, and an edit of the template showing up."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
import pytest

from services.documents.docx_templates import (
    TEMPLATE_FILES,
    Heading,
    TemplateData,
    TemplateRejected,
    fill_template,
    restore_default_templates,
    template_folder,
)
from services.documents.notices_docx import (
    Imprint,
    write_bulletin_docx,
    write_chase_notice_docx,
    write_urge_notices_docx,
)
from services.ledger.ranking import rank_units
from services.ledger.stats import current_return_rate, load_plan_rows
from services.storage.database import user_action
from tests.unit.ranking_ledger import AS_OF, build_ranking_ledger

IMPRINT = Imprint(office="考评测试区重点工作领导小组办公室", number="督〔2024〕12号", cc="区委办，区政府办。")


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += ["|".join(c.text for c in row.cells) for row in table.rows]
    return "\n".join(parts)


def _replace_word(path: Path, old: str, new: str) -> None:
    """What the clerk does in WPS: change a word inside a run, keep the rest."""
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if old in run.text:
                run.text = run.text.replace(old, new)
    document.save(str(path))


def _write_template(path: Path, lines: list[str], rows: list[list[str]] | None = None) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if rows:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.rows[r].cells[c].text = text
    document.save(str(path))
    return path


DATA = TemplateData(
    values={
        "单位": "区发改委",
        "期次": "2024年第3季度",
        "正文": [Heading("一、总体情况"), "第一段。", "第二段。"],
    },
    lists={"任务": [{"序号": "1", "名称": "甲"}, {"序号": "2", "名称": "乙"}, {"序号": "3", "名称": "丙"}]},
    list_fields={"任务": ("序号", "名称")},
)


def test_placeholders_split_over_runs_and_repeated_rows(tmp_path: Path) -> None:
    template = tmp_path / "t.docx"
    document = docx.Document()
    paragraph = document.add_paragraph()
    for piece in ("请", "{{", "单", "位}}", "于", "{{期次}}", "报送。"):  # as Word splits runs after an edit
        paragraph.add_run(piece).bold = piece == "单"
    document.add_paragraph("{{正文}}")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "序号", "任务"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "{{任务.序号}}", "{{ 任务.名称 }}"
    document.save(str(template))
    out = fill_template(template, DATA, tmp_path / "out.docx")
    filled = docx.Document(str(out))
    texts = [p.text for p in filled.paragraphs]
    assert texts == ["请区发改委于2024年第3季度报送。", "一、总体情况", "第一段。", "第二段。"]
    assert filled.paragraphs[1].runs[0].font.name == "黑体"
    assert [[c.text for c in row.cells] for row in filled.tables[0].rows] == [
        ["序号", "任务"],
        ["1", "甲"],
        ["2", "乙"],
        ["3", "丙"],
    ]


@pytest.mark.parametrize(
    ("lines", "rows", "said"),
    [
        (["请{{单位名称}}报送"], None, "无法识别的占位符“{{单位名称}}”"),
        (["请{{单位报送"], None, "不完整的占位符"),
        (["{{任务.名称}}"], None, "只能写在表格的一行里"),
        (["正文"], [["{{任务.编号}}"]], "无法识别的占位符“{{任务.编号}}”"),
    ],
)
def test_a_bad_placeholder_is_named_and_nothing_written(tmp_path: Path, lines, rows, said) -> None:
    template = _write_template(tmp_path / "坏模板.docx", lines, rows)
    with pytest.raises(TemplateRejected, match=re.escape("坏模板.docx")) as caught:
        fill_template(template, DATA, tmp_path / "out.docx")
    assert said in str(caught.value) and "恢复默认模板" in str(caught.value)
    assert not (tmp_path / "out.docx").exists()


def test_a_broken_template_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "督办通知单.docx"
    broken.write_bytes(b"PK\x03\x04 not really a document")
    with pytest.raises(TemplateRejected, match="不是有效的 Word 文档"):
        fill_template(broken, DATA, tmp_path / "out.docx")
    assert not (tmp_path / "out.docx").exists()
    # A real .docx whose text part is damaged (cut short when copied from a USB stick).
    import zipfile

    good = _write_template(tmp_path / "good.docx", ["{{单位}}"])
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    with pytest.raises(TemplateRejected, match="不是有效的 Word 文档"):
        fill_template(broken, DATA, tmp_path / "out.docx")
    assert not (tmp_path / "out.docx").exists()


def test_shipped_templates_are_copied_once_and_restored(tmp_path: Path) -> None:
    folder = template_folder(tmp_path / "templates")
    assert sorted(p.name for p in folder.glob("*.docx")) == sorted(TEMPLATE_FILES.values())
    mine = folder / "催报通知.docx"
    _replace_word(mine, "催报通知", "催报函")
    template_folder(folder)  # a second use keeps the office's edit
    assert "催报函" in _text(mine)
    restore_default_templates(folder)
    assert "催报函" not in _text(mine) and "催报通知" in _text(mine)
    assert any("催报函" in _text(p) for p in (folder / "旧模板").glob("*.docx"))


@pytest.fixture
def ranked(ledger):
    return build_ranking_ledger(ledger)


def test_the_three_documents_from_the_shipped_templates(ledger, ranked, tmp_path: Path) -> None:
    _plan_id, rounds = ranked
    templates = tmp_path / "templates"
    with user_action(ledger) as session:
        urged = write_urge_notices_docx(
            session, tmp_path, as_of=AS_OF, report_by=date(2024, 7, 25), imprint=IMPRINT, templates=templates
        )
        chase = write_chase_notice_docx(
            session, rounds["q2"], tmp_path / "催报.docx", as_of=AS_OF, imprint=IMPRINT, templates=templates
        )
    assert [n.unit for n in urged] == ["区工信局"]
    urge = _text(urged[0].path)
    assert "考评测试区重点工作领导小组办公室" in urge and "督〔2024〕12号" in urge
    assert "区工信局：" in urge and "以下1项任务" in urge and "2024年7月25日前" in urge
    assert "1|4 建立工业设备台账|2024年6月30日（已逾期20天）|未报送|已逾期（红灯）" in urge
    assert "督办通知单回执" in urge and "承办单位|区工信局|文号|督〔2024〕12号" in urge
    assert "抄送：区委办，区政府办。" in urge and "{{" not in urge
    text = _text(chase.path)
    assert "区工信局：" in text and "2024年第2季度推进情况报送表应于2024年7月5日前" in text
    assert "1|区工信局|—|—|1|15" in text and "{{" not in text


def test_an_edited_template_shows_in_the_document(ledger, ranked, tmp_path: Path) -> None:
    _plan_id, rounds = ranked
    templates = template_folder(tmp_path / "templates")
    _replace_word(templates / "催报通知.docx", "请于", "务请于")
    with user_action(ledger) as session:
        chase = write_chase_notice_docx(
            session, rounds["q2"], tmp_path / "催报.docx", as_of=AS_OF, templates=templates
        )
    assert "务请于2024年7月22日前将填好的报送表" in _text(chase.path)


def test_a_template_with_an_unknown_placeholder_writes_nothing(ledger, ranked, tmp_path: Path) -> None:
    _plan_id, rounds = ranked
    templates = template_folder(tmp_path / "templates")
    _replace_word(templates / "催报通知.docx", "{{期次}}", "{{报送期次}}")
    with (
        user_action(ledger) as session,
        pytest.raises(TemplateRejected, match=re.escape("“{{报送期次}}”")) as caught,
    ):
        write_chase_notice_docx(
            session, rounds["q2"], tmp_path / "催报.docx", as_of=AS_OF, templates=templates
        )
    assert "催报通知.docx" in str(caught.value)
    assert not (tmp_path / "催报.docx").exists()


def test_bulletin_from_the_template_carries_the_ranking(ledger, ranked, tmp_path: Path) -> None:
    plan_id, _rounds = ranked
    with user_action(ledger) as session:
        ranking = rank_units(session, [plan_id], as_of=AS_OF, year=2024)
        plan = load_plan_rows(session, plan_id, as_of=AS_OF)
        rate = current_return_rate(session, [plan_id], as_of=AS_OF)
    done = write_bulletin_docx(
        tmp_path / "通报.docx",
        plan,
        as_of=AS_OF,
        return_rate=rate,
        ranking=ranking,
        imprint=Imprint(number="7"),
        templates=tmp_path / "templates",
    )
    text = _text(done.path)
    assert "第7期" in text and "关于考评测试区重点工作推进方案落实情况的通报" in text
    assert "一、总体情况" in text and "考评情况" in text and "2024年度各单位考评排名" in text
    assert "{{" not in text


def test_placeholders_in_a_content_control_and_the_footer_are_filled(tmp_path: Path) -> None:
    """WPS and Word keep a 红头 or a 版记 in text boxes and content controls, outside python-docx's
    top-level paragraphs: they are checked and filled too."""
    from docx.oxml import OxmlElement

    template = tmp_path / "t.docx"
    document = docx.Document()
    inner = document.add_paragraph("致{{单位}}")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    inner._p.addprevious(sdt)
    sdt.append(content)
    content.append(inner._p)  # the paragraph now lives inside the content control
    document.sections[0].footer.paragraphs[0].text = "{{期次}}"
    document.save(str(template))
    assert docx.Document(str(template)).paragraphs == []  # python-docx alone does not see it
    filled = docx.Document(str(fill_template(template, DATA, tmp_path / "out.docx")))
    xml = filled.element.body.xml
    assert "致区发改委" in xml and "{{" not in xml
    assert filled.sections[0].footer.paragraphs[0].text == "2024年第3季度"
    bad = tmp_path / "坏.docx"
    document = docx.Document(str(template))
    document.sections[0].footer.paragraphs[0].text = "{{季度}}"
    document.save(str(bad))
    with pytest.raises(TemplateRejected, match=re.escape("“{{季度}}”")):
        fill_template(bad, DATA, tmp_path / "bad-out.docx")


def test_a_folder_that_cannot_hold_the_templates_is_said_in_chinese(tmp_path: Path) -> None:
    blocked = tmp_path / "模板"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(TemplateRejected, match=r"无法在.*中准备 Word 模板"):
        template_folder(blocked)
    with pytest.raises(TemplateRejected, match=r"无法在.*中准备 Word 模板"):
        restore_default_templates(blocked)
