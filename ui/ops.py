"""Use cases run from the views, off the GUI thread, in the manner of Anki's CollectionOp.

    CollectionOp(self, lambda ledger: tasks.close_tasks(ledger, rows)).undo(self.tr("close task")).success(
        on_done
    ).run_in_background()

The use case (services/operations) runs on the background runner's single worker thread, so a slow disk or
a locked database never freezes the window and no session commits on the GUI thread (tests/gui/conftest.py
fails a test that does). Back on the GUI thread its undo steps are pushed, `ledger_changed` carries its
`changes`, then `success` runs; a failure goes to `failure`, by default the error dialog.

Views follow the changes with follow_changes: a view reloads only when the payload touches what it shows,
and a hidden view (another page of the window) waits until it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.errors import show_error

if TYPE_CHECKING:
    from services.operations.changes import Changes, Done
    from ui.context import AppContext

T = TypeVar("T")


class CollectionOp(Generic[T]):
    """One write use case from a view: run it in the background, then tell every view what changed."""

    def __init__(
        self, parent: QWidget, op: Callable[..., Done[T]], *, context: AppContext | None = None
    ) -> None:
        self.parent = parent
        self.op = op
        self.context: AppContext = context if context is not None else parent.context  # type: ignore[attr-defined]
        self._success: Callable[[Done[T]], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._undo: str | None = None
        self._label: str | None = None
        self._busy: tuple[QWidget, ...] = ()

    def success(self, on_done: Callable[[Done[T]], Any]) -> CollectionOp[T]:
        self._success = on_done
        return self

    def failure(self, on_failure: Callable[[BaseException], Any]) -> CollectionOp[T]:
        """Instead of the error dialog, e.g. to keep a dialog open with what the clerk typed."""
        self._failure = on_failure
        return self

    def undo(self, description: str) -> CollectionOp[T]:
        """Each change-log id of the result becomes one Ctrl+Z step named `description`."""
        self._undo = description
        return self

    def busy(self, *widgets: QWidget) -> CollectionOp[T]:
        """Disable `widgets` (a Save or Record button) until the use case is done: the event loop runs
        meanwhile, and a second click must not save twice."""
        self._busy = widgets
        return self

    def with_progress(self, label: str) -> CollectionOp[T]:
        """A progress dialog labelled `label` when the work takes long; `op` then takes (ledger, progress)."""
        self._label = label
        return self

    def run_in_background(self) -> None:
        ledger, label = self.context.ledger, self._label
        self._enable(False)
        if label is None:
            work = lambda _progress: self.op(ledger)  # noqa: E731 - the runner hands every job a progress
        else:
            work = lambda progress: self.op(ledger, progress)  # noqa: E731
        self.context.runner.run(
            work, self._succeeded, self._failed, parent=self.parent if label else None, label=label
        )

    def _enable(self, enabled: bool) -> None:
        for widget in self._busy:
            widget.setEnabled(enabled)

    def _succeeded(self, done: Done[T]) -> None:
        self._enable(True)
        if self._undo is not None:
            for change_id in done.undo_ids:
                self.context.push_undo(change_id, self._undo)
        if done.changes:
            self.context.ledger_changed.emit(done.changes)
        if self._success is not None:
            self._success(done)

    def _failed(self, exc: BaseException) -> None:
        self._enable(True)
        if self._failure is not None:
            self._failure(exc)
        else:
            show_error(self.parent, exc)


class _Follower(QObject):
    """Reloads its view when a change it wants arrives while the view is shown, else when next shown."""

    def __init__(self, view: QWidget, wants: Callable[[Changes], bool], reload: Callable[[], Any]) -> None:
        super().__init__(view)
        self.view, self.wants, self.reload = view, wants, reload
        self.stale = False
        view.installEventFilter(self)

    def changed(self, changes: Changes) -> None:
        if not self.wants(changes):
            return
        if self.view.isVisible():
            self.reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reload()
        return False


def follow_changes(
    view: QWidget, context: AppContext, wants: Callable[[Changes], bool], reload: Callable[[], Any]
) -> None:
    """Connect `view` to the context's changes: `wants(changes)` says whether they touch what it shows."""
    follower = _Follower(view, wants, reload)
    context.ledger_changed.connect(follower.changed)
