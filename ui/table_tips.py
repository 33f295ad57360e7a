"""Tables that show their content: columns sized to it, the whole text in a tooltip where a cell cuts it,
selected rows copied as tab-separated text (what Excel and WPS paste as cells)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

HEADER_FLOOR = 90  # pixels: the narrowest a column gets on a small screen before the title does


class ElidedTipDelegate(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow for it; a tooltip the model
    gives (the task's full paragraph, the light's reason) still comes first."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option, index: QModelIndex) -> bool:
        if (
            event is not None
            and event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and index.data(Qt.ItemDataRole.ToolTipRole) is None
        ):
            text = cut_text(view, index, option)
            if text:
                QToolTip.showText(event.globalPos(), text, view, view.visualRect(index))
                return True
        return super().helpEvent(event, view, option, index)


def cut_text(view: QAbstractItemView, index: QModelIndex, option=None) -> str | None:
    """The cell's text when the cell shows only part of it, else None."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return None
    opt = QStyleOptionViewItem(option) if option is not None else QStyleOptionViewItem()
    if option is None:
        opt.initFrom(view)
        opt.rect = view.visualRect(index)
        opt.widget = view
    delegate = view.itemDelegateForIndex(index)
    if isinstance(delegate, QStyledItemDelegate):
        delegate.initStyleOption(opt, index)
    style = view.style() or QApplication.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    width = rect.width() - margin
    metrics = opt.fontMetrics
    wraps = isinstance(view, QTableView) and view.wordWrap()
    if wraps:
        needed = metrics.boundingRect(0, 0, max(width, 1), 100000, Qt.TextFlag.TextWordWrap, text)
        return text if needed.height() > rect.height() or needed.width() > width else None
    return text if "\n" in text or metrics.horizontalAdvance(text) > width else None


def fit_columns(
    table: QTableView,
    stretch: int,
    caps: Mapping[int, int],
    give_way: frozenset[int] = frozenset(),
    *,
    least_stretch: int = 220,
    rows: int = 60,  # a screenful and more: 200 rows of wrapped text took 100-200 ms per fit at 100,000 tasks
) -> None:
    """Each column as wide as its content (the first ``rows`` rows) up to its cap, ``stretch`` taking
    the rest; where the viewport is too narrow, the ``give_way`` columns (long text: units, targets)
    narrow so that the last column stays in view, while dates and lights keep their width. Cut cells
    show their text in a tooltip (ElidedTipDelegate)."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(rows)
    # A header too wide for its column ends in "…" (its tooltip names it), rather than losing both ends
    # of centred text ("-responsible un").
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    count = header.count()
    wanted: dict[int, int] = {}
    for column in range(count):
        if column == stretch or header.isSectionHidden(column):
            continue
        content = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        wanted[column] = min(content, caps.get(column, content))
    room = table.viewport().width() - least_stretch
    excess = sum(wanted.values()) - room
    if excess > 0:
        # Take the excess from what each column has beyond its header's width, widest first in share.
        # A long (English) header may be cut to HEADER_FLOOR; its tooltip names it.
        floors = {
            c: min(header.sectionSizeHint(c), w, HEADER_FLOOR) if c in give_way else w
            for c, w in wanted.items()
        }
        spare = sum(wanted[c] - floors[c] for c in wanted) or 1
        share = min(excess / spare, 1.0)
        wanted = {c: round(w - (w - floors[c]) * share) for c, w in wanted.items()}
    for column, width in wanted.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def rows_as_tsv(view: QAbstractItemView) -> str:
    """The selected rows, in the view's order, as tab-separated lines; a cell's own tabs and line
    breaks become spaces so that it stays one cell when pasted into Excel or WPS."""
    model = view.model()
    selection = view.selectionModel()
    rows = sorted({index.row() for index in selection.selectedIndexes()})
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    columns = (
        [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]
        if header is not None
        else list(range(model.columnCount()))
    )
    lines = []
    for row in rows:
        cells = []
        for column in columns:
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            cells.append(" ".join(str(value if value is not None else "").split()))
        lines.append("\t".join(cells))
    return "\n".join(lines) + ("\n" if lines else "")


def copy_rows(view: QAbstractItemView) -> int:
    """Put the selected rows on the clipboard; returns how many."""
    text = rows_as_tsv(view)
    if text:
        QGuiApplication.clipboard().setText(text)
    return text.count("\n")


class _Refit(QObject):
    """Fits the columns again when the table's width changes, until the user drags a column."""

    def __init__(
        self, table: QTableView, stretch: int, caps: Mapping[int, int], give_way: frozenset[int]
    ) -> None:
        super().__init__(table)
        self.table, self.stretch, self.caps, self.give_way = table, stretch, dict(caps), give_way
        self.user_sized = False
        self._fitting = False
        self._pressed = False  # a mouse button is down on the header: a resize then is the user's
        # The wrappers kept: while the table is being destroyed its methods can no longer be called.
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        table.horizontalHeader().viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def fit(self) -> None:
        if self.user_sized:
            return
        self._fitting = True
        try:
            fit_columns(self.table, self.stretch, self.caps, self.give_way)
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        # A drag by the user (not our own fitting, not the stretched column following the window).
        if self._pressed and not self._fitting and column != self.stretch:
            self.user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.Resize:
                self.fit()
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return False


def fitted_columns(
    table: QTableView, stretch: int, caps: Mapping[int, int], give_way: frozenset[int] = frozenset()
) -> _Refit:
    """Tooltips for cut cells, and columns fitted on every resize and whenever ``fit()`` is called."""
    table.setItemDelegate(ElidedTipDelegate(table))
    return _Refit(table, stretch, caps, give_way)
