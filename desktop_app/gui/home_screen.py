"""Home: one huge "继续学习" button, then the library, 我的学习 and the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..lessons import Lesson
from ..storage.review import ReviewStore
from ..study.choose import lesson_to_continue
from ..study.review import REVIEW_LIMIT
from .screen import Screen
from .theme import Metrics
from .widgets import WrappingButton, big_button, label


def next_lesson(context: AppContext) -> Lesson | None:
    """The lesson the big button opens for the member studying now."""
    return lesson_to_continue(
        context.library, context.progress.all(context.member_id), context.progress.last_opened(context.member_id)
    )


class HomeScreen(Screen):
    NAME = "home"
    openLesson = Signal(str)
    openLibrary = Signal()
    openSettings = Signal()
    openMyStudy = Signal()
    openLadder = Signal()
    openReview = Signal()
    switchMember = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._lesson_id: str | None = None

        self.greeting = label(self.tr("Welcome to the Study Station"), "title")
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label("", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = WrappingButton(self.tr("Continue studying"), role="primary")
        self.continue_button.clicked.connect(self._continue)
        self.library_button = big_button(self.tr("All lessons"))
        self.library_button.clicked.connect(self.openLibrary)
        self.my_study_button = big_button(self.tr("My study"))
        self.my_study_button.clicked.connect(self.openMyStudy)
        self.ladder_button = big_button(self.tr("Quiz levels"), self.tr("Quiz levels, challenge and leaderboard"))
        self.ladder_button.clicked.connect(self.openLadder)
        self.review_button = big_button("")  # offered when wrong answers are due again
        self.review_button.clicked.connect(self.openReview)
        self.settings_button = big_button(self.tr("Text size and colours"))
        self.settings_button.clicked.connect(self.openSettings)
        self.switch_button = big_button(self.tr("Not me: change"), self.tr("Not you? Go back to the names"))
        self.switch_button.clicked.connect(self.switchMember)
        self.secondary = (
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

    def focus_first(self) -> None:
        (self.continue_button if self.continue_button.isEnabled() else self.library_button).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self.grid.setSpacing(metrics.spacing_px)
        self.continue_button.setMinimumHeight(int(metrics.primary_px * (1.5 if metrics.ui_pt <= 22 else 1.1)))
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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def refresh(self) -> None:
        context = self.context
        due = self.review_due()
        self._wanted = {
            self.switch_button: context.shared,
            self.my_study_button: not context.guest,
            self.review_button: due > 0,
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
        lesson = next_lesson(self.context)
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
            self.continue_button.set_full_text(self.tr("Continue studying") + "\n" + lesson.title)
            self.hint.setText(self.tr("Touch the big button to start reading."))
        self.hint.setAccessibleName(self.hint.text())

    def review_due(self) -> int:
        """Wrong answers due again today (at most the review's ten), 0 for a guest."""
        context = self.context
        if context.member_id is None or context.guest:
            return 0
        return min(ReviewStore(context.db).due_count(context.member_id), REVIEW_LIMIT)

    def _continue(self) -> None:
        if self._lesson_id:
            self.openLesson.emit(self._lesson_id)
