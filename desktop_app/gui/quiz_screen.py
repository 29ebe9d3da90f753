"""测一测: a quiz, one question a screen. The answers are enormous numbered buttons, each with a
speaker that says it again; a first touch selects (and says) an answer, a second touch or 确定
confirms; then right or wrong in a word and a shape (✔ / ✘), the right answer and the
explanation, and one big 下一题. The question and its answers are read out as they appear, the
answer being read outlined (the member can switch that off in the settings). No clock.

The logic is study/quiz.py; the answers of a member (never a guest's) go to storage/answers.py."""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import ui_font
from ..lessons.model import Question
from ..speech.reading import ReadAloud
from ..storage.answers import AnswerStore
from ..study.points import challenge_points, time_limit
from ..study.quiz import MULTIPLE, TRUE_FALSE, Outcome, QuizRun
from ..text.paging import page_starts
from ..text.script import convert
from ..text.sentences import Unit
from .answer_cell import AnswerCell, AnswerRow, cell_width
from .pager import PagedList
from .screen import Screen
from .theme import PALETTES, Metrics
from .widgets import big_button, label, wrap_text

QUESTION_MAX_PT = 44  # above this the question and four answers no longer fit 1024x768
LESSON_MODE = "lesson"
RETRY_MODE = "retry"
CHALLENGE_MODE = "challenge"
REVIEW_MODE = "review"
WARN_AT_SECONDS = 10  # the time left is said aloud once, then


