"""The member picker of a shared kiosk: "touch your name". Large name tiles a page at a time,
a row of pinyin initials, search by name or initials, and a guest entry without records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..storage.members import Member, filter_members, letters_in_use, tell_apart
from ..storage.photos import photo_path
from .theme import Metrics
from .widgets import BigButton, big_button, label


class MemberTile(BigButton):
    """A member's name (and what tells them apart from a namesake), shortened with "…" only when
    it cannot fit; the whole text stays the accessible name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setProperty("role", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.member: Member | None = None
        self.lines: list[str] = []

    def show_member(self, member: Member | None, second_line: str, photo: Path | None) -> None:
        self.member = member
        self.lines = [member.name, second_line] if member and second_line else [member.name] if member else []
        self.setAccessibleName("，".join(self.lines))
        self.setIcon(QIcon(QPixmap(str(photo))) if photo else QIcon())
        self.setVisible(member is not None)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side = max(0, self.height() - 24)
        self.setIconSize(QSize(side * 3 // 4, side))  # a portrait photo as tall as the tile allows
        self._fit()

    def _fit(self) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width()
        if not self.icon().isNull():
            room -= self.iconSize().width() + 8
        metrics = QFontMetrics(self.font())
        self.setText(
            "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(room, 0)) for line in self.lines)
        )


class PickerScreen(QWidget):
    memberChosen = Signal(int)
    guestChosen = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.members: list[Member] = []
        self.shown: list[Member] = []
        self.second_lines: dict[int, str] = {}
        self.letter = ""
        self.page = 0
        self.tiles: list[MemberTile] = []
        self.metrics: Metrics | None = None

        self.title = label(self.tr("Touch your name"), "title")
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Name or pinyin initials"))
        self.search_box.setAccessibleName(self.tr("Find your name: type it or its pinyin initials"))
        self.search_box.textChanged.connect(lambda: self._filter(self.letter))
        self.clear_button = big_button(self.tr("Clear"), self.tr("Clear the search"))
        self.clear_button.clicked.connect(self.search_box.clear)
        self.guest_button = big_button(
            self.tr("Guest (not recorded)"), self.tr("Study as a guest; nothing is recorded")
        )
        self.guest_button.clicked.connect(self.guestChosen)
        top = QHBoxLayout()
        top.addWidget(self.title, 2)
        top.addWidget(self.search_box, 2)
        top.addWidget(self.clear_button)
        top.addWidget(self.guest_button)

        self.letters_grid = QGridLayout()
        self.letter_buttons: dict[str, BigButton] = {}

        self.message = label("", "section")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tile_area = QWidget()
        # its size is whatever is left; the tiles follow it, never the other way round
        self.tile_area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.tile_grid = QGridLayout(self.tile_area)
        self.tile_grid.setContentsMargins(0, 0, 0, 0)
        self.tile_area.installEventFilter(self)
        self.previous_button = big_button(self.tr("◀\nPrevious"), self.tr("Previous names"), role="pager")
        self.next_button = big_button(self.tr("▶\nNext"), self.tr("More names"), role="pager")
        self.previous_button.clicked.connect(lambda: self._show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self._show_page(self.page + 1))
        self.page_label = label("", "muted")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.previous_button, self.next_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        middle = QHBoxLayout()
        middle.addWidget(self.previous_button)
        tiles_column = QVBoxLayout()
        tiles_column.addWidget(self.message)
        tiles_column.addWidget(self.tile_area, 1)
        tiles_column.addWidget(self.page_label)
        middle.addLayout(tiles_column, 1)
        middle.addWidget(self.next_button)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self.letters_grid)
        self.layout_.addLayout(middle, 1)
        self.refresh()

    # --- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the members again (the secretary may have registered some) and start afresh."""
        self.members = self.context.members.all()
        self.second_lines = tell_apart(self.members)
        self._build_letters()
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._filter("")

    def _build_letters(self) -> None:
        letters = letters_in_use(self.members)
        if len(letters) >= 2 and tuple(letters) == tuple(key for key in self.letter_buttons if key):
            return  # the same row as before
        for button in self.letter_buttons.values():
            self.letters_grid.removeWidget(button)
            button.setParent(None)
            button.deleteLater()
        self.letter_buttons = {}
        if len(letters) < 2:
            return  # nothing to choose between
        count = len(letters) + 1
        columns = count if count <= 13 else -(-count // 2)  # one row, or two even rows
        for index, letter in enumerate(["", *letters]):
            text = letter or self.tr("All")
            name = self.tr("Names starting with %1").replace("%1", letter) if letter else self.tr("All names")
            button = big_button(text, name, role="letter")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, chosen=letter: self._filter(chosen))
            self.letter_buttons[letter] = button
            self.letters_grid.addWidget(button, index // columns, index % columns)

    def _filter(self, letter: str) -> None:
        self.letter = letter
        for key, button in self.letter_buttons.items():
            button.setChecked(key == letter)
        self.shown = filter_members(self.members, letter, self.search_box.text())
        if not self.members:
            self.message.setText(
                self.tr("No members are registered yet. Please ask the branch secretary, or study as a guest.")
            )
        elif not self.shown:
            self.message.setText(self.tr('No name found. Touch "All" or change the search.'))
        elif letter:  # the chosen letter said in words too, not only by its colour
            self.message.setText(
                self.tr("Names starting with %1: %2").replace("%1", letter).replace("%2", str(len(self.shown)))
            )
        elif self.search_box.text().strip():
            self.message.setText(self.tr("%1 names found").replace("%1", str(len(self.shown))))
        else:
            self.message.setText("")
        self.message.setAccessibleName(self.message.text())
        self.message.setVisible(bool(self.message.text()))
        self._show_page(0)

    # --- pages of tiles ---------------------------------------------------------------------------

    def capacity(self) -> tuple[int, int]:
        """Columns and rows of tiles that fit the tile area at the current text size."""
        metrics = self.metrics or Metrics(30, 20, 26, 68, 120, 20)
        width = max(self.tile_area.width(), 1)
        height = max(self.tile_area.height(), 1)
        spacing = metrics.spacing_px
        tile_width = metrics.title_pt * 8  # about five characters of the tile font, with padding
        tile_height = max(metrics.control_px, int(metrics.title_pt * 4.2))  # two lines
        columns = max(1, (width + spacing) // (tile_width + spacing))
        rows = max(1, (height + spacing) // (tile_height + spacing))
        return columns, rows

    def _layout_tiles(self) -> None:
        columns, rows = self.capacity()
        if len(self.tiles) == columns * rows and self.tile_grid.columnCount() == columns:
            return
        for tile in self.tiles:
            self.tile_grid.removeWidget(tile)
            tile.setParent(None)
            tile.deleteLater()
        self.tiles = []
        for index in range(columns * rows):
            tile = MemberTile(self.tile_area)
            tile.clicked.connect(lambda _=False, t=tile: t.member and self.memberChosen.emit(t.member.id))
            self.tiles.append(tile)
            self.tile_grid.addWidget(tile, index // columns, index % columns)
        for column in range(max(columns, self.tile_grid.columnCount())):
            self.tile_grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(max(rows, self.tile_grid.rowCount())):
            self.tile_grid.setRowStretch(row, 1 if row < rows else 0)

    def page_count(self) -> int:
        size = max(1, len(self.tiles))
        return max(1, -(-len(self.shown) // size))

    def _show_page(self, page: int) -> None:
        self._layout_tiles()
        self.page = min(max(0, page), self.page_count() - 1)
        size = len(self.tiles)
        visible = self.shown[self.page * size : (self.page + 1) * size]
        for index, tile in enumerate(self.tiles):
            member = visible[index] if index < len(visible) else None
            photo = photo_path(self.context.data_dir, member.photo) if member else None
            tile.show_member(member, self.second_lines.get(member.id, "") if member else "", photo)
        many = self.page_count() > 1
        self.previous_button.setVisible(many)
        self.next_button.setVisible(many)
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.page_count() - 1)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(self.page_count()))
            if many
            else ""
        )
        self.page_label.setAccessibleName(self.page_label.text())
        self.page_label.setVisible(many)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tile_area and event.type() == event.Type.Resize:
            self._show_page(self.page)  # more or fewer tiles fit
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_page(self.page)

    # --- screen protocol --------------------------------------------------------------------------

    def focus_first(self) -> None:
        first = next((tile for tile in self.tiles if tile.isVisible()), self.search_box)
        first.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self.letters_grid.setSpacing(max(8, metrics.spacing_px // 2))
        self.tile_grid.setSpacing(metrics.spacing_px)
        self._show_page(self.page)
