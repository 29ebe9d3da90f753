"""本月学习 (一月一课一片一实践), the secretary's: for this month or the next, the lesson (chosen
from a page of lesson rows on the screen itself), the film and the practice task. The lesson
comes first on every member's home screen and is counted in 我的学习 (storage/plan.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from ..context import AppContext
from ..storage.plan import TEXT_LIMIT, MonthPlan, PlanStore
from .choices import ButtonRow, PagedWidgets
from .pager import PagedList
from .screen import Screen
from .talk import mark_message
from .theme import Metrics
from .widgets import WrappingButton, big_button, label, show_choice, text_box


def months_from(today: date) -> tuple[str, str]:
    """This month and the next, as "YYYY-MM"."""
    following = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    return today.strftime("%Y-%m"), following.strftime("%Y-%m")


class PlanScreen(Screen):
    NAME = "plan"

    def __init__(self, context: AppContext, parent: QWidget | None = None, today=date.today):
        super().__init__(context, parent)
        self.store = PlanStore(context.db)
        self.today = today
        self.month = months_from(today())[0]
        self.lesson_id = ""

        self.back_button = big_button(self.tr("Back"), self.tr("Back to the secretary's page"))
        self.back_button.clicked.connect(self.escape)
        self.title = label(self.tr("This month's study"), "title")
        self.month_buttons = [big_button(""), big_button("")]
        for index, button in enumerate(self.month_buttons):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=index: self._show_month(months_from(self.today())[i]))
        self.months = ButtonRow(self.month_buttons)
        self.lesson_label = label("")
        self.choose_button = big_button(self.tr("Choose the lesson"))
        self.choose_button.clicked.connect(self._choose_lesson)
        self.film_box = self._box(self.tr("Film of the month, e.g. 《长津湖》"), self.tr("Film of the month"))
        self.practice_box = self._box(
            self.tr("Practice task, e.g. visit an old Party member"), self.tr("Practice task of the month")
        )
        for box in (self.film_box, self.practice_box):
            box.setMaxLength(TEXT_LIMIT)  # what is kept: nothing typed is cut off when saved
        self.save_button = big_button(self.tr("✔ Save"), self.tr("Save the plan of the month"), role="primary")
        self.save_button.clicked.connect(self._save)
        self.message = label("")
        mark_message(self.message)

        lesson_part, self.lesson_row = self._part()
        self.lesson_row.addWidget(self.lesson_label, 1)
        self.lesson_row.addWidget(self.choose_button)
        film_part, film_row = self._part()
        film_row.addWidget(label(self.tr("Film"), "section"))
        film_row.addWidget(self.film_box, 1)
        practice_part, practice_row = self._part()
        practice_row.addWidget(label(self.tr("Practice"), "section"))
        practice_row.addWidget(self.practice_box, 1)
        save_part, self.answers = self._part()
        self.answers.addWidget(self.message, 1)
        self.answers.addWidget(self.save_button)
        self.parts = [self.months, lesson_part, film_part, practice_part, save_part]
        self.inner = [film_row, practice_row]
        # the plan, a page at a time when the text is large (as the settings are)
        form = QWidget()
        self.form_area, self.form_layout, self.form_pager, self.form_middle = PagedList().parts()
        form.setLayout(self.form_middle)
        for part in self.parts:
            self.form_layout.addWidget(part)
        self.form_layout.addStretch(1)
        self.form_paged = PagedWidgets(self.parts, self.form_area, self.form_pager)

        chooser = QWidget()
        self.list_area, self.list_layout, self.pager, self.middle = PagedList().parts()
        chooser.setLayout(self.middle)
        self.rows: list[WrappingButton] = []
        self.paged = PagedWidgets([], self.list_area, self.pager)
        self.views = QStackedWidget()
        self.views.addWidget(form)
        self.views.addWidget(chooser)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.top = top
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.views, 1)
        self._show_month(self.month)

    @staticmethod
    def _part() -> tuple[QWidget, QHBoxLayout]:
        part = QWidget()
        layout = QHBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        return part, layout

    def _box(self, placeholder: str, name: str) -> QLineEdit:
        return text_box(placeholder, name, lambda: self._say(""))

    # -- the screen contract ---------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("This month's study")

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.lesson_row, self.answers, *self.inner)
        self.space_out(metrics, self.middle, self.list_layout, self.form_middle, self.form_layout)
        self.pager.apply_metrics(metrics)
        self.form_pager.apply_metrics(metrics)
        self._fit()

    def _fit(self) -> None:
        spacing = self.metrics.spacing_px
        room = self.width() - self.form_pager.width() - 3 * spacing  # the form's width once laid out
        self.months.fit(max(1, room), spacing, spacing)
        self.form_paged.paginate(spacing)
        self.paged.paginate(spacing)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def escape(self) -> None:
        if self.views.currentIndex() == 1:  # the lesson list: back to the plan
            self.views.setCurrentIndex(0)
            self.choose_button.setFocus()
        else:
            self.goBack.emit()

    def leave(self) -> None:
        self.views.setCurrentIndex(0)

    def refresh(self) -> None:
        self._show_month(months_from(self.today())[0])

    # -- the month shown ------------------------------------------------------------------------
    def _show_month(self, month: str) -> None:
        self.month = month
        this, following = months_from(self.today())
        for button, shown, words in (
            (self.month_buttons[0], this, self.tr("This month (%1)")),
            (self.month_buttons[1], following, self.tr("Next month (%1)")),
        ):
            number = str(int(shown.split("-")[1]))
            button.setText(words.replace("%1", self.tr("month %1").replace("%1", number)))
            show_choice(button, shown == month, self.tr(", chosen"))
        plan = self.store.get(month) or MonthPlan(month)
        self.lesson_id = plan.lesson_id
        self.film_box.setText(plan.film)
        self.practice_box.setText(plan.practice)
        self._show_lesson()
        self._say("")
        self.views.setCurrentIndex(0)
        self.form_pager.go_to(0)

    def _show_lesson(self) -> None:
        lesson = self.context.library.lessons.get(self.lesson_id)
        if lesson is not None:
            text = self.tr("Lesson: %1").replace("%1", lesson.title)
        else:
            text = self.tr("Lesson: not chosen (the lessons marked for this month are offered)")
        self.lesson_label.setText(text)
        self.lesson_label.setAccessibleName(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    # -- choosing the lesson --------------------------------------------------------------------
    def _choose_lesson(self) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        choices = [("", self.tr("No lesson chosen"))] + [
            (lesson.id, lesson.title) for lesson in self.context.library.ordered_lessons()
        ]
        for lesson_id, title in choices:
            chosen = lesson_id == self.lesson_id
            row = WrappingButton(("✔ " if chosen else "") + title, role="row")
            row.setAccessibleName(title + (self.tr(", chosen") if chosen else ""))
            row.setCheckable(True)
            row.setChecked(chosen)
            row.setProperty("lesson_id", lesson_id)
            row.clicked.connect(lambda _=False, chosen_id=lesson_id: self._chosen(chosen_id))
            self.rows.append(row)
            self.list_layout.addWidget(row)
        self.paged.widgets = self.rows
        self.views.setCurrentIndex(1)
        self._fit()
        chosen = next((row for row in self.rows if row.isChecked()), self.rows[0])
        index = self.rows.index(chosen)
        self.pager.go_to(max(page for page, start in enumerate(self.paged.pages) if start <= index))
        chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen(self, lesson_id: str) -> None:
        self.lesson_id = lesson_id
        self._show_lesson()
        self.views.setCurrentIndex(0)
        self._fit()
        self._say(self.tr("Not saved yet: touch Save."))
        self.save_button.setFocus()

    def _save(self) -> None:
        self.store.save(MonthPlan(self.month, self.lesson_id, self.film_box.text(), self.practice_box.text()))
        kept = self.store.get(self.month)
        self.film_box.setText(kept.film)
        self.practice_box.setText(kept.practice)
        self._say(self.tr("Saved. Members see it on their home screen."))
