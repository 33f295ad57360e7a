"""The task editor's attachments go where every PC using the ledger finds them (issue 17 item 5): beside a
SQLite file opened from a share, into the shared folder set for a server; without one, a note says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from models import LedgerItem
from services.ledger.attachment_store import AttachmentPlace
from services.ledger.attachments import file_digest, list_attachments
from services.plans.store import store_plan
from services.storage.database import open_ledger, sqlite_url, user_action
from tests.conftest import SMALL_PLAN, TEST_BACKEND
from tests.gui.waiting import settle
from ui import settings
from ui.context import AppContext
from ui.task_tabs import AttachmentsTab


@pytest.fixture
def shared_ledger(tmp_path: Path, db_url: str):
    """SQLite: a ledger on a share, away from the per-user folder; a server: the test's database."""
    url = db_url if TEST_BACKEND == "postgresql" else sqlite_url(tmp_path / "share" / "ledger.sqlite3")
    (tmp_path / "share").mkdir()
    ledger = open_ledger(url)
    with user_action(ledger) as session:
        store_plan(session, SMALL_PLAN, source_name="test.txt")
    yield ledger
    ledger.dispose()


def test_files_added_in_the_editor_go_where_other_pcs_find_them(
    shared_ledger, data_dir: Path, tmp_path: Path, qtbot, monkeypatch
) -> None:
    settings.ATTACHMENTS_FOLDER.set(str(tmp_path / "server-share"))  # used by a server ledger only
    context = AppContext(shared_ledger, data_dir)
    tab = AttachmentsTab(context)
    qtbot.add_widget(tab)
    assert tab.local_note.isHidden()
    with user_action(shared_ledger) as session:
        tab.item_id = session.scalars(select(LedgerItem.id).where(LedgerItem.number == "2")).one()
    evidence = tmp_path / "验收报告.pdf"
    evidence.write_bytes(b"%PDF-1.4 acceptance report" * 100)
    tab.add_files([evidence])
    settle(context)

    expected = tmp_path / ("server-share" if TEST_BACKEND == "postgresql" else "share") / "attachments"
    assert [p.name for p in expected.iterdir()] == [f"{file_digest(evidence)}.pdf"]
    assert not (data_dir / "attachments").exists()  # not this PC's folder
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    with user_action(shared_ledger) as session:
        tab.show_task(tab.item_id, tuple(list_attachments(session, tab.item_id, context.attachments_base)))
    tab._open(0)
    assert opened and Path(opened[0]).parent == expected.resolve()


def test_a_server_ledger_without_a_shared_folder_says_where_files_go(
    context, qtbot, monkeypatch, data_dir: Path
) -> None:
    monkeypatch.setattr(AppContext, "attachment_place", lambda self: AttachmentPlace(data_dir, shared=False))
    tab = AttachmentsTab(context)
    qtbot.add_widget(tab)
    assert not tab.local_note.isHidden()
    assert str(data_dir / "attachments") in tab.local_note.text()
