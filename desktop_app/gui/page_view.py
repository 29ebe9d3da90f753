"""The lesson text in large print, page by page (a QTextDocument cut into pages of whole lines)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from ..fonts import FONT_FAMILIES
from .large_glyphs import GlyphImages, paint_line
from .page_lines import PageLines
from .theme import Palette

SWIPE_PX = 80  # a horizontal drag longer than this turns the page
TAP_PX = 24  # a press and release closer than this is a tap
LINE_HEIGHT = 1.5  # line pitch, times the font size (WCAG 1.4.8: at least 1.5x)
PARAGRAPH_GAP = 0.5  # extra space after a paragraph, in lines: paragraphs 1.5x the line spacing apart
TITLE_SCALE = 1.25
HEADING_SCALE = 1.1
LARGEST_HEADING_PX = 96.0  # 72 pt
MEASURE_CHARS = 3000  # measured at a time after the page on view is shown (about 2 ms at 72 pt)


class PageView(QWidget):
    pageChanged = Signal(int, int)  # page (0-based), page count
    positionTapped = Signal(int)  # document position of the character touched

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Lesson text"))
        self.setMinimumSize(200, 150)
        self._blocks: list[tuple[str, str]] = []
        self._palette: Palette | None = None
        self._body_pt = 30
        self._page = 0
        self._anchor = 0  # document position of the first character on the page shown
        self._mark: tuple[int, int] | None = None  # the character touched
        self._highlight: tuple[int, int] | None = None  # the sentence being read aloud
        self._press: QPoint | None = None
        self._wheel = 0
        self._stale = False  # the pages need cutting again (see _relayout)
        self._measuring = False  # the next piece of the text is to be measured (_measure_on)
        self._measure_after_paint = False
        self.doc = self._new_document()
        self._lines = PageLines(self.doc, [], 0.0)
        self._glyphs = GlyphImages()

    # -- content and style -------------------------------------------------
    def set_content(self, blocks: list[tuple[str, str]], palette: Palette, body_pt: int, position: int = 0) -> None:
        """blocks: ("title" | "heading" | "paragraph", text). Shows the page holding position."""
        self._blocks = blocks
        self._palette = palette
        self._body_pt = body_pt
        self._mark = None
        self._anchor = position
        self._rebuild()

    def set_style(self, palette: Palette, body_pt: int) -> None:
        """New theme or text size: keeps the first character of the page in view."""
        self._palette = palette
        self._body_pt = body_pt
        self._rebuild()

    def body_pixel_size(self) -> float:
        return self._body_pt * self.logicalDpiY() / 72

    def _rebuild(self) -> None:
        if self._palette is None:
            return
        px = self.body_pixel_size()
        # A new document, not the old one cleared: a document whose layout exists lays out while it
        # is filled (and again when its width changes), one whose layout is made afterwards lays out
        # once, in _cut_pages (20 ms against 11 ms for 20,000 characters at 72 pt, issue 14).
        self.doc.deleteLater()
        self.doc = self._new_document()
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()  # laid out once at the end, not after every paragraph (issue 14)
        formats: dict[tuple[str, bool], tuple[QTextBlockFormat, QTextCharFormat]] = {}
        for index, (kind, text) in enumerate(self._blocks):
            key = (kind, index == 0)
            if key not in formats:  # made once for each kind, not for each paragraph
                formats[key] = self._formats(key[0], key[1], px)
            block_format, char_format = formats[key]
            if index == 0:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
            else:
                cursor.insertBlock(block_format, char_format)
            cursor.insertText(text, char_format)
        cursor.endEditBlock()
        self._relayout()

    def _formats(self, kind: str, first: bool, px: float) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """The block and character formats of a title, heading or paragraph at this body size."""
        scale = {"title": TITLE_SCALE, "heading": HEADING_SCALE}.get(kind, 1.0)
        # Bold sets the title and headings apart; at the largest steps they grow no bigger than
        # the largest text, so that the title keeps to one line and the first page holds text.
        font_px = round(max(px, min(px * scale, LARGEST_HEADING_PX)))
        line = LINE_HEIGHT * font_px
        block_format = QTextBlockFormat()
        # A fixed pitch of 1.5x the size: the CJK fonts' own line height (about 1.45x) times
        # 1.5 would waste half a line on every line of a large-print page.
        block_format.setLineHeight(line, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        char_format = QTextCharFormat()
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPixelSize(font_px)
        char_format.setForeground(QColor(self._palette.text))
        if kind == "paragraph":
            block_format.setBottomMargin(PARAGRAPH_GAP * line)
        else:
            font.setBold(True)
            block_format.setTopMargin(0 if first else PARAGRAPH_GAP * line)
            block_format.setBottomMargin(PARAGRAPH_GAP * line * 0.5)
        char_format.setFont(font)
        return block_format, char_format

    def _new_document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setDocumentMargin(0)
        document.setUndoRedoEnabled(False)
        document.setTextWidth(self._page_width())  # the width the pages are cut at
        return document

    # -- pagination ----------------------------------------------------------
    def _margins(self, px: float | None = None) -> tuple[float, float]:
        px = px or self.body_pixel_size()
        return max(10.0, px * 0.1), max(6.0, px * 0.1)

    def chars_a_line(self, width: float, body_pt: int) -> int:
        """Body characters a line holds when the view is this wide and the text this size."""
        px = body_pt * self.logicalDpiY() / 72
        return int((width - 2 * self._margins(px)[0]) // px)

    def page_rect(self) -> QRectF:
        mx, my = self._margins()
        return QRectF(mx, my, self._page_width(), max(50.0, self.height() - 2 * my))

    def _page_width(self) -> float:
        return max(50.0, self.width() - 2 * self._margins()[0])

    def _relayout(self) -> None:
        """The pages are out of date (new text, size or width): cut again when next needed, once
        however many changes come before (a text-size step both rebuilds and resizes the page)."""
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self._ensure)

    def _ensure(self) -> None:
        if self._stale:
            self._stale = False
            self._cut_pages()

    def _cut_pages(self) -> None:
        """Cut the text into pages of whole lines, from the first page to the one on view and the
        one after it; the rest a piece at a time afterwards (_measure_on, page_lines.py).

        Each page starts at the top of a line, so the space after a paragraph never opens a page,
        and a line is never cut in two.
        """
        rect = self.page_rect()
        self.doc.setTextWidth(rect.width())
        self._lines = PageLines(self.doc, [kind for kind, _ in self._blocks], rect.height())
        self._page = self._lines.page_of(self._anchor)
        # A touched character or the sentence being read stays in view when the page reflows.
        keep = self._mark or self._highlight
        if keep is not None and self._page not in (
            self._lines.page_of(keep[0]),
            self._lines.page_of(keep[0] + keep[1] - 1),
        ):
            self._page = self._lines.page_of(keep[0])
            self._anchor = self.first_position(self._page)
        self._lines.complete_page(self._page)
        self.update()
        self.pageChanged.emit(self._page, self._lines.count() or 0)
        if self.isVisible():
            self._measure_after_paint = True  # the page on view goes out first (paintEvent)
        else:
            self._measure_later()

    def _measure_later(self) -> None:
        if not self._lines.done and not self._measuring:
            self._measuring = True
            QTimer.singleShot(0, self._measure_on)

    def _measure_on(self) -> None:
        """The next piece of the text measured (about 2 ms at 72 pt); the page count, once known."""
        self._measuring = False
        if self._stale or self._lines.done:  # (stale: _ensure begins again)
            return
        self._lines.measure_more(MEASURE_CHARS)
        if self._lines.done:
            self.pageChanged.emit(self._page, self._lines.count())
        else:
            self._measure_later()

    def page_count(self) -> int:
        """Pages in all (the whole text measured now if it is not yet)."""
        self._ensure()
        self._lines.measure_all()
        return self._lines.pages_found()

    def known_page_count(self) -> int | None:
        """Pages in all, None while the text after the page on view is still being measured."""
        self._ensure()
        return self._lines.count()

    def is_last_page(self, page: int) -> bool:
        self._ensure()
        return self._lines.is_last(page)

    def current_page(self) -> int:
        self._ensure()
        return self._page

    def _page_span(self, page: int) -> tuple[float, float]:
        """Top and bottom (document y) of what page shows."""
        self._ensure()
        if not self._lines.tops:
            return 0.0, self.page_rect().height()
        first, last = self._lines.line_range(page)
        return self._lines.tops[first], self._lines.bottoms[last]

    def _page_line_range(self, page: int) -> tuple[int, int]:
        """The first and the last line of a page."""
        self._ensure()
        return self._lines.line_range(page)

    def _line_start(self, line: int) -> int:
        """Document position of the first character of a line."""
        return self._lines.line_start(line)

    def page_of(self, position: int) -> int:
        self._ensure()
        return self._lines.page_of(position)

    def first_position(self, page: int) -> int:
        """Document position of the first character shown on page (the last page when there are fewer)."""
        self._ensure()
        if not self._lines.tops:
            return 0
        return self._lines.line_start(self._lines.page_start(max(0, page)))

    def go_to_page(self, page: int) -> None:
        self._ensure()
        self._lines.page_start(max(0, page))  # measured so far
        page = max(0, min(page, self._lines.pages_found() - 1))
        self._page = page
        self._anchor = self.first_position(page)
        self._lines.complete_page(page)
        self.update()
        self.pageChanged.emit(page, self._lines.count() or 0)

    def show_position(self, position: int) -> None:
        self.go_to_page(self.page_of(position))

    def next_page(self) -> None:
        if not self.is_last_page(self._page):
            self.go_to_page(self._page + 1)

    def previous_page(self) -> None:
        if self._page > 0:
            self.go_to_page(self._page - 1)

    def anchor(self) -> int:
        self._ensure()
        return self._anchor

    # -- marking a character -------------------------------------------------------
    def set_mark(self, position: int | None, length: int = 1) -> None:
        self._mark = None if position is None else (position, length)
        self.update()

    def mark(self) -> tuple[int, int] | None:
        return self._mark

    def set_highlight(self, position: int | None, length: int = 0) -> None:
        """Highlight the sentence being read aloud and turn to its page."""
        self._ensure()
        self._highlight = None if position is None or length <= 0 else (position, length)
        if self._highlight is not None:
            first, last = self.page_of(position), self.page_of(position + length - 1)
            if not first <= self._page <= last:
                self.go_to_page(first)
        self.update()

    def highlight(self) -> tuple[int, int] | None:
        return self._highlight

    def position_at(self, point: QPointF) -> int:
        """Document position of the character under point (widget coordinates), -1 for none."""
        self._ensure()
        rect = self.page_rect()
        x = point.x() - rect.left()
        y = point.y() - rect.top()
        top, bottom = self._page_span(self._page)
        if not (0 <= x < rect.width() and 0 <= y < bottom - top):
            return -1
        y += top
        hit = self.doc.documentLayout().hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
        block = self.doc.findBlock(max(0, hit))
        if not block.isValid():
            return -1
        top_left = self.doc.documentLayout().blockBoundingRect(block).topLeft()
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            top = top_left.y() + line.y()
            if top <= y < top + line.height():
                local_x = x - top_left.x()
                if local_x > line.x() + line.naturalTextWidth():
                    return -1
                column = line.xToCursor(local_x, QTextLine.CursorPosition.CursorOnCharacter)
                return block.position() + column
        return -1

    def point_of(self, position: int) -> QPointF | None:
        """Centre of the character at position in widget coordinates; None when it is not on this page."""
        self._ensure()
        block = self.doc.findBlock(position)
        if not block.isValid():
            return None
        layout = block.layout()
        offset = position - block.position()
        line = layout.lineForTextPosition(offset)
        if not line.isValid():
            return None
        rect = self.page_rect()
        top_left = self.doc.documentLayout().blockBoundingRect(block).topLeft()
        left = line.cursorToX(offset)[0]
        right = line.cursorToX(offset + 1)[0] if offset + 1 <= line.textStart() + line.textLength() else left
        x = rect.left() + top_left.x() + (left + right) / 2
        top, bottom = self._page_span(self._page)
        y = rect.top() + top_left.y() + line.y() + line.height() / 2 - top
        if not (rect.top() <= y < rect.top() + bottom - top):
            return None
        return QPointF(x, y)

    # -- painting ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure()
        if self._palette is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._palette.background))
        rect = self.page_rect()
        top, bottom = self._page_span(self._page)
        painter.translate(rect.left(), rect.top() - top)
        painter.setClipRect(QRectF(0, top, rect.width(), bottom - top))
        self._draw_lines(painter)
        if self._highlight is not None:
            self._draw_reading_bar(painter, top, bottom)
        painter.end()
        if self._measure_after_paint:
            self._measure_after_paint = False
            self._measure_later()

    def _draw_lines(self, painter: QPainter) -> None:
        """The page's lines, line by line, their glyphs from the glyph images kept (large_glyphs.py:
        Qt would fill a large glyph's outline at every paint), the sentence read and the character
        touched on their own colours."""
        palette = self._palette
        spans = []
        for span, background, foreground in (
            (self._highlight, palette.highlight, palette.highlight_text),
            (self._mark, palette.mark, palette.mark_text),
        ):
            if span is not None:
                spans.append((span[0], span[0] + span[1], QColor(background), QColor(foreground)))
        color = QColor(palette.text)
        lines = self._lines
        if not lines.tops:
            return
        first, last = lines.line_range(self._page)
        block_number, block, layout, origin = -1, None, None, QPointF()
        for index in range(first, last + 1):
            if lines.line_blocks[index] != block_number:
                block_number = lines.line_blocks[index]
                block = self.doc.findBlockByNumber(block_number)
                layout = block.layout()
                origin = layout.position()
            line = layout.lineAt(index - lines.first_lines[block_number])
            paint_line(painter, line, origin, block.position(), spans, color, self._glyphs)

    def _draw_reading_bar(self, painter: QPainter, top: float, bottom: float) -> None:
        """A bar in the margin beside the sentence being read: a shape, not only a colour."""
        start, length = self._highlight
        rect = self.page_rect()
        width = max(6.0, rect.left() * 0.35)
        painter.setClipping(False)
        lines = self._lines
        if not lines.tops:
            return
        first, last = self._page_line_range(self._page)
        for index in range(first, last + 1):
            position = self._line_start(index)
            line_end = lines.line_start(index + 1) if index + 1 < len(lines.tops) else self.doc.characterCount()
            if position < start + length and line_end > start:
                line_top, line_bottom = lines.tops[index], lines.bottoms[index]
                painter.fillRect(
                    QRectF(-rect.left() + width * 0.5, line_top, width, line_bottom - line_top),
                    QColor(self._palette.highlight),
                )

    # -- input ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self._relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        delta = event.position().toPoint() - self._press
        self._press = None
        if abs(delta.x()) >= SWIPE_PX and abs(delta.x()) > abs(delta.y()):
            (self.previous_page if delta.x() > 0 else self.next_page)()
        elif delta.manhattanLength() <= TAP_PX:
            position = self.position_at(event.position())
            if position >= 0:
                self.positionTapped.emit(position)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._wheel += event.angleDelta().y()
        while self._wheel <= -120:
            self._wheel += 120
            self.next_page()
        while self._wheel >= 120:
            self._wheel -= 120
            self.previous_page()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.next_page()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.previous_page()
        elif key == Qt.Key.Key_Home:
            self.go_to_page(0)
        elif key == Qt.Key.Key_End:
            self.go_to_page(self.page_count() - 1)
        else:
            super().keyPressEvent(event)
