"""The library: every course and lesson as large rows with their state, and search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QScrollArea, QScroller, QVBoxLayout, QWidget

from ..context import AppContext
from ..lessons import Lesson
from ..lessons.search import search_lessons
from ..storage import FINISHED, IN_PROGRESS, Progress
from .theme import Metrics
from .widgets import big_button, label


class LibraryScreen(QWidget):
    openLesson = Signal(str)
    goHome = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.rows: dict[str, QWidget] = {}

        self.back_button = big_button(self.tr("Back"), self.tr("Back to the home screen"))
        self.back_button.clicked.connect(self.goHome)
        self.title = label(self.tr("All lessons"), "title")
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search lessons"))
        self.search_box.setAccessibleName(self.tr("Search lessons by title or text"))
        self.search_box.setClearButtonEnabled(False)
        self.search_box.textChanged.connect(self.refresh)
        self.clear_button = big_button(self.tr("Clear"), self.tr("Clear the search"))
        self.clear_button.clicked.connect(self.search_box.clear)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.search_box, 2)
        top.addWidget(self.clear_button)

        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.list_widget)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("List of lessons"))
        self.scroll.verticalScrollBar().setAccessibleName(self.tr("Scroll the list of lessons"))
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.scroll, 1)
        self.refresh()

    def apply_metrics(self, metrics: Metrics) -> None:
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self.list_layout.setSpacing(metrics.spacing_px)

    def state_text(self, progress: Progress | None) -> str:
        if progress is None or progress.state not in (IN_PROGRESS, FINISHED):
            return self.tr("○ Not started")
        if progress.state == FINISHED:
            return self.tr("✔ Finished")
        return self.tr("▶ Reading, page %1").replace("%1", str(progress.page + 1))

    def refresh(self) -> None:
        while self.list_layout.count():
            widget = self.list_layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # gone from view at once, not at the next turn of the event loop
                widget.deleteLater()
        self.rows.clear()
        progress = self.context.progress.all(self.context.member_id)
        query = self.search_box.text().strip()
        library = self.context.library
        if query:
            hits = search_lessons(library.ordered_lessons(), query)
            self.list_layout.addWidget(
                label(
                    self.tr("%1 lessons found").replace("%1", str(len(hits)))
                    if hits
                    else self.tr("Nothing found. Try another word."),
                    "section",
                )
            )
            for hit in hits:
                self._add_row(hit.lesson, progress.get(hit.lesson.id), hit.snippet)
        else:
            for course in library.ordered_courses():
                self.list_layout.addWidget(label(course.title, "section"))
                for lesson in library.lessons_of(course.id):
                    self._add_row(lesson, progress.get(lesson.id))
            if not library.lessons:
                self.list_layout.addWidget(
                    label(
                        self.tr("No lessons yet. Please ask the Party branch secretary to load the lessons."), "section"
                    )
                )
        self.list_layout.addStretch(1)

    def focus_first(self) -> None:
        target = next(iter(self.rows.values()), self.back_button)
        target.setFocus()
        self.scroll.ensureWidgetVisible(target)

    def _add_row(self, lesson: Lesson, progress: Progress | None, snippet: str = "") -> None:
        lines = [lesson.title, self.state_text(progress)]
        if snippet:
            lines.append(snippet)
        row = big_button("\n".join(lines), role="row")
        row.setProperty("lesson_id", lesson.id)
        row.clicked.connect(lambda _=False, lesson_id=lesson.id: self.openLesson.emit(lesson_id))
        self.rows[lesson.id] = row
        self.list_layout.addWidget(row)
