"""The reader: the lesson page by page, taking most of the window. One column of the controls a
member uses every time (返回, ▶ 朗读, 上一页, 下一页) and 更多 for the rest; a touched character is
shown huge over the page, without moving it."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import ui_font
from ..lessons import Lesson
from ..settings import Settings
from ..speech.reading import ReadAloud
from ..study.coverage import Coverage
from ..text.pinyin import char_reading
from ..text.script import convert
from ..text.sentences import Unit, text_units
from .char_panel import CharPanel
from .page_view import PageView
from .player_bar import PlayerBar
from .screen import Screen
from .theme import PALETTES, Metrics
from .widgets import big_button, label


class ReaderScreen(Screen):
    NAME = "reader"
    openSettings = Signal()
    settingsChanged = Signal(object)  # Settings
    lessonFinishedAloud = Signal(str)  # lesson id read aloud to its end
    openQuiz = Signal(str)  # lesson id: 测一测 on the last page
    openFilm = Signal(str)  # lesson id: 看影片

    def __init__(self, context: AppContext, reading: ReadAloud, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.reading = reading
        self.lesson: Lesson | None = None
        self._opening = False  # open_lesson is at work (see there)
        self.units: list[Unit] = []
        self.coverage = Coverage.empty(0)
        self._show_highlight = False
        self._canonical: list[str] = []  # block texts in simplified characters (title first)
        self._canonical_starts: list[int] = []
        self._shown_blocks: list[tuple[str, str]] = []

        self.page_view = PageView()
        self.page_view.pageChanged.connect(self._page_changed)
        self.page_view.positionTapped.connect(self.tap)
        self.char_panel = CharPanel(self)
        self.char_panel.speakAgain.connect(self._speak_word)
        self.char_panel.closed.connect(self._char_closed)
        self.player_bar = PlayerBar(reading, context.settings, self)
        self.player_bar.settingsChanged.connect(self.settingsChanged)
        self.player_bar.openSettings.connect(self.openSettings)
        self.player_bar.closed.connect(self.page_view.setFocus)
        self.play_button = self.player_bar.play_button
        self.smaller_button = self.player_bar.smaller_text
        self.bigger_button = self.player_bar.bigger_text
        reading.unitChanged.connect(self._unit_changed)
        reading.stateChanged.connect(self._reading_state)
        reading.finished.connect(self._finished_aloud)

        self.back_button = big_button(self.tr("Back"), self.tr("Back to where you came from"))
        self.back_button.clicked.connect(self.goBack)
        self.previous_button = big_button(self.tr("◀ Previous page"), role="pager")
        self.previous_button.clicked.connect(self.page_view.previous_page)
        self._arrows = True  # the page buttons show ◀ ▶ (dropped when the page gains by it)
        self.page_label = label("")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setWordWrap(False)
        self.next_button = big_button(self.tr("Next page ▶"), role="pager")
        self.next_button.clicked.connect(self._next)
        self.more_button = big_button(self.tr("More"), self.tr("More buttons: sentence, speed, volume, text size"))
        self.more_button.clicked.connect(self.player_bar.open_panel)
        # 看影片 is in the 更多 panel: the column has no room left for it at 72 pt on 768 px
        self.film_button = self.player_bar.film_button
        self.player_bar.openFilm.connect(lambda: self.openFilm.emit(self.lesson.id) if self.lesson else None)
        for button in (self.back_button, self.more_button, self.previous_button, self.next_button, self.play_button):
            button.setProperty("compact", True)  # lower at the least: the column must fit 768 px at 72 pt
        for button in (self.previous_button, self.next_button, self.play_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        column = QVBoxLayout()
        column.addWidget(self.back_button)
        column.addWidget(self.play_button, 3)
        column.addWidget(self.previous_button, 2)
        column.addWidget(self.page_label)
        column.addWidget(self.next_button, 4)
        column.addWidget(self.more_button)
        self.column = column
        self.column_widgets = (
            self.back_button,
            self.play_button,
            self.previous_button,
            self.page_label,
            self.next_button,
            self.more_button,
        )
        self.layout_ = QHBoxLayout(self)
        self.layout_.addWidget(self.page_view, 1)
        self.layout_.addLayout(column)
        self.setTabOrder(self.page_view, self.play_button)

    # -- the screen contract ---------------------------------------------------------------
    def title_text(self) -> str:
        return self.lesson.title if self.lesson else ""

    def prompt(self) -> str:
        if self.lesson is None:
            return ""
        return self.tr("%1. To hear it, touch Read aloud").replace("%1", self.lesson.title)

    def focus_first(self) -> None:
        self.page_view.setFocus()

    def escape(self) -> None:
        if self.char_panel.isVisible():
            self.char_panel.close_panel()
        elif self.player_bar.isVisible():
            self.player_bar.close_panel()
        else:
            self.goBack.emit()

    def leave(self) -> None:
        """The member goes to another screen: the reading stops where it is (and is saved)."""
        if self.reading.playing:
            self.reading.pause()
        self.player_bar.hide()
        self.char_panel.hide()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.layout_.setContentsMargins(0, 4, 4, 4)  # the page has its own margin on the left
        self.layout_.setSpacing(4)  # every pixel goes to the page at the largest text
        self.column.setSpacing(max(6, metrics.spacing_px // 2))
        self.char_panel.apply_metrics(metrics)
        self.player_bar.apply_metrics(metrics)
        self._fit_column(metrics)
        self._place_overlays()

    def _fit_column(self, metrics: Metrics | None = None) -> None:
        """The column is as narrow as its widest label allows: the rest is the page's. Where the
        page would gain a character a line by it (a narrow window, large text), the page buttons
        drop their arrows."""
        metrics = metrics or self.metrics
        if metrics is None:
            return
        font = QFontMetrics(ui_font(metrics.ui_pt, bold=True))

        def width_for(texts: list[str]) -> int:
            wide = max(font.horizontalAdvance(line) for text in texts for line in text.split("\n"))
            # compact padding (half the spacing each side), a focus border of 5 px each side
            return max(metrics.control_px * 2, wide + metrics.spacing_px + 10)

        common = [
            self.tr("Back"),
            self.tr("More"),
            self.tr("✔ Finished"),
            self.tr("❚❚ Pause"),
            self.tr("▶ Read aloud"),
            self.tr("Getting ready…"),
            self.tr("Cannot read aloud"),
            self.tr("No speaker"),
            self.tr("Ask the secretary"),
        ]
        with_arrows = width_for([*common, self.tr("◀ Previous page"), self.tr("Next page ▶"), self.tr("Quiz ▶")])
        without = width_for([*common, self.tr("Previous page"), self.tr("Next page"), self.tr("Quiz")])
        self._arrows = self._chars_a_line(with_arrows, metrics) >= self._chars_a_line(without, metrics)
        width = with_arrows if self._arrows else without
        self.previous_button.setText(self.tr("◀ Previous page") if self._arrows else self.tr("Previous page"))
        for widget in self.column_widgets:
            widget.setFixedWidth(width)
        self._update_page_label()

    def _chars_a_line(self, column_width: int, metrics: Metrics) -> int:
        """Characters of body text a page line holds beside a column this wide."""
        margins = self.layout_.contentsMargins()
        page = self.width() - margins.left() - margins.right() - self.layout_.spacing() - column_width
        return self.page_view.chars_a_line(page, metrics.body_pt)

    def _place_overlays(self) -> None:
        whole = self.rect().adjusted(4, 4, -4, -4)  # over the page and the column: room for big buttons
        height = min(self.player_bar.fit(whole.width()), whole.height())
        self.player_bar.setGeometry(whole.left(), whole.bottom() - height + 1, whole.width(), height)
        self._place_char_panel()

    def _place_char_panel(self) -> None:
        """Over the half of the page away from the character touched, so it stays in view."""
        area = self.page_view.geometry()
        hint = self.char_panel.sizeHint()
        width = min(max(hint.width(), area.width() // 2), area.width())
        height = area.height()
        mark = self.page_view.mark()
        point = self.page_view.point_of(mark[0]) if mark else None
        left = point is not None and point.x() > area.width() / 2
        x = area.left() if left else area.right() - width + 1
        self.char_panel.setGeometry(QRect(x, area.top() + (area.height() - height) // 2, width, height))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_column()
        self._place_overlays()

    def apply_settings(self, settings: Settings) -> None:
        self.player_bar.apply_settings(settings)
        if self.lesson is None:
            return
        position = self.page_view.anchor()
        self._load_blocks(settings)
        self._lay_out(settings, position)

    def _lay_out(self, settings: Settings, position: int) -> None:
        """The page built and cut into pages once, at this document position (and at the page's
        new width: the column follows the text size)."""
        self.layout_.activate()  # the page at its new width first: the text is laid out once, at it
        self.page_view.set_content(self._shown_blocks, PALETTES[settings.theme], settings.text_size, position)
        self._show_unit(self.reading.index)
        self._place_overlays()

    # -- content ----------------------------------------------------------------------
    def _load_blocks(self, settings: Settings) -> None:
        assert self.lesson is not None
        canonical = [("title", self.lesson.title)] + [(b.kind, b.text) for b in self.lesson.blocks]
        self._canonical = [text for _, text in canonical]
        self._canonical_starts = []
        start = 0
        for text in self._canonical:
            self._canonical_starts.append(start)
            start += len(text) + 1
        self._shown_blocks = [(kind, convert(text, settings.script)) for kind, text in canonical]

    def _length(self) -> int:
        return self._canonical_starts[-1] + len(self._canonical[-1]) if self._canonical else 0

    def open_lesson(self, lesson_id: str) -> None:
        self._opening = True  # the page still shows the lesson before: nothing recorded until it is built
        try:
            self._open(lesson_id)
        finally:
            self._opening = False
        self._record()
        if self.isVisible():
            self.context.clock.touch(lesson_id)  # studying it starts now
        self.page_view.setFocus()

    def _open(self, lesson_id: str) -> None:
        self.lesson = self.context.library.lessons[lesson_id]
        self.player_bar.set_film(self.lesson.film is not None)
        self.char_panel.hide()
        self.player_bar.hide()
        settings = self.context.settings
        self._load_blocks(settings)
        saved = self.context.progress.get(self.context.member_id, lesson_id)
        self.coverage = Coverage.load(self._length(), saved.seen)
        self._show_highlight = False
        self.units = text_units(self.lesson.title, [(b.kind, b.text) for b in self.lesson.blocks])
        self.reading.set_units(
            self.units,
            self.context.readings_for(self.lesson),
            saved.sentence,
            self.lesson.narration,
            self.lesson.narration_times,
        )
        self.player_bar.apply_settings(settings)
        self._lay_out(settings, self._to_document(saved.position))  # one layout (issue 14)

    # Positions are saved in simplified-text coordinates so that a change of script keeps them.
    def _to_document(self, canonical_position: int) -> int:
        """Document position (in the shown script) of a saved position; works before the page is built."""
        index = max(0, bisect_right(self._canonical_starts, canonical_position) - 1)
        offset = canonical_position - self._canonical_starts[index]
        start = sum(len(text) + 1 for _, text in self._shown_blocks[:index])
        return start + max(0, min(offset, len(self._shown_blocks[index][1]) - 1))

    def _to_canonical(self, document_position: int) -> tuple[int, int]:
        """(block index, offset in the simplified text of that block)."""
        block = self.page_view.doc.findBlock(document_position)
        index = max(0, block.blockNumber())
        offset = document_position - block.position()
        return index, min(offset, max(0, len(self._canonical[index]) - 1))

    def _canonical_position(self, document_position: int) -> int:
        index, offset = self._to_canonical(document_position)
        return self._canonical_starts[index] + offset

    # -- pages --------------------------------------------------------------------------
    def _page_changed(self, page: int, count: int) -> None:
        self._update_page_label()
        if self.lesson is not None and self.isVisible() and not self._opening:
            self._record()
            self.context.clock.touch(self.lesson.id)

    def _update_page_label(self) -> None:
        # The count comes a moment after the page (a long lesson is measured on after it is shown).
        page, count = self.page_view.current_page(), self.page_view.known_page_count()
        spoken = self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count or "…"))
        text = spoken.replace("，", "\n", 1)  # 第 3 页 / 共 11 页: two short lines fit the column
        if self.player_bar.blocked():  # the button says 不能朗读; this line, what to do
            text += "\n" + self.tr("Ask the secretary")
        elif self.player_bar.no_speaker:
            text += "\n" + self.tr("No speaker")
            spoken += "，" + self.tr("No speaker found")
        self.page_label.setText(text)
        self.page_label.setAccessibleName(spoken)
        self.previous_button.setEnabled(page > 0)
        last = self.page_view.is_last_page(page)
        if last and self._quiz_waits():
            self.next_button.setText(self.tr("Quiz ▶") if self._arrows else self.tr("Quiz"))
            self.next_button.setAccessibleName(self.tr("Quiz: answer the questions of this lesson"))
        elif last and self.coverage.finished:
            self.next_button.setText(self.tr("✔ Finished"))
            self.next_button.setAccessibleName(self.tr("Finished, go back"))
        elif last:
            self.next_button.setText(self.tr("Back"))
            self.next_button.setAccessibleName(self.tr("Back"))
        else:
            self.next_button.setText(self.tr("Next page ▶") if self._arrows else self.tr("Next page"))
            self.next_button.setAccessibleName(self.tr("Next page"))

    def _page_span(self) -> tuple[int, int]:
        """Canonical positions of the first character of this page and of the next."""
        view = self.page_view
        page = view.current_page()
        start = self._canonical_position(view.first_position(page))
        if not view.is_last_page(page):
            end = self._canonical_position(view.first_position(page + 1))
        else:
            end = self._length()
        return start, end

    def _record(self) -> None:
        if self.lesson is None:
            return
        self.coverage = self.coverage.mark(*self._page_span())
        page = self.page_view.current_page()
        self.context.progress.record_position(
            self.context.member_id,
            self.lesson.id,
            self._canonical_position(self.page_view.anchor()),
            page,
            self.coverage.finished,
            self.coverage.marks,
        )
        self._update_page_label()

    def _quiz_waits(self) -> bool:
        """The lesson has a quiz the member has not finished yet."""
        if self.lesson is None or not self.lesson.quiz:
            return False
        member = self.context.member_id
        return member is None or self.context.progress.quiz_score(member, self.lesson.id) is None

    def _next(self) -> None:
        if self.page_view.is_last_page(self.page_view.current_page()):
            self._record()
            if self._quiz_waits():
                self.openQuiz.emit(self.lesson.id)
            else:
                self.goBack.emit()
        else:
            self.page_view.next_page()

    def tap(self, position: int) -> None:
        """While reading aloud: read on from the sentence touched. Otherwise: show the character
        touched huge with its pinyin, say its word, and make its sentence the place to read from."""
        index, offset = self._to_canonical(position)
        unit = self.unit_at(index, offset)
        self.player_bar.hide()
        if self.reading.playing:
            if unit is not None:
                self.reading.go_to(unit)
            return
        if unit is not None:
            self._show_highlight = True
            if unit == self.reading.index:
                self._show_unit(unit)
            else:
                self.reading.go_to(unit)
        reading = char_reading(self._canonical[index], offset, self.context.readings_for(self.lesson))
        if reading is None:
            return
        shown = self._shown_blocks[index][1]
        word_start = self._canonical[index].rfind(reading.word, 0, offset + 1)
        shown_char = shown[offset] if offset < len(shown) else reading.char
        shown_word = shown[word_start : word_start + len(reading.word)] if word_start >= 0 else reading.word
        self.page_view.set_mark(position)
        self.char_panel.show_reading(reading, shown_char, shown_word)
        self._place_char_panel()
        self._speak_word()

    def _char_closed(self) -> None:
        self.page_view.set_mark(None)
        self.page_view.setFocus()

    def _speak_word(self) -> None:
        if self.char_panel.reading is not None:
            self.reading.speak_once(self.char_panel.reading.word)

    # -- reading aloud ----------------------------------------------------------------------
    def unit_at(self, block: int, offset: int) -> int | None:
        """The unit holding a character (block index and offset in the simplified text)."""
        candidates = [i for i, u in enumerate(self.units) if u.block == block]
        for i in candidates:
            if self.units[i].start <= offset < self.units[i].start + self.units[i].length:
                return i
        earlier = [i for i in candidates if self.units[i].start <= offset]
        return earlier[-1] if earlier else (candidates[0] if candidates else None)

    def unit_span(self, index: int) -> tuple[int, int]:
        """Document position and length of a unit, in the script shown."""
        unit = self.units[index]
        block_start = sum(len(text) + 1 for _, text in self._shown_blocks[: unit.block])
        shown_length = len(self._shown_blocks[unit.block][1])
        start = min(unit.start, shown_length)
        return block_start + start, max(0, min(unit.length, shown_length - start))

    def _show_unit(self, index: int) -> None:
        if self._show_highlight and self.units and 0 <= index < len(self.units):
            self.page_view.set_highlight(*self.unit_span(index))
        else:
            self.page_view.set_highlight(None)

    def _unit_changed(self, index: int) -> None:
        if self.lesson is None or not self.units:
            return
        self._show_unit(index)
        if self.reading.playing:
            self._heard(index)
            self.context.clock.touch(self.lesson.id)  # listening is studying too

    def _heard(self, index: int) -> None:
        """The sentence now being read counts as heard."""
        unit = self.units[index] if 0 <= index < len(self.units) else None
        if unit is not None and unit.block >= 0:
            start = self._canonical_starts[unit.block] + unit.start
            self.coverage = self.coverage.mark(start, start + max(1, unit.length))
        self.context.progress.record_sentence(
            self.context.member_id, self.lesson.id, index, self.coverage.finished, self.coverage.marks
        )

    def _reading_state(self) -> None:
        self._update_page_label()
        if self.reading.playing and not self._show_highlight:
            self._show_highlight = True
            self._show_unit(self.reading.index)
            self.char_panel.hide()
            self.page_view.set_mark(None)

    def _finished_aloud(self) -> None:
        if self.lesson is None:
            return
        self.context.progress.record_sentence(
            self.context.member_id, self.lesson.id, 0, self.coverage.finished, self.coverage.marks
        )
        self._update_page_label()
        self.lessonFinishedAloud.emit(self.lesson.id)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.play_button.isEnabled():
            self.reading.toggle()
        else:
            super().keyPressEvent(event)
