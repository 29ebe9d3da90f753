"""Typesetting the handout (QtGui only, no widgets): blocks of text cut into lines by the
typesetter's rules (text/linebreak.py), each character placed by hand, justified, pinyin above
the hard characters, then the lines cut into pages (text/paging.py: a heading or a question
never left at the foot of a page, no paragraph leaving one line alone on a page)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

from ..fonts import ui_font
from ..text.linebreak import SPACES, break_lines
from ..text.paging import page_starts
from ..text.pinyin import char_reading

LEADING = 1.6  # line height / font size (PRODUCT.md: at least 1.5)
JUSTIFY_AT_MOST = 2.0  # a line shorter than the width by more ems than this is not spread out


@dataclass(frozen=True)
class Block:
    """A paragraph, a heading or an option of the quiz."""

    text: str
    size: int  # points
    bold: bool = False
    indent: bool = False  # the first line indented by two characters (a paragraph)
    box: bool = False  # a box to tick before it, its lines hanging after the box
    space_before: float = 0.0  # in lines of its size (dropped at the top of a page)
    keep_with_next: bool = False  # a heading, a question: never the last thing on a page
    justify: bool = True  # lines but the last spread to the full width (not for headings)
    lead: str = ""  # drawn before the first line ("1．", "A．"), the lines hanging after it
    hang: str = ""  # as wide a room left before every line, nothing drawn (under a lead above)


@dataclass(frozen=True)
class Section:
    """Blocks that start on a new page, with the page header they carry."""

    header: str
    blocks: tuple[Block, ...]
    readings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # word -> tone-numbered pinyin


@dataclass(frozen=True)
class Glyph:
    x: float
    y: float  # the baseline
    text: str
    font: QFont


@dataclass(frozen=True)
class Box:
    rect: QRectF


@dataclass
class Line:
    top: float
    height: float
    items: list  # Glyph and Box, y relative to the line's top
    keep: bool = False


@dataclass
class Page:
    header: str
    items: list  # Glyph and Box, in the page's coordinates


class Typesetter:
    """Lines and pages on a paged device (a QPdfWriter or a QPrinter): coordinates in its units."""

    def __init__(self, device: QPaintDevice, width: float, hard: frozenset[str] = frozenset()):
        self.device, self.width, self.hard = device, width, hard
        self.unit = device.logicalDpiY() / 72  # device units per point
        self._fonts = lru_cache(maxsize=None)(self._make_font)
        self._advance = lru_cache(maxsize=None)(self._measure_char)

    # -- fonts
    def _make_font(self, size: int, bold: bool) -> tuple[QFont, QFontMetricsF]:
        font = ui_font(size, bold)
        return font, QFontMetricsF(font, self.device)

    def font(self, size: int, bold: bool = False) -> QFont:
        return self._fonts(size, bold)[0]

    def metrics(self, size: int, bold: bool = False) -> QFontMetricsF:
        return self._fonts(size, bold)[1]

    def ruby_size(self, size: int) -> int:
        return max(11, round(size * 0.5))

    def _measure_char(self, char: str, size: int, bold: bool) -> float:
        return self.metrics(size, bold).horizontalAdvance(char)

    # -- lines
    def _rubies(self, text: str, readings: Mapping) -> dict[int, str]:
        """Index -> tone-marked pinyin of each hard character of text (read in its context)."""
        found = {}
        for index, char in enumerate(text):
            if char in self.hard:
                reading = char_reading(text, index, readings)
                if reading is not None:
                    found[index] = reading.pinyin
        return found

    def block_lines(self, block: Block, readings: Mapping) -> list[Line]:
        """The block's lines, each at top 0 (placed by the caller)."""
        size, bold, unit = block.size, block.bold, self.unit
        metrics = self.metrics(size, bold)
        text = ("\u3000\u3000" if block.indent else "") + block.text
        rubies = self._rubies(text, readings)
        ruby_size = self.ruby_size(size)
        ruby_metrics = self.metrics(ruby_size)
        # A hard character takes the room of its pinyin (plus a little), so that no two touch.
        slot = {text[i]: 0.0 for i in rubies}
        for index, pinyin in rubies.items():
            wide = ruby_metrics.horizontalAdvance(pinyin) + 0.2 * ruby_size * unit
            slot[text[index]] = max(slot[text[index]], wide, self._advance(text[index], size, bold))

        def width_of(char: str) -> float:
            return slot.get(char) or self._advance(char, size, bold)

        def measure(piece: str) -> float:
            return sum(width_of(char) for char in piece)

        box_side = 1.2 * size * unit
        left = box_side + 0.6 * size * unit if block.box else 0.0
        lead_x = left
        left += sum(self._advance(char, size, bold) for char in block.lead or block.hang)
        lines: list[Line] = []
        start = 0
        for number, piece in enumerate(break_lines(text, self.width - left, measure)):
            indexes = range(start, start + len(piece))
            start += len(piece)
            has_ruby = any(i in rubies for i in indexes)
            ruby_room = (ruby_metrics.height() + 0.1 * ruby_size * unit) if has_ruby else 0.0
            height = LEADING * size * unit + ruby_room
            baseline = ruby_room + (LEADING * size * unit - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent()
            drawn = piece.rstrip(SPACES)
            last = start == len(text)
            spare = self.width - left - measure(drawn)
            gaps = len(drawn) - 1
            extra = (
                spare / gaps
                if block.justify and not last and gaps > 0 and 0 < spare <= JUSTIFY_AT_MOST * size * unit
                else 0.0
            )
            items: list = []
            x = left
            for offset, char in enumerate(drawn):
                index = indexes[offset]
                advance = self._advance(char, size, bold)
                room = width_of(char)
                if not char.isspace():
                    items.append(Glyph(x + (room - advance) / 2, baseline, char, self.font(size, bold)))
                if index in rubies:
                    pinyin = rubies[index]
                    ruby_x = x + (room - ruby_metrics.horizontalAdvance(pinyin)) / 2
                    # just above the character's top (0.88 em over the baseline in CJK fonts)
                    ruby_y = baseline - 0.88 * size * unit - 0.1 * ruby_size * unit - ruby_metrics.descent()
                    items.append(Glyph(ruby_x, ruby_y, pinyin, self.font(ruby_size)))
                x += room + extra
            if block.lead and number == 0:
                for char in block.lead:
                    items.append(Glyph(lead_x, baseline, char, self.font(size, bold)))
                    lead_x += self._advance(char, size, bold)
            if block.box and number == 0:
                middle = baseline - 0.38 * size * unit  # the middle of a Chinese character
                items.append(Box(QRectF(0, middle - box_side / 2, box_side, box_side)))
            lines.append(Line(0.0, height, items))
        return lines

    # -- pages
    def pages(self, sections: list[Section], height: float) -> list[Page]:
        """The sections laid out on pages of the given height (below the header), in order."""
        pages: list[Page] = []
        for section in sections:
            lines: list[Line] = []
            block_of: list[int] = []
            y = 0.0
            for number, block in enumerate(section.blocks):
                block_lines = self.block_lines(block, section.readings)
                y += block.space_before * LEADING * block.size * self.unit if lines else 0.0
                for index, line in enumerate(block_lines):
                    line.top = y
                    y += line.height
                    # A heading or a question stays with what follows; a paragraph leaves no line
                    # alone at the foot of a page (its first) nor at the head of one (its last).
                    line.keep = block.keep_with_next or (len(block_lines) > 1 and index in (0, len(block_lines) - 2))
                    lines.append(line)
                    block_of.append(number)
            if not lines:
                continue
            spans = [(line.top, line.top + line.height) for line in lines]
            starts = page_starts(spans, [line.keep for line in lines], height + 0.01, block_of)
            for start, end in zip(starts, [*starts[1:], len(lines)], strict=False):
                items: list = []
                offset = lines[start].top
                for line in lines[start:end]:
                    items += [_moved(item, line.top - offset) for item in line.items]
                pages.append(Page(section.header, items))
        return pages


def _moved(item, dy: float):
    if isinstance(item, Box):
        return Box(item.rect.translated(0, dy))
    return Glyph(item.x, item.y + dy, item.text, item.font)
