"""Files to choose without a file dialog (photos and member lists on the Members screen, lesson
packs, copies of the records): those found in the user's folders and on every USB stick plugged
in, as big tiles a page at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..drives import Drive, DriveWatcher, find_files
from ..fonts import ui_font
from .talk import mark_message
from .theme import Metrics
from .tiles import LinesTile, TileGrid, thumbnail
from .widgets import big_button, label

PHOTOS, LISTS, PACKS, BACKUPS = "photos", "lists", "packs", "backups"
SUFFIXES = {PHOTOS: (".jpg", ".jpeg", ".png"), LISTS: (".csv",), PACKS: (".zip",), BACKUPS: (".db",)}
NAME_CHARS = 26  # a longer file name is shown shortened in the middle (its whole name is said)


def _folder(location: QStandardPaths.StandardLocation) -> Path | None:
    found = QStandardPaths.writableLocation(location)
    return Path(found) if found else None


class FilePanel(QWidget):
    """chosen(path) when a tile is touched; cancelled by 返回."""

    chosen = Signal(Path)
    cancelled = Signal()

    def __init__(self, watcher: DriveWatcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.watcher = watcher
        self.watcher.changed.connect(lambda _: self.isVisible() and self.look())
        self.kind = PHOTOS
        self.files: list[tuple[Path, str]] = []  # a file and the name of where it is
        self._icons: dict[Path, object] = {}
        self.metrics = Metrics.for_step(1)
        self.back_button = big_button(self.tr("Back"), self.tr("Back without choosing"))
        self.back_button.clicked.connect(self.cancelled)
        self.title = label("", "title")
        self.title.setWordWrap(False)
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

    def places(self) -> list[Drive]:
        """The user's own folders for the kind of file, and every drive plugged in."""
        Location = QStandardPaths.StandardLocation
        if self.kind == PHOTOS:
            own = [(Location.PicturesLocation, self.tr("Pictures folder"))]
        else:
            own = [
                (Location.DocumentsLocation, self.tr("Documents folder")),
                (Location.DesktopLocation, self.tr("Desktop")),
            ]
        if self.kind in (PACKS, BACKUPS):  # a pack or a copy of the records is downloaded or copied there
            own.append((Location.DownloadLocation, self.tr("Downloads folder")))
        folders = [Drive(name, path) for location, name in own if (path := _folder(location)) and path.is_dir()]
        sticks = [Drive(self.tr("USB stick %1").replace("%1", drive.name), drive.path) for drive in self.watcher.drives]
        return folders + sticks

    def _texts(self) -> tuple[str, str, str, str]:
        """The title, the message when files were found (%1: how many) and when none was, and
        what a tile is called aloud (%1 the file, %2 where it is)."""
        if self.kind == PHOTOS:
            return (
                self.tr("Choose a photo"),
                self.tr(
                    "%1 photos found in the Pictures folder and on USB sticks. A stick plugged in now shows here too."
                ),
                self.tr(
                    "No photo found. Put the photos (JPG or PNG) on a USB stick and plug it in, or into the Pictures folder."
                ),
                self.tr("Photo %1, on %2"),
            )
        if self.kind == LISTS:
            return (
                self.tr("Choose a member list"),
                self.tr("%1 lists (CSV) found in the Documents folder, on the desktop and on USB sticks."),
                self.tr("No list found. In WPS or Excel, save the list as CSV on a USB stick and plug it in."),
                self.tr("List %1, on %2"),
            )
        if self.kind == PACKS:
            return (
                self.tr("Choose a lesson pack"),
                self.tr(
                    "%1 lesson packs (ZIP) found on USB sticks and in your folders. A stick plugged in now shows here too."
                ),
                self.tr("No lesson pack found. Copy the pack (a ZIP file) onto a USB stick and plug it in."),
                self.tr("Lesson pack %1, on %2"),
            )
        return (
            self.tr("Choose a copy of the records"),
            self.tr("%1 copies of the records found on USB sticks and in your folders."),
            self.tr("No copy of the records found. Plug in the USB stick the records were copied to."),
            self.tr("Copy of the records %1, on %2"),
        )

    def open_for(self, kind: str) -> None:
        self.kind = kind
        self.title.setText(self._texts()[0])
        self.title.setAccessibleName(self.title.text())
        self.watcher.start()
        self.look(keep_page=False)

    def look(self, keep_page: bool = True) -> None:
        """Read the folders again (a stick was plugged in or taken out)."""
        self.files = [
            (path, place.name)
            for place in self.places()
            for path in find_files([place.path], SUFFIXES[self.kind])
            if path.is_file()
        ]
        count = str(len(self.files))
        _, found, none, _ = self._texts()
        text = found if self.files else none
        self.message.setText(text.replace("%1", count))
        self.message.setAccessibleName(self.message.text())
        self.grid.set_items(self.files, keep_page)

    def close_panel(self) -> None:
        self.watcher.stop()

    # -- tiles --------------------------------------------------------------------------------
    def _make_tile(self) -> LinesTile:
        tile = LinesTile()
        tile.setProperty("role", "row")
        tile.clicked.connect(lambda _=False, t=tile: t.property("path") and self.chosen.emit(Path(t.property("path"))))
        return tile

    def _fill(self, tile: LinesTile, item) -> None:
        if item is None:
            tile.setProperty("path", "")
            tile.show_lines([])
            return
        path, where = item
        name = path.name if len(path.name) <= NAME_CHARS else path.name[:14] + "…" + path.name[-(NAME_CHARS - 15) :]
        spoken = self._texts()[3]
        icon = None
        if self.kind == PHOTOS:
            if path not in self._icons:
                self._icons[path] = thumbnail(path, 240)
            icon = self._icons[path]
        tile.setProperty("path", str(path))
        tile.show_lines([name, where], icon, spoken.replace("%1", name).replace("%2", where))

    def _tile_size(self) -> tuple[int, int]:
        font = QFontMetrics(ui_font(self.metrics.ui_pt))
        lines = 3
        height = max(self.metrics.control_px, lines * font.lineSpacing() + 32)
        picture = (height - 24) * 3 // 4 + 8 if self.kind == PHOTOS else 0
        return font.horizontalAdvance("国" * 7) + picture + 40, height

    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.layout_.setSpacing(metrics.spacing_px)
        self.top.setSpacing(metrics.spacing_px)
        self.grid.apply_metrics(metrics)

    def focus_first(self) -> None:
        (self.grid.visible_tiles() or [self.back_button])[0].setFocus()
