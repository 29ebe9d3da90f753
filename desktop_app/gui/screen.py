"""The contract every screen keeps, so that the main window only wires screens together."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .theme import Metrics


class Screen(QWidget):
    """One screen of the program.

    NAME is how the main window and the command line know it. `refresh()` runs each time the
    screen is shown, `apply_metrics()` when the member's text size changes, `focus_first()`
    gives the keyboard focus to the control a member uses first, `escape()` is what Esc does
    (close what is open on the screen, else go back), `leave()` runs when another screen is shown.
    """

    NAME: ClassVar[str] = ""
    goBack = Signal()  # 返回 or Esc: the main window shows the screen the member came from

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.metrics = Metrics.for_settings(context.settings)

    def title_text(self) -> str:
        """The screen's name in words (for the window title and what is said when it opens)."""
        return ""

    def prompt(self) -> str:
        """The one line said when the screen opens (说给我听): what to do here; its name by default."""
        return self.title_text()

    def refresh(self) -> None:
        """Read what the screen shows again: it is about to be shown."""

    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def space_out(self, metrics: Metrics, *layouts) -> None:
        """The screen's margin and the gaps between its parts, from the size step: the first
        layout is the screen's own (it gets the margin), every one gets the spacing."""
        margin = metrics.spacing_px
        layouts[0].setContentsMargins(margin, margin, margin, margin)
        for layout in layouts:
            layout.setSpacing(metrics.spacing_px)

    def focus_first(self) -> None:
        self.setFocus()

    def escape(self) -> None:
        """Esc: by default one screen back."""
        self.goBack.emit()

    def leave(self) -> None:
        """Another screen is about to be shown."""
