"""闯关答题: a course as a ladder of levels, one per lesson quiz, drawn as big numbered steps that
climb from left to right: ✔ on the levels passed, the level to do now in the main colour, a lock
on the ones still closed. Touching a level that is open (or passed: any level can be repeated)
opens its quiz; touching a locked one says which level opens it. From here: 挑战赛 and 排行榜."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import ui_font
from ..storage.answers import AnswerStore
from ..study.ladder import LOCKED, OPEN, PASSED, Level, ladder
from .icons import lock_icon
from .pager import PagerColumn
from .screen import Screen
from .talk import mark_message
from .theme import PALETTES, Metrics
from .widgets import big_button, label


class StepsView(QWidget):
    """The level buttons of one page, placed as a staircase (the first at the bottom left)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.buttons: list[QPushButton] = []
        self.spacing = 16
        self.tile_width = 160

    def set_buttons(self, buttons: list[QPushButton]) -> None:
        for button in self.buttons:
            if button not in buttons:
                button.hide()
        self.buttons = buttons
        for button in buttons:
            button.setParent(self)
            button.show()
        self._place()

    def per_page(self, width: int, tile_width: int, spacing: int) -> int:
        return max(1, (width + spacing) // (tile_width + spacing))

    def _place(self) -> None:
        count = len(self.buttons)
        if not count:
            return
        spacing = self.spacing
        width = min(self.tile_width * 2, (self.width() - (count - 1) * spacing) // count)
        width = max(width, self.tile_width)
        height = min(self.height(), max(self.tile_width, self.height() // 2))
        rise = (self.height() - height) // (count - 1) if count > 1 else 0
        left = (self.width() - count * width - (count - 1) * spacing) // 2
        for index, button in enumerate(self.buttons):
            top = self.height() - height - index * rise
            button.setGeometry(QRect(left + index * (width + spacing), top, width, height))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()


class LadderScreen(Screen):
    NAME = "ladder"
    openLevel = Signal(str)  # the lesson whose quiz to open
    openChallenge = Signal()
    openBoard = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.course_ids: list[str] = []
        self.course_index = 0
        self.levels: list[Level] = []
        self.guest_scores: dict[str, float] = {}  # a guest's best scores of this visit, never stored
        self.level_buttons: list[QPushButton] = []
        self.page = 0
        self.per_page = 1
        self._opened = 0  # the open level, whose page is shown first
        self._courses_of: tuple[object, list[str]] | None = None  # (library, its courses with a quiz)

        self.back_button = big_button(self.tr("Back"), self.tr("Back to the home screen"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label("", "title")
        self.board_button = big_button(self.tr("Leaderboard"))
        self.board_button.clicked.connect(self.openBoard)
        self.steps = StepsView()
        self.pager = PagerColumn()
        self.pager.pageChanged.connect(self._show_page)
        for button in (self.pager.previous_button, self.pager.next_button):
            button.setStyleSheet("min-height: 0px;")  # as low as their words: the steps keep the height
        self.message = label("", "")
        mark_message(self.message)
        self.previous_course = big_button(self.tr("◀ Previous course"))
        self.previous_course.clicked.connect(lambda: self._go_course(self.course_index - 1))
        self.next_course = big_button(self.tr("Next course ▶"))
        self.next_course.clicked.connect(lambda: self._go_course(self.course_index + 1))
        self.challenge_button = big_button(
            self.tr("Challenge"), self.tr("Challenge: questions from lessons you finished, against the clock")
        )
        self.challenge_button.clicked.connect(self.openChallenge)

        self.top = QHBoxLayout()
        self.top.addWidget(self.back_button)
        self.top.addWidget(self.title, 1)
        self.top.addWidget(self.board_button)
        self.middle = QHBoxLayout()
        self.middle.addWidget(self.steps, 1)
        self.middle.addWidget(self.pager)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.previous_course)
        self.bottom.addWidget(self.next_course)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.challenge_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.top)
        self.layout_.addLayout(self.middle, 1)
        self.layout_.addWidget(self.message)
        self.layout_.addLayout(self.bottom)

    # -- the screen contract -------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Quiz levels")

    def focus_first(self) -> None:
        opened = [b for b, level in zip(self.level_buttons, self.levels, strict=False) if level.state == OPEN]
        target = next((b for b in opened if b.isVisible()), None)
        (target or self.back_button).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.middle, self.bottom)
        self.pager.apply_metrics(metrics)
        self.steps.spacing = metrics.spacing_px
        self._show_levels()

    def refresh(self) -> None:
        library = self.context.library
        if self._courses_of is None or self._courses_of[0] is not library:  # reading every quiz once, not at each visit
            ids = [c.id for c in library.ordered_courses() if any(le.quiz for le in library.lessons_of(c.id))]
            self._courses_of = (library, ids)
        self.course_ids = self._courses_of[1]
        if self.course_ids and not 0 <= self.course_index < len(self.course_ids):
            self.course_index = 0
        self._load()

    def show_course_of(self, lesson_id: str | None) -> None:
        """Open on the course of this lesson (the one being studied)."""
        self.refresh()
        lesson = self.context.library.lessons.get(lesson_id or "")
        if lesson is not None and lesson.course_id in self.course_ids:
            self.course_index = self.course_ids.index(lesson.course_id)
            self._load()

    def note_guest_result(self, lesson_id: str, percent: float) -> None:
        if lesson_id:
            self.guest_scores[lesson_id] = max(percent, self.guest_scores.get(lesson_id, 0.0))

    # -- levels ----------------------------------------------------------------------------------------
    def _best_scores(self) -> dict[str, float]:
        context = self.context
        if context.member_id is None or context.guest:
            return dict(self.guest_scores)
        return AnswerStore(context.db).best_scores(context.member_id)

    def _load(self) -> None:
        if not self.course_ids:
            self.levels = []
            self.title.setText(self.tr("Quiz levels"))
        else:
            course_id = self.course_ids[self.course_index]
            course = self.context.library.courses[course_id]
            pass_percent = self.context.settings.pass_percent
            self.levels = ladder(self.context.library, course_id, self._best_scores(), pass_percent)
            self.title.setText(self.tr("Levels: %1").replace("%1", course.title))
        self.title.setAccessibleName(self.title.text())
        for button in self.level_buttons:
            button.deleteLater()
        self.level_buttons = [self._level_button(level) for level in self.levels]
        opened = next((i for i, level in enumerate(self.levels) if level.state == OPEN), 0)
        self.page = -1  # the page of the open level, once the page size is known
        self._opened = opened
        self.previous_course.setVisible(len(self.course_ids) > 1)
        self.next_course.setVisible(len(self.course_ids) > 1)
        self.previous_course.setEnabled(self.course_index > 0)
        self.next_course.setEnabled(self.course_index < len(self.course_ids) - 1)
        self._show_levels()
        self._say_where()

    def _level_button(self, level: Level) -> QPushButton:
        number = self.tr("Level %1").replace("%1", str(level.number))
        passed, start, locked = self.tr("Passed"), self.tr("Start"), self.tr("Locked")
        if level.state == PASSED:
            text, name = f"{number}\n✔ {passed}", f"{number}，{passed}，{level.title}"
        elif level.state == OPEN:
            text, name = f"{number}\n{start} ▶", f"{number}，{start}，{level.title}"
        else:
            text, name = number, f"{number}，{locked}"
        button = big_button(text, name, role="primary" if level.state == OPEN else "tile")
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        if level.state == LOCKED:
            colour = QColor(PALETTES[self.context.settings.theme].button_text)
            side = max(32, self.metrics.control_px // 2)
            button.setIcon(lock_icon(side, colour))
            button.setIconSize(QSize(side, side))
        button.clicked.connect(lambda _=False, lv=level: self._touch(lv))
        return button

    def _tile_width(self) -> int:
        font = QFontMetrics(ui_font(self.metrics.title_pt, bold=True))
        widest = max(
            (
                font.horizontalAdvance(self.tr("Level %1").replace("%1", "88")),
                font.horizontalAdvance(self.tr("Start") + " ▶"),
            )
        )
        return max(self.metrics.control_px * 2, widest + 2 * self.metrics.spacing_px + 24)

    def _show_levels(self) -> None:
        tile = self._tile_width()
        self.steps.tile_width = tile
        room = self.width() - 2 * self.metrics.spacing_px
        per_page = self.steps.per_page(room, tile, self.metrics.spacing_px)
        if len(self.levels) > per_page:
            per_page = self.steps.per_page(
                room - self.pager.width() - self.metrics.spacing_px, tile, self.metrics.spacing_px
            )
        self.per_page = max(1, per_page)
        pages = max(1, -(-len(self.levels) // self.per_page))
        if self.page < 0:
            self.page = min(self._opened // self.per_page, pages - 1)
        self.pager.set_count(pages, min(self.page, pages - 1))
        self._show_page(self.pager.page)

    def _show_page(self, page: int) -> None:
        self.page = page
        start = page * self.per_page
        shown = self.level_buttons[start : start + self.per_page]
        for button in self.level_buttons:
            if button not in shown:
                button.hide()
        self.steps.set_buttons(shown)

    def _say_where(self) -> None:
        passed = sum(level.state == PASSED for level in self.levels)
        if not self.levels:
            text = self.tr("There are no quizzes yet.")
        elif passed == len(self.levels):
            text = self.tr("All %1 levels passed. Any level can be done again.").replace("%1", str(len(self.levels)))
        else:
            text = (
                self.tr("%1 of %2 levels passed. Touch “Start” to go on.")
                .replace("%1", str(passed))
                .replace("%2", str(len(self.levels)))
            )
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def _touch(self, level: Level) -> None:
        if level.state == LOCKED:
            before = max((lv.number for lv in self.levels if lv.state == OPEN), default=level.number - 1)
            text = self.tr("Pass level %1 first; then this level opens.").replace("%1", str(before))
            self.message.setText(text)
            self.message.setAccessibleName(text)
            return
        self.openLevel.emit(level.lesson_id)

    def say_no_challenge(self) -> None:
        """挑战赛 touched before any lesson was finished."""
        text = self.tr("The challenge asks about the lessons you finished. Finish a lesson first.")
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def _go_course(self, index: int) -> None:
        if 0 <= index < len(self.course_ids):
            self.course_index = index
            self._load()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_levels()
