"""Big tiles a page at a time in the room a screen gives them, turned by ◀ ▶ beside them (the
secretary's member list, the photos and lists found on a USB stick)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from .pager import PagerColumn
from .picker_screen import MemberTile
from .theme import Metrics


class LinesTile(MemberTile):
    """A picker tile for anything: its lines beside a picture, a line never cut short."""

    def show_lines(self, lines: list[str], icon: QIcon | None = None, name: str = "") -> None:
        self.member = None
        self.lines = [line for line in lines if line]
        self.setAccessibleName(name or "，".join(self.lines))
        self.setIcon(icon or QIcon())
        self.setVisible(bool(self.lines))
        self._fit()


def thumbnail(path, side: int) -> QIcon:
    """A small picture of an image file, read at that size (a phone photo is big: it is never read whole)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


class TileGrid(QWidget):
    """items shown through fill(tile, item) (item None: the tile is hidden), as many to a page as
    tiles of tile_size() fit; the page kept when the items or the size change. What goes in
    `header` (a message, a button) stands above the tiles, beside the ◀ ▶ column, which then has
    the height it needs at the largest text sizes."""

    def __init__(
        self,
        make_tile: Callable[[], MemberTile],
        fill: Callable[[MemberTile, object | None], None],
        tile_size: Callable[[], tuple[int, int]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.make_tile = make_tile
        self.fill = fill
        self.tile_size = tile_size
        self.items: Sequence = []
        self.tiles: list[MemberTile] = []
        self.spacing = 12
        self.area = QWidget()
        self.area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.grid = QGridLayout(self.area)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)  # the tiles follow the room
        self.area.installEventFilter(self)
        self.pager = PagerColumn()
        self.pager.pageChanged.connect(lambda _: self.show_page())
        self.header = QHBoxLayout()
        self.column = QVBoxLayout()
        self.column.addLayout(self.header)
        self.column.addWidget(self.area, 1)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addLayout(self.column, 1)
        self.row.addWidget(self.pager)
        self.pager.set_count(1)

    def apply_metrics(self, metrics: Metrics) -> None:
        self.spacing = metrics.spacing_px
        for layout in (self.row, self.column, self.header):
            layout.setSpacing(self.spacing)
        self.grid.setSpacing(self.spacing)
        self.pager.apply_metrics(metrics)
        self.show_page()

    def set_items(self, items: Sequence, keep_page: bool = True) -> None:
        self.items = list(items)
        self.show_page(self.pager.page if keep_page else 0)

    def capacity(self) -> tuple[int, int]:
        width, height = max(self.area.width(), 1), max(self.area.height(), 1)
        tile_width, tile_height = self.tile_size()
        columns = max(1, (width + self.spacing) // (tile_width + self.spacing))
        rows = max(1, (height + self.spacing) // (tile_height + self.spacing))
        return columns, rows

    def page_of(self, index: int) -> int:
        return index // max(1, len(self.tiles))

    def _layout_tiles(self) -> None:
        columns, rows = self.capacity()
        _, tile_height = self.tile_size()
        for tile in self.tiles:
            tile.icon_side = tile_height - 24
        if len(self.tiles) == columns * rows and self.grid.columnCount() == columns:
            return
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        for index in range(columns * rows):
            tile = self.make_tile()
            tile.setParent(self.area)
            tile.icon_side = tile_height - 24
            self.tiles.append(tile)
            self.grid.addWidget(tile, index // columns, index % columns)
        for column in range(max(columns, self.grid.columnCount())):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(max(rows, self.grid.rowCount())):
            self.grid.setRowStretch(row, 1 if row < rows else 0)

    def show_page(self, page: int | None = None) -> None:
        self._layout_tiles()
        size = max(1, len(self.tiles))
        self.pager.set_count(-(-len(self.items) // size), self.pager.page if page is None else page)
        start = self.pager.page * size
        shown = self.items[start : start + size]
        for index, tile in enumerate(self.tiles):
            self.fill(tile, shown[index] if index < len(shown) else None)

    def visible_tiles(self) -> list[MemberTile]:
        return [tile for tile in self.tiles if tile.isVisible()]

    def eventFilter(self, watched, event) -> bool:
        if watched is self.area and event.type() == event.Type.Resize:
            self.show_page()  # more or fewer tiles fit
        return super().eventFilter(watched, event)
