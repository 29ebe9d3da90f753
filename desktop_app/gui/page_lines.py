"""The lines of the reader's laid-out text and the pages they are cut into, measured a piece at a
time (issue 14).

A lesson of 20,000 characters at 72 pt is 2,000 lines and 450 pages. Laying all of it out before
the first page is shown took as long as the rest of an opening or a text-size step together. Qt
lays a document out only as far as it is asked (blockBoundingRect of a block lays out the blocks
before it and that one), and a page's start depends only on the lines before it (text/paging.py).
So the page on view, and the one after it, are measured first; the rest a piece at a time
afterwards (PageView drives it from the event loop), each piece well within one frame.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import QTextDocument

from ..text.paging import page_starts


class PageLines:
    """Every measured line's top and bottom (document y) and block, and the pages' first lines."""

    def __init__(self, doc: QTextDocument, kinds: list[str], height: float):
        """kinds: "title" | "heading" | "paragraph" of each block; height: of a page."""
        self.doc = doc
        self.kinds = kinds
        self.height = height
        self.tops: list[float] = []
        self.bottoms: list[float] = []
        self.line_blocks: list[int] = []  # the block of every line
        self.first_lines: list[int] = []  # the first line of every block measured
        self.keep_with_next: list[bool] = []  # a title or heading line: never the last line of a page
        self.page_lines: list[int] = [0]  # the first line of every page found so far
        self.blocks = doc.blockCount()
        self.measured = 0  # blocks measured, from the first
        self.done = self.blocks == 0

    # -- measuring --------------------------------------------------------------------------
    def measure_through(self, number: int) -> None:
        """Lay out and measure the blocks up to and with block number."""
        last = min(number, self.blocks - 1)
        if last < self.measured:
            return
        # Qt lays the document out up to this block here, and no further.
        self.doc.documentLayout().blockBoundingRect(self.doc.findBlockByNumber(last))
        tops, bottoms, line_blocks, keep = self.tops, self.bottoms, self.line_blocks, self.keep_with_next
        kinds = self.kinds
        block = self.doc.findBlockByNumber(self.measured)
        for number in range(self.measured, last + 1):
            self.first_lines.append(len(tops))
            text_layout = block.layout()
            count = text_layout.lineCount()
            if count:
                # Every line of a block has the block's one font and the fixed pitch: as high as
                # the first and one pitch below the one before, so Qt is asked about the first and
                # the last line only (20,000 characters at 72 pt: 2,000 lines, 5 ms less). The
                # block's top is its layout's position (blockBoundingRect's, without its lookup).
                first = text_layout.lineAt(0)
                top = text_layout.position().y() + first.y()
                height = first.height()
                pitch = (text_layout.lineAt(count - 1).y() - first.y()) / (count - 1) if count > 1 else 0.0
                for i in range(count):
                    y = top + i * pitch
                    tops.append(y)
                    bottoms.append(y + height)
                heading = number < len(kinds) and kinds[number] != "paragraph"
                keep.extend([heading] * count)
                line_blocks.extend([number] * count)
            block = block.next()
        self.measured = last + 1
        self.done = self.measured >= self.blocks
        # The pages found so far stand (a page's start depends on the lines before it only): the
        # cutting goes on from the last one.
        self.page_lines = page_starts(
            list(zip(tops, bottoms, strict=True)), keep, self.height, line_blocks, resume=self.page_lines
        )

    def measure_more(self, chars: int) -> None:
        """Measure the next blocks, about chars characters of them (at least one block)."""
        if self.done:
            return
        block = self.doc.findBlockByNumber(self.measured)
        number, taken = self.measured, block.length()
        while taken < chars and number + 1 < self.blocks:
            block = block.next()
            number += 1
            taken += block.length()
        self.measure_through(number)

    def measure_all(self) -> None:
        self.measure_through(self.blocks - 1)

    def measure_position(self, position: int) -> None:
        """Measure up to the block holding a document position."""
        if self.done:
            return
        block = self.doc.findBlock(max(0, position))
        self.measure_through(block.blockNumber() if block.isValid() else self.blocks - 1)

    def complete_page(self, page: int) -> None:
        """Measure until the page's last line is known: the next page begins, or the text ends."""
        while not self.done and len(self.page_lines) <= page + 1:
            self.measure_more(1500)

    # -- asking ---------------------------------------------------------------------------
    def count(self) -> int | None:
        """Pages in all; None while the text is still being measured."""
        return max(1, len(self.page_lines)) if self.done else None

    def pages_found(self) -> int:
        return max(1, len(self.page_lines))

    def is_last(self, page: int) -> bool:
        self.complete_page(page)
        return page >= len(self.page_lines) - 1

    def line_range(self, page: int) -> tuple[int, int]:
        """The first and the last line of a page (measured up to its end first)."""
        self.complete_page(page)
        first = self.page_lines[page]
        last = self.page_lines[page + 1] - 1 if page + 1 < len(self.page_lines) else len(self.tops) - 1
        return first, last

    def line_start(self, line: int) -> int:
        """Document position of the first character of a measured line."""
        number = self.line_blocks[line]
        block = self.doc.findBlockByNumber(number)
        return block.position() + block.layout().lineAt(line - self.first_lines[number]).textStart()

    def line_of(self, position: int) -> int:
        """The line holding a document position: the last line starting at or before it."""
        self.measure_position(position)
        block = self.doc.findBlock(max(0, position))
        if not block.isValid():
            self.measure_all()
            return len(self.tops) - 1 if position > 0 else 0
        number = block.blockNumber()
        offset = position - block.position()
        text_layout = block.layout()
        within = 0
        for i in range(1, text_layout.lineCount()):  # the lines of one paragraph
            if text_layout.lineAt(i).textStart() > offset:
                break
            within = i
        first = self.first_lines[number] if number < len(self.first_lines) else len(self.tops)
        if text_layout.lineCount() == 0:
            return max(0, min(first, len(self.tops)) - 1)
        return min(first + within, len(self.tops) - 1)

    def page_of(self, position: int) -> int:
        """The page holding a document position (exact once its line is measured)."""
        line = self.line_of(position)
        if not self.tops:
            return 0
        return max(0, bisect_right(self.page_lines, line) - 1)

    def page_start(self, page: int) -> int:
        """The first line of a page; the last page found when there are fewer."""
        while not self.done and len(self.page_lines) <= page:
            self.measure_more(1500)
        return self.page_lines[max(0, min(page, len(self.page_lines) - 1))]
