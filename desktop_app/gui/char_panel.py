"""The panel beside the page that shows a touched character huge, with its pinyin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..text.pinyin import CharReading
from .theme import Metrics
from .widgets import big_button, label


class HugeCharLabel(QLabel):
    """The touched character, as big as the room the panel leaves for it."""

    MIN_PX = 120

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(self.MIN_PX)
        self.max_px = 180

    def fit(self) -> None:
        pixels = max(48, min(self.max_px, int(self.width() * 0.8)))
        font = QFont(self.font())
        while pixels > 48:
            font.setPixelSize(pixels)
            if QFontMetrics(font).height() <= self.height():
                break
            pixels -= 4
        self.setStyleSheet(f"font-size: {pixels}px;")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class CharPanel(QFrame):
    speakAgain = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("panel")
        self.reading: CharReading | None = None
        self.char_label = HugeCharLabel()
        self.pinyin_label = label("", "title")
        self.pinyin_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word_label = label("")
        self.word_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_button = big_button(self.tr("Close"), self.tr("Close the character panel"))
        self.close_button.clicked.connect(self.hide)
        self.again_button = big_button(self.tr("Hear again"), self.tr("Hear the word again"))
        self.again_button.clicked.connect(self.speakAgain)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.char_label, 1)
        self.layout_.addWidget(self.pinyin_label)
        self.layout_.addWidget(self.word_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)
        self.layout_.addLayout(buttons)
        self.hide()

    def apply_metrics(self, metrics: Metrics) -> None:
        self.char_label.max_px = max(160, int(metrics.body_pt * 2.5 * self.logicalDpiY() / 72))
        self.char_label.fit()
        self.setFixedWidth(max(300, metrics.control_px * 5))
        self.layout_.setSpacing(4)  # the panel must fit beside the page at 1366x768 at the largest text

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
        for widget in (self.char_label, self.pinyin_label, self.word_label):
            widget.setAccessibleName(widget.text().replace("\n", "，") or self.tr("empty"))
        self.setAccessibleName(self.tr("Character %1, read %2").replace("%1", shown_char).replace("%2", reading.pinyin))
        self.show()
