"""The secretary's Members screen: every member as a big row a page at a time, search as in the
picker, and on the same screen (no dialogs) the form to add or change one, the photos and lists
found on a USB stick, what a list would import, and 移出名单 asked twice. Nobody is ever deleted:
a member taken off the list keeps their records and can be brought back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..drives import DriveWatcher
from ..fonts import ui_font
from ..storage.member_apply import apply_member_list
from ..storage.member_import import read_member_list
from ..storage.members import Member, filter_members
from ..storage.photos import photo_path
from ..storage.problems import RecordsProblem
from .file_panel import LISTS, PHOTOS, FilePanel
from .import_preview import ImportPreview
from .member_form import MemberForm, RemoveConfirmation
from .picker_screen import MemberTile
from .screen import Screen
from .search_pad import SearchPad
from .talk import mark_message
from .theme import Metrics
from .tiles import TileGrid
from .widgets import big_button, label, wrap_text

LIST, FORM, FILES, PREVIEW = "list", "form", "files", "preview"


class MembersScreen(Screen):
    NAME = "members"
    membersChanged = Signal()  # a member added, changed, taken off or brought back, a list imported

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.showing_left = False  # the list of the members who left, not the list itself
        self.members: list[Member] = []
        self.shown: list[Member] = []
        self.part = LIST
        self.watcher = DriveWatcher(self)

        # -- the list -------------------------------------------------------------------------
        self.list_page = QWidget()
        self.back_button = big_button(self.tr("Back"), self.tr("Back to where you were"))
        self.back_button.clicked.connect(self.escape_list)
        self.title = label(self.tr("Members"), "title")
        self.title.setWordWrap(False)
        self.find_button = big_button(self.tr("Find name"), self.tr("Find a member by name or pinyin initials"))
        self.pad = SearchPad(self._keys_for, self._result_text, self.tr("Name or pinyin initials"), self)
        self.search_box = self.pad.box
        self.search_box.setAccessibleName(self.tr("Find a member: type the name or its pinyin initials"))
        self.search_box.textChanged.connect(lambda: self._filter(keep_page=False))
        self.pad.closed.connect(self.focus_first)
        self.find_button.clicked.connect(self.pad.open_pad)
        self.clear_button = big_button(self.tr("Show all"), self.tr("Clear the search and show every member"))
        self.clear_button.clicked.connect(self.search_box.clear)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.clear_button)
        top.addWidget(self.find_button)
        self.top = top
        self.add_button = big_button(self.tr("Add a member"), self.tr("Add a member to the list"))
        self.add_button.clicked.connect(lambda: self.open_form(None))
        self.import_button = big_button(
            self.tr("Import a list"), self.tr("Import a member list (CSV) from a USB stick")
        )
        self.import_button.clicked.connect(lambda: self.open_files(LISTS))
        self.left_button = big_button(self.tr("Members who left"))
        self.left_button.clicked.connect(lambda: self.show_left(True))
        actions = QHBoxLayout()  # each as wide as its words: they fit 1024 px at the largest size
        for button in (self.add_button, self.import_button, self.left_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.actions = actions
        self.message = label("")
        mark_message(self.message)
        self.rows = TileGrid(self._make_row, self._fill_row, self._row_size)
        self.rows.header.addWidget(self.message, 1)  # beside the ◀ ▶ column: it has the height then
        column = QVBoxLayout(self.list_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(actions)
        column.addWidget(self.rows, 1)
        self.list_column = column

        # -- on the same screen: the form, the files, the list to import, the question ---------
        self.form = MemberForm(context)
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self.show_list)
        self.form.photoAsked.connect(lambda: self.open_files(PHOTOS))
        self.form.removeAsked.connect(self._ask_remove)
        self.form.bringBackAsked.connect(self._bring_back)
        self.files = FilePanel(self.watcher)
        self.files.chosen.connect(self._file_chosen)
        self.files.cancelled.connect(self._files_cancelled)
        self.preview = ImportPreview()
        self.preview.importAsked.connect(self._import)
        self.preview.cancelled.connect(self.show_list)
        self.confirmation = RemoveConfirmation(self)
        self.confirmation.confirmed.connect(self._remove)
        self.confirmation.refused.connect(lambda: self.form.remove_button.setFocus())
        self.parts = {LIST: self.list_page, FORM: self.form, FILES: self.files, PREVIEW: self.preview}
        self.layout_ = QVBoxLayout(self)
        for widget in self.parts.values():
            self.layout_.addWidget(widget)
        self._show_part(LIST)
        self.refresh()

    # -- the screen contract ---------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Members")

    def refresh(self) -> None:
        """Read the members again and show the list (the way the secretary came in)."""
        self.showing_left = False
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.show_list()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.list_column, self.top, self.actions)
        for part in (self.rows, self.form, self.files, self.preview, self.pad, self.confirmation):
            part.apply_metrics(metrics)

    def focus_first(self) -> None:
        if self.part == FORM:
            self.form.focus_first()
        elif self.part == FILES:
            self.files.focus_first()
        elif self.part == PREVIEW:
            self.preview.focus_first()
        else:
            (self.rows.visible_tiles() or [self.add_button])[0].setFocus()

    def escape(self) -> None:
        """One level back: the question, the pad, the search, then form or files to the list,
        the members who left to the list, the list to the screen before."""
        if self.confirmation.isVisible():
            self.confirmation.refuse()
        elif self.pad.isVisible():
            self.pad.close_pad()
        elif self.part == FILES:
            self._files_cancelled()
        elif self.part in (FORM, PREVIEW):
            self.show_list()
        elif self.search_box.text():
            self.search_box.clear()
        else:
            self.escape_list()

    def escape_list(self) -> None:
        if self.showing_left:
            self.show_left(False)
        else:
            self.goBack.emit()

    def leave(self) -> None:
        self.pad.hide()
        self.confirmation.hide()
        self.files.close_panel()

    # -- which part is shown ---------------------------------------------------------------------
    def _show_part(self, part: str) -> None:
        if self.part == FILES and part != FILES:
            self.files.close_panel()
        self.part = part
        for name, widget in self.parts.items():  # the others hidden first: two parts shown at
            if name != part:  # once, even for a moment, would need the height of both
                widget.hide()
        self.parts[part].show()
        self.focus_first()

    def show_list(self, said: str = "") -> None:
        self.members = self.context.members.left() if self.showing_left else self.context.members.all()
        self._filter(said)
        self._show_part(LIST)

    def show_left(self, left: bool) -> None:
        self.showing_left = left
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.show_list()

    def open_form(self, member: Member | None) -> None:
        self.form.edit(member)
        self._show_part(FORM)

    def open_files(self, kind: str) -> None:
        self.files.open_for(kind)
        self._show_part(FILES)

    # -- the list --------------------------------------------------------------------------------
    def _filter(self, said: str = "", keep_page: bool = True) -> None:
        query = self.search_box.text().strip()
        self.shown = filter_members(self.members, "", query)
        left_count = len(self.context.members.left())
        self.title.setText(self.tr("Members who left") if self.showing_left else self.tr("Members"))
        self.title.setAccessibleName(self.title.text())
        self.left_button.setText(self.tr("Left (%1)").replace("%1", str(left_count)))
        self.left_button.setAccessibleName(
            self.tr("Members who left the list: %1; touch to see them").replace("%1", str(left_count))
        )
        self.back_button.setAccessibleName(
            self.tr("Back to the list") if self.showing_left else self.tr("Back to where you were")
        )
        for button in (self.add_button, self.import_button):
            button.setVisible(not self.showing_left)
        self.left_button.setVisible(not self.showing_left and left_count > 0)
        if said:
            text = said
        elif query:
            text = self.tr("%1 found").replace("%1", str(len(self.shown)))
        elif self.showing_left:
            text = (
                self.tr("Touch a name to see the member and bring them back on the list.")
                if self.members
                else self.tr("Nobody has been taken off the list.")
            )
        elif self.members:
            text = self.tr("%1 members. Touch a name to change it.").replace("%1", str(len(self.members)))
        else:
            text = self.tr('No members yet. Touch "Add a member", or import a list from a USB stick.')
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.clear_button.setVisible(bool(query))
        self.find_button.setVisible(len(self.members) > 1)
        self.rows.set_items(self.shown, keep_page)

    def _second_line(self, member: Member) -> str:
        parts = [member.branch or self.tr("no branch")]
        if member.number:
            parts.append(self.tr("No. %1").replace("%1", member.number))
        if not member.on_board:
            parts.append(self.tr("not on the leaderboard"))
        if member.left_at:
            day = datetime.fromisoformat(member.left_at).astimezone().strftime("%Y-%m-%d")
            return " · ".join(parts) + "\n" + self.tr("left %1").replace("%1", day)
        return " · ".join(parts)

    def _make_row(self) -> MemberTile:
        row = MemberTile()
        row.setProperty("role", "row")
        row.clicked.connect(lambda _=False, r=row: r.member and self.open_form(self.context.members.get(r.member.id)))
        return row

    def _fill_row(self, row: MemberTile, member: Member | None) -> None:
        photo = photo_path(self.context.data_dir, member.photo) if member else None
        row.show_member(member, self._second_line(member) if member else "", photo)

    def _row_size(self) -> tuple[int, int]:
        """Wide enough for a name and its branch and number (longer ones wrap), tall enough for
        every line: nothing is cut short."""
        font = QFontMetrics(ui_font(self.metrics.ui_pt))
        photo = any(m.photo for m in self.members)
        line = font.lineSpacing()
        picture = (2 * line + 8) * 3 // 4 + 8 if photo else 0
        # lines counted without the photo: a tile whose lines need the room makes its photo smaller
        room = self.rows.area.width() - 2 * self.metrics.spacing_px - 16
        width = min(font.horizontalAdvance("国" * 12), max(font.horizontalAdvance("国" * 5), room))
        lines = 2
        for member in self.shown:
            count = sum(len(wrap_text(text, font, width)) for text in (member.name, self._second_line(member)))
            lines = max(lines, count)
        height = max(self.metrics.control_px, lines * line + 32)
        return min(width + picture, max(width, room)) + 2 * self.metrics.spacing_px + 16, height

    # -- the on-screen pad -------------------------------------------------------------------------
    def _keys_for(self, query: str) -> list[str]:
        if not query.isascii():
            return []
        current = filter_members(self.members, "", query)
        keys = "abcdefghijklmnopqrstuvwxyz" + ("0123456789" if any(m.number for m in current) else "")
        return [key for key in keys if filter_members(current, "", query + key)]

    def _result_text(self, query: str) -> str:
        return self.tr("%1 members").replace("%1", str(len(filter_members(self.members, "", query))))

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if self.part == LIST and text and text.isprintable() and not text.isspace() and not self.pad.isVisible():
            self.pad.open_pad()  # a secretary with a keyboard just types
            self.search_box.setText(self.search_box.text() + text)
        else:
            super().keyPressEvent(event)

    # -- what the parts ask for ----------------------------------------------------------------
    def _saved(self, member_id: int, said: str) -> None:
        self.membersChanged.emit()
        self.show_list(said)
        self._reveal(member_id)

    def _reveal(self, member_id: int) -> None:
        index = next((i for i, m in enumerate(self.shown) if m.id == member_id), None)
        if index is not None:
            self.rows.show_page(self.rows.page_of(index))

    def _ask_remove(self, member_id: int) -> None:
        member = self.context.members.get(member_id)
        if member is not None:
            self.confirmation.ask(member)

    def _remove(self, member_id: int) -> None:
        member = self.context.members.get(member_id)
        self.context.members.mark_left(member_id)
        self.membersChanged.emit()
        said = self.tr("%1 is off the list. The study records are kept.").replace("%1", member.name if member else "")
        self.show_list(said)

    def _bring_back(self, member_id: int) -> None:
        member = self.context.members.get(member_id)
        self.context.members.bring_back(member_id)
        self.membersChanged.emit()
        self.showing_left = False
        self.show_list(self.tr("%1 is back on the list.").replace("%1", member.name if member else ""))
        self._reveal(member_id)

    def _file_chosen(self, path: Path) -> None:
        if self.files.kind == PHOTOS:
            self.form.set_photo(path)
            self._show_part(FORM)
            self.form.save_button.setFocus()
        else:
            self.preview.show_list(path, read_member_list(path), self.context.members)
            self._show_part(PREVIEW)

    def _files_cancelled(self) -> None:
        self._show_part(FORM if self.files.kind == PHOTOS else LIST)

    def _import(self) -> None:
        result = self.preview.result
        if result is None or result.problems:
            return
        try:
            apply_member_list(self.context.members, result.rows, self.context.data_dir, result)
        except RecordsProblem as problem:  # another import is running
            self.preview.say(problem.message)
            return
        said = (
            self.tr("Imported: %1 new, %2 updated.").replace("%1", str(result.added)).replace("%2", str(result.updated))
        )
        extra = [*result.warnings, *result.photo_problems, *result.problems]
        self.membersChanged.emit()
        self.show_list(" ".join([said, *extra]))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.pad.place()
        if self.confirmation.isVisible():
            self.confirmation.place()
