"""测一测: a lesson's quiz, one question a screen. The answers are enormous numbered buttons; a
first touch selects (and says) an answer, a second touch or 确定 confirms; then right or wrong in
a word and a shape (✔ / ✘), the right answer and the explanation, and one big 下一题. No clock.
The logic is study/quiz.py; the answers of a member (never a guest's) go to storage/answers.py."""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import ui_font
from ..lessons.model import Lesson, Question
from ..storage.answers import AnswerStore
from ..study.quiz import MULTIPLE, TRUE_FALSE, Outcome, QuizRun
from ..text.paging import page_starts
from .pager import PagedList
from .screen import Screen
from .theme import Metrics
from .widgets import WrappingButton, big_button, label, wrap_text

QUESTION_MAX_PT = 44  # above this the question and four answers no longer fit 1024x768


class QuizScreen(Screen):
    NAME = "quiz"
    say = Signal(str)  # a text to say aloud (the main window passes it to the read-aloud)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.lesson: Lesson | None = None
        self.run = QuizRun([])
        self.attempt: int | None = None
        self._shown_at = time.monotonic()
        self.back_button = big_button(self.tr("Back"), self.tr("Stop the quiz; it waits here for you"))
        self.back_button.clicked.connect(self.goBack)
        self.counter = label("", "title")
        self.question_label = label("", "question")
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.again_button = big_button(self.tr("Hear it again"), self.tr("Read the question and answers again"))
        self.again_button.clicked.connect(self._say_question)
        self.answer_buttons: list[WrappingButton] = []
        self.question_item: QWidget | None = None
        self.items: list[QWidget] = []  # what the middle shows: the answers, or the result line by line
        self.pages = [0]
        self.list_area, self.list_layout, self.pager, self.middle = PagedList().parts()
        self.pager.pageChanged.connect(lambda _: self._show_page())
        self.list_layout.addStretch(1)
        self.feedback = label("", "feedback", self)  # the result in one text (said, and for tests)
        self.feedback.hide()  # never shown: the result is shown line by line in the middle
        self.confirm_button = big_button(self.tr("Confirm"), role="primary")
        self.confirm_button.clicked.connect(self._confirm)
        self.next_button = big_button(self.tr("Next question ▶"), role="primary")
        self.next_button.clicked.connect(self._next)
        self.retry_button = big_button(self.tr("Try the wrong ones again"))
        self.retry_button.clicked.connect(self._retry)
        self.done_button = big_button(self.tr("Back"), self.tr("Back to where you came from"))
        self.done_button.clicked.connect(self.goBack)

        # The lesson's title is said when the quiz opens and stands in the window title; the top row
        # keeps to one line so that the question and its answers have the screen.
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.counter, 1)
        top.addWidget(self.again_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.retry_button, self.done_button, self.confirm_button, self.next_button):
            bottom.addWidget(button)
        for button in (self.back_button, self.again_button, self.retry_button, self.done_button, self.confirm_button):
            button.setProperty("compact", True)  # low, so the answers have the height
        self.next_button.setProperty("compact", True)
        self.top, self.bottom = top, bottom
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.question_label)
        self.layout_.addLayout(self.middle, 1)
        self.layout_.addLayout(bottom)

    # -- the screen contract -------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Quiz: %1").replace("%1", self.lesson.title) if self.lesson else self.tr("Quiz")

    def focus_first(self) -> None:
        if self.next_button.isVisible():
            self.next_button.setFocus()
        elif self.answer_buttons and self.answer_buttons[0].isEnabled():
            self.answer_buttons[0].setFocus()
        else:
            (self.retry_button if self.retry_button.isVisible() else self.done_button).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(
            metrics, self.layout_, self.top, self.bottom, self.middle, self.list_layout
        )  # a clear gap: a shaky finger hits the answer it meant
        self.pager.apply_metrics(metrics)
        self._fit()
        for button in (self.confirm_button, self.next_button):
            button.setMinimumWidth(metrics.control_px * 3)  # the one thing to do now: wide

    @staticmethod
    def _question_pt(metrics: Metrics) -> int:
        """The question in large print, a little under the page's size at the largest steps (the
        answers must fit under it)."""
        return max(metrics.ui_pt, min(metrics.body_pt, QUESTION_MAX_PT))

    def _answer_height(self) -> int:
        return max(120, round(self.metrics.control_px * 1.2))

    def _fit(self) -> None:
        """Sizes for the question and what is under it, cut into pages when it does not all fit
        (a long multiple-choice question at the largest text): nothing is ever cut off. The text
        is the question size, smaller (down to the interface size) only when one answer or line
        of the result would not fit a page."""
        if not self.lesson:
            return
        metrics = self.metrics
        for points in range(self._question_pt(metrics), metrics.ui_pt - 1, -2):
            if self._cut_pages(points):
                break
        else:
            self._cut_pages(metrics.ui_pt)
        self.pager.set_count(len(self.pages), min(self.pager.page, len(self.pages) - 1))
        self._show_page()

    def _cut_pages(self, points: int) -> bool:
        """Lay out at this size; False when an item is taller than a page."""
        metrics = self.metrics
        self.question_label.setStyleSheet(f"font-size: {points}pt; font-weight: bold;")
        for item in self.items:
            item.setStyleSheet(self._item_style(item, points))
        font = QFontMetrics(ui_font(points))
        bold = QFontMetrics(ui_font(points, bold=True))
        margin, spacing = metrics.spacing_px, metrics.spacing_px
        width = max(200, self.width() - 2 * margin)
        question_height = 0
        if self.question_label.isVisibleTo(self):
            text = self.question_label.text()
            guess = len(wrap_text(text, bold, width)) * bold.lineSpacing()
            wrapped = bold.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()
            question_height = max(guess, wrapped) + bold.lineSpacing() // 2 + 8  # QLabel breaks lines its own way
            self.question_label.setFixedHeight(question_height)
        top = max(self.back_button.sizeHint().height(), self.again_button.sizeHint().height())
        bottom = max((b.sizeHint().height() for b in self._bottom_buttons() if b.isVisibleTo(self)), default=0)
        rows = 2 + (question_height > 0) + (bottom > 0)
        height = self.height() - 2 * margin - top - question_height - bottom - (rows - 1) * spacing
        height = max(height - 4, 1)  # rounding: never a pixel more than the window has
        heights: list[int] = []
        for with_pager in (False, True):
            list_width = width - (self.pager.sizeHint().width() + 2 * spacing if with_pager else 0)
            heights = [self._item_height(item, font, list_width) for item in self.items]
            lines, y = [], 0
            for item_height in heights:
                lines.append((y, y + item_height))
                y += item_height + spacing
            self.pages = page_starts(lines, [False] * len(lines), height + 0.5) if lines else [0]
            if len(self.pages) == 1 or with_pager:
                break
        fits = all(item_height <= height for item_height in heights) and self.pager.minimumSizeHint().height() <= height
        for item, item_height in zip(self.items, heights, strict=True):
            item.setFixedHeight(item_height)
        return fits

    def _item_style(self, item: QWidget, points: int) -> str:
        if isinstance(item, WrappingButton):
            return f"font-size: {points}pt; text-align: left;"
        first_line = item is self.items[0] and self.run.answered and not self.run.done
        bold = " font-weight: bold;" if item is self.question_item or first_line else ""
        return f"font-size: {points}pt;{bold}"

    def _item_height(self, item: QWidget, font: QFontMetrics, width: int) -> int:
        if isinstance(item, WrappingButton):
            inner = width - 2 * self.metrics.spacing_px - 12  # padding and borders
            text_height = len(wrap_text(item.full_text, font, inner)) * font.lineSpacing() + 24
            return max(self._answer_height(), text_height)
        item.ensurePolished()  # as QLabel wraps it (its own line breaking)
        guess = len(wrap_text(item.text(), font, width)) * font.lineSpacing()
        return max(guess, item.heightForWidth(max(40, width))) + 8

    def _show_page(self) -> None:
        page = min(self.pager.page, len(self.pages) - 1)
        start = self.pages[page]
        end = self.pages[page + 1] if page + 1 < len(self.pages) else len(self.items)
        for index, item in enumerate(self.items):
            item.setVisible(start <= index < end)

    def _bottom_buttons(self) -> tuple[QWidget, ...]:
        return (self.retry_button, self.done_button, self.confirm_button, self.next_button)

    def _set_items(self, items: list[QWidget]) -> None:
        for item in self.items:
            self.list_layout.removeWidget(item)
            item.hide()  # gone at once, not only when the event loop deletes it
            item.deleteLater()
        self.items = items
        for index, item in enumerate(items):
            self.list_layout.insertWidget(index, item)  # before the stretch: the items sit at the top
        self.pager.set_count(1, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- opening -------------------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        """A member's answers are kept; a guest's are not."""
        return self.context.member_id is not None and not self.context.guest

    def open_quiz(self, lesson_id: str) -> None:
        """Open the lesson's quiz where the member left it (or from the start)."""
        self.lesson = self.context.library.lessons[lesson_id]
        questions = list(self.lesson.quiz)
        if self.recording:
            store = AnswerStore(self.context.db)
            self.attempt, answered = store.open_attempt(self.context.member_id, lesson_id)
            self.run = QuizRun.resumed(questions, answered)
        else:
            self.attempt, self.run = None, QuizRun(questions)
        self._show_question()

    # -- showing ----------------------------------------------------------------------------------------
    def _option_texts(self, question: Question) -> list[str]:
        if question.kind == TRUE_FALSE:
            return [self.tr("Right"), self.tr("Wrong")]
        return list(question.options)

    def _show_question(self) -> None:
        run = self.run
        self.answer_buttons = []
        if run.done:
            self._show_score()
            return
        question = run.question
        count = len(run.questions)
        self.counter.setText(self.tr("Question %1 of %2").replace("%1", str(run.index + 1)).replace("%2", str(count)))
        hint = self.tr("(choose all that are right, then Confirm)") if question.kind == MULTIPLE else ""
        # The question is the first item of the middle, so that at the largest text it may have a
        # page to itself and the answers follow on the next (nothing is ever cut off).
        self.question_item = label(question.text + ("\n" + hint if hint else ""), "question")
        self.question_label.hide()
        options = self._option_texts(question)
        for index, text in enumerate(options):
            shown = text if question.kind == TRUE_FALSE else f"{index + 1}  {text}"
            button = WrappingButton(shown, f"{index + 1}，{text}")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, i=index: self._touch(i))
            self.answer_buttons.append(button)
        self._set_items([self.question_item, *self.answer_buttons])
        self.feedback.setText("")
        self.again_button.show()
        self.confirm_button.setVisible(question.kind == MULTIPLE)
        self.confirm_button.setEnabled(False)
        for button in (self.next_button, self.retry_button, self.done_button):
            button.hide()
        self._fit()
        self._shown_at = time.monotonic()
        self._say_question()
        if self.isVisible():
            self.focus_first()

    def _say_question(self) -> None:
        question = self.run.question
        if question is None:
            return
        options = self._option_texts(question)
        parts = [question.text] + [f"{i + 1}，{text}" for i, text in enumerate(options)]
        self.say.emit("。".join(parts))

    def _touch(self, option: int) -> None:
        run = self.run
        outcome = run.touch(option, time.monotonic() - self._shown_at)
        for index, button in enumerate(self.answer_buttons):
            button.setChecked(index in run.selected or (outcome is not None and index in outcome.chosen))
        if outcome is not None:
            self._answered(outcome)
            return
        question = run.question
        if question is not None and option < len(self.answer_buttons) and option in run.selected:
            self.say.emit(self.answer_buttons[option].accessibleName())
        self.confirm_button.setEnabled(bool(run.selected))
        self.confirm_button.setVisible(question is not None and (question.kind == MULTIPLE or bool(run.selected)))

    def _confirm(self) -> None:
        outcome = self.run.confirm(time.monotonic() - self._shown_at)
        if outcome is not None:
            self._answered(outcome)

    def _answered(self, outcome: Outcome) -> None:
        if self.recording and self.attempt is not None:
            AnswerStore(self.context.db).record(
                self.attempt, self.context.member_id, self.lesson.id, outcome.as_record()
            )
        question = outcome.question
        options = self._option_texts(question)
        right = "、".join(
            f"{i + 1} {options[i]}" if question.kind != TRUE_FALSE else options[i] for i in question.answer
        )
        # the verdict and the right answer first: they are on the first page when there are pages
        lines = [self.tr("✔ Right!") if outcome.right else self.tr("✘ Not right.")]
        lines.append(self.tr("The answer is: %1").replace("%1", right))
        if not outcome.right:
            chosen = "、".join(
                f"{i + 1} {options[i]}" if question.kind != TRUE_FALSE else options[i] for i in outcome.chosen
            )
            lines.append(self.tr("You chose: %1").replace("%1", chosen))
        if question.explanation:
            lines.append(question.explanation)
        words = "\n".join(lines)
        self.feedback.setText(words)
        self.feedback.setAccessibleName(words)
        self.question_label.hide()  # the result in words takes the screen: nothing to touch by mistake
        self.answer_buttons = []
        self._set_items([label(line, "feedback") for line in lines])
        self.confirm_button.hide()
        last = self.run.index == len(self.run.questions) - 1
        self.next_button.setText(self.tr("See the result ▶") if last else self.tr("Next question ▶"))
        self.next_button.show()
        self._fit()
        self.next_button.setFocus()
        self.say.emit(words.replace("✔", "").replace("✘", ""))

    def _next(self) -> None:
        self.run.next()
        self._show_question()

    def _show_score(self) -> None:
        run = self.run
        if self.recording and self.attempt is not None:
            AnswerStore(self.context.db).finish(self.attempt, self.context.member_id, self.lesson.id, run.percent)
            self.attempt = None
        words = (
            self.tr("%1 right, of %2 questions.")
            .replace("%1", str(run.right_count))
            .replace("%2", str(len(run.questions)))
        )
        self.counter.setText("")
        self.question_label.setText(words)
        self.question_label.setAccessibleName(words)
        self.question_label.show()
        message = self.tr("Well done!") if not run.wrong_questions() else self.tr("Try the wrong ones again?")
        self.feedback.setText(message)
        self.answer_buttons = []
        self._set_items([label(message, "feedback")])
        self.again_button.hide()
        self.confirm_button.hide()
        self.next_button.hide()
        self.retry_button.setVisible(bool(run.wrong_questions()))
        self.done_button.show()
        self._fit()
        (self.retry_button if self.retry_button.isVisible() else self.done_button).setFocus()
        self.say.emit(words)

    def _retry(self) -> None:
        wrong = self.run.wrong_questions()
        if not wrong:
            return
        self.run = QuizRun(wrong)
        if self.recording:
            self.attempt = AnswerStore(self.context.db).new_attempt(self.context.member_id, self.lesson.id, "retry")
        self._show_question()

    # -- keys ----------------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not self.run.done and not self.run.answered:
            self._touch(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.next_button.isVisible():
            self._next()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.run.selected and not self.run.answered:
            self._confirm()
        else:
            super().keyPressEvent(event)
