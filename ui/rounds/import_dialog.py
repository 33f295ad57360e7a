"""Import returns: drop files or a folder, read in the background, preview each file, accept, commit.

Nothing is written until "Import accepted": the preview is read in a worker with its own session and
handed back as frozen FilePreview values; the commit is one transaction (one ImportBatch) that the
rounds view can undo as a whole.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.operations.returns import import_returns
from services.returns.findings import ERROR, LEVEL_LABELS, NOTE, WARNING
from services.returns.importing import FilePreview, ImportResult, preview_returns
from services.storage.database import read_action
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp
from ui.screen_fit import fit_to_screen
from ui.table_tips import ElidedTipDelegate

_LEVEL_COLOURS = {ERROR: QColor("#b3261e"), WARNING: QColor("#8a5a00"), NOTE: QColor("#555555")}
# Columns of the file list: the tick that accepts a file has a column (and a header) of its own.
ACCEPT, FILE, UNIT, PERIOD, CHANGES, PROBLEMS, RESULT = range(7)


class _Relay(QObject):
    """Carries the worker's progress to the dialog's own bar (queued across threads)."""

    progressed = Signal(int, int)


class ImportDialog(QDialog):
    previewed = Signal(int)  # number of files in the preview
    imported = Signal(object)  # ImportResult

    def __init__(
        self, context: AppContext, round_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id = round_id
        self.paths: list[Path] = []
        self.previews: list[FilePreview] = []
        self.setWindowTitle(self.tr("Import returns"))
        self.setAcceptDrops(True)
        fit_to_screen(self, QSize(1100, 680))
        hint = QLabel(self.tr("Drop returned workbooks or a folder of mail attachments here, or"), self)
        self.add_files_button = QPushButton(self.tr("Add files…"), self)
        self.add_folder_button = QPushButton(self.tr("Add folder…"), self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.files = QTreeWidget(self)
        self.files.setHeaderLabels(
            [
                self.tr("Import"),
                self.tr("File"),
                self.tr("Unit"),
                self.tr("Period"),
                self.tr("Changes"),
                self.tr("Problems"),
                self.tr("Result"),
            ]
        )
        self.files.setColumnWidth(FILE, 330)
        self.files.setRootIsDecorated(False)
        self.details = QTreeWidget(self)
        self.details.setHeaderLabels(
            [self.tr("Task / problem"), self.tr("Column"), self.tr("Old → new"), self.tr("Where")]
        )
        self.details.setColumnWidth(0, 420)
        self.details.setColumnWidth(2, 300)
        self.details.setWordWrap(True)
        for tree in (self.files, self.details):
            tree.setItemDelegate(ElidedTipDelegate(tree))  # a cut file name or problem: whole as tooltip
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.files)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 380])
        self.accept_all_button = QPushButton(self.tr("Accept all"), self)
        self.accept_all_button.setToolTip(self.tr("Ticks every file that has figures to import"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Our own word: Qt's qtbase translation is not on every PC (nor in a trimmed bundle).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.import_button = self.buttons.addButton(
            self.tr("Import accepted"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        top = QHBoxLayout()
        top.addWidget(hint)
        top.addWidget(self.add_files_button)
        top.addWidget(self.add_folder_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.accept_all_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._on_progress)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.commit)
        self.files.currentItemChanged.connect(lambda *_: self._show_details())
        self.files.itemChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # --- adding files ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Returned workbooks"), "", self.tr("Excel workbooks (*.xlsx);;All files (*)")
        )
        if names:
            self.add_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of returned workbooks"))
        if folder:
            self.add_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        """Add files (or folders) and preview the whole set again: a second return shows only in the set."""
        self.paths = list(dict.fromkeys([*self.paths, *paths]))
        ledger, all_paths, round_id, relay = self.context.ledger, list(self.paths), self.round_id, self.relay

        def work(progress):
            def both(done: int, total: int) -> None:
                progress(done, total)
                relay.progressed.emit(done, total)

            with read_action(ledger) as session:
                return preview_returns(session, all_paths, expected_round_id=round_id, progress=both)

        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._set_busy(True)
        self.context.runner.run(work, self._show, self._failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.add_files_button,
            self.add_folder_button,
            self.accept_all_button,
            self.import_button,
        ):
            button.setEnabled(not busy)

    # --- preview -----------------------------------------------------------------------------------

    def _show(self, previews: list[FilePreview]) -> None:
        self.progress.setVisible(False)
        self._set_busy(False)
        self.previews = previews
        self.files.blockSignals(True)
        self.files.clear()
        for n, p in enumerate(previews):
            item = QTreeWidgetItem(
                [
                    "",
                    p.file_name,
                    p.unit or "—",
                    p.round.period if p.round else "—",
                    str(len(p.changes)),
                    self._problem_counts(p),
                    "",
                ]
            )
            item.setData(ACCEPT, Qt.ItemDataRole.UserRole, n)
            item.setToolTip(FILE, p.file_name)
            result, colour, ticked = self._verdict(p)
            item.setText(RESULT, result)
            item.setToolTip(RESULT, result)
            if p.acceptable and not p.updates:
                item.setToolTip(
                    RESULT,
                    self.tr(
                        "No task in this file has anything filled in. Tick it only to record that the unit "
                        "sent the file back."
                    ),
                )
            if colour is not None:
                item.setForeground(RESULT, QBrush(colour))
            if p.acceptable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(ACCEPT, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(FILE, p.refused or "")
            self.files.addTopLevelItem(item)
        self.files.blockSignals(False)
        for column in range(self.files.columnCount()):
            if column != FILE:
                self.files.resizeColumnToContents(column)
        if previews:
            self.files.setCurrentItem(self.files.topLevelItem(0))
        self._update_buttons()
        self.previewed.emit(len(previews))

    def _verdict(self, p: FilePreview) -> tuple[str, QColor | None, bool]:
        """The result column and whether the file starts ticked: only a file with figures to import and
        nothing to look at first; any other says why it waits."""
        if not p.acceptable:
            return self.tr("Refused"), _LEVEL_COLOURS[ERROR], False
        if not p.updates:
            return self.tr("Nothing to import"), _LEVEL_COLOURS[NOTE], False
        if warnings := p.count(WARNING):
            return (
                self.tr("%n warning(s): check them, then tick", "", warnings),
                _LEVEL_COLOURS[WARNING],
                False,
            )
        return self.tr("Ready"), None, True

    def _problem_counts(self, p: FilePreview) -> str:
        if p.refused:
            return self.tr("refused")
        return (
            self.tr("%n warning(s)", "", p.count(WARNING) + p.count(ERROR))
            + "，"
            + self.tr("%n note(s)", "", p.count(NOTE))
        )

    def _show_details(self) -> None:
        self.details.clear()
        item = self.files.currentItem()
        if item is None:
            return
        p = self.previews[item.data(ACCEPT, Qt.ItemDataRole.UserRole)]
        if p.refused:
            QTreeWidgetItem(self.details, [p.refused]).setFirstColumnSpanned(True)
            return
        problems = QTreeWidgetItem(self.details, [self.tr("Problems (%n)", "", len(p.problems))])
        for problem in p.problems:
            where = problem.where.describe()
            text = f"[{LEVEL_LABELS[problem.level]}] {problem.message}" + (f"（{where}）" if where else "")
            child = QTreeWidgetItem(problems, [text, "", "", where])
            # A message is a sentence, not a column value: it gets the whole row so it can be read.
            child.setFirstColumnSpanned(True)
            child.setForeground(0, QBrush(_LEVEL_COLOURS[problem.level]))
            child.setToolTip(0, text)
        changes = QTreeWidgetItem(self.details, [self.tr("Changes (%n)", "", len(p.changes))])
        for change in p.changes:
            child = QTreeWidgetItem(
                changes, [change.task, change.field, f"{change.old} → {change.new}", change.where.describe()]
            )
            child.setToolTip(2, f"{change.old} → {change.new}")
        self.details.expandAll()

    # --- accept and commit ------------------------------------------------------------------------

    def accepted_previews(self) -> list[FilePreview]:
        chosen = []
        for row in range(self.files.topLevelItemCount()):
            item = self.files.topLevelItem(row)
            if item.checkState(ACCEPT) == Qt.CheckState.Checked:
                chosen.append(self.previews[item.data(ACCEPT, Qt.ItemDataRole.UserRole)])
        return chosen

    def accept_all(self) -> None:
        """Every file with something to import; an empty return is ticked one by one, on purpose."""
        for row in range(self.files.topLevelItemCount()):
            item = self.files.topLevelItem(row)
            preview = self.previews[item.data(ACCEPT, Qt.ItemDataRole.UserRole)]
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and preview.updates:
                item.setCheckState(ACCEPT, Qt.CheckState.Checked)

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.accepted_previews()))
        self.accept_all_button.setEnabled(any(p.acceptable and p.updates for p in self.previews))

    def commit(self) -> None:
        chosen = self.accepted_previews()
        if not chosen:
            return
        co_lead_done = settings.CO_LEAD_DONE.get()

        def done(imported) -> None:
            result: ImportResult = imported.value
            self.context.status_message.emit(
                self.tr(
                    "Imported %n return(s), %1 task rows; undo it from Reporting rounds.", "", result.files
                ).replace("%1", str(result.rows))
            )
            self.imported.emit(result)
            self.accept()

        self.import_button.setEnabled(False)  # one import of the batch, not two

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            show_error(self, exc)

        CollectionOp(
            self, lambda ledger, _progress: import_returns(ledger, chosen, co_lead_done=co_lead_done)
        ).with_progress(self.tr("Importing returns…")).success(done).failure(failed).run_in_background()


__all__ = ["ImportDialog"]
