"""Touches as a touch screen or a mouse gives them: through the window's QWindow, where the
talking interface watches them (QTest's widget overloads skip that way in)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

LONG_MS = 900  # held longer than a long press


def _where(widget, pos: QPoint | None = None) -> tuple:
    window = widget.window()
    return window, widget.mapTo(window, pos if pos is not None else widget.rect().center())


def touch(qtbot, widget, pos: QPoint | None = None) -> None:
    """A short touch on widget (at pos, in its own coordinates)."""
    window, point = _where(widget, pos)
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.wait(1)


def hold(qtbot, widget, ms: int = LONG_MS) -> None:
    """A long press: down, held, up."""
    window, point = _where(widget)
    handle = window.windowHandle()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.wait(ms)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.wait(1)


def palm(qtbot, *widgets) -> None:
    """Several fingers at once, one on each widget, then lifted."""
    window = widgets[0].window()
    device = QTest.createTouchDevice()
    points = [_where(widget)[1] for widget in widgets]
    press = QTest.touchEvent(window, device)
    for number, point in enumerate(points):
        press.press(number, point, window)
    press.commit()
    release = QTest.touchEvent(window, device)
    for number, point in enumerate(points):
        release.release(number, point, window)
    release.commit()
    qtbot.wait(1)
