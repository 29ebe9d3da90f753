"""One answer of a quiz question: the enormous numbered button, and beside it a speaker that says
that answer again. Two answers may share a row (AnswerRow) when the text is large and the answers
short, so that the question and all its answers are on one screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from .icons import speaker_icon
from .widgets import WrappingButton, big_button, wrap_text

MIN_ANSWER_PX = 120  # the floor for an answer's height, at every text size
BUTTON_PADDING_PX = 24  # above and below the text, with the borders (theme.py)


def cell_width(width: int, columns: int, spacing: int) -> int:
    """The width of one answer when `columns` share a row of `width` (AnswerRow's gaps)."""
    return (width - (columns - 1) * spacing * 2) // columns


class AnswerCell(QWidget):
    """The answer button (checkable: a first touch selects it) and its speaker."""

    def __init__(self, shown: str, spoken: str, speaker_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = WrappingButton(shown, spoken)
        self.button.setCheckable(True)
        self.speaker = big_button("", speaker_name)
        self.speaker.setToolTip(speaker_name)
        for button in (self.button, self.speaker):  # as high as the row: every answer at least 120 px
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 1)
        layout.addWidget(self.speaker)
        self.layout_ = layout

    def apply_size(self, control_px: int, spacing: int, colour: QColor) -> None:
        self.layout_.setSpacing(spacing)
        self.speaker.setStyleSheet("min-width: 0px;")  # narrower than a word button: the answer has the room
        self.speaker.setFixedWidth(self.speaker_width(control_px))
        side = max(24, round(control_px * 0.55))
        self.speaker.setIcon(speaker_icon(side, colour))
        self.speaker.setIconSize(QSize(side, side))

    @staticmethod
    def speaker_width(control_px: int) -> int:
        return max(72, round(control_px * 0.8))

    def height_for(self, font: QFontMetrics, width: int, control_px: int, spacing: int) -> int:
        """Its height when the cell is width wide: every line of the answer, never under 120 px.
        The text's room is what WrappingButton gets: the padding (spacing) and a 3 px border a side."""
        room = width - self.speaker_width(control_px) - spacing - 2 * (spacing + 3) - 4
        lines = len(wrap_text(self.button.full_text, font, max(40, room)))
        return max(MIN_ANSWER_PX, lines * font.lineSpacing() + BUTTON_PADDING_PX)


class AnswerRow(QWidget):
    """One or two answers side by side, as wide as the list."""

    def __init__(self, cells: list[AnswerCell], columns: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.cells = cells
        self.columns = columns
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        for cell in cells:
            self.layout_.addWidget(cell, 1)
        for _ in range(columns - len(cells)):
            self.layout_.addStretch(1)  # the last of three answers as wide as the others

    def set_spacing(self, spacing: int) -> None:
        self.layout_.setSpacing(spacing * 2)  # a clear gap between two answers side by side
