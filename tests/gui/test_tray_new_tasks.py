"""Importing a plan whose tasks are already yellow or red is not news that they "turned" so."""

from __future__ import annotations

from ui import settings
from ui.tray import TrayNotifier


def _announcements(context, window, qtbot) -> list[list[int]]:
    notifier = TrayNotifier(context, window)
    said: list[list[int]] = []
    checked: list[bool] = []
    notifier.announced.connect(said.append)
    original = notifier._announce
    notifier._announce = lambda *a, **k: (original(*a, **k), checked.append(True))
    notifier.check()
    qtbot.waitUntil(lambda: bool(checked), timeout=10000)
    return said


def test_a_just_imported_plan_is_not_announced(context, window, plan_id, qtbot):
    assert _announcements(context, window, qtbot) == []


def test_a_task_seen_before_that_is_red_now_is_announced(context, window, plan_id, qtbot):
    settings.TRAY_SEEN_UP_TO.set(10**9)  # every task was there at the last check, none announced
    assert len(_announcements(context, window, qtbot)) == 1
