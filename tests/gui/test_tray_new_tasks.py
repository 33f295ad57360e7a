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


def test_the_announced_lights_live_in_the_data_folder_not_the_settings(context, window, plan_id, qtbot):
    from ui.tray import STATE_FILE, load_state

    settings.TRAY_ANNOUNCED.set('{"999999": ["red", "2024-07-01"]}')  # where an older version kept them
    assert load_state(context.data_dir) == {999999: load_state(context.data_dir)[999999]}
    settings.TRAY_SEEN_UP_TO.set(10**9)
    assert len(_announcements(context, window, qtbot)) == 1
    assert (context.data_dir / STATE_FILE).is_file() and settings.TRAY_ANNOUNCED.get() == "{}"
    assert 999999 not in load_state(context.data_dir)  # no such task: forgotten
    assert load_state(context.data_dir)  # the red task just announced is remembered


def test_the_announced_lights_file_is_one_json_object_read_back_whole(tmp_path):
    import json
    from datetime import date

    from services.ledger.light_watch import Announced
    from services.ledger.lights import Light
    from ui.tray import SLICE, STATE_FILE, load_state, save_state

    state = {
        i: Announced(Light.RED if i % 2 else Light.YELLOW, date(2026, 12, i % 28 + 1))
        for i in range(2 * SLICE + 7)
    }
    save_state(tmp_path, state)
    written = (tmp_path / STATE_FILE).read_text(encoding="utf-8")
    assert len(json.loads(written)) == len(state)  # written in slices, still one JSON object
    assert load_state(tmp_path) == state
    (tmp_path / STATE_FILE).write_text(
        json.dumps({"7": ["red", "2026-12-01"]}), encoding="utf-8"
    )  # an older file
    assert load_state(tmp_path) == {7: Announced(Light.RED, date(2026, 12, 1))}
    save_state(tmp_path, {})
    assert load_state(tmp_path) == {}
