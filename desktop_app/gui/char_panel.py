"""The panel beside the page that shows a touched character huge, with its pinyin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ..text.pinyin import CharReading
from .theme import Metrics, ui_font
from .widgets import big_button, label


class CharPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("panel")
        self.reading: CharReading | None = None
        self.char_label = label("")
        self.char_label.setWordWrap(False)
        self.char_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinyin_label = label("", "title")
        self.pinyin_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word_label = label("")
        self.word_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_button = big_button(self.tr("Close"), self.tr("Close the character panel"))
        self.close_button.clicked.connect(self.hide)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.char_label)
        self.layout_.addWidget(self.pinyin_label)
        self.layout_.addWidget(self.word_label)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.close_button)
        self.hide()

    def apply_metrics(self, metrics: Metrics) -> None:
        points = min(112, max(96, metrics.body_pt * 2))  # always far bigger than the text, yet fits at 1366x768
        self.char_label.setFont(ui_font(points))
        self.char_label.setStyleSheet(f"font-size: {points}pt;")
        self.setFixedWidth(max(300, metrics.control_px * 5))
        self.layout_.setSpacing(4)  # the panel must fit beside the page at 1366x768 at the largest text

    def show_reading(self, reading: CharReading, shown_char: str, shown_word: str) -> None:
        """shown_*: the character and word as displayed (traditional when the member chose it)."""
        self.reading = reading
        self.char_label.setText(shown_char)
        self.pinyin_label.setText(reading.pinyin)
        if len(reading.word) > 1:
            self.word_label.setText(self.tr("in the word %1: %2").replace("%1", shown_word).replace("%2", reading.word_pinyin))
        else:
            self.word_label.setText("")
        for widget in (self.char_label, self.pinyin_label, self.word_label):
            widget.setAccessibleName(widget.text().replace("\n", "，") or self.tr("empty"))
        self.setAccessibleName(self.tr("Character %1, read %2").replace("%1", shown_char).replace("%2", reading.pinyin))
        self.show()
