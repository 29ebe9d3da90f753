"""The secretary's form for one member (on the Members screen, never a dialog), and the two-step
question before a member is taken off the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import ui_font
from ..storage.members import Member, clean
from ..storage.photos import PhotoError, photo_path, store_photo
from .choices import ButtonRow, button_width
from .talk import mark_message
from .theme import Metrics
from .tiles import thumbnail
from .widgets import big_button, label, show_choice, text_box

NAME_LENGTH = 20  # as a list's names (storage/member_import.py)


class MemberForm(QWidget):
    """Name, branch, number, leaderboard name and whether to show it, photo; 保存 and 取消. What is
    wrong is said on the form, and nothing is saved then."""

    saved = Signal(int, str)  # member id, what to say on the list
    cancelled = Signal()
    removeAsked = Signal(int)  # 移出名单: the screen asks again first
    bringBackAsked = Signal(int)
    photoAsked = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.member: Member | None = None
        self.new_photo: Path | None = None  # chosen on the stick, stored when 保存 is touched
        self.metrics = Metrics.for_step(1)
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the list without saving"))
        self.back_button.clicked.connect(self.cancelled)
        self.title = label("", "title")
        self.title.setWordWrap(False)
        self.remove_button = big_button(self.tr("Take off the list"), self.tr("Take this member off the list"))
        self.remove_button.clicked.connect(lambda: self.member and self.removeAsked.emit(self.member.id))
        self.bring_back_button = big_button(self.tr("Back on the list"), self.tr("Bring this member back on the list"))
        self.bring_back_button.clicked.connect(lambda: self.member and self.bringBackAsked.emit(self.member.id))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.remove_button)
        top.addWidget(self.bring_back_button)
        self.top = top

        self.name_box = self._box(self.tr("Must be written"), self.tr("Name (must be written)"))
        self.name_box.setMaxLength(NAME_LENGTH)
        self.branch_box = self._box(self.tr("Branch"), self.tr("Branch"))
        self.number_box = self._box(self.tr("Number"), self.tr("Member number"))
        self.board_box = self._box(self.tr("Name on the leaderboard"), self.tr("Name on the leaderboard"))
        self.board_box.setMaxLength(NAME_LENGTH)
        self.board_box.setPlaceholderText(self.tr("May stay empty"))
        self.on_board_button = big_button(self.tr("On the leaderboard"))
        self.on_board_button.setCheckable(True)
        self.on_board_button.clicked.connect(lambda: self._show_on_board(self.on_board_button.isChecked()))
        self.photo_button = big_button(
            self.tr("Choose photo"), self.tr("Choose a photo from the Pictures folder or a USB stick")
        )
        self.photo_button.clicked.connect(self.photoAsked)
        self.cells: list[QWidget] = [
            self._cell(self.tr("Name"), self.name_box),
            self._cell(self.tr("Branch"), self.branch_box),
            self._cell(self.tr("Number"), self.number_box),
            self._cell(self.tr("On the board as"), self.board_box),
            self.on_board_button,
            self.photo_button,
        ]
        for button in (self.on_board_button, self.photo_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.fields = QWidget()
        self.fields.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.grid = QGridLayout(self.fields)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)  # the fields follow the room
        self.fields.installEventFilter(self)
        self._columns = 0

        self.message = label("", "section")  # empty until something is wrong
        mark_message(self.message)
        self.save_button = big_button(self.tr("✔ Save"), self.tr("Save this member"), role="play")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Cancel: nothing is saved"))
        self.cancel_button.clicked.connect(self.cancelled)
        answers = QHBoxLayout()  # what is wrong is said beside 保存: the fields keep their height
        answers.addWidget(self.message, 1)
        answers.addWidget(self.save_button)
        answers.addWidget(self.cancel_button)
        self.answers = answers
        for box in (self.name_box, self.branch_box, self.number_box, self.board_box):
            box.returnPressed.connect(self.save)

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.fields, 1)
        self.layout_.addLayout(self.answers)

    def _box(self, placeholder: str, name: str) -> QLineEdit:
        return text_box(placeholder, name, lambda: self._say(""))

    def _cell(self, text: str, box: QLineEdit) -> QWidget:
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        caption = label(text)
        caption.setWordWrap(False)
        caption.setBuddy(box)
        row.addWidget(caption)
        row.addWidget(box, 1)
        cell.caption = caption
        return cell

    # -- what is shown ------------------------------------------------------------------------
    def edit(self, member: Member | None) -> None:
        """The form for a member (None: a new one), as stored."""
        self.member, self.new_photo = member, None
        self.title.setText(self.tr("Change a member") if member else self.tr("Add a member"))
        self.title.setAccessibleName(self.title.text())
        self.name_box.setText(member.name if member else "")
        self.branch_box.setText(member.branch if member else "")
        self.number_box.setText(member.number if member else "")
        self.board_box.setText(member.board_name if member else "")
        self._show_on_board(member.on_board if member else True)
        self.remove_button.setVisible(member is not None and not member.left_at)
        self.bring_back_button.setVisible(member is not None and bool(member.left_at))
        self._show_photo()
        self._say("")

    def set_photo(self, path: Path) -> None:
        self.new_photo = path
        self._show_photo()

    def _show_photo(self) -> None:
        stored = photo_path(self.context.data_dir, self.member.photo) if self.member else None
        shown = self.new_photo or stored
        side = max(32, self.metrics.control_px - 16)
        self.photo_button.setIcon(thumbnail(shown, side * 2) if shown else QIcon())
        self.photo_button.setIconSize(QSize(side, side))
        self.photo_button.setText(self.tr("Change photo") if shown else self.tr("Choose photo"))

    def _show_on_board(self, on: bool) -> None:
        show_choice(self.on_board_button, on, self.tr(", chosen"))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    # -- saving ---------------------------------------------------------------------------------
    def problem(self) -> str:
        """What stops the member from being saved, in plain words; "" when nothing does."""
        store = self.context.members
        name, branch, number = (clean(box.text()) for box in (self.name_box, self.branch_box, self.number_box))
        nothing = self.tr("Nothing was saved.")
        if not name:
            return self.tr("Please write the name.") + nothing
        other = store.clash(name, branch, number, self.member.id if self.member else None)
        if other is None:
            return ""
        where = self.tr(" (among the members who left)") if other.left_at else ""
        if number:
            text = self.tr("Number %1 is already %2's%3.").replace("%1", number).replace("%2", other.name)
        else:
            text = self.tr("%1 of %2 is already registered%3, also without a number. A number tells them apart.")
            text = text.replace("%1", name).replace("%2", branch or self.tr("no branch"))
        return text.replace("%3", where) + nothing

    def save(self) -> None:
        problem = self.problem()
        if problem:
            self._say(problem)
            self.name_box.setFocus() if not clean(self.name_box.text()) else self.number_box.setFocus()
            return
        store = self.context.members
        fields = {
            "name": self.name_box.text(),
            "branch": self.branch_box.text(),
            "number": self.number_box.text(),
            "board_name": self.board_box.text(),
            "on_board": self.on_board_button.isChecked(),
        }
        if self.member is None:
            member_id = store.add(**fields)
        else:
            member_id = self.member.id
            store.update(member_id, **fields)
        said = self.tr("Saved: %1").replace("%1", clean(fields["name"]))
        if self.new_photo is not None:
            try:
                store.update(member_id, photo=store_photo(self.new_photo, self.context.data_dir, member_id))
            except PhotoError as error:
                self.member = store.get(member_id)
                self.new_photo = None
                self.edit(self.member)
                self._say(self.tr("Saved, but the photo could not be stored: %1").replace("%1", str(error)))
                return
        self.saved.emit(member_id, said)

    # -- sizes ----------------------------------------------------------------------------------
    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        spacing = metrics.spacing_px
        for layout in (self.layout_, self.top, self.grid, self.answers):
            layout.setSpacing(spacing)
        self.grid.setHorizontalSpacing(spacing * 2)
        font = QFontMetrics(ui_font(metrics.ui_pt))
        width = max(font.horizontalAdvance(cell.caption.text()) for cell in self.cells if hasattr(cell, "caption"))
        for cell in self.cells:
            if hasattr(cell, "caption"):
                cell.caption.setFixedWidth(width + 4)
                cell.layout().setSpacing(spacing // 2)
        words = QFontMetrics(ui_font(metrics.title_pt, bold=True)).horizontalAdvance(self.save_button.text())
        self.save_button.keep_width(max(words + 2 * spacing + 16, metrics.control_px * 4))
        self.cancel_button.keep_width(metrics.control_px * 5 // 2)
        self._show_photo()
        self._arrange()

    def _cell_width(self) -> int:
        font = QFontMetrics(ui_font(self.metrics.ui_pt))
        caption = self.cells[0].caption.width()
        boxes = caption + self.metrics.spacing_px // 2 + font.horizontalAdvance("国" * 4) + 24
        buttons = max(button_width(b, self.metrics.spacing_px) + 40 for b in (self.on_board_button, self.photo_button))
        return max(boxes, buttons + self.metrics.control_px)

    def _arrange(self) -> None:
        """The fields in as few columns as the height allows (one under another when there is room)."""
        spacing = self.metrics.spacing_px
        high = self.metrics.control_px + 10
        rows_fit = max(1, (self.fields.height() + spacing) // (high + spacing))
        widest = max(1, (self.fields.width() + 2 * spacing) // (self._cell_width() + 2 * spacing))
        wide = 2 if self.fields.width() >= 3 * self._cell_width() else 1  # fields no longer than they need be
        columns = min(widest, max(wide, -(-len(self.cells) // rows_fit)))
        if columns == self._columns:
            return
        self._columns = columns
        for cell in self.cells:
            self.grid.removeWidget(cell)
        rows = -(-len(self.cells) // columns)
        for index, cell in enumerate(self.cells):  # down the first column, then the next
            self.grid.addWidget(cell, index % rows, index // rows, Qt.AlignmentFlag.AlignTop)
        for column in range(max(columns, self.grid.columnCount())):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(rows, 1)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.fields and event.type() == event.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        self.name_box.setFocus()


class RemoveConfirmation(QFrame):
    """Over the Members screen: 移出名单 asked again in plain words, with two big answers."""

    confirmed = Signal(int)
    refused = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.member_id = 0
        self.question = label("", "title")
        mark_message(self.question)
        self.explanation = label("")
        mark_message(self.explanation)
        self.yes_button = big_button(self.tr("Yes, take off the list"), role="primary")
        self.no_button = big_button(self.tr("No, keep on the list"))
        self.yes_button.clicked.connect(lambda: (self.hide(), self.confirmed.emit(self.member_id)))
        self.no_button.clicked.connect(self.refuse)
        self.answers = ButtonRow([self.yes_button, self.no_button])
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.question)
        self.column.addWidget(self.explanation)
        self.column.addStretch(1)
        self.column.addWidget(self.answers)
        self.hide()

    def ask(self, member: Member) -> None:
        self.member_id = member.id
        self.question.setText(self.tr("Take %1 off the list? The study records are kept.").replace("%1", member.name))
        self.explanation.setText(
            self.tr(
                'No longer among the names to touch, nor on the leaderboard. Under "Left" the member can be brought back.'
            )
        )
        for widget in (self.question, self.explanation):
            widget.setAccessibleName(widget.text())
        self.place()
        self.raise_()
        self.show()
        self.no_button.setFocus()

    def refuse(self) -> None:
        if self.isVisible():
            self.hide()
            self.refused.emit()

    def place(self) -> None:
        margin = self.column.spacing()
        self.setGeometry(self.parentWidget().rect().adjusted(margin, margin, -margin, -margin))
        self.answers.fit(max(1, self.width() - 4 * margin - 10), margin, margin)

    def apply_metrics(self, metrics: Metrics) -> None:
        spacing = metrics.spacing_px
        self.column.setSpacing(spacing)
        self.column.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)
        if self.isVisible():
            self.place()
