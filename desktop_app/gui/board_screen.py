"""排行榜: the points of this month or this season among the members of this computer, the top
ten by their leaderboard names, and the member's own place always (even outside the top ten; a
member who is not on the board sees their own points). A page at a time when the text is large."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..storage.board import leaderboard
from .choices import PagedWidgets
from .figure import Figure
from .pager import PagedList
from .screen import Screen
from .theme import Metrics
from .widgets import big_button, label, show_choice

PERIODS = ("month", "season")


class BoardScreen(Screen):
    NAME = "board"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.period = "month"
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the quiz levels"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("Leaderboard"), "title")
        self.period_buttons = {
            "month": big_button(self.tr("This month")),
            "season": big_button(self.tr("This season")),
        }
        for period, button in self.period_buttons.items():
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, p=period: self._choose(p))
        self.own = Figure()
        self.rows: list[Figure] = []
        self.list_area, self.list_layout, self.pager, self.middle = PagedList().parts()
        self.list_layout.addStretch(1)
        self.paged = PagedWidgets([], self.list_area, self.pager)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        for button in self.period_buttons.values():
            top.addWidget(button)
        self.top = top
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.own)
        self.layout_.addLayout(self.middle, 1)

    def title_text(self) -> str:
        return self.tr("Leaderboard")

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.list_layout, self.middle)
        self.pager.apply_metrics(metrics)
        self.refresh()

    def _choose(self, period: str) -> None:
        self.period = period
        self.refresh()

    def refresh(self) -> None:
        for period, button in self.period_buttons.items():
            show_choice(button, period == self.period, self.tr(", chosen"))
        context = self.context
        member = None if context.guest else context.member_id
        board = leaderboard(context.db, self.period, member_id=member)
        for row in self.rows:
            self.list_layout.removeWidget(row)
            row.hide()  # gone at once, not only when the event loop deletes it
            row.deleteLater()
        self.rows = []
        for row in board.rows:
            figure = Figure()
            figure.number_pt = round(self.metrics.title_pt * 1.2)
            template = self.tr("No. %1  %2  %3 points")
            if board.own is not None and row.member_id == board.own.member_id:
                template = self.tr("No. %1  %2 (you)  %3 points")
            figure.show_figure(template, [str(row.place), row.name, str(row.points)])
            self.rows.append(figure)
            self.list_layout.insertWidget(len(self.rows) - 1, figure)
        if not board.rows:
            figure = Figure()
            figure.show_figure(self.tr("Nobody has points yet. Answer a quiz to be the first!"), [])
            self.rows.append(figure)
            self.list_layout.insertWidget(0, figure)
        self.own.number_pt = round(self.metrics.title_pt * 1.5)
        if member is None:
            self.own.show_figure(self.tr("A guest's points are not kept."), [])
        elif board.own_hidden:
            self.own.show_figure(self.tr("You are not on the board. Your points: %1"), [str(board.own_points)])
        elif board.own is not None:
            self.own.show_figure(
                self.tr("Your place: %1, with %2 points"), [str(board.own.place), str(board.own.points)]
            )
        else:
            self.own.show_figure(self.tr("You have no points yet in this time. Answer a quiz!"), [])
        self.paged.widgets = list(self.rows)
        self.paged.paginate(self.metrics.spacing_px)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.paged.paginate(self.metrics.spacing_px)
