"""The start-up error after a failed upgrade names the copy made before it and restores it on a click."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from models import schema
from tests.reliability.fingerprint import fingerprint
from tests.unit.test_upgrade_safety import broken_by_an_old_upgrade
from ui.app import open_with_recovery

pytestmark = pytest.mark.sqlite_only


def test_restore_this_copy_puts_it_back_and_opens_the_ledger(ledger, plan_id, qapp, monkeypatch) -> None:
    before = fingerprint(ledger)
    path, good = broken_by_an_old_upgrade(ledger)
    shown = []

    def click_restore(box: QMessageBox) -> int:
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        (restore,) = [b for b in box.buttons() if b.text() == "Restore this copy"]
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    opened = open_with_recovery(ledger.url)
    try:
        assert opened is not None
        assert schema.current_revision(opened.engine) == schema.HEAD_REVISION
        assert fingerprint(opened) == before
    finally:
        opened.dispose()
    ((text, buttons),) = shown  # asked once: after the restore the ledger opened
    assert str(good) in text and "duplicate column name" in text
    assert sorted(buttons) == ["Choose another database…", "Quit", "Restore this copy"]
    kept = [p.name for p in (path.parent / "backups").iterdir() if p.name.endswith("-before-restore.sqlite3")]
    assert len(kept) == 1  # the broken ledger it replaced is kept, so the restore can be reversed


def test_no_copy_no_restore_button(tmp_path, qapp, monkeypatch) -> None:
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"PK\x03\x04 not a ledger" * 8)
    buttons = []

    def quit_(box: QMessageBox) -> int:
        buttons.extend(b.text() for b in box.buttons())
        (quit_button,) = [b for b in box.buttons() if b.text() == "Quit"]
        quit_button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    assert open_with_recovery(f"sqlite:///{other}") is None
    assert sorted(buttons) == ["Choose another database…", "Quit"]


def test_a_damaged_ledger_offers_its_last_good_copy(ledger, plan_id, qapp, monkeypatch) -> None:
    from services.storage import backup
    from tests.unit.test_ledger_checks import garbage_page

    before = fingerprint(ledger)
    good = backup.backup_before(ledger.sqlite_file, reason="daily")
    ledger.dispose()
    garbage_page(ledger.sqlite_file, "ledger_item")
    texts = []

    def click_restore(box: QMessageBox) -> int:
        texts.append(box.text())
        (restore,) = [b for b in box.buttons() if b.text() == "Restore this copy"]
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    opened = open_with_recovery(ledger.url)
    try:
        assert fingerprint(opened) == before
    finally:
        opened.dispose()
    assert len(texts) == 1 and "已损坏" in texts[0] and str(good) in texts[0]
