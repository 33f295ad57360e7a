"""Attachments (issue 17): a copy that is cut short is never stored as good, a broken copy from before is
replaced, the recorded SHA-256 is checked before a file is opened, and a stored name is resolved only
inside the attachments folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Attachment, LedgerItem
from services.errors import InvalidValue, NotFound
from services.ledger import attachments
from services.ledger.attachments import (
    add_attachment,
    attachment_file,
    file_digest,
    list_attachments,
    stored_path,
)
from services.storage.database import user_action

CONTENT = b"\xff\xd8\xff\xe0 photo of the new CT scanner " * 2000


@pytest.fixture
def task_id(ledger, plan_id) -> int:
    with user_action(ledger) as session:
        return session.scalars(select(LedgerItem.id).where(LedgerItem.kind == "measure")).first()


@pytest.fixture
def photo(tmp_path) -> Path:
    path = tmp_path / "现场照片.JPG"
    path.write_bytes(CONTENT)
    return path


def folder_files(data_dir: Path) -> list[str]:
    folder = data_dir / "attachments"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_copy_cut_short_is_not_stored_and_nothing_is_recorded(
    ledger, task_id, photo, data_dir, monkeypatch
):
    def cut_short(source, target):
        Path(target).write_bytes(Path(source).read_bytes()[:1000])
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(shutil, "copyfile", cut_short)
    with (
        pytest.raises(InvalidValue, match=r"无法复制文件“现场照片\.JPG”（磁盘读写出错），附件未添加"),
        user_action(ledger) as session,
    ):
        add_attachment(session, task_id, photo, data_dir)
    assert folder_files(data_dir) == []
    with user_action(ledger) as session:
        assert session.scalars(select(Attachment)).all() == []


def test_a_copy_that_differs_from_the_source_is_refused(ledger, task_id, photo, data_dir, monkeypatch):
    real = shutil.copyfile

    def changed_while_copied(source, target):
        real(source, target)
        with open(target, "r+b") as handle:
            handle.write(b"\x00\x00")

    monkeypatch.setattr(shutil, "copyfile", changed_while_copied)
    with pytest.raises(InvalidValue, match="被改动或没有完整复制"), user_action(ledger) as session:
        add_attachment(session, task_id, photo, data_dir)
    assert folder_files(data_dir) == []


def test_a_broken_copy_from_before_is_replaced_when_the_file_is_added_again(ledger, task_id, photo, data_dir):
    sha256 = file_digest(photo)
    folder = data_dir / "attachments"
    folder.mkdir()
    (folder / f"{sha256}.jpg").write_bytes(CONTENT[:4096])  # what a killed copy left before issue 17
    with user_action(ledger) as session:
        attachment_id = add_attachment(session, task_id, photo, data_dir)
    with user_action(ledger) as session:
        path = attachment_file(session, attachment_id, data_dir)
    assert path.read_bytes() == CONTENT and folder_files(data_dir) == [f"{sha256}.jpg"]


def test_a_file_altered_since_it_was_added_is_not_opened(ledger, task_id, photo, data_dir):
    with user_action(ledger) as session:
        attachment_id = add_attachment(session, task_id, photo, data_dir)
    with user_action(ledger) as session:
        path = attachment_file(session, attachment_id, data_dir)
    path.write_bytes(CONTENT[:100])
    with pytest.raises(InvalidValue, match="与添加时不一致"), user_action(ledger) as session:
        attachment_file(session, attachment_id, data_dir)
    path.unlink()
    with pytest.raises(NotFound, match="不在本机的附件文件夹中"), user_action(ledger) as session:
        attachment_file(session, attachment_id, data_dir)


@pytest.mark.parametrize(
    "stored_name",
    [
        "../../secret.txt",
        "..\\..\\Windows\\win.ini",
        "/etc/passwd",
        "C:\\Windows\\win.ini",
        "C:win.ini",
        "..",
        "CON",
    ],
)
def test_a_stored_name_never_leads_out_of_the_attachments_folder(
    ledger, task_id, photo, data_dir, stored_name
):
    (data_dir / "secret.txt").write_text("not evidence")
    with user_action(ledger) as session:
        attachment_id = add_attachment(session, task_id, photo, data_dir)
    with user_action(ledger) as session:  # what a tampered backup or shared database may hold
        session.get(Attachment, attachment_id).stored_name = stored_name
    with user_action(ledger) as session:
        assert [a.path for a in list_attachments(session, task_id, data_dir)] == [None]
    with pytest.raises(InvalidValue, match="指向附件文件夹以外"), user_action(ledger) as session:
        attachment_file(session, attachment_id, data_dir)


def test_a_plain_stored_name_resolves_inside(data_dir):
    assert stored_path(data_dir, "ab12.jpg") == (data_dir / "attachments" / "ab12.jpg").resolve()
    assert attachments.stored_path(data_dir, "a/b.jpg") is None