class QuizScreen(Screen):
    NAME = "quiz"
    say = Signal(str)  # a text said aloud (also read out through `reading` when there is one)
    finishedRun = Signal(str, str, float)  # mode, lesson id ("" for several), percent: a go came to its score

    def __init__(self, context: AppContext, reading: ReadAloud | None = None, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.reading = reading
        if reading is not None:
            reading.unitChanged.connect(self._speaking)
            reading.finished.connect(lambda: self._speaking(-1))
        self.title = ""
        self.mode = LESSON_MODE
        self.lesson_ids: list[str] = []  # the lesson of each question of the run
        self.run = QuizRun([])
        self.attempt: int | None = None
        self._shown_at = time.monotonic()
        self.back_button = big_button(self.tr("Back"), self.tr("Stop the quiz; it waits here for you"))
        self.back_button.clicked.connect(self.goBack)
        self.counter = label("", "title")
        self.question_label = label("", "question")
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The challenge's clock: the seconds left in big digits (no clock in any other mode).
        self.limit: int | None = None
        self.left = 0
        self.points = 0  # earned in this go (a challenge shows them)
        self.clock = label("", "number")
        self.clock.setWordWrap(False)
        self.clock.hide()
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.again_button = big_button(self.tr("Hear it again"), self.tr("Read the question and answers again"))
        self.again_button.clicked.connect(self._say_question)
        self.cells: list[AnswerCell] = []
        self.answer_buttons = []  # the cells' buttons, in order
        self.columns = 1  # answers side by side when that keeps the question and all answers on one page
        self.question_item: QWidget | None = None
        self.items: list[QWidget] = []  # what the middle shows: the question and answer rows, or the result
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
        top.addWidget(self.clock)
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
        return self.tr("Quiz: %1").replace("%1", self.title) if self.title else self.tr("Quiz")

    def focus_first(self) -> None:
        if self.next_button.isVisible():
            self.next_button.setFocus()
        elif self.answer_buttons and self.answer_buttons[0].isEnabled():
            self.answer_buttons[0].setFocus()
        else:
            (self.retry_button if self.retry_button.isVisible() else self.done_button).setFocus()

    def leave(self) -> None:
        self.ticker.stop()  # a challenge left half way: that question starts afresh next time
        if self.reading is not None:
            self.reading.stop()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(
            metrics, self.layout_, self.top, self.bottom, self.middle, self.list_layout
        )  # a clear gap: a shaky finger hits the answer it meant
        self.pager.apply_metrics(metrics)
        self._size_cells()
        self._fit()
        for button in (self.confirm_button, self.next_button):
            button.keep_width(metrics.control_px * 3)  # the one thing to do now: wide

    def _size_cells(self) -> None:
        colour = QColor(PALETTES[self.context.settings.theme].button_text)
        for cell in self.cells:
            cell.apply_size(self.metrics.control_px, self.metrics.spacing_px, colour)

    @staticmethod
    def _question_pt(metrics: Metrics) -> int:
        """The question in large print, a little under the page's size at the largest steps (the
        answers must fit under it)."""
        return max(metrics.ui_pt, min(metrics.body_pt, QUESTION_MAX_PT))

    # -- fitting the question and its answers to the screen ---------------------------------------------
    def _fit(self) -> None:
        """Sizes for the question and what is under it. The largest text at which the question and
        all its answers are on one page, the answers one under the other or, when that needs a
        second page, two side by side; cut into pages only when even the interface size does not
        fit (a long multiple-choice question at the largest text): nothing is ever cut off. The
        sizes are tried on the measures alone; the rows of answers are made once, for the one chosen."""
        if not self.items:
            return
        layouts = (1, 2) if len(self.cells) > 1 else (1,)
        best: tuple[int, int, int] | None = None  # pages, points, columns
        for points in range(self._question_pt(self.metrics), self.metrics.ui_pt - 1, -2):
            for columns in layouts:
                measured = self._cut_pages(points, columns)
                if measured is not None and (best is None or len(measured[0]) < best[0]):
                    best = (len(measured[0]), points, columns)
                if best is not None and best[0] == 1:
                    break
            if best is not None and best[0] == 1:
                break
        _, points, columns = best or (0, self.metrics.ui_pt, 1)
        self.pages, heights = self._cut_pages(points, columns, always=True)
        self._group(columns)
        for item, height in zip(self.items, heights, strict=True):
            item.setFixedHeight(height)
        self.pager.set_count(len(self.pages), min(self.pager.page, len(self.pages) - 1))
        self._show_page()

    def _rows(self, columns: int) -> list:
        """What the middle shows, as measured: the question and the answers in rows of `columns`
        (lists of cells), or the lines of the result."""
        if not self.cells:
            return self.items
        return [self.question_item, *(self.cells[i : i + columns] for i in range(0, len(self.cells), columns))]

    def _group(self, columns: int) -> None:
        """The answers into row widgets of `columns` (once the size is chosen)."""
        if not self.cells or (columns == self.columns and self.question_item in self.items):
            return
        self.columns = columns
        for row in self.items:
            if isinstance(row, AnswerRow):
                self.list_layout.removeWidget(row)
                for cell in row.cells:
                    cell.setParent(None)
                row.hide()
                row.deleteLater()
        rows = []
        for cells in self._rows(columns)[1:]:
            row = AnswerRow(cells, columns)
            row.set_spacing(self.metrics.spacing_px)
            rows.append(row)
        self.items = [self.question_item, *rows]
        for index, item in enumerate(self.items):
            self.list_layout.insertWidget(index, item)

    def _cut_pages(self, points: int, columns: int, always: bool = False) -> tuple[list[int], list[int]] | None:
        """The pages (first row of each) and row heights at this size; None when a row is taller
        than a page (unless always)."""
        metrics = self.metrics
        self.question_label.setStyleSheet(f"font-size: {points}pt; font-weight: bold;")
        self._style_items(points)
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
        measured = self._rows(columns)
        heights: list[int] = []
        pages = [0]
        for with_pager in (False, True):
            list_width = width - (self.pager.sizeHint().width() + 2 * spacing if with_pager else 0)
            heights = [self._item_height(item, font, list_width, columns) for item in measured]
            lines, y = [], 0
            for item_height in heights:
                lines.append((y, y + item_height))
                y += item_height + spacing
            pages = page_starts(lines, [False] * len(lines), height + 0.5) if lines else [0]
            if len(pages) == 1 or with_pager:
                break
        fits = all(item_height <= height for item_height in heights) and self.pager.minimumSizeHint().height() <= height
        return (pages, heights) if fits or always else None

    def _style_items(self, points: int) -> None:
        for cell in self.cells:
            cell.button.setStyleSheet(f"font-size: {points}pt; text-align: left;")
        for item in self.items:
            if not isinstance(item, AnswerRow):
                first_line = item is self.items[0] and self.run.answered and not self.run.done
                bold = " font-weight: bold;" if item is self.question_item or first_line else ""
                item.setStyleSheet(f"font-size: {points}pt;{bold}")

    def _item_height(self, item, font: QFontMetrics, width: int, columns: int) -> int:
        if isinstance(item, list):  # a row of answers
            room = cell_width(width, columns, self.metrics.spacing_px)
            return max(cell.height_for(font, room, self.metrics.control_px, self.metrics.spacing_px) for cell in item)
        item.ensurePolished()  # as QLabel wraps it (its own line breaking)
        item.setMinimumHeight(0)  # measured free of the height it was given before
        item.setMaximumHeight(16_777_215)
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
        lesson = self.context.library.lessons[lesson_id]
        questions = list(lesson.quiz)
        self.title, self.mode, self.lesson_ids = lesson.title, LESSON_MODE, [lesson_id] * len(questions)
        self.limit, self.points = None, 0
        if self.recording:
            store = AnswerStore(self.context.db)
            self.attempt, answered = store.open_attempt(self.context.member_id, lesson_id)
            self.run = QuizRun.resumed(questions, answered)
        else:
            self.attempt, self.run = None, QuizRun(questions)
        self._show_question()

    def open_set(self, mode: str, title: str, questions: list[tuple[str, Question]]) -> None:
        """Questions from several lessons: the daily review of wrong answers, or a challenge."""
        self.title, self.mode, self.points = title, mode, 0
        self.limit = time_limit(self.context.settings.challenge_seconds) if mode == CHALLENGE_MODE else None
        self.lesson_ids = [lesson_id for lesson_id, _ in questions]
        self.run = QuizRun([question for _, question in questions])
        self.attempt = None
        if self.recording and questions:
            self.attempt = AnswerStore(self.context.db).new_attempt(self.context.member_id, self.lesson_id, mode)
        self._show_question()

    @property
    def lesson_id(self) -> str:
        """The lesson of the quiz (a lesson's quiz), "" for questions from several lessons."""
        return self.lesson_ids[0] if self.lesson_ids and len(set(self.lesson_ids)) == 1 else ""

    # -- showing ----------------------------------------------------------------------------------------
    def _shown(self, text: str) -> str:
        return convert(text, self.context.settings.script)

    def _option_texts(self, question: Question) -> list[str]:
        if question.kind == TRUE_FALSE:
            return [self.tr("Right"), self.tr("Wrong")]
        return [self._shown(option) for option in question.options]

    def _show_question(self) -> None:
        run = self.run
        self.cells, self.answer_buttons = [], []
        if run.done:
            self._show_score()
            return
        question = run.question
        count = len(run.questions)
        self.counter.setText(self.tr("Question %1 of %2").replace("%1", str(run.index + 1)).replace("%2", str(count)))
        hint = self.tr("(choose all that are right, then Confirm)") if question.kind == MULTIPLE else ""
        # The question is the first item of the middle, so that at the largest text it may have a
        # page to itself and the answers follow on the next (nothing is ever cut off).
        self.question_item = label(self._shown(question.text) + ("\n" + hint if hint else ""), "question")
        self.question_label.hide()
        for index, text in enumerate(self._option_texts(question)):
            shown = text if question.kind == TRUE_FALSE else f"{index + 1}  {text}"
            speaker = self.tr("Hear answer %1 again").replace("%1", str(index + 1))
            cell = AnswerCell(shown, f"{index + 1}，{text}", speaker)
            cell.button.clicked.connect(lambda _checked=False, i=index: self._touch(i))
            cell.speaker.clicked.connect(lambda _checked=False, i=index: self._say_answer(i))
            self.cells.append(cell)
        self.answer_buttons = [cell.button for cell in self.cells]
        self._size_cells()
        self._set_items([self.question_item])
        self.columns = 0  # grouped by _fit
        self.feedback.setText("")
        self.again_button.show()
        self.confirm_button.setVisible(question.kind == MULTIPLE)
        self.confirm_button.setEnabled(False)
        for button in (self.next_button, self.retry_button, self.done_button):
            button.hide()
        self._fit()
        self._shown_at = time.monotonic()
        self._start_clock()
        if self.context.settings.quiz_aloud:
            self._say_question()
        if self.isVisible():
            self.focus_first()

    # -- the challenge's clock ------------------------------------------------------------------------
    def _start_clock(self) -> None:
        self.ticker.stop()
        self.clock.setVisible(self.limit is not None)
        if self.limit is None:
            return
        self.left = self.limit
        self._show_clock()
        self.ticker.start()

    def _show_clock(self) -> None:
        self.clock.setText(self.tr("%1 s").replace("%1", str(self.left)))
        self.clock.setAccessibleName(self.tr("%1 seconds left").replace("%1", str(self.left)))

    def _tick(self) -> None:
        if self.run.answered or self.run.done:
            self.ticker.stop()
            return
        self.left -= 1
        self._show_clock()
        if self.left == WARN_AT_SECONDS:
            self._say_once(self.tr("%1 seconds left").replace("%1", str(self.left)))
        if self.left <= 0:
            self.ticker.stop()
            outcome = self.run.time_up(float(self.limit or 0))
            if outcome is not None:
                self._answered(outcome)

    # -- reading out -------------------------------------------------------------------------------------
    def _say_units(self, texts: list[str]) -> None:
        """Read these out one after the other (the question, then each answer)."""
        self.say.emit("。".join(texts))
        if self.reading is None or self.reading.problem() not in ("", "no-audio"):
            return
        units = [Unit("question" if i == 0 else "option", text, i, 0, len(text)) for i, text in enumerate(texts)]
        self.reading.set_units(units)
        self.reading.set_voice(self.context.settings.voice)
        self.reading.set_rate(self.context.settings.rate)
        self.reading.set_volume(self.context.settings.volume)
        self.reading.play(0)

    def _say_question(self) -> None:
        question = self.run.question
        if question is None or self.run.answered:
            return
        options = self._option_texts(question)
        self._say_units([question.text] + [f"{i + 1}，{text}" for i, text in enumerate(options)])

    def _say_answer(self, option: int) -> None:
        """An answer's speaker, or touching it: that answer alone."""
        if option < len(self.answer_buttons):
            self._say_once(self.answer_buttons[option].accessibleName())

    def _say_once(self, text: str) -> None:
        self.say.emit(text)
        if self.reading is not None and self.reading.problem() in ("", "no-audio"):
            self._speaking(-1)
            self.reading.speak_once(text)

    def _speaking(self, unit: int) -> None:
        """Outline the answer being read (unit 0 is the question)."""
        playing = self.reading is not None and self.reading.playing
        for index, button in enumerate(self.answer_buttons):
            speaking = playing and index == unit - 1
            if bool(button.property("speaking")) != speaking:
                button.setProperty("speaking", speaking)
                button.style().unpolish(button)
                button.style().polish(button)

    # -- answering -------------------------------------------------------------------------------------
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
            self._say_answer(option)
        self.confirm_button.setEnabled(bool(run.selected))
        self.confirm_button.setVisible(question is not None and (question.kind == MULTIPLE or bool(run.selected)))

    def _confirm(self) -> None:
        outcome = self.run.confirm(time.monotonic() - self._shown_at)
        if outcome is not None:
            self._answered(outcome)

    def _answer_words(self, question: Question, chosen: tuple[int, ...]) -> str:
        options = self._option_texts(question)
        return "、".join(f"{i + 1} {options[i]}" if question.kind != TRUE_FALSE else options[i] for i in chosen)

    def _answered(self, outcome: Outcome) -> None:
        self.ticker.stop()
        points = None
        if self.mode == CHALLENGE_MODE:
            points = challenge_points(outcome.right, outcome.seconds, self.limit or 0)
            self.points += points
        if self.recording and self.attempt is not None:
            lesson_id = self.lesson_ids[self.run.index]
            AnswerStore(self.context.db).record(
                self.attempt, self.context.member_id, lesson_id, outcome.as_record(), self.mode, points
            )
        question = outcome.question
        # the verdict and the right answer first: they are on the first page when there are pages
        if outcome.right:
            lines = [self.tr("✔ Right!")]
        elif not outcome.chosen:
            lines = [self.tr("✘ Time is up.")]
        else:
            lines = [self.tr("✘ Not right.")]
        if points:
            lines[0] += " " + self.tr("+%1 points").replace("%1", str(points))
        lines.append(self.tr("The answer is: %1").replace("%1", self._answer_words(question, question.answer)))
        if not outcome.right and outcome.chosen:
            lines.append(self.tr("You chose: %1").replace("%1", self._answer_words(question, outcome.chosen)))
        if question.explanation:
            lines.append(self._shown(question.explanation))
        self._show_result(lines)

    def _show_result(self, lines: list[str]) -> None:
        words = "\n".join(lines)
        self.feedback.setText(words)
        self.feedback.setAccessibleName(words)
        self.question_label.hide()  # the result in words takes the screen: nothing to touch by mistake
        self.cells, self.answer_buttons = [], []
        self._set_items([label(line, "feedback") for line in lines])
        self.confirm_button.hide()
        last = self.run.index == len(self.run.questions) - 1
        self.next_button.setText(self.tr("See the result ▶") if last else self.tr("Next question ▶"))
        self.next_button.show()
        self._fit()
        self.next_button.setFocus()
        self._say_units([line.replace("✔", "").replace("✘", "").strip() for line in lines])

    def _next(self) -> None:
        self.run.next()
        self._show_question()

    def _show_score(self) -> None:
        run = self.run
        if self.recording and self.attempt is not None:
            AnswerStore(self.context.db).finish(
                self.attempt,
                self.context.member_id,
                self.lesson_id,
                run.percent,
                self.mode,
                pass_percent=self.context.settings.pass_percent,
            )
            self.attempt = None
        words = (
            self.tr("%1 right, of %2 questions.")
            .replace("%1", str(run.right_count))
            .replace("%2", str(len(run.questions)))
        )
        if self.mode == CHALLENGE_MODE:
            words += " " + self.tr("%1 points.").replace("%1", str(self.points))
        self.counter.setText("")
        self.clock.hide()
        self.question_label.setText(words)
        self.question_label.setAccessibleName(words)
        self.question_label.show()
        message = self.tr("Well done!") if not run.wrong_questions() else self.tr("Try the wrong ones again?")
        self.feedback.setText(message)
        self.cells, self.answer_buttons = [], []
        self._set_items([label(message, "feedback")])
        self.again_button.hide()
        self.confirm_button.hide()
        self.next_button.hide()
        self.retry_button.setVisible(bool(run.wrong_questions()))
        self.done_button.show()
        self._fit()
        (self.retry_button if self.retry_button.isVisible() else self.done_button).setFocus()
        self._say_units([words])
        self.finishedRun.emit(self.mode, self.lesson_id, run.percent)

    def _retry(self) -> None:
        wrong = self.run.wrong_questions()
        if not wrong:
            return
        lessons = {
            id(outcome.question): lesson for outcome, lesson in zip(self.run.outcomes, self.lesson_ids, strict=False)
        }
        self.lesson_ids = [lessons.get(id(question), self.lesson_id) for question in wrong]
        self.run = QuizRun(wrong)
        if self.mode == LESSON_MODE:
            self.mode = RETRY_MODE
        if self.recording:
            self.attempt = AnswerStore(self.context.db).new_attempt(self.context.member_id, self.lesson_id, self.mode)
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
