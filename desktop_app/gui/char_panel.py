"""A touched character shown huge over the page (the page does not move), with its pinyin on a
line of its own, the word it stands in, and a big ✕ to close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..fonts import ui_font
from ..text.pinyin import CharReading
from .theme import Metrics
from .widgets import big_button, label

CHAR_SCALE = 2.0  # the character twice the page's text size


class CharPanel(QFrame):
    speakAgain = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.reading: CharReading | None = None
        self.char_label = QLabel()
        self.char_label.setTextFormat(Qt.TextFormat.PlainText)
        self.char_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinyin_label = label("", "title")
        self.pinyin_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word_label = label("")
        self.word_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.again_button = big_button(self.tr("Hear again"), self.tr("Hear the word again"))
        self.again_button.clicked.connect(self.speakAgain)
        self.close_button = big_button(self.tr("✕ Close"), self.tr("Close the character panel"))
        self.close_button.clicked.connect(self.close_panel)
        self.char_points = 66

        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.char_label, 1)
        self.layout_.addWidget(self.pinyin_label)
        self.layout_.addWidget(self.word_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)
        self.buttons = buttons
        self.layout_.addLayout(buttons)
        self.hide()

    def apply_metrics(self, metrics: Metrics) -> None:
        self.char_points = round(metrics.body_pt * CHAR_SCALE)
        self.char_label.setFont(ui_font(self.char_points))
        self.char_label.setStyleSheet(f"font-size: {self.char_points}pt;")
        spacing = max(8, metrics.spacing_px // 2)
        self.layout_.setSpacing(spacing)
        self.layout_.setContentsMargins(spacing * 2, spacing, spacing * 2, spacing * 2)
        self.buttons.setSpacing(metrics.spacing_px)

    def show_reading(self, reading: CharReading, shown_char: str, shown_word: str) -> None:
        """shown_*: the character and word as displayed (traditional when the member chose it)."""
        self.reading = reading
        self.char_label.setText(shown_char)
        self.pinyin_label.setText(reading.pinyin)
        if len(reading.word) > 1:
            self.word_label.setText(
                self.tr("in the word %1: %2").replace("%1", shown_word).replace("%2", reading.word_pinyin)
            )
        else:
            self.word_label.setText("")
        self.word_label.setVisible(bool(self.word_label.text()))
        for widget in (self.char_label, self.pinyin_label, self.word_label):
            widget.setAccessibleName(widget.text().replace("\n", "，") or self.tr("empty"))
        self.setAccessibleName(self.tr("Character %1, read %2").replace("%1", shown_char).replace("%2", reading.pinyin))
        self.raise_()
        self.show()

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()
