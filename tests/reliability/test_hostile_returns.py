"""Hostile returns, one case each: refused with its exact message, in the preview, the commit and the
CLI, and the ledger is not touched (every row of every table compared before and after)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from cli import main as cli
from services.errors import ReturnRejected
from services.returns import sheet_xml as return_sheet_xml
from services.returns.importing import commit_returns
from services.returns.template import HIDDEN_SHEET
from services.storage.database import user_action
from tests.reliability import bad_workbooks as bad
from tests.reliability.fingerprint import counts, fingerprint
from tests.unit.returns_fill import preview

SAVE_AS = "请在 Excel 或 WPS 中打开，“另存为”“Excel 工作簿（*.xlsx）”后再导入。"
RESEND = "请重新下载附件，或请报送单位重新发送。"
DAMAGED = "文件不完整或已损坏（可能附件没有下载完整）：" + RESEND
UNSAFE = "文件含有不允许的 XML 内容（实体或外部引用），可能是恶意构造的文件，为安全起见不导入：" + RESEND
MACROS = "这是含宏的工作簿（.xlsm），为安全起见不导入："
ROWS = "超过 20000 行的上限：如果表格下方有大量设置了格式的空行，请删除这些行后保存，再导入。"
BROKEN = "文件内容有误，无法读取：" + SAVE_AS
SHEET = "（工作表“进展情况”）"
WORD = "这是 Word 文档（.docx），不是 Excel 工作簿：请导入单位报送的 Excel 表格。"


def ratio_of(data: bytes) -> str:
    """The ratio the refusal quotes, from the built file itself (zlib versions pack differently)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(bad.SHEET)
    return (
        f"文件内部“{bad.SHEET}”的压缩比异常（约 {info.file_size / info.compress_size:.0f} 倍），"
        "可能是恶意构造的文件，为安全起见不导入：请报送单位用 Excel 或 WPS 重新保存后发送。"
    )


def edited(change: Callable[[Workbook], None]) -> Callable[[bytes], bytes]:
    def build(good: bytes) -> bytes:
        workbook = load_workbook(io.BytesIO(good))
        change(workbook)
        out = io.BytesIO()
        workbook.save(out)
        return out.getvalue()

    return build


def new_workbook(*rows: tuple) -> Callable[[bytes], bytes]:
    def build(_good: bytes) -> bytes:
        workbook = Workbook()
        for row in rows:
            workbook.active.append(row)
        out = io.BytesIO()
        workbook.save(out)
        return out.getvalue()

    return build


def foreign_round(workbook: Workbook) -> None:
    workbook[HIDDEN_SHEET]["B3"] = 999  # 轮次编号: a round made on another PC


@dataclass(frozen=True)
class Case:
    id: str
    name: str
    build: Callable[[bytes], bytes]
    reason: str | Callable[[bytes], str]
    place: str = ""


