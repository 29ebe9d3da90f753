"""The secretary's page, behind the PIN: big tiles to the members, the kiosk settings and the
lesson problems; 返回 locks the door again. On a locked kiosk, closing the program is here too."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..context import AppContext
from .screen import Screen
from .theme import Metrics
from .widgets import WrappingButton, big_button, label


class SecretaryScreen(Screen):
    NAME = "secretary"
    openScreen = Signal(str)  # the name of a secretary's screen
    closeProgram = Signal()  # a locked kiosk is closed from here only

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, screens: tuple[str, ...] = (), locked=lambda: False
    ):
        """screens: which of the secretary's screens this program has (a tile each); locked(): the
        kiosk is locked (closed from here only)."""
        super().__init__(context, parent)
        self.locked = locked
        self.back_button = big_button(self.tr("Back"), self.tr("Lock the secretary's page and go back"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("For the secretary"), "title")
        self.tiles: dict[str, WrappingButton] = {}
        names = {
            "members": self.tr("Members"),
            "plan": self.tr("This month's study"),
            "report": self.tr("Study report"),
            "backup": self.tr("Back up the records"),
            "packs": self.tr("Lesson packs"),
            "broadcasts": self.tr("Loudspeaker"),
            "outreach": self.tr("Lessons to homes"),
            "kiosk_settings": self.tr("Kiosk settings"),
            "problems": self.tr("Lesson problems"),
        }
        for name, text in names.items():
            if name in screens:
                tile = WrappingButton(text, role="tile")
                tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                tile.clicked.connect(lambda _=False, n=name: self.openScreen.emit(n))
                self.tiles[name] = tile
        self.close_button = big_button(self.tr("Close the program"), self.tr("Close the study station program"))
        self.close_button.clicked.connect(self.closeProgram)
        self.grid = QGridLayout()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        self.top = top
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self.grid)
        self.layout_.addStretch(1)
        self.refresh()

    def title_text(self) -> str:
        return self.tr("For the secretary")

    def focus_first(self) -> None:
        next(iter(self.tiles.values()), self.back_button).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.grid)
        self._arrange()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Two tiles to a row; three on a wide screen at the smaller sizes when there are more than
        four (four stay two by two, not three and one)."""
        wide = self.width() >= 1200 and self.metrics.ui_pt <= 27
        columns = 3 if wide and len(self.tiles) > 4 else 2
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, index // columns, index % columns)
        # As tall as a main action, less when the rows would not fit under the top row (seven
        # tiles at the largest text on a short screen); never lower than their words need.
        rows = max(1, -(-len(self.tiles) // columns))
        margins = self.layout_.contentsMargins()
        room = self.height() - margins.top() - margins.bottom() - self.top.sizeHint().height()
        room -= self.layout_.spacing() + self.grid.spacing() * (rows - 1)
        height = min(self.metrics.primary_px, room // rows) if self.height() > 0 else self.metrics.primary_px
        for tile in self.tiles.values():
            tile.keep_height(height)

    def refresh(self) -> None:
        self.close_button.setVisible(self.locked())
        count = len(self.context.library.problems) + len(self.context.notices)
        tile = self.tiles.get("problems")
        if tile is not None:
            text = self.tr("Lesson problems") + (f"\n⚠ {count}" if count else "")
            name = self.tr("Lesson problems (%1)").replace("%1", str(count))
            tile.set_full_text(text, name)
