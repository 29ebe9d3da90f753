"""The secretary's page, behind the PIN: big tiles to the members, the kiosk settings and the
lesson problems; 返回 locks the door again. On a locked kiosk, closing the program is here too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..context import AppContext
from .choices import PagedWidgets
from .pager import PagedList
from .screen import Screen
from .theme import Metrics
from .widgets import WrappingButton, big_button, label, wrap_text


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
            "outreach": self.tr("Home visits"),
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
        # the tiles in rows, a page at a time when they do not fit (nine at the largest text on a short screen)
        self.area, self.rows_layout, self.pager, self.middle = PagedList().parts()
        self.paged = PagedWidgets([], self.area, self.pager)
        self.rows: list[QWidget] = []
        self.columns = 0
        self.arranging = False
        self.area.installEventFilter(self)  # its height known once laid out: the pages cut again
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        self.top = top
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self.middle, 1)
        self.refresh()

    def title_text(self) -> str:
        return self.tr("For the secretary")

    def focus_first(self) -> None:
        next(iter(self.tiles.values()), self.back_button).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.middle, self.rows_layout)
        self.pager.apply_metrics(metrics)
        for row in self.rows:
            row.layout().setSpacing(metrics.spacing_px)
        self._arrange()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._arrange()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.area and event.type() == QEvent.Type.Resize and not self.arranging:
            self._arrange()
        return super().eventFilter(watched, event)

    def _make_rows(self, columns: int) -> None:
        for row in self.rows:
            for tile in self.tiles.values():
                if tile.parentWidget() is row:
                    tile.setParent(self.area)
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        tiles = list(self.tiles.values())
        self.rows = []
        for start in range(0, len(tiles), columns):
            row = QWidget(self.area)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(self.metrics.spacing_px)
            for tile in tiles[start : start + columns]:
                line.addWidget(tile, 1)
            line.addStretch(columns - len(tiles[start : start + columns]))  # a last tile alone keeps its width
            self.rows.append(row)
            self.rows_layout.addWidget(row)
        self.rows_layout.addStretch(1)
        self.paged.widgets = self.rows
        self.columns = columns

    def _arrange(self) -> None:
        """Two tiles to a row; three on a wide screen at the smaller sizes when there are more than
        four (four stay two by two, not three and one). As tall as a main action, less when the
        rows would not fit under the top row; never lower than their words need: then a page at a
        time, with ◀ ▶ beside them (nine tiles at the largest text on a short screen)."""
        self.arranging = True
        try:
            self._arrange_tiles()
        finally:
            self.arranging = False

    def _arrange_tiles(self) -> None:
        wide = self.width() >= 1200 and self.metrics.ui_pt <= 27
        columns = 3 if wide and len(self.tiles) > 4 else 2
        if columns != self.columns:
            self._make_rows(columns)
        spacing = self.metrics.spacing_px
        margins = self.layout_.contentsMargins()
        room = self.height() - margins.top() - margins.bottom() - self.top.sizeHint().height() - spacing
        rows = max(1, len(self.rows))
        height = min(self.metrics.primary_px, (room - spacing * (rows - 1)) // rows)
        if self.height() <= 0:
            height = self.metrics.primary_px
        for _ in range(3):  # again when the ◀ ▶ column came or went: the tiles' words wrap anew
            paged = self.pager.isVisibleTo(self)
            width = self.width() - margins.left() - margins.right() - (self.pager.width() + spacing if paged else 0)
            width = (width - spacing * (columns - 1)) // columns
            need = max((self._tile_need(tile, width) for tile in self.tiles.values()), default=0)
            for tile in self.tiles.values():
                tile.keep_height(max(height, need))
            self.paged.paginate(spacing)
            if self.pager.isVisibleTo(self) == paged:
                break
            self.layout_.activate()

    @staticmethod
    def _tile_need(tile: WrappingButton, width: int) -> int:
        """The height a tile's words take at that width (whatever size the tile has now)."""
        font = QFontMetrics(tile.font())
        sides = tile.width() - tile._room()  # border and padding left and right: the same at any width
        lines = len(wrap_text(tile.full_text, font, max(1, width - sides)))
        tile.keep_height(0)
        above_below = tile.sizeHint().height() - (tile.text().count("\n") + 1) * font.height()
        return above_below + lines * font.height()

    def refresh(self) -> None:
        self.close_button.setVisible(self.locked())
        count = len(self.context.library.problems) + len(self.context.notices)
        tile = self.tiles.get("problems")
        if tile is not None:
            text = self.tr("Lesson problems") + (f"\n⚠ {count}" if count else "")
            name = self.tr("Lesson problems (%1)").replace("%1", str(count))
            tile.set_full_text(text, name)