CASES = [
    Case("zip bomb", "炸弹.xlsx", bad.zip_bomb, ratio_of),
    Case("directory claims 4 GB", "声称4G.xlsx", bad.declared_huge, ratio_of),
    Case("directory under-declares a bomb", "谎报大小.xlsx", bad.under_declared, DAMAGED),
    Case("billion laughs in the sheet", "实体1.xlsx", bad.in_member(bad.SHEET, bad.LAUGHS, "&lol9;"), UNSAFE),
    Case("billion laughs in the hidden sheet", "实体2.xlsx", bad.in_member(bad.HIDDEN, bad.LAUGHS), UNSAFE),
    Case(
        "billion laughs in workbook.xml", "实体3.xlsx", bad.in_member("xl/workbook.xml", bad.LAUGHS), UNSAFE
    ),
    Case(
        "billion laughs in the content types",
        "实体4.xlsx",
        bad.in_member("[Content_Types].xml", bad.LAUGHS),
        UNSAFE,
    ),
    Case("billion laughs in styles.xml", "实体5.xlsx", bad.in_member("xl/styles.xml", bad.LAUGHS), UNSAFE),
    Case(
        "external entity in the sheet",
        "外部实体1.xlsx",
        bad.in_member(bad.SHEET, bad.EXTERNAL, "&xxe;"),
        UNSAFE,
    ),
    Case(
        "external entity in workbook.xml",
        "外部实体2.xlsx",
        bad.in_member("xl/workbook.xml", bad.EXTERNAL),
        UNSAFE,
    ),
    Case("DTD in an encoding expat lacks", "外部实体3.xlsx", bad.doctype_in_an_encoding_expat_lacks, UNSAFE),
    Case(
        "external DTD in the relationships",
        "外部DTD.xlsx",
        bad.in_member("xl/_rels/workbook.xml.rels", '<!DOCTYPE r SYSTEM "http://example.invalid/r.dtd">'),
        UNSAFE,
    ),
    Case(
        "1,000,000 rows declared",
        "百万行1.xlsx",
        bad.million_rows_declared,
        "工作表有 1000000 行，" + ROWS,
        SHEET,
    ),
    Case(
        "1,000,000 real rows, dimension lies", "百万行2.xlsx", bad.million_rows_real, "工作表" + ROWS, SHEET
    ),
    Case("a row numbered 1,000,000", "百万行3.xlsx", bad.row_one_million, "工作表" + ROWS, SHEET),
    Case(
        "40,000-character cell",
        "长文本.xlsx",
        bad.long_cell,
        "单元格有 40000 个字符，超过 Excel 单元格 32767 个字符的上限，Excel 和 WPS 不会保存这样的内容，"
        "文件可能被其他程序改动过：请报送单位精简该单元格的内容，在 Excel 或 WPS 中重新保存后发送。",
        "（工作表“进展情况”第4行I列）",
    ),
    Case("macro workbook by name", "带宏.xlsm", lambda good: good, MACROS + SAVE_AS),
    Case(
        "vbaProject.bin inside an .xlsx",
        "带宏.xlsx",
        lambda good: bad.rezip(good, add={"xl/vbaProject.bin": b"\x00" * 512}),
        MACROS + "请在 Excel 或 WPS 中打开，“另存为”“Excel 工作簿（*.xlsx）”（不含宏）后再导入。",
    ),
    Case(
        "macro-enabled content type",
        "宏类型.xlsx",
        bad.macro_content_type,
        MACROS + "请在 Excel 或 WPS 中打开，“另存为”“Excel 工作簿（*.xlsx）”（不含宏）后再导入。",
    ),
    Case(
        "encrypted by Excel (OLE)",
        "加密.xlsx",
        lambda _g: bad.ole_file("Root Entry", "EncryptionInfo", "EncryptedPackage"),
        "文件设置了打开密码（已加密），无法读取：请报送单位在 Excel 或 WPS 中取消打开密码，"
        "另存为“Excel 工作簿（*.xlsx）”后重新发送。",
    ),
    Case(
        "zip password",
        "压缩密码.xlsx",
        bad.encrypted_member,
        "文件内部设置了压缩包密码（不是 Excel 的打开密码），无法读取：请报送单位直接发送 Excel 保存的"
        "“Excel 工作簿（*.xlsx）”，不要用压缩软件加密。",
    ),
    Case(
        "unknown compression method",
        "压缩方式.xlsx",
        bad.unknown_compression,
        "文件用 Excel 和 WPS 不使用的压缩方式打包过（可能被压缩软件重新压缩或加密），无法读取："
        "请报送单位在 Excel 或 WPS 中打开后“另存为”“Excel 工作簿（*.xlsx）”，再重新发送。",
    ),
    Case("damaged deflate stream", "损坏1.xlsx", bad.broken_deflate, DAMAGED),
    Case("CRC mismatch", "损坏2.xlsx", bad.bad_crc, DAMAGED),
    Case("truncated download", "未下载完.xlsx", lambda good: good[: len(good) // 2], DAMAGED),
    Case(
        "not a zip",
        "乱码.xlsx",
        lambda _g: bytes(range(256)) * 8,
        "不是 Excel 工作簿（.xlsx），或文件已损坏：" + RESEND,
    ),
    Case("empty file", "空.xlsx", lambda _g: b"", "文件是空的（0 字节），可能附件没有下载完整：" + RESEND),
    Case(
        "an .xls that is only an OLE shell",  # a real .xls is read (tests/unit/test_returns_formats.py)
        "报送表.xls",
        lambda _g: bad.ole_file("Root Entry", "Workbook"),
        "这是旧版 Excel 97-2003 工作簿（.xls）或 WPS 表格（.et），但文件已损坏或设置了密码，无法读取："
        + SAVE_AS,
    ),
    Case(
        "a real .csv",
        "报送表.csv",
        lambda _g: "任务,进展情况\n推进医疗卫生设备更新,已采购\n".encode("gb18030"),
        "这是 CSV 或文本文件，不是 Excel 工作簿：" + SAVE_AS,
    ),
    Case(
        "CSV renamed to .xlsx",
        "改名.xlsx",
        lambda _g: "任务,进展情况\n推进医疗卫生设备更新,已采购\n".encode("gb18030"),
        "这是 CSV 或文本文件（只是改了扩展名），不是 Excel 工作簿：" + SAVE_AS,
    ),
    Case(
        "web page saved as .xls",
        "系统导出.xls",
        lambda _g: "<html><body><table><tr><td>任务</td></tr></table></body></html>".encode(),
        "这是网页（HTML）格式的表格，只是扩展名像 Excel：" + SAVE_AS,
    ),
    Case(
        "PDF renamed to .xlsx",
        "扫描件.xlsx",
        lambda _g: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "这是 PDF 文件，不是 Excel 工作簿：请报送单位发送 Excel 格式的报送表。",
    ),
    Case("a Word .docx", "情况说明.docx", bad.word_document, WORD),
    Case(
        "an old Word .doc",
        "情况说明.doc",
        lambda _g: bad.ole_file("Root Entry", "WordDocument"),
        "这是 Word 文档（.doc），不是 Excel 工作簿：请导入单位报送的 Excel 表格。",
    ),
    Case(
        "a PowerPoint renamed",
        "汇报.xlsx",
        bad.presentation,
        "这是 PowerPoint 演示文稿，不是 Excel 工作簿：请导入单位报送的 Excel 表格。",
    ),
    Case(
        "binary workbook (.xlsb)",
        "二进制.xlsx",
        bad.binary_workbook,
        "这是 Excel 二进制工作簿（.xlsb）：" + SAVE_AS,
    ),
    Case(
        "zip without workbook.xml",
        "缺工作簿.xlsx",
        lambda good: bad.rezip(good, drop=("xl/workbook.xml",)),
        "不是 Excel 工作簿（缺少工作簿内容），或文件已损坏：" + SAVE_AS,
    ),
    Case(
        "a plain zip archive",
        "打包.xlsx",
        lambda good: bad.zip_of({"区卫健委.xlsx": good}),
        "这是一个压缩包，不是 Excel 工作簿：请先解压，再导入其中的 .xlsx 文件。",
    ),
    Case(
        "5,000 extra parts",
        "部件.xlsx",
        bad.too_many_parts,
        "文件内部包含 5010 个部件，不像一份报送表：" + RESEND,
    ),
    Case(
        "Excel's ~$ lock file",
        "~$区卫健委.xlsx",
        bad.lock_file,
        "这是 Excel 或 WPS 打开文件时生成的临时锁定文件（文件名以 ~$ 开头），不是报送表："
        "请导入同一文件夹中文件名不带 ~$ 的原文件。",
    ),
    Case("malformed sheet XML", "坏表.xlsx", bad.broken_sheet_xml, BROKEN, SHEET),
    Case("text in a number cell's XML", "坏数.xlsx", bad.not_a_number, BROKEN, SHEET),
    Case(
        "template of a round this ledger never made",
        "区卫健委-别处.xlsx",
        edited(foreign_round),
        "这份报送表属于编号为 999 的报送轮次（2024年第3季度），本台账中没有这个轮次：可能是在其他电脑上"
        "生成的模板，或该轮次已被删除。请导入本台账下发的报送表，或在生成该模板的电脑上导入。",
    ),
    Case(
        "no return table in the workbook",
        "区卫健委-照片说明.xlsx",
        new_workbook(("三季度工作总结",), ("详见附件照片",)),
        "没有找到报送表：工作表中没有“任务”“进展情况”等表头。请使用领导小组办公室下发的报送表模板填写。",
    ),
    Case(
        "unit cannot be told",
        "三季度进展.xlsx",
        new_workbook(("任务", "进展情况"), ("推进医疗卫生设备更新", "已采购")),
        "无法识别填报单位：表头没有“填报单位：”，文件名中也没有单位名称。"
        "请在表格上方填写“填报单位：单位名称”后重新导入，或请该单位使用下发的模板。",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_return_is_refused_and_writes_nothing(shared, tmp_path: Path, case: Case) -> None:
    data = case.build(shared.good)
    path = tmp_path / case.name
    path.write_bytes(data)
    reason = case.reason(data) if callable(case.reason) else case.reason
    message = f"文件“{case.name}”{case.place}未导入：{reason}"
    before = fingerprint(shared.ledger)

    [file] = preview(shared.ledger, path)
    assert file.refused == message
    assert not file.acceptable
    with pytest.raises(ReturnRejected) as raised, user_action(shared.ledger) as session:
        commit_returns(session, [file])
    assert str(raised.value) == message

    good = tmp_path / shared.good_name
    good.write_bytes(shared.good)
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["--db", shared.ledger.url, "import-returns", str(good), str(path)], out, err) == 1
    assert f"× {message}\n" in out.getvalue()
    assert err.getvalue() == (
        "错误：1 个文件不能导入（见上），本次未写入任何内容。请改正这些文件，或用 --skip 文件名 去掉它们后重新导入。\n"
    )
    after = fingerprint(shared.ledger)
    assert counts(after) == counts(before)
    assert after == before


def test_the_million_rows_are_not_read_past_the_cap(shared, tmp_path: Path, monkeypatch) -> None:
    """Refused after reading the rows up to the cap, not after a million: the walk stops there."""
    path = tmp_path / "百万行.xlsx"
    path.write_bytes(bad.million_rows_real(shared.good))
    rows_read = []
    read_value = return_sheet_xml._value

    def counting(c, strings, styles):
        rows_read.append(1)
        return read_value(c, strings, styles)

    monkeypatch.setattr(return_sheet_xml, "_value", counting)
    [file] = preview(shared.ledger, path)
    assert file.refused and "超过 20000 行的上限" in file.refused
    assert 20_000 - 20 < len(rows_read) < 21_000  # the template's own rows, then the cap: not a million


def test_a_folder_named_like_a_workbook(shared, tmp_path: Path) -> None:
    folder = tmp_path / "报送表.xlsx"
    folder.mkdir()
    before = fingerprint(shared.ledger)
    assert preview(shared.ledger, folder) == []  # a folder is searched for returns: this one has none
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["--db", shared.ledger.url, "import-returns", str(folder)], out, err) == 1
    assert err.getvalue() == (
        "错误：没有找到报送表文件（.xlsx）：请选择各单位报回的 Excel 文件，或存放这些文件的文件夹。\n"
    )
    assert fingerprint(shared.ledger) == before


def test_a_file_deleted_after_it_was_chosen(shared, tmp_path: Path) -> None:
    before = fingerprint(shared.ledger)
    [file] = preview(shared.ledger, tmp_path / "已删除.xlsx")
    assert file.refused == (
        "文件“已删除.xlsx”未导入：找不到该文件：请确认文件仍在原位置（邮件附件需先保存到电脑上）。"
    )
    assert fingerprint(shared.ledger) == before


def test_every_case_is_a_different_file() -> None:
    assert len({c.name for c in CASES}) == len(CASES) >= 40
