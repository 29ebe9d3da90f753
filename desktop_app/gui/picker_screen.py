"""The member picker of a shared kiosk: "touch your name". Large name tiles a page at a time,
a row of pinyin initials, search by name or initials, and a guest entry without records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..fonts import ui_font
from ..storage.members import Member, filter_members, letters_in_use, tell_apart
from ..storage.photos import photo_path
from .screen import Screen
from .search_pad import SearchPad
from .talk import mark_message
from .theme import Metrics
from .widgets import BigButton, big_button, label, wrap_text


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
        self.icon_side = 120  # the photo's height the picker planned the tile's width for

    def show_member(self, member: Member | None, second_line: str, photo: Path | None) -> None:
        self.member = member
        self.lines = [member.name, second_line] if member and second_line else [member.name] if member else []
        self.setAccessibleName("，".join(self.lines))
        self.setIcon(QIcon(QPixmap(str(photo))) if photo else QIcon())
        self.setVisible(member is not None)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # the font follows the text-size step
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        """Each line broken to fit beside the photo; a name is never cut short: when the lines do
        not fit beside the photo, the photo gets smaller, and goes before the name does."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        content = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        metrics = QFontMetrics(self.font())
        side = max(0, min(content.height(), self.icon_side, int(self.width() * 0.35 * 4 / 3)))
        while True:
            room = content.width() - (side * 3 // 4 + 8 if not self.icon().isNull() and side else 0)
            lines = [piece for line in self.lines for piece in wrap_text(line, metrics, max(room, 1))]
            if self.icon().isNull() or side == 0 or len(lines) * metrics.lineSpacing() <= content.height():
                break
            side = side * 2 // 3 if side > 48 else 0
        self.setIconSize(QSize(side * 3 // 4, side))
        text = "\n".join(lines)
        if text != self.text():
            self.setText(text)


class PickerScreen(Screen):
    NAME = "picker"
    memberChosen = Signal(int)
    guestChosen = Signal()
    openSecretary = Signal()  # an empty kiosk: the secretary's page, to register members or go back to home use

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.members: list[Member] = []
        self.shown: list[Member] = []
        self.second_lines: dict[int, str] = {}
        self.letter = ""
        self.page = 0
        self.tiles: list[MemberTile] = []

        self.title = label(self.tr("Touch your name"), "title")
        self.title.setWordWrap(False)
        self.pad = SearchPad(self._keys_for, self._result_text, self.tr("Name or pinyin initials"), self)
        self.search_box = self.pad.box
        self.search_box.setAccessibleName(self.tr("Find your name: type it or its pinyin initials"))
        self.search_box.textChanged.connect(lambda: self._filter(self.letter))
        self.pad.closed.connect(self.focus_first)
        self.find_button = big_button(self.tr("Find name"), self.tr("Find your name by its pinyin initials"))
        self.find_button.clicked.connect(self.pad.open_pad)
        self.clear_button = big_button(self.tr("Show all"), self.tr("Clear the search and show every name"))
        self.clear_button.clicked.connect(self.search_box.clear)
        self.guest_button = big_button(self.tr("Guest\nnot recorded"), self.tr("Study as a guest; nothing is recorded"))
        self.guest_button.clicked.connect(self.guestChosen)
        self.secretary_button = big_button(
            self.tr("For the secretary"), self.tr("For the secretary: register members, or use at home")
        )
        self.secretary_button.clicked.connect(self.openSecretary)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clear_button)
        top.addWidget(self.find_button)
        top.addWidget(self.guest_button)
        self.top = top

        self.letters_box = QWidget()  # never wider than the window: the row is rebuilt for the width it gets
        self.letters_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.letters_grid = QGridLayout(self.letters_box)
        self.letters_grid.setContentsMargins(0, 0, 0, 0)
        self.letters_grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        self.letter_buttons: dict[str, BigButton] = {}
        self._letter_columns = 0

        self.message = label("", "section")
        mark_message(self.message)
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
        self.layout_.addWidget(self.letters_box)
        self.layout_.addLayout(middle, 1)
        self.layout_.addWidget(self.secretary_button, 0, Qt.AlignmentFlag.AlignHCenter)
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
        """A row of the initials in use, in one or two even rows; when even two rows cannot hold
        them at this text size, the row is left out and 找名字's pad does the same job."""
        letters = letters_in_use(self.members)
        count = len(letters) + 1
        spacing = max(8, self.metrics.spacing_px // 2)
        room = max(1, self.width() - 2 * self.metrics.spacing_px)
        fit = max(1, (room + spacing) // (self.metrics.control_px + spacing))
        columns = count if count <= fit else -(-count // 2)
        roomy = self.metrics.ui_pt <= 27  # at the largest sizes the names need the height: the pad does it
        wanted = tuple(letters) if len(letters) >= 2 and columns <= fit and roomy else ()
        if wanted == tuple(key for key in self.letter_buttons if key) and columns == self._letter_columns:
            return  # the same row as before
        for button in self.letter_buttons.values():
            self.letters_grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.letter_buttons = {}
        self._letter_columns = columns
        if not wanted:
            return  # nothing to choose between, or no room for it
        for index, letter in enumerate(["", *wanted]):
            text = letter or self.tr("All")
            name = self.tr("Names starting with %1").replace("%1", letter) if letter else self.tr("All names")
            button = big_button(text, name, role="letter")
            button.setCheckable(True)
            button.setChecked(letter == self.letter)
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
        self.clear_button.setVisible(bool(self.search_box.text().strip()))
        self.find_button.setVisible(len(self.members) > 1)
        self.secretary_button.setVisible(not self.members)  # an empty kiosk always offers a way back
        self._show_page(0)

    # --- pages of tiles ---------------------------------------------------------------------------

    def tile_size(self) -> tuple[int, int]:
        """A tile wide enough for the names (up to six characters on a line, longer ones wrap)
        beside the photo, and tall enough for their lines: no name is ever cut short."""
        metrics = self.metrics
        font = QFontMetrics(ui_font(metrics.title_pt, bold=True))
        line = font.lineSpacing()
        longest = max((font.horizontalAdvance(m.name) for m in self.members), default=font.horizontalAdvance("国" * 3))
        seconds = max((font.horizontalAdvance(text) for text in self.second_lines.values()), default=0)
        text_width = min(max(longest, seconds, font.horizontalAdvance("国" * 3)), font.horizontalAdvance("国" * 6))
        wrapped = -(-max(longest, 1) // text_width)
        lines = wrapped + (1 if wrapped > 1 else 0) + (1 if self.second_lines else 0)  # a line to spare when wrapping
        height = max(metrics.control_px, max(2, lines) * line + 32)
        photo = any(m.photo for m in self.members)
        icon = (height - 24) * 3 // 4 if photo else 0
        return text_width + icon + 8 + 2 * 8 + 12, height

    def capacity(self) -> tuple[int, int]:
        """Columns and rows of tiles that fit the tile area at the current text size."""
        width = max(self.tile_area.width(), 1)
        height = max(self.tile_area.height(), 1)
        spacing = self.metrics.spacing_px
        tile_width, tile_height = self.tile_size()
        columns = max(1, (width + spacing) // (tile_width + spacing))
        rows = max(1, (height + spacing) // (tile_height + spacing))
        return columns, rows

    def _layout_tiles(self) -> None:
        columns, rows = self.capacity()
        _, tile_height = self.tile_size()
        for tile in self.tiles:
            tile.icon_side = tile_height - 24
        if len(self.tiles) == columns * rows and self.tile_grid.columnCount() == columns:
            return
        for tile in self.tiles:
            self.tile_grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        for index in range(columns * rows):
            tile = MemberTile(self.tile_area)
            tile.icon_side = tile_height - 24
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

    # --- the on-screen pad ------------------------------------------------------------------------

    def _keys_for(self, query: str) -> list[str]:
        """The letters and digits that lead to at least one name from here."""
        if not query.isascii():
            return []
        current = filter_members(self.members, self.letter, query)
        keys = "abcdefghijklmnopqrstuvwxyz" + ("0123456789" if any(m.number for m in current) else "")
        return [key for key in keys if filter_members(current, self.letter, query + key)]

    def _result_text(self, query: str) -> str:
        return self.tr("%1 names").replace("%1", str(len(filter_members(self.members, self.letter, query))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._build_letters()
        self.pad.place()

    # --- screen protocol --------------------------------------------------------------------------

    def title_text(self) -> str:
        return self.tr("Touch your name")

    def focus_first(self) -> None:
        first = next((tile for tile in self.tiles if tile.isVisible()), self.guest_button)
        first.setFocus()

    def escape(self) -> None:
        if self.pad.isVisible():
            self.pad.close_pad()
        elif self.search_box.text():
            self.search_box.clear()

    def leave(self) -> None:
        self.pad.hide()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top)
        self.letters_grid.setSpacing(max(8, metrics.spacing_px // 2))
        self.tile_grid.setSpacing(metrics.spacing_px)
        self.pad.apply_metrics(metrics)
        self._build_letters()
        self._show_page(self.page)
