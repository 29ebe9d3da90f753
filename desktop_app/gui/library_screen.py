"""The library: every course and lesson as large rows with their state, a page at a time, and
search by words (keyboard) or by pinyin initials on a big on-screen pad (touch)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import ui_font
from ..lessons import Lesson
from ..lessons.search import SearchIndex, next_letters, title_initials
from ..storage import FINISHED, IN_PROGRESS, Progress
from ..text.paging import page_starts
from .pager import PagedList
from .screen import Screen
from .search_pad import SearchPad
from .theme import Metrics
from .widgets import WrappingButton, big_button, label


@dataclass(frozen=True)
class Item:
    """One line of the list: a course heading, or a lesson (with a snippet when searching)."""

    kind: str  # "course" | "lesson" | "message"
    text: str
    lesson: Lesson | None = None
    snippet: str = ""


class _Initials:
    """The pinyin initials of every title (1 s for 5,000 titles), worked out in a thread as soon as
    the library is known, so that the pad opens at once; result() waits for the rest if needed."""

    def __init__(self, titles: dict[str, str]):
        self.initials: dict[str, str] = {}
        self.thread = threading.Thread(target=self._run, args=(titles,), name="title-initials", daemon=True)
        self.thread.start()

    def _run(self, titles: dict[str, str]) -> None:
        for lesson_id, title in titles.items():
            self.initials[lesson_id] = title_initials(title)

    def result(self) -> dict[str, str]:
        self.thread.join()
        return self.initials


class LibraryScreen(Screen):
    NAME = "library"
    openLesson = Signal(str)
    openQuiz = Signal(str)  # 测一测 beside a lesson that has a quiz

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.rows: dict[str, WrappingButton] = {}  # the lesson rows on the page shown
        self.quiz_buttons: dict[str, QPushButton] = {}  # 测一测 of the lessons on the page shown
        self._touched: str | None = None  # the lesson last opened from here: its row has the focus again
        self.items: list[Item] = []
        self.pages: list[int] = [0]  # index of the first item of each page
        self._initials: dict[str, str] | None = None  # lesson id -> pinyin initials of its title
        self._prepared_for: object = None  # the library the lists below were made from
        self._browse: list[Item] = []  # every course and lesson, in order (no search)
        self._index: SearchIndex | None = None
        self._initials_job: _Initials | None = None
        self._heights: dict[tuple, int] = {}  # (kind, text, snippet?) -> row height, at self._height_key
        self._cut_for: tuple | None = None  # what the pages were last cut for (sizes, items)
        self._heights_at: dict[tuple, dict[tuple, int]] = {}  # the row heights of each size and width
        self._fonts: tuple[QFontMetrics, QFontMetrics] | None = None
        self._height_key: tuple = ()

        self.back_button = big_button(self.tr("Back"), self.tr("Back to the home screen"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("All lessons"), "title")
        self.title.setWordWrap(False)
        self.find_button = big_button(self.tr("Find"), self.tr("Find a lesson"))
        self.pad = SearchPad(self._keys_for, self._result_text, self.tr("Search lessons"), self)
        self.search_box = self.pad.box
        self.search_box.setAccessibleName(self.tr("Search lessons by title or text"))
        self.search_box.textChanged.connect(lambda: self.refresh(keep_page=False))
        self.pad.closed.connect(self.focus_first)
        self.find_button.clicked.connect(self.pad.open_pad)
        self.found_label = label("", "section")
        self.clear_button = big_button(self.tr("Show all"), self.tr("Clear the search and show every lesson"))
        self.clear_button.clicked.connect(self.search_box.clear)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.find_button)
        found = QHBoxLayout()
        found.addWidget(self.found_label, 1)
        found.addWidget(self.clear_button)
        self.top, self.found_row = top, found

        self.list_area, self.list_layout, self.pager, self.middle = PagedList().parts()
        self.pager.pageChanged.connect(lambda _: self._show_page())

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(found)
        self.layout_.addLayout(self.middle, 1)
        self.refresh()

    # -- the screen contract ---------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("All lessons")

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.list_layout, self.middle, self.top)
        self.pager.apply_metrics(metrics)
        self.pad.apply_metrics(metrics)
        self._paginate()

    def focus_first(self) -> None:
        back_to = self.quiz_buttons.get(self._touched) or self.rows.get(self._touched)
        target = back_to or next(iter(self.rows.values()), self.back_button)
        target.setFocus()

    def escape(self) -> None:
        if self.pad.isVisible():
            self.pad.close_pad()
        elif self.search_box.text():
            self.search_box.clear()
        else:
            self.goBack.emit()

    def leave(self) -> None:
        self.pad.hide()

    # -- what is listed ---------------------------------------------------------------------
    def state_text(self, progress: Progress | None) -> str:
        if progress is None or progress.state not in (IN_PROGRESS, FINISHED):
            return self.tr("○ Not started")
        if progress.state == FINISHED:
            return self.tr("✔ Finished")
        return self.tr("▶ Reading, page %1").replace("%1", str(progress.page + 1))

    def _prepare(self) -> None:
        """The list of every lesson and the search index, made once per library (not per visit)."""
        library = self.context.library
        if self._prepared_for is library and len(self._index.lessons) == len(library.lessons):
            return
        ordered = library.ordered_lessons()
        by_course: dict[str, list[Lesson]] = {}
        for lesson in ordered:
            by_course.setdefault(lesson.course_id, []).append(lesson)
        items: list[Item] = []
        for course in library.ordered_courses():
            lessons = by_course.get(course.id)
            if lessons:
                items.append(Item("course", course.title))
                items += [Item("lesson", lesson.title, lesson) for lesson in lessons]
        self._browse, self._index, self._prepared_for = items, SearchIndex(ordered), library
        self._initials, self._initials_job = None, None

    def _start_initials(self) -> None:
        """The pad's letters need every title's pinyin: worked out in the background once the
        library is shown (not at start: the home screen needs no pypinyin)."""
        if self._initials_job is None:
            self._initials_job = _Initials({lesson.id: lesson.title for lesson in self._index.lessons})

    def refresh(self, keep_page: bool = True) -> None:
        query = self.search_box.text().strip()
        self._prepare()
        items: list[Item] = []
        if query:
            hits = self._index.search(query, self._title_initials() if query.isascii() else None)
            found = (
                self.tr("%1 lessons found").replace("%1", str(len(hits)))
                if hits
                else self.tr("Nothing found. Try another word.")
            )
            self.found_label.setText(self.tr("Search “%1”: %2").replace("%1", query).replace("%2", found))
            items = [Item("lesson", hit.lesson.title, hit.lesson, hit.snippet) for hit in hits]
        else:
            items = list(self._browse)
            if not items:
                items.append(
                    Item(
                        "message", self.tr("No lessons yet. Please ask the Party branch secretary to load the lessons.")
                    )
                )
        self.found_label.setAccessibleName(self.found_label.text())
        for widget in (self.found_label, self.clear_button):
            widget.setVisible(bool(query))
        self.items = items
        self._progress = self.context.progress.all(self.context.member_id)
        member = self.context.member_id
        self._scores = {} if member is None else self.context.progress.quiz_scores(member)
        self._paginate(keep_page)

    def _row_text(self, item: Item) -> str:
        state = self.state_text(self._progress.get(item.lesson.id))
        score = self._scores.get(item.lesson.id)
        if score is not None:
            state = self.tr("%1 · quiz %2 out of 100").replace("%1", state).replace("%2", str(round(score)))
        lines = [item.text, state]
        if item.snippet:
            lines.append(item.snippet)
        return "\n".join(lines)

    # -- pages ----------------------------------------------------------------------------------
    def _item_height(self, item: Item) -> int:
        key = (item.kind, item.text, bool(item.snippet))
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = self._measure(item)
        return height

    def _measure(self, item: Item) -> int:
        metrics = self.metrics
        if self._fonts is None:  # made once per size, not once per row
            self._fonts = (QFontMetrics(ui_font(metrics.ui_pt)), QFontMetrics(ui_font(metrics.ui_pt + 2, bold=True)))
        font, course_font = self._fonts
        line = font.lineSpacing()
        if item.kind == "course":
            return course_font.lineSpacing() + 4
        if item.kind == "message":
            return line * 3
        lines = 2 + (1 if item.snippet else 0) + self._extra_title_lines(item, font)
        return max(metrics.control_px, lines * line + 16 + 6 + 4)

    def _extra_title_lines(self, item: Item, font: QFontMetrics) -> int:
        room = self._height_key[-1]
        return max(0, -(-font.horizontalAdvance(item.text) // room) - 1)

    def _quiz_width(self) -> int:
        """测一测 beside a row: its words on one line, with the padding and border of a button."""
        text = QFontMetrics(ui_font(self.metrics.ui_pt)).horizontalAdvance(self.tr("Quiz"))
        return max(self.metrics.control_px, text + 2 * self.metrics.spacing_px + 16)

    def _quiz_room(self) -> int:
        """The width every row keeps for 测一测, whether or not its lesson has a quiz: which lessons
        have one is known only once their text is read, and only the page shown is read."""
        return self._quiz_width() + self.metrics.spacing_px

    def _paginate(self, keep_page: bool = True) -> None:
        spacing = self.metrics.spacing_px
        room = max(1, self.list_area.width() - 2 * spacing - 12 - self._quiz_room())
        if self._height_key != (self.metrics, room):  # the heights hold for one text size and width
            self._height_key = (self.metrics, room)
            if len(self._heights_at) > 8:  # a few sizes kept: the width changes as the search line comes and goes
                self._heights_at.clear()
            self._heights = self._heights_at.setdefault(self._height_key, {})
            self._fonts = None
        cut_for = (self._height_key, self.list_area.height())
        if self._cut_for != (cut_for, self.items):  # else the pages are those cut before (shown again)
            lines, top = [], 0.0
            for item in self.items:
                height = self._item_height(item)
                lines.append((top, top + height))
                top += height + spacing
            keep = [item.kind == "course" for item in self.items]
            self.pages = page_starts(lines, keep, max(1, self.list_area.height()) + 0.5) if self.items else [0]
            self._cut_for = (cut_for, list(self.items))
        first_shown = self.pages[self.pager.page] if keep_page and self.pager.page < len(self.pages) else 0
        page = max(i for i, start in enumerate(self.pages) if start <= first_shown) if keep_page else 0
        self.pager.set_count(len(self.pages), page)
        self._show_page()

    def _show_page(self) -> None:
        while self.list_layout.count():
            widget = self.list_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone from view at once; deleted at the next turn of the event loop
                widget.deleteLater()
        self.rows.clear()
        self.quiz_buttons.clear()
        page = self.pager.page
        start = self.pages[page] if page < len(self.pages) else 0
        end = self.pages[page + 1] if page + 1 < len(self.pages) else len(self.items)
        for item in self.items[start:end]:
            if item.kind == "lesson":
                line = self._lesson_line(item)
                self.list_layout.addWidget(line)
                line.show()  # at once, not at the next turn of the event loop
            else:
                heading = label(item.text, "section")
                self.list_layout.addWidget(heading)
                heading.show()
        self.list_layout.addStretch(1)
        self.setTabOrder(self.back_button, self.find_button)

    def _lesson_line(self, item: Item) -> QWidget:
        """A lesson's row, and 测一测 beside it when the lesson has a quiz."""
        lesson_id, height = item.lesson.id, self._item_height(item)
        line = QWidget()
        layout = QHBoxLayout(line)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.metrics.spacing_px)
        row = WrappingButton(self._row_text(item), role="row")
        row.setProperty("lesson_id", lesson_id)
        row.setFixedHeight(height)
        row.clicked.connect(lambda _=False: self._open(self.openLesson, lesson_id))
        self.rows[lesson_id] = row
        layout.addWidget(row, 1)
        if item.lesson.quiz:
            name = self.tr("Quiz on %1").replace("%1", item.lesson.title)
            quiz = big_button(self.tr("Quiz"), name)
            quiz.keep_width(self._quiz_width())
            quiz.setFixedHeight(height)
            quiz.clicked.connect(lambda _=False: self._open(self.openQuiz, lesson_id))
            self.quiz_buttons[lesson_id] = quiz
            layout.addWidget(quiz)
        else:  # the rows stay one width, one under another
            room = QWidget()
            room.setFixedSize(self._quiz_width(), height)
            layout.addWidget(room)
        return line

    def _open(self, signal, lesson_id: str) -> None:
        self._touched = lesson_id
        signal.emit(lesson_id)

    def reveal(self, lesson_id: str) -> None:
        """Turn to the page that lists a lesson (the one the member just came back from)."""
        index = next((i for i, item in enumerate(self.items) if item.lesson and item.lesson.id == lesson_id), None)
        if index is not None:
            self.pager.go_to(max(i for i, start in enumerate(self.pages) if start <= index))
            self.rows[lesson_id].setFocus()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._paginate()
        self.pad.place()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._paginate()
        self._prepare()
        self._start_initials()

    # -- the on-screen pad ------------------------------------------------------------------------
    def _title_initials(self) -> dict[str, str]:
        self._prepare()  # a new library forgets the initials of the old one
        if self._initials is None:
            self._start_initials()
            self._initials = self._initials_job.result()
        return self._initials

    def _keys_for(self, query: str) -> list[str]:
        if query and not query.isascii():
            return []
        return next_letters(self._title_initials().values(), query)

    def _result_text(self, query: str) -> str:
        self._prepare()
        count = len(self._index.search(query, self._title_initials() if query.isascii() else None))
        return self.tr("%1 lessons").replace("%1", str(count))

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not self.pad.isVisible():
            self.pad.open_pad()  # a member with a keyboard just types
            self.search_box.setText(self.search_box.text() + text)
        else:
            super().keyPressEvent(event)
