"""我的学习: the member's own figures, each number in big print beside its words
(学了 3 小时 20 分, 连续学习 4 天), a page at a time when the text is large."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..reports.my_study import hours_and_minutes, summarize
from ..storage.answers import AnswerStore
from ..storage.plan import PlanStore
from .choices import PagedWidgets
from .figure import Figure
from .pager import PagedList
from .screen import Screen
from .theme import Metrics
from .widgets import big_button, label


class MyStudyScreen(Screen):
    NAME = "my_study"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the home screen"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("My study"), "title")
        self.figures = [Figure() for _ in range(7)]  # the last two: the month's film and practice, when planned
        self.list_area, self.list_layout, self.pager, self.middle = PagedList().parts()
        for figure in self.figures:
            self.list_layout.addWidget(figure)
        self.list_layout.addStretch(1)
        self.paged = PagedWidgets(self.figures, self.list_area, self.pager)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self.middle, 1)

    def title_text(self) -> str:
        return self.tr("My study")

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.list_layout, self.middle)
        self.pager.apply_metrics(metrics)
        for figure in self.figures:
            figure.number_pt = round(metrics.title_pt * 1.5)
        self.refresh()

    def refresh(self) -> None:
        plan = PlanStore(self.context.db).get(date.today().strftime("%Y-%m"))
        summary = summarize(self.context.records, self.context.member_id, self.context.library, plan=plan)
        hours, minutes = hours_and_minutes(summary.seconds_this_season)
        self.figures[0].show_figure(
            self.tr("Lessons finished: %1 of %2"), [str(summary.lessons_finished), str(summary.lessons_total)]
        )
        if hours:
            self.figures[1].show_figure(self.tr("Studied this season: %1 hours %2 minutes"), [str(hours), str(minutes)])
        else:
            self.figures[1].show_figure(self.tr("Studied this season: %1 minutes"), [str(minutes)])
        if summary.month_lessons == 0:
            self.figures[2].show_figure(self.tr("This month has no theme-day lesson"), [])
        elif summary.month_lessons_finished >= summary.month_lessons:
            self.figures[2].show_figure(self.tr("This month's lesson: %1 done"), ["✔"])
        else:
            self.figures[2].show_figure(self.tr("This month's lesson: %1 not done yet"), ["○"])
        self.figures[3].show_figure(self.tr("Days studied in a row: %1"), [str(summary.days_in_a_row)])
        points, passed = 0, 0
        if self.context.member_id is not None and not self.context.guest:
            store = AnswerStore(self.context.db)
            points = store.points(self.context.member_id)
            mark = self.context.settings.pass_percent
            passed = sum(score >= mark for score in store.best_scores(self.context.member_id).values())
        self.figures[4].show_figure(self.tr("Quiz points: %1, levels passed: %2"), [str(points), str(passed)])
        shown = self.figures[:5]
        if plan is not None and plan.film:
            self.figures[5].show_figure(self.tr("This month's film: %1"), [plan.film])
            shown.append(self.figures[5])
        if plan is not None and plan.practice:
            self.figures[6].show_figure(self.tr("This month's practice: %1"), [plan.practice])
            shown.append(self.figures[6])
        for figure in self.figures[5:]:
            if figure not in shown:
                figure.hide()
        self.paged.widgets = shown
        self._paginate()

    def _paginate(self) -> None:
        self.paged.paginate(self.metrics.spacing_px)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._paginate()
