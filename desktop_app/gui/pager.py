"""Pages instead of scroll bars: a column with ◀ 上一页, "第 1 页，共 3 页" and 下一页 ▶."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..fonts import ui_font
from .theme import Metrics
from .widgets import big_button, label


class PagerColumn(QWidget):
    """Shown only when there is more than one page; the buttons are as tall as the column allows."""

    pageChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = 0
        self.count = 1
        self.previous_button = big_button(self.tr("◀ Previous page"), role="pager")
        self.next_button = big_button(self.tr("Next page ▶"), role="pager")
        self.label = label("")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.previous_button, self.next_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.previous_button.clicked.connect(lambda: self.go_to(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.page + 1))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.previous_button, 1)
        self.layout_.addWidget(self.label)
        self.layout_.addWidget(self.next_button, 1)

    def set_count(self, count: int, page: int | None = None) -> None:
        self.count = max(1, count)
        self.page = min(max(0, self.page if page is None else page), self.count - 1)
        self._show()

    def go_to(self, page: int) -> None:
        page = min(max(0, page), self.count - 1)
        if page != self.page:
            self.page = page
            self._show()
            self.pageChanged.emit(page)

    def _show(self) -> None:
        self.setVisible(self.count > 1)
        text = self.tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(self.count))
        self.label.setText(text.replace("，", "\n", 1) if "，" in text else text)
        self.label.setAccessibleName(text)
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.count - 1)

    def apply_metrics(self, metrics: Metrics) -> None:
        """As wide as its buttons' words at this text size."""
        self.layout_.setSpacing(metrics.spacing_px)
        font = QFontMetrics(ui_font(metrics.title_pt, bold=True))
        wide = max(font.horizontalAdvance(button.text()) for button in (self.previous_button, self.next_button))
        self.setFixedWidth(max(metrics.control_px * 2, wide + 2 * metrics.spacing_px + 16))


class PagedList:
    """A list area that takes what room there is, with a PagerColumn beside it: the middle of the
    library, settings and 我的学习. The screen fills area (through layout) and cuts the pages."""

    def __init__(self):
        self.area = QWidget()
        self.area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.layout = QVBoxLayout(self.area)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.pager = PagerColumn()
        self.row = QHBoxLayout()
        self.row.addWidget(self.area, 1)
        self.row.addWidget(self.pager)

    def parts(self) -> tuple[QWidget, QVBoxLayout, PagerColumn, QHBoxLayout]:
        return self.area, self.layout, self.pager, self.row
