"""Where to save on a USB stick, without a file dialog: a big tile for each stick plugged in (a
stick plugged in while the panel is open shows up by itself), for the report and the copy of the
records."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..drives import Drive, DriveWatcher
from ..fonts import ui_font
from ..storage.files import free_space
from .talk import mark_message
from .theme import Metrics
from .tiles import LinesTile, TileGrid
from .widgets import big_button, label


def room_text(free: int | None) -> str:
    """Room left on a drive ('3.2 GB', '640 MB'); '' when it cannot be told."""
    if free is None:
        return ""
    if free >= 1024**3:
        return f"{free / 1024**3:.1f} GB"
    return f"{max(free, 0) // 1024**2} MB"


class DrivePanel(QWidget):
    """chosen(drive) when a stick's tile is touched; cancelled by 返回."""

    chosen = Signal(Drive)
    cancelled = Signal()

    def __init__(self, watcher: DriveWatcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.watcher = watcher
        self.watcher.changed.connect(lambda _: self.isVisible() and self.look())
        self.metrics = Metrics.for_step(1)
        self.back_button = big_button(self.tr("Back"), self.tr("Back without saving"))
        self.back_button.clicked.connect(self.cancelled)
        self.title = label("", "title")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.top = top
        self.message = label("")
        mark_message(self.message)
        self.grid = TileGrid(self._make_tile, self._fill, self._tile_size)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.grid, 1)

    def open_for(self, title: str) -> None:
        """title: what is saved ('把报表存到U盘')."""
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.watcher.start()
        self.look()

    def look(self) -> None:
        drives = self.watcher.drives
        text = (
            self.tr("Touch the USB stick to save on.")
            if drives
            else self.tr("No USB stick found. Plug one in: it shows here by itself.")
        )
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.grid.set_items(drives, keep_page=False)

    def close_panel(self) -> None:
        self.watcher.stop()

    def _make_tile(self) -> LinesTile:
        tile = LinesTile()
        tile.setProperty("role", "row")
        tile.drive = None
        tile.clicked.connect(lambda _=False, t=tile: t.drive and self.chosen.emit(t.drive))
        return tile

    def _fill(self, tile: LinesTile, drive: Drive | None) -> None:
        tile.drive = drive
        if drive is None:
            tile.show_lines([])
            return
        room = room_text(free_space(drive.path))
        lines = [self.tr("USB stick %1").replace("%1", drive.name)]
        if room:
            lines.append(self.tr("Room left: %1").replace("%1", room))
        tile.show_lines(lines)

    def _tile_size(self) -> tuple[int, int]:
        font = QFontMetrics(ui_font(self.metrics.ui_pt))
        height = max(self.metrics.control_px, 2 * font.lineSpacing() + 32)
        return font.horizontalAdvance("国" * 9) + 40, height

    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.layout_.setSpacing(metrics.spacing_px)
        self.top.setSpacing(metrics.spacing_px)
        self.grid.apply_metrics(metrics)

    def focus_first(self) -> None:
        (self.grid.visible_tiles() or [self.back_button])[0].setFocus()
