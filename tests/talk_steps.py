"""Touches as a touch screen or a mouse gives them: through the window's QWindow, where the
talking interface watches them (QTest's widget overloads skip that way in).

The events are sent to the QWindow, and the event loop then runs from qtbot.wait, which lets go of
Python's GIL as the program's own event loop does. QTest's QWindow overloads instead process the
events they cause while holding the GIL: a touch that starts speech then ran the player's queued
setSource there, and Qt's FFmpeg back end, tearing down the previous sound in its own thread and
waiting for the GIL, deadlocked with it (a test hung once; gui/talk.py and speech/reading.py queue
their player calls for this reason)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest

LONG_MS = 900  # held longer than a long press


def _where(widget, pos: QPoint | None = None) -> tuple:
    window = widget.window()
    return window, widget.mapTo(window, pos if pos is not None else widget.rect().center())


def _mouse(window, point: QPoint, kind: QEvent.Type) -> None:
    held = Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(window.mapToGlobal(point)),
        Qt.MouseButton.LeftButton,
        held,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(window.windowHandle(), event)


def touch(qtbot, widget, pos: QPoint | None = None) -> None:
    """A short touch on widget (at pos, in its own coordinates)."""
    window, point = _where(widget, pos)
    _mouse(window, point, QEvent.Type.MouseButtonPress)
    qtbot.wait(1)
    _mouse(window, point, QEvent.Type.MouseButtonRelease)
    qtbot.wait(1)


def hold(qtbot, widget, ms: int = LONG_MS) -> None:
    """A long press: down, held, up."""
    window, point = _where(widget)
    _mouse(window, point, QEvent.Type.MouseButtonPress)
    qtbot.wait(ms)
    _mouse(window, point, QEvent.Type.MouseButtonRelease)
    qtbot.wait(1)


def palm(qtbot, *widgets) -> None:
    """Several fingers at once, one on each widget, then lifted."""
    window = widgets[0].window()
    device = QTest.createTouchDevice()
    points = [_where(widget)[1] for widget in widgets]
    press = QTest.touchEvent(window, device)
    for number, point in enumerate(points):
        press.press(number, point, window)
    press.commit(False)  # processed by qtbot.wait, not by QTest (see the top)
    qtbot.wait(1)
    release = QTest.touchEvent(window, device)
    for number, point in enumerate(points):
        release.release(number, point, window)
    release.commit(False)
    qtbot.wait(1)
