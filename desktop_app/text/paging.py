"""Cutting laid-out lines into pages (no Qt): the reader's page rules."""

from __future__ import annotations


def page_starts(lines: list[tuple[float, float]], keep_with_next: list[bool], height: float) -> list[int]:
    """Index of the first line of each page: pages of whole lines, each starting at the top of a
    line, a heading (or the title) never left at the foot of a page without the line after it, and
    its lines kept together. lines: (top, bottom) of every line in document order."""
    starts = [0]
    page_top = lines[0][0] if lines else 0.0
    index = 0
    while index < len(lines):
        top, bottom = lines[index]
        if index > starts[-1] and bottom - page_top > height:
            cut = index
            # step back over heading lines at the foot, unless that would empty the page
            while cut - 1 > starts[-1] and keep_with_next[cut - 1]:
                cut -= 1
            starts.append(cut)
            page_top = lines[cut][0]
            index = cut
        index += 1
    return starts
