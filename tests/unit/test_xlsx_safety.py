"""Untrusted workbooks: every bad file a unit can mail in is refused with its own message.

Each bad file is made here, small and fast; the zip bomb is streamed so the test never holds it.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from services.errors import WorkbookRejected
from services.files.xlsx_safety import (
    OLE_MAGIC,
    WorkbookLimits,
    check_workbook_file,
    open_workbook,
    read_rows,
)

SAVE_AS = "请在 Excel 或 WPS 中打开，“另存为”“Excel 工作簿（*.xlsx）”后再导入。"
RESEND = "请重新下载附件，或请报送单位重新发送。"


def good_workbook_bytes(rows: int = 5) -> bytes:
    workbook = Workbook()
    ws = workbook.active
    ws.title = "进度报送"
    ws.append(["序号", "任务", "本期完成数量", "累计"])
    for i in range(1, rows + 1):
        ws.append([i, f"任务{i}", i * 10, f"=C{i + 1}*2"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rezip(data: bytes, *, drop: tuple[str, ...] = (), add: dict[str, bytes] | None = None) -> bytes:
    """The same workbook with members removed, replaced or added."""
    add = add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename not in drop and info.filename not in add:
                dst.writestr(info.filename, src.read(info.filename))
        for name, content in add.items():
            dst.writestr(name, content)
    return out.getvalue()


def ole_file(*stream_names: str) -> bytes:
    # An OLE header, then a directory sector holding the stream names in UTF-16, as Office writes them.
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in stream_names)
    return OLE_MAGIC + b"\x00" * 504 + directory.ljust(512, b"\x00") + b"\x00" * 1024


def rejected(
    tmp_path: Path, name: str, content: bytes, limits: WorkbookLimits | None = None
) -> WorkbookRejected:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(WorkbookRejected) as raised:
        open_workbook(path, limits or WorkbookLimits())
    error = raised.value
    assert type(error) is WorkbookRejected
    assert error.file == name
    assert str(error).startswith(f"文件“{name}”")
    return error


def test_a_good_workbook_opens_read_only_with_cached_values(tmp_path: Path) -> None:
    path = tmp_path / "区发改委.xlsx"
    path.write_bytes(good_workbook_bytes())
    workbook = open_workbook(path)
    try:
        assert workbook.read_only
        rows = list(read_rows(workbook["进度报送"], file_name=path.name))
    finally:
        workbook.close()
    assert rows[0] == (1, ("序号", "任务", "本期完成数量", "累计"))
    assert rows[1] == (2, (1, "任务1", 10, None))  # a formula is never evaluated; openpyxl cached nothing
    assert len(rows) == 6
    path.unlink()  # loaded from memory: the attachment is not held open (Windows would refuse this)


def test_xls_is_refused_with_save_as(tmp_path: Path) -> None:
    error = rejected(tmp_path, "报送表.xls", ole_file("Root Entry", "Workbook", "SummaryInformation"))
    assert error.reason == "这是旧版 Excel 97-2003 工作簿（.xls）：" + SAVE_AS


def test_xls_renamed_to_xlsx_is_refused_the_same_way(tmp_path: Path) -> None:
    error = rejected(tmp_path, "报送表.xlsx", ole_file("Root Entry", "Workbook"))
    assert error.reason == "这是旧版 Excel 97-2003 工作簿（.xls）：" + SAVE_AS


def test_encrypted_workbook_is_refused(tmp_path: Path) -> None:
    error = rejected(tmp_path, "加密.xlsx", ole_file("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    assert error.reason == (
        "文件设置了打开密码（已加密），无法读取：请报送单位在 Excel 或 WPS 中取消打开密码，"
        "另存为“Excel 工作簿（*.xlsx）”后重新发送。"
    )


@pytest.mark.parametrize(
    "content",
    [
        "序号,任务,完成数量\n1,建立设备更新项目库,80\n".encode("gb18030"),
        "\ufeff序号,任务\n1,项目库\n".encode(),
        "序号\t任务\r\n1\t项目库\r\n".encode("utf-16"),
    ],
    ids=["gbk-csv", "utf8-bom-csv", "utf16-text"],
)
def test_csv_renamed_to_xlsx_is_refused(tmp_path: Path, content: bytes) -> None:
    error = rejected(tmp_path, "报送表.xlsx", content)
    assert error.reason == "这是 CSV 或文本文件（只是改了扩展名），不是 Excel 工作簿：" + SAVE_AS


def test_web_page_saved_as_excel_is_refused(tmp_path: Path) -> None:
    content = '<html><head><meta charset="utf-8"></head><body><table><tr><td>序号</td></tr></table>'.encode()
    error = rejected(tmp_path, "系统导出.xls", content)
    assert error.reason == "这是网页（HTML）格式的表格，只是扩展名像 Excel：" + SAVE_AS


def test_truncated_download_is_refused(tmp_path: Path) -> None:
    data = good_workbook_bytes()
    error = rejected(tmp_path, "未下载完.xlsx", data[: len(data) // 2])
    assert error.reason == "文件不完整或已损坏（可能附件没有下载完整）：" + RESEND


def test_empty_file_is_refused(tmp_path: Path) -> None:
    error = rejected(tmp_path, "空.xlsx", b"")
    assert error.reason == "文件是空的（0 字节），可能附件没有下载完整：" + RESEND


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkbookRejected) as raised:
        open_workbook(tmp_path / "不存在.xlsx")
    assert raised.value.reason == "找不到该文件：请确认文件仍在原位置（邮件附件需先保存到电脑上）。"
    (tmp_path / "文件夹.xlsx").mkdir()
    with pytest.raises(WorkbookRejected) as raised:
        open_workbook(tmp_path / "文件夹.xlsx")
    assert raised.value.reason == "这是一个文件夹，不是 Excel 文件：请选择文件夹中的 .xlsx 文件。"


def test_zip_without_content_types_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("区发改委.xlsx", b"not really")
    error = rejected(tmp_path, "报送表.xlsx", buffer.getvalue())
    assert error.reason == "这是一个压缩包，不是 Excel 工作簿：请先解压，再导入其中的 .xlsx 文件。"


def test_workbook_with_vba_project_is_refused(tmp_path: Path) -> None:
    content = rezip(good_workbook_bytes(), add={"xl/vbaProject.bin": b"\x00" * 100})
    error = rejected(tmp_path, "带宏.xlsx", content)
    assert error.reason == (
        "这是含宏的工作簿（.xlsm），为安全起见不导入：请在 Excel 或 WPS 中打开，"
        "“另存为”“Excel 工作簿（*.xlsx）”（不含宏）后再导入。"
    )


def test_macro_enabled_content_type_and_xlsm_name_are_refused(tmp_path: Path) -> None:
    data = good_workbook_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml")
    types = types.replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    error = rejected(tmp_path, "a.xlsx", rezip(data, add={"[Content_Types].xml": types}))
    assert error.reason.startswith("这是含宏的工作簿（.xlsm），为安全起见不导入")
    error = rejected(tmp_path, "b.xlsm", data)
    assert error.reason == "这是含宏的工作簿（.xlsm），为安全起见不导入：" + SAVE_AS


def test_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "炸弹.xlsx"
    path.write_bytes(good_workbook_bytes())
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet2.xml", "w") as member,
    ):
        chunk = b"<row/>" * (1024 * 1024 // 6)
        for _ in range(64):  # 64 MB of XML that packs into about 64 KB
            member.write(chunk)
    with pytest.raises(WorkbookRejected) as raised:
        open_workbook(path)
    reason = raised.value.reason
    assert reason.startswith("文件内部“xl/worksheets/sheet2.xml”的压缩比异常（约 ")
    assert reason.endswith(
        "倍），可能是恶意构造的文件，为安全起见不导入：请报送单位用 Excel 或 WPS 重新保存后发送。"
    )


def test_too_much_unpacked_xml_is_refused(tmp_path: Path) -> None:
    content = rezip(good_workbook_bytes(), add={"xl/worksheets/sheet2.xml": os.urandom(3 * 1024 * 1024)})
    error = rejected(tmp_path, "太大.xlsx", content, WorkbookLimits(max_unpacked_bytes=2 * 1024 * 1024))
    assert error.reason == (
        "文件解压后超过 2 MB，远大于一份报送表：请在 Excel 或 WPS 中删除多余的行、列和工作表后另存为 .xlsx，再导入。"
    )


def test_sheet_declaring_too_many_rows_is_refused(tmp_path: Path) -> None:
    error = rejected(tmp_path, "多行.xlsx", good_workbook_bytes(rows=30), WorkbookLimits(max_rows=10))
    assert error.where.sheet == "进度报送"
    assert error.reason == (
        "工作表有 31 行，超过 10 行的上限：如果表格下方有大量设置了格式的空行，请删除这些行后保存，再导入。"
    )
    assert str(error).startswith("文件“多行.xlsx”（工作表“进度报送”）未导入：")


def test_rows_past_the_cap_are_refused_while_reading_even_if_the_dimension_lies(tmp_path: Path) -> None:
    data = good_workbook_bytes(rows=30)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b'<dimension ref="A1:D31"/>' in sheet
    path = tmp_path / "假尺寸.xlsx"
    path.write_bytes(rezip(data, add={"xl/worksheets/sheet1.xml": sheet.replace(b"A1:D31", b"A1")}))

    workbook = open_workbook(path, WorkbookLimits(max_rows=10))  # the declared size passes
    ws = workbook["进度报送"]
    assert len(list(read_rows(ws, file_name=path.name, max_rows=40))) == 31  # all rows, not just A1
    with pytest.raises(WorkbookRejected) as raised:
        list(read_rows(ws, file_name=path.name, max_rows=10))
    workbook.close()
    assert raised.value.reason == (
        "工作表超过 10 行的上限：如果表格下方有大量设置了格式的空行，请删除这些行后保存，再导入。"
    )
    assert raised.value.where.sheet == "进度报送"


def test_xml_entity_bomb_is_refused(tmp_path: Path) -> None:
    data = good_workbook_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    sheet = sheet.replace("<worksheet", laughs + "<worksheet", 1)
    error = rejected(tmp_path, "实体.xlsx", rezip(data, add={"xl/worksheets/sheet1.xml": sheet.encode()}))
    assert error.reason == (
        "文件含有不允许的 XML 内容（实体或外部引用），可能是恶意构造的文件，为安全起见不导入：" + RESEND
    )


def test_other_files_get_their_own_reason(tmp_path: Path) -> None:
    assert rejected(tmp_path, "a.xlsx", b"%PDF-1.4\n...").reason == (
        "这是 PDF 文件，不是 Excel 工作簿：请报送单位发送 Excel 格式的报送表。"
    )
    assert rejected(tmp_path, "b.xlsx", ole_file("Root Entry", "WordDocument")).reason == (
        "这是 Word 文档（.doc），不是 Excel 工作簿：请导入单位报送的 Excel 表格。"
    )
    assert rejected(tmp_path, "c.xlsx", bytes(range(256)) * 4).reason == (
        "不是 Excel 工作簿（.xlsx），或文件已损坏：" + RESEND
    )


def test_check_returns_the_bytes_for_a_good_file(tmp_path: Path) -> None:
    data = good_workbook_bytes()
    path = tmp_path / "ok.xlsx"
    path.write_bytes(data)
    assert check_workbook_file(path) == data


def test_broken_sheet_xml_found_while_reading_names_the_sheet(tmp_path: Path) -> None:
    data = good_workbook_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    path = tmp_path / "坏表.xlsx"
    path.write_bytes(rezip(data, add={"xl/worksheets/sheet1.xml": sheet.replace(b"</sheetData>", b"<row")}))

    workbook = open_workbook(path)  # only the dimension is parsed when loading read-only
    with pytest.raises(WorkbookRejected) as raised:
        list(read_rows(workbook["进度报送"], file_name=path.name))
    workbook.close()
    assert raised.value.reason == "文件内容有误，无法读取（XML 格式错误）：" + SAVE_AS
    assert raised.value.where.sheet == "进度报送"
