"""The official-layout PDF builder: text, fonts, pages, and the errors a clerk can cause."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from services.documents.fonts import BUNDLED_FONT, choose_fonts, pdf_fonts
from services.documents.pdf_layout import (
    PdfBar,
    PdfBarChart,
    PdfCell,
    PdfColumn,
    PdfDocument,
    PdfPageBreak,
    PdfParagraph,
    PdfSpanRow,
    PdfTable,
    build_pdf,
)
from services.errors import ExportFailed
from services.files import export_files
from services.resources import resource_path

COLUMNS = (
    PdfColumn("序号", 0.06, "center"),
    PdfColumn("任务", 0.44),
    PdfColumn("牵头单位", 0.15),
    PdfColumn("期限", 0.1, "center"),
    PdfColumn("红黄绿灯", 0.1, "center"),
    PdfColumn("进展情况", 0.15),
)
LIGHTS = (("红灯", "red"), ("黄灯", "yellow"), ("绿灯", "green"), ("已办结", "grey"))


def task_rows(count: int, start: int = 1) -> tuple:
    rows = []
    for i in range(start, start + count):
        label, light = LIGHTS[i % 4]
        rows.append(
            (
                str(i),
                f"任务{i}：加快重点行业设备更新和技术改造，每年组织实施技术改造项目80个以上。",
                "区发改委",
                "2024-07-31",
                PdfCell(label, light=light),
                "已建立项目库",
            )
        )
    return tuple(rows)


def page_texts(path: Path) -> list[str]:
    # pypdf puts line breaks where the PDF has them; compare without whitespace.
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(path).pages]


def three_page_document() -> PdfDocument:
    return PdfDocument(
        title="海门区推动大规模设备更新行动任务进度表",
        subtitle_lines=("南通市海门区推动大规模设备更新行动方案", "截至2024年7月20日"),
        landscape=True,
        blocks=(
            PdfParagraph("现将各项任务推进情况汇总如下。"),
            PdfTable(
                COLUMNS, (PdfSpanRow("一、实施设备更新行动"), *task_rows(3)), caption="表1 任务推进情况"
            ),
            PdfPageBreak(),
            PdfTable(COLUMNS, task_rows(3, start=4)),
            PdfPageBreak(),
            PdfBarChart("各领域完成率", (PdfBar("制造业", 85, "green"), PdfBar("交通运输", 10, "red"))),
        ),
        signature_lines=("区领导小组办公室", "2024年7月20日"),
    )


def test_three_page_landscape_pdf_has_its_text_and_page_numbers(tmp_path: Path) -> None:
    path = build_pdf(tmp_path / "进度表.pdf", three_page_document())

    reader = PdfReader(path)
    assert len(reader.pages) == 3
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    texts = page_texts(path)
    assert "海门区推动大规模设备更新行动任务进度表" in texts[0]
    assert "截至2024年7月20日" in texts[0]
    assert "一、实施设备更新行动" in texts[0]
    assert "任务1：加快重点行业设备更新和技术改造" in texts[0]
    assert "黄灯" in texts[0] and "绿灯" in texts[0] and "已办结" in texts[0]
    assert "红灯" in texts[1]
    assert "任务6：" in texts[1]
    assert "各领域完成率" in texts[2] and "交通运输" in texts[2] and "85%" in texts[2]
    assert "区领导小组办公室" in texts[2]
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页共3页" in text
    assert reader.metadata is not None and reader.metadata.title == "海门区推动大规模设备更新行动任务进度表"


def test_every_font_is_embedded_truetype(tmp_path: Path) -> None:
    path = build_pdf(tmp_path / "fonts.pdf", three_page_document())

    embedded = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")  # none for an unembedded standard font (Helvetica)
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            embedded.add(str(font["/BaseFont"]))
    assert embedded, "no embedded TrueType font found"


def test_header_repeats_on_every_page_of_a_long_table(tmp_path: Path) -> None:
    path = build_pdf(
        tmp_path / "long.pdf",
        PdfDocument(title="长表", landscape=True, blocks=(PdfTable(COLUMNS, task_rows(60)),)),
    )

    texts = page_texts(path)
    assert len(texts) >= 3
    for text in texts:
        assert "牵头单位" in text and "进展情况" in text
    assert all(f"任务{i}：" in "".join(texts) for i in range(1, 61))


def test_user_text_is_not_markup_and_a_row_taller_than_a_page_is_cut(tmp_path: Path) -> None:
    huge = "推进" * 1500  # several pages of text in one cell
    spec = PdfDocument(
        title="A&B <测试>",
        blocks=(
            PdfParagraph("完成率<5% & 项目>80个\n第二行"),
            PdfTable(
                (PdfColumn("序号", 0.2), PdfColumn("进展情况", 0.8)),
                (("1", "短"), ("2", huge), ("3", "末行")),
            ),
        ),
    )
    path = build_pdf(tmp_path / "tall.pdf", spec)

    text = "".join(page_texts(path))
    assert "A&B<测试>" in text
    assert "完成率<5%&项目>80个第二行" in text
    assert text.count("推") == 1500 and "末行" in text


def test_portrait_urge_notice_with_form_table(tmp_path: Path) -> None:
    spec = PdfDocument(
        title="督办单",
        subtitle_lines=("区设备更新领导小组办公室〔2024〕第3号",),
        blocks=(
            PdfParagraph("区发改委：", kind="plain"),
            PdfParagraph("你单位牵头的下列任务进度滞后，请于2024年7月31日前报送整改情况。"),
            PdfTable(
                (PdfColumn("", 0.25), PdfColumn("", 0.75)),
                (
                    (PdfCell("督办事项", bold=True), "建立设备更新项目库"),
                    ("当前状态", PdfCell("红灯", light="red")),
                ),
                show_header=False,
            ),
        ),
        signature_lines=("区领导小组办公室", "2024年7月20日"),
    )
    path = build_pdf(tmp_path / "督办单.pdf", spec)

    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert float(box.height) > float(box.width)
    text = page_texts(path)[0]
    assert "督办事项建立设备更新项目库" in text and "第1页共1页" in text


def test_a_table_row_of_the_wrong_width_is_a_bug(tmp_path: Path) -> None:
    spec = PdfDocument(title="t", blocks=(PdfTable(COLUMNS, (("1", "2"),)),))
    with pytest.raises(ValueError, match="2 cells for 6 columns"):
        build_pdf(tmp_path / "bad.pdf", spec)


# --- saving ----------------------------------------------------------------------------------------


def test_missing_folder_is_export_failed(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match=r"不存在.*请重新选择保存位置"):
        build_pdf(tmp_path / "无此文件夹" / "进度表.pdf", three_page_document())


def test_file_open_in_a_viewer_is_export_failed_and_the_old_file_survives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "进度表.pdf"
    target.write_bytes(b"old")

    def locked(src: object, dst: object) -> None:  # what Windows does while a viewer holds the file
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_files.os, "replace", locked)
    with pytest.raises(ExportFailed) as raised:
        build_pdf(target, three_page_document())

    assert "正被其他程序" in str(raised.value) and "请关闭该文件后重试" in str(raised.value)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_disk_full_is_export_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_files.os, "replace", full)
    with pytest.raises(ExportFailed, match="磁盘空间不足"):
        build_pdf(tmp_path / "a.pdf", three_page_document())
    assert list(tmp_path.iterdir()) == []


def test_folder_without_permission_is_export_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_files.tempfile, "mkstemp", denied)
    with pytest.raises(ExportFailed, match=r"没有权限在.*中保存文件"):
        build_pdf(tmp_path / "a.pdf", three_page_document())


# --- fonts -----------------------------------------------------------------------------------------


def test_bundled_font_is_used_without_windows_fonts(tmp_path: Path) -> None:
    chosen = choose_fonts([tmp_path])
    assert {face.name for face, _ in chosen.values()} == {BUNDLED_FONT.name}
    assert all(path == resource_path("fonts", "wqy-microhei.ttc") for _, path in chosen.values())
    assert resource_path("fonts", "wqy-microhei.ttc").is_file()


def test_windows_fonts_are_preferred_by_role(tmp_path: Path) -> None:
    for name in ("SIMHEI.TTF", "simfang.ttf", "simsun.ttc"):
        (tmp_path / name).write_bytes(b"")
    chosen = choose_fonts([tmp_path])
    assert chosen["title"][0].name == "SimHei"
    assert chosen["heading"][0].name == "SimHei"
    assert chosen["body"][0].name == "SimFang"
    assert chosen["table"][0].name == "SimSun"


def test_an_unreadable_windows_font_falls_back_to_the_bundled_one(tmp_path: Path) -> None:
    (tmp_path / "simfang.ttf").write_bytes(b"not a font")
    fonts = pdf_fonts([tmp_path])
    assert fonts.body == BUNDLED_FONT.name
    assert fonts.uses_bundled_font


def test_resource_path_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "x.ttc") == tmp_path / "resources" / "fonts" / "x.ttc"
