"""Home: one huge "继续学习" button, then the library, 我的学习 and the settings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..lessons import Lesson
from ..storage import FINISHED
from ..storage.plan import PlanStore
from ..storage.review import ReviewStore
from ..study.choose import lesson_to_continue, quiz_waiting
from ..study.month import month_lesson_to_study
from ..study.review import REVIEW_LIMIT
from .screen import Screen
from .theme import Metrics
from .widgets import WrappingButton, big_button, label, wrap_text


def big_button_lesson(context: AppContext) -> tuple[Lesson | None, bool]:
    """The lesson the big button opens for the member studying now, and whether it is this month's
    (本月学习): the one they are in the middle of, else this month's, else the first not finished."""
    progress, last = context.progress.all(context.member_id), context.progress.last_opened(context.member_id)
    if last in context.library.lessons and last in progress and progress[last].state != FINISHED:
        return context.library.lessons[last], False
    month = date.today().strftime("%Y-%m")
    monthly = month_lesson_to_study(context.library, progress, PlanStore(context.db).get(month), month)
    if monthly is not None:
        return monthly, True
    return lesson_to_continue(context.library, progress, None), False


def next_lesson(context: AppContext) -> Lesson | None:
    return big_button_lesson(context)[0]


class HomeScreen(Screen):
    NAME = "home"
    openLesson = Signal(str)
    openQuiz = Signal(str)  # 测一测 on the lesson just finished
    openLibrary = Signal()
    openSettings = Signal()
    openMyStudy = Signal()
    openLadder = Signal()
    openReview = Signal()
    switchMember = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._lesson_id: str | None = None
        self._quiz_id: str | None = None
        self._continue_title: str | None = None  # the lesson the big button opens
        self._named = False  # the member's name on the big button (no room for the greeting)
        self._monthly = False  # the big button opens this month's lesson (本月学习)

        self.greeting = label(self.tr("Welcome to the Study Station"), "title")
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label("", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = WrappingButton(self.tr("Continue studying"), role="primary")
        self.continue_button.clicked.connect(self._continue)
        self.continue_button.installEventFilter(self)  # its font set by the style sheet: fit again
        self.library_button = big_button(self.tr("All lessons"))
        self.library_button.clicked.connect(self.openLibrary)
        self.my_study_button = big_button(self.tr("My study"))
        self.my_study_button.clicked.connect(self.openMyStudy)
        self.ladder_button = big_button(self.tr("Quiz levels"), self.tr("Quiz levels, challenge and leaderboard"))
        self.ladder_button.clicked.connect(self.openLadder)
        self.quiz_button = big_button(self.tr("Quiz on the lesson just read"))  # while its quiz waits
        self.quiz_button.clicked.connect(lambda: self._quiz_id and self.openQuiz.emit(self._quiz_id))
        self.review_button = big_button("")  # offered when wrong answers are due again
        self.review_button.clicked.connect(self.openReview)
        self.settings_button = big_button(self.tr("Text size and colours"))
        self.settings_button.clicked.connect(self.openSettings)
        self.switch_button = big_button(self.tr("Not me: change"), self.tr("Not you? Go back to the names"))
        self.switch_button.clicked.connect(self.switchMember)
        self.secondary = (
            self.quiz_button,
            self.review_button,
            self.library_button,
            self.ladder_button,
            self.my_study_button,
            self.settings_button,
            self.switch_button,
        )
        self._wanted: dict = {}  # which of them this member has

        self.grid = QGridLayout()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.greeting)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.continue_button)
        self.layout_.addWidget(self.hint)
        self.layout_.addStretch(1)
        self.layout_.addLayout(self.grid)
        self.refresh()

    def title_text(self) -> str:
        return self.tr("Home")

    def prompt(self) -> str:
        return self.tr("Touch the big button to go on studying")

    def focus_first(self) -> None:
        (self.continue_button if self.continue_button.isEnabled() else self.library_button).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self.grid.setSpacing(metrics.spacing_px)
        grow = 1.5 if metrics.ui_pt <= 22 else 1.1 if metrics.ui_pt <= 27 else 1.0  # its words fill it at the largest
        self.continue_button.setMinimumHeight(int(metrics.primary_px * grow))
        self.hint.setVisible(metrics.ui_pt <= 27)  # at the largest sizes the big button needs the room
        self._arrange()

    def _arrange(self) -> None:
        """The smaller buttons side by side when they fit the width, else two to a row."""
        shown = [button for button in self.secondary if self._wanted.get(button, True)]
        font = QFontMetrics(self.library_button.font())
        needed = sum(font.horizontalAdvance(b.text()) + 2 * self.metrics.spacing_px + 16 for b in shown)
        room = max(1, self.width() - 4 * self.metrics.spacing_px)
        columns = len(shown) if needed + self.metrics.spacing_px * len(shown) <= room else 2
        for button in self.secondary:
            self.grid.removeWidget(button)
        for index, button in enumerate(shown):
            self.grid.addWidget(button, index // columns, index % columns)
        self._fit_greeting(-(-len(shown) // columns))

    def _fit_greeting(self, rows: int) -> None:
        """At the largest sizes on a short screen (72 pt on 768 px, a long title on three lines)
        the greeting has no room: it is left out and the member's name opens the big button
        instead (李秀兰，继续学习) when that still fits, so a kiosk member sees who is signed in."""
        m = self.metrics
        if self.height() <= 0:
            return
        button = self.continue_button
        room, font = self._text_room(), QFontMetrics(button.font())

        def button_height(named: bool) -> int:
            lines = len(wrap_text(self._continue_text(named), font, room))
            return max(button.minimumHeight(), lines * font.lineSpacing() + 8 + 6) + 2 * m.spacing_px

        rest = (
            2 * m.spacing_px  # the margins
            + ((self.hint.sizeHint().height() + m.spacing_px) if self.hint.isVisibleTo(self) else 0)
            + rows * max(m.control_px, self.library_button.sizeHint().height())
            + max(0, rows - 1) * m.spacing_px
        )
        greeting = self.greeting.heightForWidth(self.width() - 4 * m.spacing_px) + m.spacing_px
        if rest + greeting + button_height(False) <= self.height():
            show_greeting, named = True, False
        else:
            show_greeting, named = False, rest + button_height(True) <= self.height()
        if show_greeting != self.greeting.isVisibleTo(self):
            self.greeting.setVisible(show_greeting)
        self._named = named
        text = self._continue_text(named)
        if text != button.full_text:  # the width changed what fits on its first line
            button.set_full_text(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.continue_button and event.type() == QEvent.Type.FontChange:
            self._arrange()
        return False

    def refresh(self) -> None:
        context = self.context
        due = self.review_due()
        waiting = self.quiz_waiting()
        self._quiz_id = waiting.id if waiting else None
        if waiting is not None:
            self.quiz_button.setAccessibleName(self.tr("Quiz on %1").replace("%1", waiting.title))
        self._wanted = {
            self.quiz_button: waiting is not None,
            self.switch_button: context.shared,
            self.my_study_button: not context.guest,
            self.review_button: due > 0 and waiting is None,  # one quiz offer at a time: the room of one row
            self.ladder_button: bool(context.library.lessons),
        }
        text = self.tr("Review %1 questions").replace("%1", str(due))
        self.review_button.setText(text)
        self.review_button.setAccessibleName(
            self.tr("Review the questions you got wrong: %1 today").replace("%1", str(due))
        )
        self._arrange()  # in the layout before they are shown: never a window of their own
        for button, wanted in self._wanted.items():
            button.setVisible(wanted)
        if context.guest and context.shared:
            self.greeting.setText(self.tr("Welcome, guest. This visit is not recorded."))
        elif context.member is not None:
            self.greeting.setText(self.tr("Hello, %1").replace("%1", context.member.name))
        else:
            self.greeting.setText(self.tr("Welcome to the Study Station"))
        self.greeting.setAccessibleName(self.greeting.text())
        lesson, self._monthly = big_button_lesson(self.context)
        self._lesson_id = lesson.id if lesson else None
        if lesson is None and not self.context.library.lessons:
            self.continue_button.set_full_text(self.tr("No lessons yet"))
            self.hint.setText(self.tr("Please ask the Party branch secretary to load the lessons."))
            self.continue_button.setEnabled(False)
        elif lesson is None:
            self.continue_button.set_full_text(self.tr("All lessons finished"))
            self.hint.setText(self.tr('Well done! Touch "All lessons" to read any of them again.'))
            self.continue_button.setEnabled(False)
        else:
            self.continue_button.setEnabled(True)
            self.hint.setText(self.tr("Touch the big button to start reading."))
        self._continue_title = lesson.title if lesson else None
        if lesson is not None:
            self.continue_button.set_full_text(self._continue_text(self._named))
        self.hint.setAccessibleName(self.hint.text())
        self._arrange()

    def _text_room(self) -> int:
        """The width for words inside the big button once the layout has given it the screen's width."""
        button, spacing = self.continue_button, self.metrics.spacing_px
        return max(40, button._room() + (self.width() - 4 * spacing - button.width()))

    def _continue_text(self, named: bool) -> str:
        if self._continue_title is None:
            return self.continue_button.full_text
        member = self.context.member
        if named and member is not None and not self.context.guest:
            first = (self.tr("%1, this month's study") if self._monthly else self.tr("%1, continue studying")).replace(
                "%1", member.name
            )
            if len(wrap_text(first, QFontMetrics(self.continue_button.font()), self._text_room())) > 1:
                first = member.name  # a long name: the name alone, still one line
        else:
            first = self.tr("This month's study") if self._monthly else self.tr("Continue studying")
        return first + "\n" + self._continue_title

    def review_due(self) -> int:
        """Wrong answers due again today (at most the review's ten), 0 for a guest."""
        context = self.context
        if context.member_id is None or context.guest:
            return 0
        return min(ReviewStore(context.db).due_count(context.member_id), REVIEW_LIMIT)

    def quiz_waiting(self) -> Lesson | None:
        """The lesson this member has just finished, while its quiz is not done; None for a guest."""
        context = self.context
        if context.member_id is None or context.guest:
            return None
        member = context.member_id
        progress = context.progress
        return quiz_waiting(
            context.library, progress.all(member), progress.last_opened(member), progress.quiz_scores(member)
        )

    def _continue(self) -> None:
        if self._lesson_id:
            self.openLesson.emit(self._lesson_id)
