"""The reader paints its lines itself, large glyphs from images kept (gui/large_glyphs.py): the
page must look as Qt's own drawing of the same document looks, selections included, at every
text size and in both themes (real Qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPalette,
    QRawFont,
    QTextCharFormat,
    QTextCursor,
)

from desktop_app.fonts import FONT_FAMILIES
from desktop_app.gui.large_glyphs import GlyphImages
from desktop_app.gui.page_view import PageView
from desktop_app.gui.theme import PALETTES
from desktop_app.settings import TEXT_SIZES

SENTENCE = "党员要按时参加组织生活，认真学习党的理论。“不忘初心”——牢记使命！ABC 12"
CONTENT = [("title", "一篇课文"), ("heading", "第一部分")] + [("paragraph", SENTENCE * 3)] * 6
HIGHLIGHT, MARK = (14, 30), (7, 1)


def qt_drawing(view: PageView) -> QImage:
    """The page as QTextDocument's own layout draws it, with the same selections."""
    palette = view._palette
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.fillRect(image.rect(), QColor(palette.background))
    rect = view.page_rect()
    top, bottom = view._page_span(view.current_page())
    painter.translate(rect.left(), rect.top() - top)
    clip = QRectF(0, top, rect.width(), bottom - top)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    colours = QPalette()
    colours.setColor(QPalette.ColorRole.Text, QColor(palette.text))
    context.palette = colours
    selections = []
    for (start, length), background, foreground in (
        (HIGHLIGHT, palette.highlight, palette.highlight_text),
        (MARK, palette.mark, palette.mark_text),
    ):
        cursor = QTextCursor(view.doc)
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        selection_format = QTextCharFormat()
        selection_format.setBackground(QColor(background))
        selection_format.setForeground(QColor(foreground))
        selection = QAbstractTextDocumentLayout.Selection()
        selection.cursor, selection.format = cursor, selection_format
        selections.append(selection)
    context.selections = selections
    view.doc.documentLayout().draw(painter, context)
    view._draw_reading_bar(painter, top, bottom)
    painter.end()
    return image


def difference(one: QImage, other: QImage) -> tuple[float, float]:
    """Mean difference of the two pictures (0-255) and the mean ink of the first (its distance
    from the plain background)."""
    background = QColor(one.pixel(0, 0))
    total = ink = count = 0
    for y in range(0, one.height(), 2):
        for x in range(0, one.width(), 2):
            a, b = QColor(one.pixel(x, y)), QColor(other.pixel(x, y))
            total += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
            ink += abs(a.red() - background.red()) + abs(a.green() - background.green())
            count += 1
    return total / count / 3, ink / count / 2


@pytest.mark.parametrize("theme", sorted(PALETTES))
@pytest.mark.parametrize("points", [TEXT_SIZES[0], 44, 54, TEXT_SIZES[-1]])
def test_the_page_looks_as_qt_draws_it(qapp, theme, points):
    view = PageView()
    view.resize(1000, 700)
    view.show()
    view.set_content(CONTENT, PALETTES[theme], points)
    view.set_highlight(*HIGHLIGHT)
    view.set_mark(*MARK)
    qapp.processEvents()
    ours = view.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    theirs = qt_drawing(view)
    mean, ink = difference(theirs, ours)
    assert ink > 5  # there is text, and the selections, on the page
    assert mean < ink * 0.05, (mean, ink)  # edges are a pixel's fraction apart at most
    view.close()
    view.deleteLater()


def raw_font(px: int) -> QRawFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(px)
    return QRawFont.fromFont(font)


def test_glyph_images_are_made_once_and_kept_within_their_bytes(qapp):
    raw = raw_font(96)
    glyphs = raw.glyphIndexesForString("党员要按时参加组织生活认真学习")
    images = GlyphImages(limit=5 * 40_000)
    black = QColor("black")
    first = images.image(raw, ("k",), glyphs[0], black)
    assert first[0] is not None and first[0].width() > 40
    assert images.image(raw, ("k",), glyphs[0], black)[0] is first[0]  # kept, not made again
    assert images.image(raw, ("k",), glyphs[0], QColor("white"))[0] is not first[0]  # a colour of its own
    for glyph in glyphs:
        images.image(raw, ("k",), glyph, black)
        assert images.bytes <= images.limit
    assert 1 < len(images.images) < len(glyphs)  # the least recently painted were let go
    assert images.image(raw, ("k",), raw.glyphIndexesForString(" ")[0], black)[0] is None  # no ink
