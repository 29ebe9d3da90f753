"""Which style sheet each screen has, so that a text-size step restyles only what is on view
(issue 14).

The application's style sheet reaches every widget of every screen built: setting it again
restyles them all (40-90 ms on a text-size step with the home, library and reader screens built,
most of it on screens nobody sees). So after the start a new text size goes to the screen shown
(its own style sheet, which takes precedence over the application's for everything it says: both
are made by theme.stylesheet() with the same rules) and to the other widgets on view; a hidden
screen gets it just before it is shown again. A new theme (rare: one touch in the settings)
still goes to the application, so that the window's own background changes with it too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QApplication, QWidget


class Sheets:
    def __init__(self) -> None:
        self.wanted = ""  # the sheet every widget on view has
        self.theme = ""  # the theme of the application's sheet

    def apply(self, sheet: str, theme: str, on_view: Iterable[QWidget], built: Iterable[QWidget]) -> None:
        """The sheet from now on. on_view: restyled now (the screen shown, the idle warning);
        built: every screen made, brought up to date when next shown (bring_up)."""
        self.wanted = sheet
        app = QApplication.instance()
        on_view = list(on_view)
        if theme != self.theme or not app.styleSheet():
            # The start (nothing or little to restyle) or a new theme: the application's sheet,
            # and no widget keeps one of its own that would override it.
            self.theme = theme
            for widget in [*built, *on_view]:
                if widget.styleSheet():
                    widget.setStyleSheet("")
            if app.styleSheet() != sheet:
                app.setStyleSheet(sheet)
            return
        for widget in on_view:
            self.bring_up(widget)

    def fresh(self, widget: QWidget) -> bool:
        return (widget.styleSheet() or QApplication.instance().styleSheet()) == self.wanted

    def bring_up(self, widget: QWidget) -> bool:
        """Restyle a widget whose sheet is not the one wanted; True when it was restyled (then
        its screen's apply_metrics must run again: a restyle resets the minimum sizes)."""
        if not self.wanted or self.fresh(widget):
            return False
        widget.setStyleSheet("" if QApplication.instance().styleSheet() == self.wanted else self.wanted)
        return True
