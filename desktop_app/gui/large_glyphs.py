"""Painting the reader's text when its glyphs are larger than Qt keeps in its glyph cache (issue 14).

Qt caches a glyph's image up to 64 pixels; a larger one (the reader at 54 pt and more) is drawn
from its outline, every time it is painted: 0.3 ms a glyph, 8-15 ms a page at 72 pt. Here each
glyph's image is asked of the font once (QRawFont.alphaMapForGlyph, four times quicker than
filling its outline), coloured, kept (a bounded number of bytes, the least recently painted
dropped first) and put on the page as an image. The glyphs and their places are Qt's own: the
lines laid out by QTextDocument, their glyph runs, their selections' extents (cursorToX).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QRawFont, QTextLine

QT_CACHED_GLYPH_PX = 64  # Qt's glyph cache takes glyphs up to this size (QT_MAX_CACHED_GLYPH_SIZE)
CACHE_BYTES = 8 * 1024 * 1024  # a glyph at 72 pt is about 31 KB: some 270 glyphs


class GlyphImages:
    """Coloured images of glyphs, each made once while it is kept."""

    def __init__(self, limit: int = CACHE_BYTES):
        self.limit = limit
        self.bytes = 0
        self.images: OrderedDict[tuple, tuple[QImage | None, float, float]] = OrderedDict()

    def clear(self) -> None:
        self.images.clear()
        self.bytes = 0

    def image(self, raw: QRawFont, font_key: tuple, glyph: int, color: QColor) -> tuple[QImage | None, float, float]:
        """The glyph's image in this colour and its top left beside the glyph's origin (its
        bounding rectangle's); None for a glyph with no ink (a space)."""
        key = (font_key, glyph, color.rgba())
        found = self.images.get(key)
        if found is not None:
            self.images.move_to_end(key)
            return found
        mask = raw.alphaMapForGlyph(glyph, QRawFont.AntialiasingType.PixelAntialiasing)
        image = None
        if not mask.isNull() and mask.width() and mask.height():
            image = QImage(mask.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(color)
            tint = QPainter(image)
            tint.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
            tint.drawImage(0, 0, mask)  # the colour where the glyph has ink, as much as it has
            tint.end()
            self.bytes += image.sizeInBytes()
        corner = raw.boundingRect(glyph)
        found = (image, corner.left(), corner.top())
        self.images[key] = found
        while self.bytes > self.limit and len(self.images) > 1:
            old, _, _ = self.images.popitem(last=False)[1]
            if old is not None:
                self.bytes -= old.sizeInBytes()
        return found


def font_key(raw: QRawFont) -> tuple:
    return (raw.familyName(), raw.styleName(), raw.weight(), raw.style(), raw.pixelSize())


def paint_line(
    painter: QPainter,
    line: QTextLine,
    origin: QPointF,
    block_position: int,
    spans: Sequence[tuple[int, int, QColor | None, QColor]],
    color: QColor,
    images: GlyphImages,
) -> None:
    """One laid-out line at origin (its layout's position): the selections' backgrounds, then
    every glyph in its colour. spans: (start, end, background or None, text colour) in document
    positions, later ones over earlier ones; the rest of the line in color."""
    start = block_position + line.textStart()
    end = start + line.textLength()
    pieces = [(start, end, color)]
    for span_start, span_end, background, foreground in spans:
        low, high = max(start, span_start), min(end, span_end)
        if low >= high:
            continue
        if background is not None:
            left = line.cursorToX(low - block_position)[0]
            right = line.cursorToX(high - block_position)[0]
            painter.fillRect(QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.height()), background)
        cut = []
        for piece_start, piece_end, piece_color in pieces:  # the span's colour over what it covers
            if piece_end <= low or piece_start >= high:
                cut.append((piece_start, piece_end, piece_color))
                continue
            if piece_start < low:
                cut.append((piece_start, low, piece_color))
            cut.append((max(piece_start, low), min(piece_end, high), foreground))
            if piece_end > high:
                cut.append((high, piece_end, piece_color))
        pieces = cut
    for piece_start, piece_end, piece_color in pieces:
        for run in line.glyphRuns(piece_start - block_position, piece_end - piece_start):
            paint_run(painter, run, origin, piece_color, images)


def paint_run(painter: QPainter, run, origin: QPointF, color: QColor, images: GlyphImages) -> None:
    raw = run.rawFont()
    if raw.pixelSize() <= QT_CACHED_GLYPH_PX:  # Qt's own cache holds these
        painter.setPen(color)
        painter.drawGlyphRun(origin, run)
        return
    key = font_key(raw)
    x0, y0 = origin.x(), origin.y()
    for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=True):
        image, left, top = images.image(raw, key, glyph, color)
        if image is not None:
            # On whole pixels, as Qt puts a cached glyph (the baseline's fraction would blur it).
            painter.drawImage(QPointF(round(x0 + position.x()) + left, round(y0 + position.y()) + top), image)
