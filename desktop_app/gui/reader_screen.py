"""The reader: a lesson in large print, page by page, with the character panel."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..lessons import Lesson
from ..settings import Settings
from ..text.pinyin import char_reading
from ..text.script import convert
from .char_panel import CharPanel
from .page_view import PageView
from .theme import PALETTES, Metrics
from .widgets import ElidedLabel, big_button, label


class ReaderScreen(QWidget):
    goBack = Signal()
    openSettings = Signal()
    settingsChanged = Signal(object)  # Settings

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.lesson: Lesson | None = None
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
        self.layout_.addLayout(bottom)
        self.setTabOrder(self.page_view, self.next_button)

    # -- settings ---------------------------------------------------------------------
    def focus_first(self) -> None:
        (self.page_view).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        margin = metrics.spacing_px // 2
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(margin)
        self.char_panel.apply_metrics(metrics)

    def apply_settings(self, settings: Settings) -> None:
        if self.lesson is None:
            return
        position = self.page_view.anchor()
        self._load_blocks(settings)
        self.page_view.set_content(self._shown_blocks, PALETTES[settings.theme], settings.text_size, position)
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
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count)))
        self.page_label.setAccessibleName(self.page_label.text())
        self.previous_button.setEnabled(page > 0)
        last = page >= count - 1
        self.next_button.setText(self.tr("Finished, go back") if last else self.tr("Next page"))
        self.next_button.setAccessibleName(self.next_button.text())
        if self.lesson is not None and self.isVisible():
            self._record()

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
        """Show the character at a document position in the panel, with its pinyin."""
        index, offset = self._to_canonical(position)
        reading = char_reading(self._canonical[index], offset)
        if reading is None:
            return
        shown = self._shown_blocks[index][1]
        word_start = self._canonical[index].rfind(reading.word, 0, offset + 1)
        shown_char = shown[offset] if offset < len(shown) else reading.char
        shown_word = shown[word_start : word_start + len(reading.word)] if word_start >= 0 else reading.word
        self.page_view.set_mark(position)
        self.char_panel.show_reading(reading, shown_char, shown_word)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.char_panel.isVisible():
            self.char_panel.hide()
            self.page_view.set_mark(None)
        else:
            super().keyPressEvent(event)
