"""Start the GUI: logging, translations, the database, the main window (and the smoke test)."""

from __future__ import annotations

import logging
import sqlite3
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from services import backup
from services.errors import StorageError
from services.resources import resource_path
from services.storage import Ledger, data_dir, open_ledger, sqlite_url
from ui import settings
from ui.errors import install_excepthook

log = logging.getLogger(__name__)


def setup_logging(folder: Path) -> Path:
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


def open_with_recovery(url: str | None) -> Ledger | None:
    """Open the database; when it cannot be opened, say why and let the user pick another file."""
    while True:
        try:
            return open_ledger(url)
        except StorageError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Critical, QApplication.translate("app", "Cannot open the database"), str(exc)
            )
            choose = box.addButton(
                QApplication.translate("app", "Choose another database…"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not choose:
                return None
            name, _ = QFileDialog.getSaveFileName(
                None,
                QApplication.translate("app", "Choose or create a database"),
                str(data_dir()),
                QApplication.translate("app", "Ledger database (*.sqlite3);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not name:
                return None
            url = sqlite_url(Path(name))


def run_gui(db_url: str | None = None, smoke_test: bool = False) -> int:
    app = make_application()
    folder = data_dir()
    log_file = setup_logging(folder)
    if not smoke_test:  # a crash dialog would wait forever for a click that never comes
        install_excepthook(log_file)
    install_translations(app, settings.LANGUAGE.get())
    requested = db_url or settings.DATABASE_URL.get() or None
    from ui.single_instance import InstanceServer, ask_running_instance

    if not smoke_test and ask_running_instance(requested or "default"):
        log.info("another window has this database open; asked it to come forward")
        return 0
    ledger = open_with_recovery(requested)
    if ledger is None:
        return 1
    if ledger.sqlite_file is not None:
        try:
            backup.daily_backup(ledger.sqlite_file)
        except (OSError, sqlite3.Error):
            log.exception("daily backup failed")  # the app still opens; the log says why
    from ui.context import AppContext
    from ui.main_window import MainWindow

    context = AppContext(ledger, folder)
    try:
        window = MainWindow(context)
    except Exception:
        if not smoke_test:
            raise
        log.exception("smoke test: the main window could not be built")
        print("smoke test failed: see", log_file, file=sys.stderr)
        return 1
    window.show()
    if not smoke_test:
        QTimer.singleShot(0, window.start_watching)  # after the first paint
        instance = InstanceServer(requested or "default", window)
        instance.raise_requested.connect(window.bring_forward)
    if smoke_test:
        return _smoke_test(app, window)
    code = app.exec()
    ledger.dispose()
    return code


def _smoke_test(app: QApplication, window) -> int:
    """Visit every view once, then quit: proves the (frozen) app starts and its views build."""
    result = {"code": 0}

    def visit() -> None:
        try:
            for key in window.view_keys:
                window.show_view(key)
                app.processEvents()
            window.context.runner.wait(10000)
            app.processEvents()
            print(f"smoke test ok: {len(window.views)} views")
        except Exception:
            log.exception("smoke test failed")
            result["code"] = 1
        window.close()
        app.quit()

    QTimer.singleShot(0, visit)
    app.exec()
    return result["code"]
