"""A system-tray icon that says when a task turns yellow or red, at most once a day per task."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from services.ledger.ledger_read import LedgerRead
from services.ledger.light_watch import Announced, lights_to_announce
from services.ledger.lights import Light
from services.operations.changes import PLANS, TASKS, Changes
from ui import settings
from ui.context import AppContext
from ui.ledger_read import ReadWaiter

CHECK_INTERVAL_MS = 60 * 60 * 1000


def load_state() -> dict[int, Announced]:
    try:
        raw = json.loads(settings.TRAY_ANNOUNCED.get() or "{}")
        return {int(k): Announced(Light(v[0]), date.fromisoformat(v[1])) for k, v in raw.items()}
    except (ValueError, TypeError, KeyError, IndexError):
        return {}  # a damaged value only means tasks are announced once more


def save_state(state: dict[int, Announced]) -> None:
    settings.TRAY_ANNOUNCED.set(
        json.dumps({str(k): [str(v.light), v.on.isoformat()] for k, v in state.items()})
    )


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
        self.reads = ReadWaiter(context, self._read)  # the lights from the read every view shares
        context.ledger_changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        """Lights change with tasks and plans only; a roster edit or a reminder note is no news."""
        if changes.touches(TASKS, PLANS):
            self.check()

    def check(self, today: date | None = None) -> None:
        self.reads.ask(today)

    def _read(self, read: LedgerRead) -> None:
        today = read.as_of

        def work(_progress):
            # Worked out and remembered off the GUI thread: at 100,000 tasks the remembered lights are
            # megabytes of settings (QSettings may be used from any thread, one object per thread).
            rows = read.open_rows()
            lights = {r.id: r.light for r in rows}
            seen = settings.TRAY_SEEN_UP_TO.get()
            new = frozenset(i for i in lights if i > seen)
            ids, state = lights_to_announce(load_state(), lights, today, new=new)
            save_state(state)
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
