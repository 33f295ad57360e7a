"""A system-tray icon that says when a task turns yellow or red, at most once a day per task."""

from __future__ import annotations

import json
import logging
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from services.gc_pause import paused_gc
from services.ledger.ledger_read import LedgerRows
from services.ledger.light_watch import Announced, lights_to_announce
from services.ledger.lights import Light
from services.operations.changes import PLANS, TASKS, Changes
from ui import settings
from ui.context import AppContext
from ui.ledger_read import ReadWaiter

CHECK_INTERVAL_MS = 60 * 60 * 1000
log = logging.getLogger(__name__)


# The lights announced, in a file of the data folder rather than the settings: at 100,000 tasks it holds
# tens of thousands of tasks (megabytes), and every settings write, however small, rewrote all of it.
STATE_FILE = "tray_announced.json"


# Encoded and decoded SLICE entries at a time: json's C code keeps the interpreter lock for a whole call,
# and one call over 50,000 entries is ~40 ms in which the GUI thread cannot paint (it runs on the
# background thread at start, as the window's first rows are shown).
SLICE = 2000


def load_state(folder: Path) -> dict[int, Announced]:
    path = folder / STATE_FILE
    try:
        # Before the file, the state was a setting: read once from there.
        text = path.read_text(encoding="utf-8") if path.exists() else settings.TRAY_ANNOUNCED.get()
        raw = _decode(text or "{}")
        return {int(k): Announced(Light(v[0]), date.fromisoformat(v[1])) for k, v in raw.items()}
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return {}  # a damaged or unreadable file only means tasks are announced once more


def save_state(folder: Path, state: dict[int, Announced]) -> None:
    path = folder / STATE_FILE
    text = _encode({str(k): [str(v.light), v.on.isoformat()] for k, v in state.items()})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = path.with_name(STATE_FILE + ".new")
        written.write_text(text, encoding="utf-8")
        os.replace(written, path)  # whole or not at all
    except OSError:
        log.exception("the tray's announced lights were not saved; some may be announced again")
        return
    if settings.TRAY_ANNOUNCED.get() != "{}":
        settings.TRAY_ANNOUNCED.set("{}")  # moved to the file


def _encode(raw: dict[str, list[str]]) -> str:
    """One JSON object, an entry a line, made a slice at a time."""
    items = list(raw.items())
    slices = (json.dumps(dict(items[i : i + SLICE]))[1:-1] for i in range(0, len(items), SLICE))
    return "{\n" + ",\n".join(s.replace("], ", "],\n") for s in slices if s) + "\n}"


def _decode(text: str) -> dict:
    """What _encode wrote, read a slice of lines at a time; any other JSON object (the setting, an older
    file) in one go."""
    lines = text.split("\n")
    if len(lines) < 3 or lines[0] != "{" or lines[-1] != "}":
        return json.loads(text)
    entries = lines[1:-1]
    raw: dict = {}
    for i in range(0, len(entries), SLICE):
        raw.update(json.loads("{" + "\n".join(entries[i : i + SLICE]).rstrip(",") + "}"))
    return raw


class TrayNotifier(QObject):
    activated = Signal()
    announced = Signal(list)  # the task ids just announced

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(self.tr("Duban Ledger"))
            menu = QMenu(window)
            menu.addAction(self.tr("Show window"), self.activated.emit)
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(lambda *_: self.activated.emit())
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        # The lights from the read every view shares: its rows, without waiting for the overview's figures.
        self.reads = ReadWaiter(context, self._read, rows_only=True)
        context.ledger_changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        """Lights change with tasks and plans only; a roster edit or a reminder note is no news."""
        if changes.touches(TASKS, PLANS):
            self.check()

    def check(self, today: date | None = None) -> None:
        self.reads.ask(today)

    def _read(self, read: LedgerRows) -> None:
        today, folder = read.as_of, self.context.data_dir

        @paused_gc()  # tens of thousands of entries without cycles: services/ledger/ledger_read.py says why
        def work(_progress):
            # Worked out and remembered off the GUI thread: at 100,000 tasks the remembered lights are
            # megabytes of settings (QSettings may be used from any thread, one object per thread).
            rows = read.open_rows()
            lights = {r.id: r.light for r in rows}
            seen = settings.TRAY_SEEN_UP_TO.get()
            new = frozenset(i for i in lights if i > seen)
            ids, state = lights_to_announce(load_state(folder), lights, today, new=new)
            save_state(folder, state)
            if lights:
                settings.TRAY_SEEN_UP_TO.set(max(seen, *lights))
            titles = {r.id: r.title for r in rows if r.id in ids[:1]}
            return {i: lights[i] for i in ids}, titles

        self.context.runner.run(work, lambda result: self._announce(*result), lambda exc: None)

    def _announce(self, lights: dict[int, Light], titles: dict[int, str]) -> None:
        """`lights`: the tasks to announce now, in order, with their lights; `titles` has the first's."""
        ids = list(lights)
        if not ids:
            return
        red = [i for i in ids if lights[i] == Light.RED]
        first = titles[ids[0]][:40]
        message = self.tr("%n task(s) turned yellow or red, e.g. {title}", "", len(ids)).format(title=first)
        if self.tray is not None:
            icon = QSystemTrayIcon.MessageIcon.Warning if red else QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(self.tr("Tasks need attention"), message, icon, 15000)
        self.context.status_message.emit(message)
        self.announced.emit(ids)
