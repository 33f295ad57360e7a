"""The data folder moves from Roaming to Local AppData on Windows (issue 17 item 8), in a fake Windows
environment: the ledger, its attachments and backups arrive checked, the old folder is kept renamed until
the next start, and a ledger that cannot be moved whole is used where it is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from models import LedgerItem
from services.errors import LedgerCorrupt
from services.ledger.attachments import add_attachment, attachment_file
from services.ledger.rows import list_plans
from services.plans.store import store_plan
from services.storage import data_folder, locations
from services.storage.database import ledger_file, open_ledger, user_action
from tests.conftest import SMALL_PLAN
from tests.unit.test_ledger_checks import garbage_page

pytestmark = pytest.mark.sqlite_only

PHOTO = b"\xff\xd8\xff\xe0 photo " * 1000


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """%APPDATA% and %LOCALAPPDATA% of a Windows user, under tmp_path; no DUBAN_DATA_DIR."""
    roaming, local = tmp_path / "AppData" / "Roaming", tmp_path / "AppData" / "Local"
    monkeypatch.delenv("DUBAN_DATA_DIR", raising=False)
    monkeypatch.setenv("APPDATA", str(roaming))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setattr(locations, "_windows", lambda: True)
    monkeypatch.setattr(data_folder, "_settled", {})
    return {"old": roaming / locations.APP_DIR_NAME, "new": local / locations.APP_DIR_NAME}


def old_ledger(folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    """The ledger as an older version kept it in Roaming: a plan, an attachment, a backup, a log."""
    monkeypatch.setenv("DUBAN_DATA_DIR", str(folder))  # the old version's default, made by hand
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(PHOTO)
    ledger = open_ledger(None)
    try:
        with user_action(ledger) as session:
            store_plan(session, SMALL_PLAN, source_name="test.txt")
            task = session.scalars(select(LedgerItem.id).where(LedgerItem.kind == "measure")).first()
            attachment = add_attachment(session, task, photo, folder)
    finally:
        ledger.dispose()
    (folder / "backups").mkdir(exist_ok=True)
    (folder / "backups" / "ledger-20261201-080000-000000-daily.sqlite3").write_bytes(
        (folder / "ledger.sqlite3").read_bytes()
    )
    (folder / "logs").mkdir()
    (folder / "logs" / "duban.log").write_text("old log\n", encoding="utf-8")
    monkeypatch.delenv("DUBAN_DATA_DIR")
    return attachment


def plan_titles(ledger) -> list[str]:
    with user_action(ledger) as session:
        return [p.title for p in list_plans(session)]


def test_the_default_folder_is_local_appdata_on_windows_and_xdg_elsewhere(
    windows: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert locations.data_dir() == windows["new"]
    monkeypatch.setattr(locations, "_windows", lambda: False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert locations.data_dir() == tmp_path / "xdg" / "duban-taizhang"
    assert locations.roaming_data_dir() is None  # nothing to move on Linux


def test_a_ledger_in_roaming_moves_to_local_on_first_start(
    windows: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    old, new = windows["old"], windows["new"]
    attachment = old_ledger(old, monkeypatch, tmp_path)

    assert ledger_file(None) == new / "ledger.sqlite3"
    ledger = open_ledger(None)
    try:
        assert plan_titles(ledger) == [SMALL_PLAN["title"]]
        with user_action(ledger) as session:
            assert attachment_file(session, attachment, new).read_bytes() == PHOTO
    finally:
        ledger.dispose()
    assert (new / "backups" / "ledger-20261201-080000-000000-daily.sqlite3").is_file()
    assert (new / "logs" / "duban.log").read_text(encoding="utf-8") == "old log\n"
    kept = old.with_name(old.name + data_folder.MOVED_SUFFIX)
    assert not old.exists() and (kept / "ledger.sqlite3").is_file()  # kept until the next start

    monkeypatch.setattr(data_folder, "_settled", {})  # the next start
    ledger = open_ledger(None)
    try:
        assert plan_titles(ledger) == [SMALL_PLAN["title"]]
    finally:
        ledger.dispose()
    assert not kept.exists()


def test_a_damaged_ledger_in_roaming_is_not_moved_and_still_named(
    windows: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    old, new = windows["old"], windows["new"]
    old_ledger(old, monkeypatch, tmp_path)
    garbage_page(old / "ledger.sqlite3", "ledger_item")
    before = (old / "ledger.sqlite3").read_bytes()

    assert ledger_file(None) == old / "ledger.sqlite3"  # used where it is, with its backups
    with pytest.raises(LedgerCorrupt):
        open_ledger(None)
    assert (old / "ledger.sqlite3").read_bytes() == before
    assert not (new / "ledger.sqlite3").exists()
    assert not old.with_name(old.name + data_folder.MOVED_SUFFIX).exists()


def test_a_ledger_already_in_local_is_never_overwritten(
    windows: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    old, new = windows["old"], windows["new"]
    old_ledger(old, monkeypatch, tmp_path)
    new.mkdir(parents=True)
    sqlite3.connect(new / "ledger.sqlite3").close()  # whatever is there stays the user's
    assert ledger_file(None) == new / "ledger.sqlite3"
    assert (old / "ledger.sqlite3").is_file()  # and the Roaming one is left alone
    assert (new / "ledger.sqlite3").stat().st_size == 0
