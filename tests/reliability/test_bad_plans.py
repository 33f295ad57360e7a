"""Plan documents that are no readable plan, one case each: refused by import_plan_file and by the CLI
(parse-plan, import-plan) with the exact message, and the ledger untouched. Then the awkward files that
are plans after all (UTF-16 without a BOM, UTF-8 and GBK pasted together, stray NUL bytes) are read."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from cli import main as cli
from models import LedgerItem, Plan
from services.errors import PlanRejected
from services.plans import reader as plan_reader
from services.plans.importing import import_plan_file
from services.storage.database import user_action
from tests.reliability import bad_documents as doc
from tests.reliability.bad_workbooks import zip_of
from tests.reliability.fingerprint import fingerprint

SAVE_AS = "请在 Word/WPS 中打开原文件，另存为 .docx（Word 文档）或 .txt（纯文本）后再导入"
BROKEN = "文件扩展名是 .docx，但内容已损坏或不完整。请重新下载或在 Word/WPS 中打开后另存为 .docx"
BOMB = (
    "文件解压后的内容异常庞大，不像是一份方案，可能是恶意构造的文件，为安全起见不导入。"
    "请确认选择了正确的文件，或在 Word/WPS 中打开后另存为 .docx 再导入"
)
UNSAFE = (
    "文件含有不允许的 XML 内容（实体或外部引用），可能是恶意构造的文件，为安全起见不导入。"
    "请在 Word/WPS 中打开原文件，另存为 .docx 后再导入"
)
BINARY = "文件内容不是文字（可能是程序、图片或损坏的文件）。" + SAVE_AS
NO_STRUCTURE = (
    "没有找到方案的层次结构（“一、”“（一）”标题或“1.”编号的具体措施）。"
    "请确认选择的是行动方案正文，而不是通知、新闻稿或扫描件；若措施没有编号，请在 Word/WPS 中为措施加上编号后再导入"
)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


@dataclass(frozen=True)
class Case:
    id: str
    name: str
    content: Callable[[], bytes]
    reason: str


CASES = [
    Case("empty file", "方案.txt", lambda: b"", "文件是空的，没有任何文字。请确认选择了正确的方案文件"),
    Case("binary garbage named .txt", "方案.txt", doc.garbage, BINARY),
    Case("a .docx that is not a zip", "方案.docx", lambda: doc.PLAN.encode(), BROKEN),
    Case("a zip that is not a docx", "方案.docx", lambda: zip_of({"说明.txt": b"hello"}), BROKEN),
    Case("docx zip bomb in the body", "炸弹.docx", lambda: doc.docx_bomb(doc.DOCUMENT), BOMB),
    Case("docx zip bomb in the styles", "样式炸弹.docx", lambda: doc.docx_bomb("word/styles.xml"), BOMB),
    Case("docx entity expansion", "实体.docx", lambda: doc.docx_with_doctype(doc.LAUGHS, b"&f;"), UNSAFE),
    Case(
        "docx external entity", "外部实体.docx", lambda: doc.docx_with_doctype(doc.EXTERNAL, b"&x;"), UNSAFE
    ),
    Case("docx with an unknown compression", "压缩.docx", doc.unknown_compression, BROKEN),
    Case("truncated docx", "不完整.docx", lambda: doc.plan_docx()[:2000], BROKEN),
    Case(
        "UTF-16 text without a BOM, no plan in it",
        "通知.txt",
        lambda: doc.NEWS.encode("utf-16-le"),
        NO_STRUCTURE,
    ),
    Case(
        "a 50 MB text",
        "汇编.txt",
        lambda: doc.big_text(50),
        "文件超过 20 MB，不像是一份方案。请确认选择了正确的文件",
    ),
    Case("no headings, no measures", "新闻.txt", lambda: doc.NEWS.encode("gbk"), NO_STRUCTURE),
    Case("only a title", "方案.txt", lambda: "某区推动大规模设备更新行动方案\n".encode(), NO_STRUCTURE),
    Case("text cut short, NUL bytes after", "方案.txt", lambda: doc.PLAN.encode() + bytes(8000), BINARY),
    Case(
        "a PDF cut short",
        "方案.pdf",
        lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "这是 PDF 文件，但内容已损坏或不完整，无法读取。请重新下载，或向发文单位索取 Word 原件（.docx）",
    ),
    Case(
        "an old .doc",
        "方案.doc",
        lambda: OLE,
        "这是旧版 Word/WPS 文档（.doc/.wps），无法直接读取。请在 Word/WPS 中另存为 .docx 后再导入",
    ),
    Case(
        "a password-protected docx",
        "加密.docx",
        lambda: OLE,
        "这是加密（设置了打开密码）的 Word 文件，或改了扩展名的旧版 .doc。请在 Word/WPS 中取消密码并另存为 .docx 后再导入",
    ),
    Case(
        "a workbook",
        "台账.xlsx",
        lambda: zip_of({"xl/workbook.xml": b"<workbook/>"}),
        "这是表格文件（Excel/CSV），不是方案正文。任务分解表或台账请用“文件”菜单的“导入 Excel 台账”；"
        "方案请导入 Word 文件（.docx）、PDF 或纯文本（.txt）；进度报送表请用“导入报送”",
    ),
    Case(
        "a Word file holding only a picture",
        "扫描件.docx",
        doc.picture_only,
        "文件是空的，没有任何文字。请确认选择了正确的方案文件",
    ),
]


def refused_everywhere(ledger, path: Path, message: str) -> None:
    before = fingerprint(ledger)
    with pytest.raises(PlanRejected) as raised, user_action(ledger) as session:
        import_plan_file(session, path)
    assert str(raised.value) == message
    for command in ("parse-plan", "import-plan"):
        out, err = io.StringIO(), io.StringIO()
        assert cli.run(["--db", ledger.url, command, str(path)], out, err) == 1
        assert (out.getvalue(), err.getvalue()) == ("", f"错误：{message}\n")
    assert fingerprint(ledger) == before


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_plan_is_refused_and_nothing_stored(shared, tmp_path: Path, case: Case) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.content())
    refused_everywhere(shared.ledger, path, f"无法读取方案文件“{case.name}”：{case.reason}")


def test_a_folder_named_like_a_plan(shared, tmp_path: Path) -> None:
    folder = tmp_path / "方案.docx"
    folder.mkdir()
    refused_everywhere(
        shared.ledger,
        folder,
        "无法读取方案文件“方案.docx”：这是一个文件夹，不是方案文件。请打开文件夹，选择其中的 .docx 或 .txt 方案文件",
    )


def test_a_file_gone_before_it_is_read(shared, tmp_path: Path) -> None:
    refused_everywhere(
        shared.ledger,
        tmp_path / "方案.txt",
        "无法读取方案文件“方案.txt”：找不到该文件。请确认文件仍在原位置（邮件附件需先保存到电脑上）",
    )


def test_a_file_this_user_may_not_read(shared) -> None:
    assert plan_reader.read_plan_blocks  # imported before the switch: another user cannot read the venv
    before = fingerprint(shared.ledger)
    with (
        doc.unreadable_file(doc.PLAN.encode()) as path,
        pytest.raises(PlanRejected) as raised,
        user_action(shared.ledger) as session,
    ):
        import_plan_file(session, path)
    assert raised.value.reason == (
        "没有权限读取该文件（可能正被其他程序打开并锁定）。请关闭正在使用它的程序，或把文件复制到“文档”或桌面后再导入"
    )
    assert fingerprint(shared.ledger) == before


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(lambda: doc.PLAN.encode("utf-16-le"), id="UTF-16 without a BOM"),
        pytest.param(lambda: doc.PLAN.encode("utf-16-be"), id="UTF-16 big-endian without a BOM"),
        pytest.param(lambda: doc.mixed("utf-8", "gbk"), id="UTF-8 lines then GBK lines"),
        pytest.param(lambda: doc.mixed("gbk", "utf-8"), id="GBK lines then UTF-8 lines"),
        pytest.param(lambda: doc.PLAN.encode().replace(b"\n", b"\n\x00", 2), id="two stray NUL bytes"),
    ],
)
def test_awkward_text_that_is_a_plan_is_read_whole(ledger, tmp_path: Path, content) -> None:
    path = tmp_path / "方案.txt"
    path.write_bytes(content())
    with user_action(ledger) as session:
        plan_id = import_plan_file(session, path)
    with user_action(ledger) as session:
        assert session.get(Plan, plan_id).title == "某区推动设备更新行动方案"
        texts = session.scalars(
            select(LedgerItem.text).where(LedgerItem.plan_id == plan_id, LedgerItem.kind == "measure")
        ).all()
    assert sorted(texts) == [
        "1.推进医疗设备更新。到2027年更新医疗设备226台。（区卫健委牵头负责）",
        "2.建立设备更新项目库。（区发改委负责）",
    ]
