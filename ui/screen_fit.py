"""Windows and dialogs sized from the screen they open on, not from a developer's monitor.

The office's laptops show 1366×768 with a taskbar (728 pixels left) and often 125% or 150% scaling,
which leaves 1093×582 or 911×485 logical pixels: a dialog asking for 1100×680 would put its buttons
off-screen. Every window asks for its preferred size through ``fit_to_screen``, which keeps it inside
the available geometry with room for the frame the window manager draws around it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# The title bar and borders drawn around a window's client area (Windows 10/11 at 100–150%).
FRAME = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    """The screen area a window may take: the whole screen less the taskbar. Tests replace this."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(widget: QWidget) -> QSize:
    """The largest client size whose frame still fits on the widget's screen."""
    area = available_geometry(widget).size()
    return QSize(max(area.width() - FRAME.width(), 200), max(area.height() - FRAME.height(), 150))


def fit_to_screen(widget: QWidget, preferred: QSize | None = None, *, centre: bool = False) -> None:
    """Resize ``widget`` to ``preferred`` (default: its size hint), no larger than the screen allows.

    Dialogs are placed over their parent by Qt, which keeps them on the screen; the main window has no
    parent, so ``centre`` puts it in the middle of the available area."""
    wanted = preferred if preferred is not None else widget.sizeHint()
    size = wanted.boundedTo(room(widget))
    widget.resize(size)
    if centre:
        area = available_geometry(widget)
        frame = QRect(0, 0, size.width() + FRAME.width(), size.height() + FRAME.height())
        frame.moveCenter(area.center())
        widget.move(max(frame.left(), area.left()), max(frame.top(), area.top()))


def keep_on_screen(widget: QWidget) -> None:
    """After a remembered geometry is restored: shrink and move it back if it came from a bigger screen."""
    area = available_geometry(widget)
    limit = room(widget)
    if widget.width() > limit.width() or widget.height() > limit.height():
        widget.resize(widget.size().boundedTo(limit))
    geometry = widget.frameGeometry()
    x = min(max(geometry.left(), area.left()), area.right() - geometry.width() + 1)
    y = min(max(geometry.top(), area.top()), area.bottom() - geometry.height() + 1)
    if (x, y) != (geometry.left(), geometry.top()):
        widget.move(max(x, area.left()), max(y, area.top()))


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: a long form scrolls on a small screen instead of pushing
    the dialog's buttons below its edge."""
    area = QScrollArea(parent)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
