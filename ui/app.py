"""Start the GUI: translations and the main window's frame first; once it has painted, logging, the
database (opened, upgraded, backed up daily), the views and their data (and the smoke test).

Nothing before the first paint imports SQLAlchemy, the models or the services that use them: a clerk
sees the window in about the time of a bare Qt window, with "opening the database…" where the views
go, instead of a second of nothing.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from services.resources import resource_path
from ui import settings
from ui.errors import install_excepthook, show_crash, show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from services.storage.database import Ledger
    from ui.context import AppContext
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Should the window never paint (started minimised, say), the database is opened anyway after this.
OPEN_WITHOUT_PAINT_MS = 1000


def setup_logging(folder: Path) -> Path:
    from logging.handlers import RotatingFileHandler

    logs = folder / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log_file = logs / "duban.log"
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """zh_CN by default; English means the source strings, with no translator."""
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return []
    translators = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"duban_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("translation %s not found", language)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return translators


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("督办台账")
    app.setWindowIcon(QIcon(str(resource_path("icons", "duban.png"))))
    return app


def open_with_recovery(url: str | None, parent: QWidget | None = None) -> Ledger | None:
    """Open the database; when it cannot be opened, say why and let the user pick another file."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from services.errors import RestoreOffered, StorageError
    from services.storage.database import data_dir, open_ledger, restore_backup, sqlite_url

    while True:
        try:
            return open_ledger(url)
        except StorageError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QApplication.translate("app", "Cannot open the database"),
                str(exc),
                parent=parent,
            )
            offered = exc.backup if isinstance(exc, RestoreOffered) else None
            restore = None
            if offered is not None:
                restore = box.addButton(
                    QApplication.translate("app", "Restore this copy"), QMessageBox.ButtonRole.AcceptRole
                )
            choose = box.addButton(
                QApplication.translate("app", "Choose another database…"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(restore or choose)
            box.exec()
            if restore is not None and box.clickedButton() is restore:
                try:  # then open again: an older copy is upgraded as any older ledger is
                    restore_backup(url, offered)
                except StorageError as failed:
                    show_error(parent, failed)
                continue
            if box.clickedButton() is not choose:
                return None
            name, _ = QFileDialog.getSaveFileName(
                parent,
                QApplication.translate("app", "Choose or create a database"),
                str(data_dir()),
                QApplication.translate("app", "Ledger database (*.sqlite3);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not name:
                return None
            url = sqlite_url(Path(name))


def _headless_smoke_test() -> None:
    """`--smoke-test` promises to run without a screen: on a Linux box with no display, where Qt's
    default xcb plugin would abort, use the offscreen platform unless the caller chose one."""
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_gui(db_url: str | None = None, smoke_test: bool = False) -> int:
    if smoke_test:
        _headless_smoke_test()
    app = make_application()
    if not smoke_test:  # a crash dialog would wait forever for a click that never comes
        install_excepthook(None)  # the log file is named once the data folder is known
    install_translations(app, settings.LANGUAGE.get())
    requested = db_url or settings.DATABASE_URL.get() or None
    from ui.single_instance import ask_running_instance

    if not smoke_test and ask_running_instance(requested or "default"):
        from services.storage.database import data_dir

        setup_logging(data_dir())
        log.info("another window has this database open; asked it to come forward")
        return 0
    from ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    startup = _Startup(app, window, requested, smoke_test)
    # The database is opened once the frame is on screen: the timer lets the paint reach the screen.
    window.first_painted.connect(lambda: QTimer.singleShot(0, startup.open))
    QTimer.singleShot(OPEN_WITHOUT_PAINT_MS, startup.open)
    code = app.exec()
    if startup.ledger is not None:
        startup.ledger.dispose()
    return code


class _Startup:
    """What follows the first paint: logging, the database, the daily backup, the views."""

    def __init__(
        self, app: QApplication, window: MainWindow, requested: str | None, smoke_test: bool
    ) -> None:
        self.app, self.window, self.requested, self.smoke_test = app, window, requested, smoke_test
        self.started = self.opening = False
        self.ledger: Ledger | None = None
        self.log_file: Path | None = None
        self.folder: Path | None = None
        self.early: AppContext | None = None  # the context given before the ledger is open (first screen)

    def open(self) -> None:
        """Logging here; the database is opened, checked, upgraded and backed up on a thread of its own
        (at 100,000 tasks the checks and copies take seconds, and the window must keep painting)."""
        if self.started or self.app.closingDown():
            return
        self.started = True
        from services.ledger.first_screen import sqlite_file  # sqlite3 only: no SQLAlchemy yet
        from services.storage.locations import default_ledger_file

        # No ledger named: the per-user default, where a clerk's ledger usually is.
        path = sqlite_file(self.requested) if self.requested else default_ledger_file()
        if path is not None and path.is_file():
            # The checklist shows its first screenful from the file, then SQLAlchemy loads and the ledger
            # opens, both on the context's runner (the open waits for that paint: ui/checklist/first_screen.py).
            from ui.context import AppContext

            self.early = AppContext(None, None, first_screen_file=path)
            try:
                self.window.show_first_screen(self.early, self._open_on_runner)
            except Exception:  # the ledger opens all the same, and the checklist waits for the whole read
                log.exception("the checklist's first screen could not be shown")
                self._open_on_runner()
            return
        import threading

        self._signal = _Outcome()
        self._signal.done.connect(self._opened)
        threading.Thread(
            target=lambda: self._signal.done.emit(self._open_quietly()), name="open-ledger", daemon=True
        ).start()

    def _open_on_runner(self) -> None:
        if self.opening:
            return  # once only
        self.opening = True  # queued after the first screen's read: one runner, first come first served
        self.early.runner.run(
            lambda _progress: self._open_quietly(), self._opened, lambda exc: self._opened((None, exc, None))
        )

    def _open_quietly(self) -> tuple:
        """Off the GUI thread: no dialog here. A ledger that cannot be opened goes back to the GUI
        thread, which asks the clerk (open_with_recovery); so does a backup the full check refused."""
        ledger = refused = None
        try:
            import sqlite3

            from services.errors import StorageError
            from services.storage import backup
            from services.storage.database import data_dir, open_ledger

            self.folder = data_dir()
            self.log_file = setup_logging(self.folder)
            _import_first_views()  # imported here, they cost the GUI thread nothing when built
            ledger = open_ledger(self.requested)
            if ledger.sqlite_file is not None:
                try:
                    backup.daily_backup(ledger.sqlite_file)
                except (OSError, sqlite3.Error):
                    log.exception("daily backup failed")  # the app still opens; the log says why
                except StorageError as exc:  # damage the full check found and the quick one did not
                    log.exception("daily backup refused")
                    refused = exc
            else:
                _bring_attachments_to_shared(ledger, self.folder)
        except BaseException as exc:  # said on the GUI thread
            return ledger, exc, refused
        return ledger, None, refused

    def _opened(self, outcome: tuple) -> None:
        ledger, error, refused = outcome
        if self.log_file is not None and not self.smoke_test:
            install_excepthook(self.log_file)
        try:
            from services.errors import StorageError

            if isinstance(error, StorageError):  # the dialogs: restore a copy, choose another file
                self._drop_first_screen()
                ledger = open_with_recovery(self.requested, self.window)
                if ledger is not None and ledger.sqlite_file is None:
                    _bring_attachments_to_shared(ledger, self.folder)
            elif error is not None:
                raise error
            if refused is not None:
                show_error(self.window, refused)
            if ledger is not None:
                self._attach(ledger)
            self.ledger = ledger
        except Exception as exc:  # a bug: said once, then the app ends instead of waiting half-built
            log.exception("the main window could not be opened")
            if self.smoke_test:
                print("smoke test failed: see", self.log_file, file=sys.stderr)
            else:
                show_crash(self.window, exc)
        if self.ledger is None:
            self.window.close()
            self.app.exit(1)
            return
        if self.smoke_test:
            QTimer.singleShot(0, lambda: _smoke_test(self.app, self.window))
            return
        from ui.single_instance import InstanceServer

        QTimer.singleShot(0, self.window.start_watching)
        instance = InstanceServer(self.requested or "default", self.window)
        instance.raise_requested.connect(self.window.bring_forward)

    def _drop_first_screen(self) -> None:
        """The first screen came from a file that did not open: what opens instead (a restored copy,
        another file) has other rows under the same ids, so none of these may stay to be closed or edited."""
        view = getattr(self.window, "checklist", None) if self.early is not None else None
        if view is not None and view.first_screen:
            view.model.set_rows((), ordered=True)
            view.first_screen = False

    def _attach(self, ledger: Ledger) -> None:
        from ui.context import AppContext

        try:
            if self.early is not None:
                self.early.opened(ledger, self.folder)
            self.window.attach(self.early or AppContext(ledger, self.folder))
        except Exception:
            ledger.dispose()
            raise


def _import_first_views() -> None:
    """What the window imports when it is filled: the context, the shared read, the overview (shown
    first), the checklist (built at once) and the actions of the menus."""
    import importlib

    from ui.views import VIEWS

    for name in ("ui.context", "ui.ledger_read", "ui.plan_actions", "ui.backup_actions", "ui.tray"):
        importlib.import_module(name)
    for spec in VIEWS:
        if spec.key in ("overview", "checklist"):
            importlib.import_module(spec.target.split(":")[0])


class _Outcome(QObject):
    """Carries the opened ledger (or why not) from the opening thread to the GUI thread."""

    done = Signal(object)


def _bring_attachments_to_shared(ledger: Ledger, per_user: Path) -> None:
    """A server ledger's files added on this PC before a shared folder was set move there (a SQLite
    ledger's move beside it when opened: services/storage.open_ledger). Tried again at every start."""
    shared = settings.ATTACHMENTS_FOLDER.get()
    if not shared:
        return
    from services.errors import StorageError
    from services.ledger.attachment_store import bring_to_shared, files_recorded
    from services.storage.database import read_action

    try:
        with read_action(ledger) as session:
            files = files_recorded(session)
        bring_to_shared(files, per_user, Path(shared))
    except (OSError, StorageError):
        log.exception("attachments not moved to the shared folder %s; kept on this PC", shared)


def _smoke_test(app: QApplication, window: MainWindow) -> None:
    """Visit every view once, then quit: proves the (frozen) app starts and its views build."""
    code = 0
    try:
        for key in window.view_keys:
            window.show_view(key)
            app.processEvents()
        window.context.runner.wait(10000)
        app.processEvents()
        print(f"smoke test ok: {len(window.views)} views")
    except Exception:
        log.exception("smoke test failed")
        code = 1
    window.close()
    app.exit(code)
