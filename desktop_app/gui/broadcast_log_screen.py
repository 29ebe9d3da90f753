"""播放记录, the secretary's: every broadcast of the loudspeaker, the latest first, a page at a
time: when, what, and how it ended (to the end, stopped by the secretary, not played because the
machine was off or a member was studying)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ..broadcast.words import log_text
from ..context import AppContext
from ..storage.broadcasts import BroadcastStore
from .choices import PagedWidgets
from .pager import PagedList
from .screen import Screen
from .theme import Metrics
from .widgets import big_button, label

SHOWN = 200  # the latest broadcasts listed


class BroadcastLogScreen(Screen):
    NAME = "broadcast_log"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.store = BroadcastStore(context.db)
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the loudspeaker"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("What the loudspeaker played"), "title")
        self.empty = label(self.tr("Nothing has been broadcast yet."))
        self.area, self.list_layout, self.pager, self.middle = PagedList().parts()
        self.rows: list[QFrame] = []
        self.row_layouts: list[QVBoxLayout] = []
        self.list_layout.addStretch(1)
        self.paged = PagedWidgets([], self.area, self.pager)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.top = top
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.empty)
        self.layout_.addLayout(self.middle, 1)
        self.refresh()

    def title_text(self) -> str:
        return self.tr("What the loudspeaker played")

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.middle, self.list_layout)
        for layout in self.row_layouts:
            layout.setContentsMargins(metrics.spacing_px, 4, metrics.spacing_px, 4)
        self.pager.apply_metrics(metrics)
        self.paged.paginate(metrics.spacing_px)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.paged.paginate(self.metrics.spacing_px)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.paged.paginate(self.metrics.spacing_px)

    def refresh(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows, self.row_layouts = [], []
        for entry in self.store.rows(SHOWN):
            row = QFrame()
            row.setObjectName("panel")
            layout = QVBoxLayout(row)
            layout.setContentsMargins(self.metrics.spacing_px, 4, self.metrics.spacing_px, 4)
            layout.addWidget(label(log_text(entry)))
            self.rows.append(row)
            self.row_layouts.append(layout)
            self.list_layout.insertWidget(self.list_layout.count() - 1, row)
        self.empty.setVisible(not self.rows)
        self.paged.widgets = self.rows
        self.pager.go_to(0)
        self.paged.paginate(self.metrics.spacing_px)
