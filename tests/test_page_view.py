"""The reader's page cutting (gui/page_view.py): the lines it measures a block at a time are the
lines Qt laid out, and every character is on exactly one page (real Qt, offscreen)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.gui.page_lines import PageLines
from desktop_app.gui.page_view import PageView
from desktop_app.gui.theme import PAPER
from desktop_app.settings import TEXT_SIZES

SENTENCE = "党员要按时参加组织生活，认真学习党的理论。“不忘初心”——牢记使命！"

kinds = st.sampled_from(["paragraph", "paragraph", "paragraph", "heading"])
texts = st.text(alphabet=SENTENCE + "ABC 12", min_size=0, max_size=180)
blocks = st.lists(st.tuples(kinds, texts), min_size=1, max_size=25).map(lambda b: [("title", "一篇课文")] + b)


@pytest.fixture
def view(qapp):
    page = PageView()
    page.resize(900, 600)
    page.show()
    yield page
    page.close()
    page.deleteLater()


def lines_from_qt(view: PageView) -> list[tuple[float, float, int]]:
    """Every line's top, bottom and first character, asked of Qt line by line."""
    found = []
    layout = view.doc.documentLayout()
    block = view.doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        for i in range(block.layout().lineCount()):
            line = block.layout().lineAt(i)
            found.append((top + line.y(), top + line.y() + line.height(), block.position() + line.textStart()))
        block = block.next()
    return found


def check_pages(view: PageView) -> None:
    qt_lines = lines_from_qt(view)
    view.page_count()  # cut now
    assert [(top, bottom) for top, bottom, _ in qt_lines] == list(
        zip(view._lines.tops, view._lines.bottoms, strict=True)
    )
    assert [view._line_start(i) for i in range(len(qt_lines))] == [start for _, _, start in qt_lines]
    count = view.page_count()
    starts = [view.first_position(page) for page in range(count)] + [view.doc.characterCount()]
    assert starts[0] == 0 and starts == sorted(starts)
    for page in range(count):
        for position in range(starts[page], starts[page + 1]):
            assert view.page_of(position) == page, (page, position)
        top, bottom = view._page_span(page)
        first, last = view._page_line_range(page)
        if last > first:  # a page of more than one line fits the page
            assert bottom - top <= view.page_rect().height()


@pytest.mark.parametrize("points", TEXT_SIZES)
def test_the_lines_measured_are_qts_at_every_size(view, points):
    paragraphs = [("title", "一篇很长的课文标题")] + [("heading", "第一部分")] + [("paragraph", SENTENCE * 4)] * 12
    view.set_content(paragraphs, PAPER, points)
    check_pages(view)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blocks, st.sampled_from([24, 44, 72]))
def test_every_character_is_on_one_page(view, content, points):
    view.set_content(content, PAPER, points)
    check_pages(view)


def test_a_size_change_lays_out_a_new_document_with_the_same_text(view, qapp):
    paragraphs = [("title", "课文")] + [("paragraph", SENTENCE * 6)] * 5
    view.set_content(paragraphs, PAPER, 30)
    before, text = view.doc, view.doc.toPlainText()
    pages = view.page_count()
    view.set_style(PAPER, 72)
    assert view.doc is not before and view.doc.toPlainText() == text
    assert view.page_count() > pages
    check_pages(view)


def long_text(paragraphs: int = 120) -> list[tuple[str, str]]:
    blocks = [("title", "一篇很长的课文")]
    for number in range(paragraphs):
        blocks.append(("heading", f"第{number + 1}部分") if number % 10 == 0 else ("paragraph", SENTENCE * 3))
    return blocks


@pytest.mark.parametrize("where", [0.0, 0.5, 1.0])
def test_a_long_text_shows_its_page_first_and_counts_the_rest_after(view, qtbot, where):
    """The page on view is cut first and shown; the rest is measured from the event loop, and the
    pages come out the same as when the whole text is measured at once."""
    content = long_text()
    position = int(where * (sum(len(text) + 1 for _, text in content) - 2))
    counts = []
    view.pageChanged.connect(lambda page, count: counts.append(count))
    view.set_content(content, PAPER, 72, position)
    page = view.current_page()  # cut up to the page holding the position
    if where < 1.0:
        assert view.known_page_count() is None  # the rest is not measured yet
        assert view._lines.measured < view.doc.blockCount()
    first, last = view._page_line_range(page)
    assert view._line_start(first) <= position
    qtbot.waitUntil(lambda: view.known_page_count() is not None, timeout=5000)
    assert counts[-1] == view.known_page_count() > 1  # the count, once known, is signalled
    whole = PageLines(view.doc, [kind for kind, _ in content], view.page_rect().height())
    whole.measure_all()
    assert view._lines.page_lines == whole.page_lines
    assert (view._lines.tops, view._lines.bottoms) == (whole.tops, whole.bottoms)
    assert view.current_page() == page == whole.page_of(position)


def test_turning_pages_before_the_count_is_known_reaches_the_end(view):
    content = long_text(60)
    view.set_content(content, PAPER, 72)
    seen = [view.current_page()]
    while not view.is_last_page(view.current_page()):  # no event loop: the pages are measured as turned
        view.next_page()
        seen.append(view.current_page())
    assert seen == list(range(view.page_count()))
    assert view.first_position(view.page_count() - 1) <= view.doc.characterCount() - 2
