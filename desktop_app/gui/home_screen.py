"""Home: one huge "继续学习" button, then the library and the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..lessons import Lesson
from ..storage import FINISHED
from .theme import Metrics
from .widgets import big_button, label


def next_lesson(context: AppContext) -> Lesson | None:
    """The lesson the member was reading, else the first not finished, else None."""
    progress = context.progress.all(context.member_id)
    last = context.progress.last_opened(context.member_id)
    if last in context.library.lessons and progress[last].state != FINISHED:
        return context.library.lessons[last]
    for lesson in context.library.ordered_lessons():
        if lesson.id not in progress or progress[lesson.id].state != FINISHED:
            return lesson
    return None


class HomeScreen(QWidget):
    openLesson = Signal(str)
    openLibrary = Signal()
    openSettings = Signal()
    openMyStudy = Signal()
    switchMember = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self._lesson_id: str | None = None

        self.greeting = label(self.tr("Welcome to the Study Station"), "title")
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label("", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = big_button(self.tr("Continue studying"), role="primary")
        self.continue_button.clicked.connect(self._continue)
        self.library_button = big_button(self.tr("All lessons"))
        self.library_button.clicked.connect(self.openLibrary)
        self.settings_button = big_button(self.tr("Text size and colours"))
        self.settings_button.clicked.connect(self.openSettings)
        self.my_study_button = big_button(self.tr("My study"))
        self.my_study_button.clicked.connect(self.openMyStudy)
        self.switch_button = big_button(self.tr("Not me: change"), self.tr("Not you? Go back to the names"))
        self.switch_button.clicked.connect(self.switchMember)

        row = QHBoxLayout()
        row.addWidget(self.library_button)
        row.addWidget(self.my_study_button)
        row.addWidget(self.settings_button)
        row.addWidget(self.switch_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.greeting)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.continue_button)
        self.layout_.addWidget(self.hint)
        self.layout_.addStretch(1)
        self.layout_.addLayout(row)
        self.refresh()

    def focus_first(self) -> None:
        (self.continue_button if self.continue_button.isEnabled() else self.library_button).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        margin = metrics.spacing_px * 2
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self.continue_button.setMinimumHeight(int(metrics.primary_px * 1.6))

    def refresh(self) -> None:
        context = self.context
        self.switch_button.setVisible(context.shared)
        self.my_study_button.setVisible(not context.guest)
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
            self.continue_button.setText(self.tr("No lessons yet"))
            self.hint.setText(self.tr("Please ask the Party branch secretary to load the lessons."))
            self.continue_button.setEnabled(False)
        elif lesson is None:
            self.continue_button.setText(self.tr("All lessons finished"))
            self.hint.setText(self.tr('Well done! Touch "All lessons" to read any of them again.'))
            self.continue_button.setEnabled(False)
        else:
            self.continue_button.setEnabled(True)
            self.continue_button.setText(self.tr("Continue studying") + "\n" + lesson.title)
            self.hint.setText(self.tr("Touch the big button to start reading."))
        self.continue_button.setAccessibleName(self.continue_button.text().replace("\n", "，"))
        self.hint.setAccessibleName(self.hint.text())

    def _continue(self) -> None:
        if self._lesson_id:
            self.openLesson.emit(self._lesson_id)
