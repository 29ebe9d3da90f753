"""Cutting laid-out lines into pages (no Qt): the reader's page rules."""

from __future__ import annotations

from collections.abc import Sequence


def page_starts(
    lines: Sequence[tuple[float, float]],
    keep_with_next: Sequence[bool],
    height: float,
    blocks: Sequence[int] | None = None,
    resume: Sequence[int] = (0,),
) -> list[int]:
    """Index of the first line of each page: pages of whole lines, each starting at the top of a
    line; a heading (or the title) is never left at the foot of a page without the line after it,
    and a heading's lines are never split across pages. lines: (top, bottom) of every line in
    document order; keep_with_next: the line belongs to a heading; blocks: the block (paragraph or
    heading) of each line, every line its own when None. resume: the starts found before for
    the first of these lines (a start depends only on the lines before it): cutting goes on from
    the last of them."""
    block_of = blocks if blocks is not None else range(len(lines))
    if not lines:
        return [0]
    starts = list(resume) or [0]
    index = min(starts[-1], len(lines) - 1)
    page_top = lines[index][0]
    while index < len(lines):
        bottom = lines[index][1]
        if index > starts[-1] and bottom - page_top > height:
            cut = _cut(keep_with_next, block_of, starts[-1], index)
            starts.append(cut)
            page_top = lines[cut][0]
            index = cut
        index += 1
    return starts


def _cut(keep: Sequence[bool], block_of: Sequence[int], start: int, overflow: int) -> int:
    """Where the page that began at start ends, line overflow being the first that does not fit."""
    cut = overflow
    while cut - 1 > start and keep[cut - 1]:  # step back over heading lines at the foot
        cut -= 1
    if not keep[cut - 1]:
        return cut
    # Nothing but headings since the page began (the title and a heading fill it): move the last
    # heading that begins on this page to the next one, whole; a heading longer than a page is cut.
    heading_starts = [b for b in range(start + 1, overflow + 1) if block_of[b] != block_of[b - 1] and keep[b]]
    if heading_starts:
        return heading_starts[-1]
    boundaries = [b for b in range(start + 1, overflow + 1) if block_of[b] != block_of[b - 1]]
    return boundaries[-1] if boundaries else overflow
