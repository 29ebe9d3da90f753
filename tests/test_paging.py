"""The page rules without a window (text/paging.py): whole lines, headings kept with what follows
and never split, every line on exactly one page."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.text.paging import page_starts

LINE = 10.0


def lay_out(kinds: list[tuple[bool, int]]) -> tuple[list[tuple[float, float]], list[bool], list[int]]:
    """Blocks (heading?, number of lines) stacked with no gaps: lines, keep flags, block numbers."""
    lines, keep, blocks = [], [], []
    for number, (heading, count) in enumerate(kinds):
        for _ in range(count):
            top = len(lines) * LINE
            lines.append((top, top + LINE))
            keep.append(heading)
            blocks.append(number)
    return lines, keep, blocks


documents = st.lists(st.tuples(st.booleans(), st.integers(1, 4)), min_size=1, max_size=30)


@given(documents, st.integers(1, 12))
def test_every_line_is_on_one_page_and_pages_fit(kinds, lines_a_page):
    lines, keep, blocks = lay_out(kinds)
    starts = page_starts(lines, keep, lines_a_page * LINE, blocks)
    assert starts[0] == 0 and starts == sorted(set(starts)) and starts[-1] < len(lines)
    ends = [*starts[1:], len(lines)]
    for start, end in zip(starts, ends, strict=True):
        too_tall = lines[end - 1][1] - lines[start][0] > lines_a_page * LINE
        assert not too_tall or end - start == 1  # only a single line taller than a page may overflow


@given(documents, st.integers(4, 12))
def test_a_heading_is_never_split_nor_left_at_the_foot(kinds, lines_a_page):
    lines, keep, blocks = lay_out(kinds)
    starts = page_starts(lines, keep, lines_a_page * LINE, blocks)
    longest_heading = max((count for heading, count in kinds if heading), default=0)
    for cut in starts[1:]:
        if longest_heading < lines_a_page:  # a heading that fits a page is never split
            assert not (keep[cut] and blocks[cut] == blocks[cut - 1]), (cut, kinds)
        page = starts[starts.index(cut) - 1]
        if not all(keep[page:cut]):  # a page with some text never ends in a heading
            assert not keep[cut - 1], (cut, kinds)


def test_the_title_and_a_heading_that_fill_a_page_leave_the_heading_for_the_next():
    # title of 2 lines, heading of 2 lines, then text: a page of 4 lines cannot hold the text too
    lines, keep, blocks = lay_out([(True, 2), (True, 2), (False, 3)])
    assert page_starts(lines, keep, 4 * LINE, blocks) == [0, 2, 6]


def test_without_blocks_every_line_stands_alone():
    lines, keep, _ = lay_out([(False, 5)])
    assert page_starts(lines, keep, 2 * LINE) == [0, 2, 4]


@given(documents, st.integers(1, 12), st.lists(st.integers(1, 40), max_size=6))
def test_cutting_a_piece_at_a_time_gives_the_pages_of_one_cut(kinds, lines_a_page, pieces):
    """The reader measures a long text a piece at a time and goes on from the pages found so far
    (gui/page_lines.py): whatever the pieces, the pages are those of cutting all of it at once."""
    lines, keep, blocks = lay_out(kinds)
    height = lines_a_page * LINE
    starts, end = [0], 0
    for piece in [*pieces, len(lines)]:
        end = min(len(lines), end + piece)
        found = page_starts(lines[:end], keep[:end], height, blocks[:end], resume=starts)
        assert found[: len(starts)] == starts  # the pages found before stand
        starts = found
    assert starts == page_starts(lines, keep, height, blocks)
