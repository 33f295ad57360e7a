"""The main window: navigation between the product's areas, menus, undo and the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from services.version import VERSION
from ui import settings
from ui.opening import Opening
from ui.ops import CollectionOp
from ui.views import VIEWS

# Only what the frame needs is imported before its first paint: each Qt class costs a millisecond or
# two the first time it is touched. Events for annotations; dialogs where they are opened.
if TYPE_CHECKING:  # the context (and SQLAlchemy with it) comes after the first paint: attach()
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from ui.context import AppContext

PLAN_SUFFIXES = {
    ".docx",
    ".txt",
    ".ofd",
    ".odt",
    ".pdf",
    ".html",
    ".htm",
}  # what services/plans/reader.py reads


def _set_shortcut(action: QAction, keys: str | QKeySequence.StandardKey) -> None:
    # setShortcuts([…]), not setShortcut(…) or QAction(shortcut=…): choosing among those overloads
    # builds every Python enum of the Qt namespace (15 ms) before the first paint; this form does not.
    action.setShortcuts([QKeySequence(keys)])


class MainWindow(QMainWindow):
    """Built as a frame first: `MainWindow()` paints at once with the views standing in as "opening",
    and `attach(context)` fills it once the database is open (ui/app.py does that after the first
    paint, so SQLAlchemy and the first query never hold up the window). `MainWindow(context)` does
    both at once."""

    view_shown = Signal(str)
    first_painted = Signal()

    def __init__(self, context: AppContext | None = None) -> None:
        super().__init__()
        self.context: AppContext | None = None
        # No title of its own: Qt adds the application's display name (督办台账) to every window
        # title, so the title names the area shown (任务清单 — 督办台账), never the app twice.
        self.setAcceptDrops(True)
        # Views are built when first shown: the window paints at once, and an area nobody opens
        # costs nothing (its imports, such as openpyxl or reportlab, included).
        self.specs = VIEWS
        self._built: dict[str, QWidget] = {}
        self._painted = False
        self.nav = QListWidget(self)
        self.stack = QStackedWidget(self)
        for spec in self.specs:
            self.nav.addItem(QCoreApplication.translate("views", spec.title))
            self.stack.addWidget(QWidget(self.stack))  # a stand-in until the view is built
        # As wide as the longest title (English ones are twice the Chinese), never a scroll bar.
        self.nav.setFixedWidth(max(112, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8))
        self.nav.currentRowChanged.connect(self._show_row)
        # Until attach() the views' place says the database is being opened.
        self._opening: Opening | None = Opening(self)
        self._opening.painted.connect(self._on_paint)
        self.stack.hide()
        central = QWidget(self)
        self._central = QHBoxLayout(central)
        self._central.setContentsMargins(0, 0, 0, 0)
        self._central.addWidget(self.nav)
        self._central.addWidget(self.stack, 1)
        self._central.addWidget(self._opening, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)
        # The menus' titles now, their actions once the frame has painted (_fill_menus).
        self.menus = [self.menuBar().addMenu(title) for title in self._menu_titles()]
        self._menus_filled = False
        self._restore_geometry()
        self.nav.setCurrentRow(0)
        if context is not None:
            self.attach(context)

    def show_first_screen(self, context: AppContext, then=None) -> None:
        """Before the ledger is open (`context.ledger` None): the checklist, with its first screenful read
        from the file being opened (ui/checklist/first_screen.py), then `then()`; the other views still
        say "opening" until attach(context)."""
        from ui.checklist.first_screen import read_first_screen

        self.context = context
        self.checklist = self.view("checklist")
        read_first_screen(self.checklist, then)
        self._show_row(self.nav.currentRow())

    def attach(self, context: AppContext) -> None:
        """Fill the frame for an open ledger: actions, the checklist, the first view and its data."""
        from ui.backup_actions import BackupActions
        from ui.plan_actions import PlanActions

        self.context = context
        self._fill_menus()
        if self._opening is not None:
            self._central.removeWidget(self._opening)
            # Hidden now: deleteLater waits for the event loop, which tests and attach-before-exec lack.
            self._opening.hide()
            self._opening.deleteLater()
            self._opening = None
            self.stack.show()
        self.plan_actions = PlanActions(context, self)
        self.backup_actions = BackupActions(context, self)
        self.checklist = self.view("checklist")
        self.checklist.open_sample_requested.connect(self.plan_actions.open_sample)
        self.checklist.import_plan_requested.connect(self.plan_actions.choose_and_import)
        self.plan_actions.imported.connect(self.checklist.tree.show_next)
        self.view("overview").open_sample_requested.connect(self.plan_actions.open_sample)
        self.view("overview").import_plan_requested.connect(self.plan_actions.choose_and_import)
        where = context.ledger.sqlite_file
        self.db_label.setText(
            self.tr("Database: {where}").format(where=where or context.ledger.engine.url.render_as_string())
        )
        context.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        context.undo_changed.connect(self._update_undo)
        for action in self._ledger_actions:
            action.setEnabled(True)
        self._update_undo()
        self._show_row(self.nav.currentRow())
        self.checklist.reload()

    def _on_paint(self) -> None:
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._fill_menus)  # after this frame, before the database opens
            self.first_painted.emit()

    def _menu_titles(self) -> list[str]:
        return [self.tr("&File"), self.tr("&Edit"), self.tr("&View"), self.tr("&Help")]

    def _fill_menus(self) -> None:
        if self._menus_filled:
            return
        self._menus_filled = True
        file_menu, edit_menu, view_menu, help_menu = self.menus
        self.import_action = QAction(self.tr("&Import plan…"), self)
        _set_shortcut(self.import_action, QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(lambda: self.plan_actions.choose_and_import())
        ledger_import = QAction(self.tr("Import an &Excel ledger…"), self)
        ledger_import.triggered.connect(self._import_ledger)
        sample = QAction(self.tr("Open the sa&mple plan"), self)  # &S is Settings
        sample.triggered.connect(lambda: self.plan_actions.open_sample())
        data_folder = QAction(self.tr("Open the &data folder"), self)
        data_folder.triggered.connect(self._open_data_folder)
        print_action = QAction(self.tr("&Print progress sheet…"), self)
        _set_shortcut(print_action, QKeySequence.StandardKey.Print)
        print_action.triggered.connect(lambda: self.show_view("exports").print_sheet())
        quit_action = QAction(self.tr("&Quit"), self)
        _set_shortcut(quit_action, "Ctrl+Q")
        quit_action.triggered.connect(self.close)
        settings_action = QAction(self.tr("&Settings…"), self)
        _set_shortcut(settings_action, QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.edit_settings)
        backup_action = QAction(self.tr("&Back up…"), self)
        backup_action.triggered.connect(lambda: self.backup_actions.make_backup())
        restore_action = QAction(self.tr("&Restore from a backup…"), self)
        restore_action.triggered.connect(lambda: self.backup_actions.restore())
        for action in (
            self.import_action,
            ledger_import,
            sample,
            data_folder,
            print_action,
            backup_action,
            restore_action,
            settings_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.undo_action = QAction(self.tr("&Undo"), self)
        _set_shortcut(self.undo_action, QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        refresh = QAction(self.tr("&Refresh"), self)
        _set_shortcut(refresh, QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.context.changed_everything())
        find = QAction(self.tr("&Find…"), self)
        _set_shortcut(find, QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(refresh)
        edit_menu.addAction(find)
        for row, spec in enumerate(self.specs):
            title = QCoreApplication.translate("views", spec.title)
            action = QAction(title, self)
            _set_shortcut(action, f"Ctrl+{row + 1}")
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            view_menu.addAction(action)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        # What needs the open ledger waits for attach(); undo is enabled by what is on its stack.
        self._ledger_actions = [
            self.import_action,
            ledger_import,
            sample,
            data_folder,
            print_action,
            backup_action,
            restore_action,
            settings_action,
            refresh,
        ]
        for action in self._ledger_actions:
            action.setEnabled(False)
        self.undo_action.setEnabled(False)

    @property
    def view_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    @property
    def views(self) -> list[tuple[str, str, QWidget]]:
        """The views built so far, as (key, title, widget)."""
        return [
            (spec.key, QCoreApplication.translate("views", spec.title), self._built[spec.key])
            for spec in self.specs
            if spec.key in self._built
        ]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            opening = self.context is None or (
                self.context.ledger is None and self.specs[row].key != "checklist"
            )
            if self._opening is not None:  # still opening: the stand-in says so, but for a first screen
                self._opening.setVisible(opening)
                self.stack.setVisible(not opening)
            if opening:
                self.stack.setCurrentIndex(row)
                return
            self.view(self.specs[row].key)
            self.stack.setCurrentIndex(row)
            self.setWindowTitle(QCoreApplication.translate("views", self.specs[row].title))
            self.view_shown.emit(self.specs[row].key)

    def view(self, key: str):
        """The view for `key`, built now if it has not been shown yet."""
        if key not in self._built:
            row = self.view_keys.index(key)
            widget = self.specs[row].load()(self.context, self)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built[key] = widget
        return self._built[key]

    def find(self) -> None:
        """Ctrl+F: the search field of the area shown (the checklist's, the units'…), text selected."""
        field = getattr(self.stack.currentWidget(), "search_field", None)
        if field is not None:
            field.setFocus()
            field.selectAll()

    def show_view(self, key: str) -> QWidget:
        widget = self.view(key)
        self.nav.setCurrentRow(self.view_keys.index(key))
        return widget

    # --- undo -------------------------------------------------------------------------------------

    def _update_undo(self) -> None:
        entry = self.context.peek_undo()
        self.undo_action.setEnabled(entry is not None)
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=entry.description) if entry else self.tr("&Undo")
        )

    def undo(self) -> None:
        from services.operations.tasks import undo_change

        entry = self.context.pop_undo()
        if entry is None:
            return
        CollectionOp(self, lambda ledger: undo_change(ledger, entry.change_id)).success(
            lambda _done: self.statusBar().showMessage(
                self.tr("Undone: {what}").format(what=entry.description), 8000
            )
        ).run_in_background()

    # --- files dropped on the window --------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if (
            self.context is not None
            and self.context.ledger is not None
            and any(u.isLocalFile() for u in urls)
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A plan among the files dropped is imported; any other file gets the reader's word on it (.doc:
        save it as .docx; .xlsx: use the ledger import) rather than nothing at all."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        plans = [path for path in paths if path.suffix.lower() in PLAN_SUFFIXES]
        if plans or paths:
            self.plan_actions.import_file((plans or paths)[0])

    # --- window state -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        from PySide6.QtCore import QSize

        from ui.screen_fit import fit_to_screen, keep_on_screen

        # 1360×820 where the screen has room; on a 1366×768 laptop with a taskbar, what is left of it,
        # so the status bar stays in view. A remembered geometry from a bigger screen is brought back.
        fit_to_screen(self, QSize(1360, 820), centre=True)
        geometry = settings.WINDOW_GEOMETRY.get()
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            keep_on_screen(self)
        state = settings.WINDOW_STATE.get()
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        for _key, _title, widget in self.views:
            if hasattr(widget, "save_layout"):
                widget.save_layout()
        if self.context is not None:
            self.context.runner.wait(10000)
        super().closeEvent(event)

    def edit_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if SettingsDialog(self).exec():
            self.context.changed_everything()  # thresholds change every light
            self.statusBar().showMessage(self.tr("Settings saved."), 8000)

    def start_watching(self) -> None:
        """Tray announcements and, when something is overdue or due this week, the reminders first."""
        from ui.ledger_read import ReadWaiter
        from ui.tray import TrayNotifier

        self.tray = TrayNotifier(self.context, self)
        self.tray.activated.connect(self.bring_forward)

        def first_read(read) -> None:  # from the read the views share: the reminders are built if needed
            if read.urgent:
                self.show_view("reminders")

        self._first_read = ReadWaiter(self.context, first_read)
        self._first_read.ask()
        self.tray.check()

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _import_ledger(self) -> None:
        from ui.ledger_import_dialog import LedgerImport

        if getattr(self, "ledger_import", None) is None:  # made on first use: most sessions never need it
            self.ledger_import = LedgerImport(self.context, self, self.plan_actions.confirm_second_copy)
        self.ledger_import.choose_and_import()

    def _open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr("Duban Ledger {version}\nAn offline ledger for a leadership-group office.").format(
                version=VERSION
            ),
        )
