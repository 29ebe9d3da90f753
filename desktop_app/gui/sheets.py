"""Which style sheet each screen has, so that a text-size step restyles only what is on view
(issue 14).

The application's style sheet reaches every widget of every screen built: setting it again
restyles them all (40-90 ms on a text-size step with the home, library and reader screens built,
most of it on screens nobody sees). So after the start a new text size goes to the screen shown
(its own style sheet, which takes precedence over the application's for everything it says: both
are made by theme.stylesheet() with the same rules) and to what the window has beside its screens
(the idle warning, the loudspeaker's cover: few widgets, restyled at once, or when first shown if
made later); a hidden screen gets it just before it is shown again. A new theme (rare: one touch
in the settings) still goes to the application, so that the window's own background changes too.

A widget once given a sheet of its own keeps one (the same words as the application's when they
agree): setting it back to an empty one makes Qt tear down the style object that widget and its
children share, a path known to leave a style in use after it is gone.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection while Qt restyles: it walks a list of the widgets it made before it
    sends them their events, and our handlers of those events run Python, where a collection could
    delete a widget that is still on Qt's list (one crash seen in a test run of a theme change)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class Sheets(QObject):
    def __init__(self, window: QMainWindow, restyled: Callable[[QWidget], None]):
        """restyled(widget): called after one of the window's other widgets (not a screen) was
        restyled, to set again the sizes a restyle resets (its apply_metrics)."""
        super().__init__(window)
        self.window = window
        self.restyled = restyled
        self.wanted = ""  # the sheet every widget on view has
        self.theme = ""  # the theme of the application's sheet
        window.installEventFilter(self)  # a widget made later beside the screens: watched too
        for widget in self.others():
            widget.installEventFilter(self)

    def others(self) -> list[QWidget]:
        """The window's widgets beside its screens (they cover it now and then)."""
        central = self.window.centralWidget()
        return [child for child in self.window.children() if isinstance(child, QWidget) and child is not central]

    def apply(self, sheet: str, theme: str, on_view: Iterable[QWidget], built: Iterable[QWidget]) -> None:
        """The sheet from now on. on_view: the screen shown, restyled now; built: every screen
        made, brought up to date when next shown (bring_up)."""
        self.wanted = sheet
        app = QApplication.instance()
        others = self.others()
        if theme != self.theme or not app.styleSheet():
            # The start (nothing or little to restyle) or a new theme: the application's sheet;
            # a widget that has one of its own gets the new one (never an empty one: see below).
            self.theme = theme
            with collector_paused():
                if app.styleSheet() != sheet:
                    app.setStyleSheet(sheet)
                for widget in [*built, *others]:
                    if widget.styleSheet() and widget.styleSheet() != sheet:
                        widget.setStyleSheet(sheet)
            return
        for widget in on_view:
            self.bring_up(widget)
        for widget in others:
            if self.bring_up(widget):
                self.restyled(widget)

    def fresh(self, widget: QWidget) -> bool:
        return (widget.styleSheet() or QApplication.instance().styleSheet()) == self.wanted

    def bring_up(self, widget: QWidget) -> bool:
        """Restyle a widget whose sheet is not the one wanted; True when it was restyled (then
        its apply_metrics must run again: a restyle resets the minimum sizes)."""
        if not self.wanted or self.fresh(widget):
            return False
        with collector_paused():
            widget.setStyleSheet(self.wanted)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.ChildAdded and event.child().isWidgetType():
                event.child().installEventFilter(self)  # (only watched: it is still being made)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.parent() is self.window:
            if watched is not self.window.centralWidget() and self.bring_up(watched):
                self.restyled(watched)  # made after the last change, shown now: before it is painted
        return False
