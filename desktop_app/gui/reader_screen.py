"""The reader: a lesson in large print, page by page, with the character panel."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..lessons import Lesson
from ..settings import Settings
from ..speech.reading import ReadAloud
from ..text.pinyin import char_reading
from ..text.script import convert
from ..text.sentences import Unit, text_units
from .char_panel import CharPanel
from .page_view import PageView
from .player_bar import PlayerBar
from .theme import PALETTES, Metrics
from .widgets import ElidedLabel, big_button, label


class ReaderScreen(QWidget):
    goBack = Signal()
    openSettings = Signal()
    settingsChanged = Signal(object)  # Settings
    lessonFinishedAloud = Signal(str)  # lesson id read aloud to its end

    def __init__(self, context: AppContext, reading: ReadAloud, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.reading = reading
        self.lesson: Lesson | None = None
        self.units: list[Unit] = []
        self._show_highlight = False
        self._canonical: list[str] = []  # block texts in simplified characters (title first)
        self._canonical_starts: list[int] = []

        self.back_button = big_button(self.tr("Back"), self.tr("Back to the list of lessons"))
        self.back_button.clicked.connect(self.goBack)
        self.title = ElidedLabel("", "title")
        self.smaller_button = big_button(self.tr("Smaller text"), self.tr("Make the text smaller"))
        self.smaller_button.clicked.connect(lambda: self._change_size(-1))
        self.bigger_button = big_button(self.tr("Bigger text"), self.tr("Make the text bigger"))
        self.bigger_button.clicked.connect(lambda: self._change_size(+1))
        self.settings_button = big_button(self.tr("Settings"), self.tr("Text size, colours and script"))
        self.settings_button.clicked.connect(self.openSettings)

        self.page_view = PageView()
        self.page_view.pageChanged.connect(self._page_changed)
        self.page_view.positionTapped.connect(self.tap)
        self.char_panel = CharPanel()
        self.char_panel.speakAgain.connect(self._speak_word)
        self.player_bar = PlayerBar(reading, context.settings)
        self.player_bar.settingsChanged.connect(self.settingsChanged)
        reading.unitChanged.connect(self._unit_changed)
        reading.stateChanged.connect(self._reading_state)
        reading.finished.connect(self._finished_aloud)

        self.previous_button = big_button(self.tr("Previous page"), role="pager")
        self.previous_button.clicked.connect(self.page_view.previous_page)
        self.page_label = label("")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setWordWrap(False)
        self.next_button = big_button(self.tr("Next page"), role="pager")
        self.next_button.clicked.connect(self._next)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.smaller_button)
        top.addWidget(self.bigger_button)
        top.addWidget(self.settings_button)
        middle = QHBoxLayout()
        middle.addWidget(self.page_view, 1)
        middle.addWidget(self.char_panel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button, 2)
        bottom.addWidget(self.page_label, 1)
        bottom.addWidget(self.next_button, 2)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(middle, 1)
        self.layout_.addWidget(self.player_bar)
        self.layout_.addLayout(bottom)
        self.setTabOrder(self.page_view, self.next_button)

    # -- settings ---------------------------------------------------------------------
    def focus_first(self) -> None:
        (self.page_view).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        margin = metrics.spacing_px // 2
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(6)  # every pixel of height goes to the page at the largest text
        self.char_panel.apply_metrics(metrics)
        self.player_bar.apply_metrics(metrics)

    def apply_settings(self, settings: Settings) -> None:
        self.player_bar.apply_settings(settings)
        if self.lesson is None:
            return
        position = self.page_view.anchor()
        self._load_blocks(settings)
        self.page_view.set_content(self._shown_blocks, PALETTES[settings.theme], settings.text_size, position)
        self._show_unit(self.reading.index)
        self.smaller_button.setEnabled(settings.text_step > 0)
        self.bigger_button.setEnabled(settings.smaller() != settings.bigger() and settings.bigger() != settings)

    def _change_size(self, direction: int) -> None:
        settings = self.context.settings
        self.settingsChanged.emit(settings.bigger() if direction > 0 else settings.smaller())

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

    def open_lesson(self, lesson_id: str) -> None:
        self.lesson = self.context.library.lessons[lesson_id]
        self.title.set_full_text(self.lesson.title)
        self.char_panel.hide()
        settings = self.context.settings
        self._load_blocks(settings)
        saved = self.context.progress.get(self.context.member_id, lesson_id)
        self._show_highlight = False
        self.units = text_units(self.lesson.title, [(b.kind, b.text) for b in self.lesson.blocks])
        self.reading.set_units(
            self.units,
            self.context.readings_for(self.lesson),
            saved.sentence,
            self.lesson.narration,
            self.lesson.narration_times,
        )
        self.page_view.set_content(
            self._shown_blocks, PALETTES[settings.theme], settings.text_size, self._to_document(saved.position)
        )
        self.apply_settings(settings)
        self._record()
        self.page_view.setFocus()

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

    # -- pages --------------------------------------------------------------------------
    def _page_changed(self, page: int, count: int) -> None:
        self._update_page_label()
        if self.lesson is not None and self.isVisible():
            self._record()
            self.context.clock.touch(self.lesson.id)

    def _update_page_label(self) -> None:
        page, count = self.page_view.current_page(), self.page_view.page_count()
        text = self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count))
        if self.player_bar.no_speaker:
            text += "\n" + self.tr("No speaker found")
        self.page_label.setText(text)
        self.page_label.setAccessibleName(text.replace("\n", "，"))
        self.previous_button.setEnabled(page > 0)
        last = page >= count - 1
        self.next_button.setText(self.tr("Finished, go back") if last else self.tr("Next page"))
        self.next_button.setAccessibleName(self.next_button.text())

    def _record(self) -> None:
        if self.lesson is None:
            return
        index, offset = self._to_canonical(self.page_view.anchor())
        page, count = self.page_view.current_page(), self.page_view.page_count()
        self.context.progress.record_position(
            self.context.member_id, self.lesson.id, self._canonical_starts[index] + offset, page, page >= count - 1
        )

    def _next(self) -> None:
        if self.page_view.current_page() >= self.page_view.page_count() - 1:
            self._record()
            self.goBack.emit()
        else:
            self.page_view.next_page()

    def tap(self, position: int) -> None:
        """While reading aloud: read on from the sentence touched. Otherwise: show the character
        touched huge with its pinyin, say its word, and make its sentence the place to read from."""
        index, offset = self._to_canonical(position)
        unit = self.unit_at(index, offset)
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
        self._speak_word()

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
            self.context.progress.record_sentence(self.context.member_id, self.lesson.id, index, False)
            self.context.clock.touch(self.lesson.id)  # listening is studying too

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
        self.context.progress.record_sentence(self.context.member_id, self.lesson.id, 0, True)
        self.lessonFinishedAloud.emit(self.lesson.id)

    def leave(self) -> None:
        """The member goes to another screen: the reading stops where it is (and is saved)."""
        if self.reading.playing:
            self.reading.pause()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.player_bar.play_button.isEnabled():
            self.reading.toggle()
        elif event.key() == Qt.Key.Key_Escape and self.char_panel.isVisible():
            self.char_panel.hide()
            self.page_view.set_mark(None)
        else:
            super().keyPressEvent(event)
