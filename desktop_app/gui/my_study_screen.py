"""我的学习: the member's own figures in huge numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..reports.my_study import summarize
from .theme import Metrics
from .widgets import big_button, label


class MyStudyScreen(QWidget):
    goBack = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the home screen"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("My study"), "title")
        self.tiles: list[tuple[QFrame, object, object]] = []
        grid = QGridLayout()
        for index in range(4):
            tile = QFrame()
            tile.setObjectName("panel")
            number = label("", "number")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = label("")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column = QVBoxLayout(tile)
            column.addWidget(number)
            column.addWidget(caption)
            grid.addWidget(tile, index // 2, index % 2)
            self.tiles.append((tile, number, caption))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.grid = grid
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(grid, 1)

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self.grid.setSpacing(metrics.spacing_px)
        for _, number, _ in self.tiles:
            number.setStyleSheet(f"font-size: {max(40, metrics.title_pt * 2)}pt; font-weight: bold;")

    def refresh(self) -> None:
        summary = summarize(self.context.records, self.context.member_id, self.context.library)
        if summary.month_lessons == 0:
            month_number, month_text = "—", self.tr("No theme-day lesson this month")
        elif summary.month_lessons_finished >= summary.month_lessons:
            month_number, month_text = "✔", self.tr("This month's lesson is done")
        else:
            month_number, month_text = "○", self.tr("This month's lesson is not done yet")
        figures = [
            (
                str(summary.lessons_finished),
                self.tr("lessons finished, of %1").replace("%1", str(summary.lessons_total)),
            ),
            (f"{summary.hours_this_season:.1f}", self.tr("hours studied this season")),
            (month_number, month_text),
            (str(summary.days_in_a_row), self.tr("days studied in a row")),
        ]
        for (tile, number, caption), (value, text) in zip(self.tiles, figures, strict=False):
            number.setText(value)
            caption.setText(text)
            for widget in (number, caption):
                widget.setAccessibleName(widget.text())
            tile.setAccessibleName(f"{value}，{text}")
