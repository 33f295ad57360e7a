"""Opening an attachment from the task editor opens the checked file, or says why not (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from models import Attachment, LedgerItem
from services.ledger.attachments import list_attachments
from services.storage.database import user_action
from tests.gui.waiting import settle
from ui.task_tabs import AttachmentsTab


@pytest.fixture
def tab(context, plan_id, qtbot, tmp_path, monkeypatch):
    with user_action(context.ledger) as session:
        item_id = session.scalars(select(LedgerItem.id).where(LedgerItem.number == "2")).one()
    widget = AttachmentsTab(context)
    qtbot.add_widget(widget)
    widget.item_id = item_id
    evidence = tmp_path / "验收报告.pdf"
    evidence.write_bytes(b"%PDF-1.4 acceptance report" * 100)
    widget.add_files([evidence])
    settle(context)
    opened, shown = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr("ui.task_tabs.show_error", lambda parent, exc: shown.append(str(exc)))
    widget.opened, widget.shown = opened, shown
    return widget


def refresh(tab) -> None:
    with user_action(tab.context.ledger) as session:
        tab.show_task(tab.item_id, tuple(list_attachments(session, tab.item_id, tab.context.data_dir)))


def test_a_whole_attachment_opens(tab) -> None:
    refresh(tab)
    tab._open(0)
    assert tab.shown == [] and len(tab.opened) == 1
    assert tab.opened[0].startswith(str((tab.context.data_dir / "attachments").resolve()))


def test_a_stored_name_leading_outside_is_not_opened(tab) -> None:
    with user_action(tab.context.ledger) as session:
        session.scalars(select(Attachment)).one().stored_name = "../../ledger.sqlite3"
    refresh(tab)
    tab._open(0)
    assert tab.opened == [] and len(tab.shown) == 1 and "指向附件文件夹以外" in tab.shown[0]
