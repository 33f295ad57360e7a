"""Attachments travel with the ledger (issue 17 item 5): beside a SQLite file, so every PC opening it
sees them; moved there from the per-user folder on first open, each checked, none lost; carried by the
clerk's backups (F.sqlite3 with F.attachments/) and put back by a restore."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from cli.main import run
from models import Attachment, LedgerItem
from services.ledger import attachment_store
from services.ledger.attachment_store import bring_to_shared, copy_verified, files_recorded, place_for
from services.ledger.attachments import add_attachment, attachment_file, file_digest
from services.plans.store import store_plan
from services.storage.database import open_ledger, sqlite_url, user_action
from tests.conftest import SMALL_PLAN

PHOTO = b"\xff\xd8\xff\xe0 photo of the new CT scanner " * 500
SCAN = b"%PDF-1.4 signed acceptance report " * 300


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return run(list(argv), out, err), out.getvalue(), err.getvalue()


def evidence(tmp_path: Path) -> list[Path]:
    files = [tmp_path / "in" / "现场照片.jpg", tmp_path / "in" / "验收报告.pdf"]
    files[0].parent.mkdir(exist_ok=True)
    files[0].write_bytes(PHOTO)
    files[1].write_bytes(SCAN)
    return files


def ledger_with_attachments(db_file: Path, base: Path, files: list[Path]) -> list[int]:
    """A SQLite ledger with one task holding `files`, stored under base/attachments."""
    db_file.parent.mkdir(parents=True, exist_ok=True)
    ledger = open_ledger(sqlite_url(db_file))
    try:
        with user_action(ledger) as session:
            store_plan(session, SMALL_PLAN, source_name="test.txt")
            task = session.scalars(select(LedgerItem.id).where(LedgerItem.kind == "measure")).first()
            return [add_attachment(session, task, f, base) for f in files]
    finally:
        ledger.dispose()


def names_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if not p.name.startswith(".")} if folder.is_dir() else set()


def test_a_sqlite_ledger_keeps_its_attachments_beside_it(tmp_path: Path, data_dir: Path) -> None:
    db_file = tmp_path / "share" / "台账.sqlite3"
    place = place_for(db_file, shared_folder="\\\\server\\ignored", per_user=data_dir)
    assert place.shared and place.folder == tmp_path / "share" / "attachments"
    server = place_for(None, shared_folder="", per_user=data_dir)
    assert not server.shared and server.folder == data_dir / "attachments"  # the clear note's case
    assert place_for(None, str(tmp_path / "s"), data_dir).folder == tmp_path / "s" / "attachments"


@pytest.mark.sqlite_only
def test_attachments_in_the_per_user_folder_move_beside_the_ledger_on_first_open(
    tmp_path: Path, data_dir: Path
) -> None:
    db_file = tmp_path / "share" / "ledger.sqlite3"
    photo, scan = evidence(tmp_path)
    ids = ledger_with_attachments(db_file, data_dir, [photo, scan])  # where they were kept until now
    old = data_dir / "attachments"
    photo_name = f"{file_digest(photo)}.jpg"
    # A file damaged in the old place is not copied as good, nor deleted.
    (old / f"{file_digest(scan)}.pdf").write_bytes(b"damaged")

    ledger = open_ledger(sqlite_url(db_file))
    try:
        new = db_file.parent / "attachments"
        assert names_in(new) == {photo_name}
        assert (new / photo_name).read_bytes() == PHOTO
        assert names_in(old) == {f"{file_digest(scan)}.pdf"}  # moved: the old copy is gone once checked
        with user_action(ledger) as session:
            assert attachment_file(session, ids[0], db_file.parent).read_bytes() == PHOTO
    finally:
        ledger.dispose()
    open_ledger(sqlite_url(db_file)).dispose()  # a second open has nothing left to do and loses nothing
    assert names_in(db_file.parent / "attachments") == {photo_name}


@pytest.mark.sqlite_only
def test_a_file_the_per_user_ledger_also_names_is_copied_and_kept_for_it(
    tmp_path: Path, data_dir: Path
) -> None:
    photo, _scan = evidence(tmp_path)
    ledger_with_attachments(data_dir / "ledger.sqlite3", data_dir, [photo])  # the default ledger's photo
    other = tmp_path / "share" / "ledger.sqlite3"
    ledger_with_attachments(other, data_dir, [photo])  # the same photo, in a ledger on a share
    open_ledger(sqlite_url(other)).dispose()
    name = f"{file_digest(photo)}.jpg"
    assert names_in(other.parent / "attachments") == {name}
    assert names_in(data_dir / "attachments") == {name}  # still the default ledger's


def test_a_copy_whose_content_is_wrong_is_not_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "a.jpg"
    source.write_bytes(PHOTO)
    target = tmp_path / "out" / "a.jpg"
    monkeypatch.setattr(shutil, "copyfile", lambda s, t: Path(t).write_bytes(PHOTO[:100]))  # cut short
    assert not copy_verified(source, target, file_digest(source))
    assert list(target.parent.iterdir()) == []  # neither the short file nor its temporary name


@pytest.mark.sqlite_only
def test_a_backup_carries_the_attachments_and_a_restore_puts_them_back(
    tmp_path: Path, data_dir: Path
) -> None:
    db_file = data_dir / "ledger.sqlite3"
    photo, scan = evidence(tmp_path)
    ids = ledger_with_attachments(db_file, data_dir, [photo, scan])
    copy = tmp_path / "usb" / "台账备份.sqlite3"
    code, out, err = call("--db", sqlite_url(db_file), "backup", "--out", str(copy))
    assert code == 0, err
    carried = tmp_path / "usb" / "台账备份.attachments"
    assert names_in(carried) == {f"{file_digest(photo)}.jpg", f"{file_digest(scan)}.pdf"}
    assert str(carried) in out

    # Another PC: the backup and its folder restored into an empty data folder.
    other_pc = tmp_path / "other-pc" / "ledger.sqlite3"
    other_pc.parent.mkdir()
    code, out, err = call("--db", sqlite_url(other_pc), "restore", str(copy))
    assert code == 0, err
    assert "注意" not in out
    ledger = open_ledger(sqlite_url(other_pc))
    try:
        with user_action(ledger) as session:
            assert attachment_file(session, ids[0], other_pc.parent).read_bytes() == PHOTO
            assert attachment_file(session, ids[1], other_pc.parent).read_bytes() == SCAN
    finally:
        ledger.dispose()


@pytest.mark.sqlite_only
def test_a_single_file_backup_still_restores_and_names_the_files_it_lacks(
    tmp_path: Path, data_dir: Path
) -> None:
    db_file = data_dir / "ledger.sqlite3"
    photo, _scan = evidence(tmp_path)
    ledger_with_attachments(db_file, data_dir, [photo])
    copy = tmp_path / "old-style.sqlite3"
    assert call("--db", sqlite_url(db_file), "backup", "--out", str(copy))[0] == 0
    shutil.rmtree(tmp_path / "old-style.attachments")  # as backups were before: the database alone
    elsewhere = tmp_path / "third-pc" / "ledger.sqlite3"
    elsewhere.parent.mkdir()
    code, out, err = call("--db", sqlite_url(elsewhere), "restore", str(copy))
    assert code == 0, err
    assert "现场照片.jpg" in out and "注意" in out


@pytest.mark.sqlite_only
def test_a_refused_backup_writes_no_attachments(tmp_path: Path, data_dir: Path) -> None:
    db_file = data_dir / "ledger.sqlite3"
    photo, _scan = evidence(tmp_path)
    ledger_with_attachments(db_file, data_dir, [photo])
    letter = tmp_path / "信.sqlite3"
    letter.write_text("不是数据库", encoding="utf-8")
    code, _, err = call("--db", sqlite_url(db_file), "backup", "--out", str(letter))
    assert code == 1 and "不是数据库" in err
    assert not (tmp_path / "信.attachments").exists()


def test_a_server_ledgers_files_move_to_the_shared_folder_once_set(
    ledger, plan_id: int, tmp_path: Path, data_dir: Path
) -> None:
    photo, _scan = evidence(tmp_path)
    with user_action(ledger) as session:
        task = session.scalars(select(LedgerItem.id).where(LedgerItem.kind == "measure")).first()
        add_attachment(session, task, photo, data_dir)  # no shared folder yet: this PC's
    shared = tmp_path / "server-share"
    with ledger.session_factory() as session:
        files = files_recorded(session)
    assert [f[2] for f in files] == ["现场照片.jpg"]
    keep_for_default = attachment_store.files_named_in(data_dir / "ledger.sqlite3")
    moved = bring_to_shared(files, data_dir, shared)
    assert moved == 1
    assert (shared / "attachments" / f"{file_digest(photo)}.jpg").read_bytes() == PHOTO
    # On SQLite the test's ledger is the per-user one, whose file stays; on a server it moves.
    left = names_in(data_dir / "attachments")
    assert left == ({files[0][0]} if keep_for_default else set())
    with user_action(ledger) as session:
        attachment_id = session.scalars(select(Attachment.id)).one()
        assert attachment_file(session, attachment_id, shared).read_bytes() == PHOTO


@pytest.mark.sqlite_only
def test_a_backup_over_an_earlier_one_replaces_a_damaged_file_in_its_folder(
    tmp_path: Path, data_dir: Path
) -> None:
    db_file = data_dir / "ledger.sqlite3"
    photo, _scan = evidence(tmp_path)
    ledger_with_attachments(db_file, data_dir, [photo])
    copy = tmp_path / "usb" / "台账备份.sqlite3"
    assert call("--db", sqlite_url(db_file), "backup", "--out", str(copy))[0] == 0
    carried = tmp_path / "usb" / "台账备份.attachments" / f"{file_digest(photo)}.jpg"
    carried.write_bytes(b"bad sector")
    assert call("--db", sqlite_url(db_file), "backup", "--out", str(copy))[0] == 0
    assert carried.read_bytes() == PHOTO
