"""A figure in words with its numbers printed big (学了 3 小时 20 分): 我的学习 and the leaderboard."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Figure(QFrame):
    """One figure: a sentence whose numbers are printed big (the text is made here, not from files)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("panel")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        self.number_pt = 40

    def show_figure(self, template: str, numbers: list[str]) -> None:
        """template: a translated sentence with %1, %2 … where the numbers go."""
        spoken = template
        shown = escape(template)
        for index, number in enumerate(numbers, start=1):
            spoken = spoken.replace(f"%{index}", number)
            big = f'<span style="font-size:{self.number_pt}pt; font-weight:bold;">&nbsp;{escape(number)}&nbsp;</span>'
            shown = shown.replace(f"%{index}", big)
        self.text.setText(shown)
        self.text.setAccessibleName(spoken)
        self.setAccessibleName(spoken)
