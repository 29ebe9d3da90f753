"""A page full of text (issue 8): a shipped lesson of about 1,000 characters, laid out by the real
reader in the real window, takes at most the pages the printed bulletin would."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.settings import TEXT_SIZES, step_for_size

# (window, text size in pt) -> most pages allowed for a lesson of about 1,000 characters
TARGETS = {
    ((1366, 768), 30): 5,
    ((1366, 768), 72): 25,
    ((1024, 768), 30): 7,
    ((1024, 768), 72): 35,
}


def lesson_near_1000(context) -> str:
    """The shipped lesson whose length is nearest 1,000 characters (the issue's yardstick)."""
    lessons = context.library.ordered_lessons()
    return min(lessons, key=lambda lesson: abs(lesson.char_count - 1000)).id


def page_count(window, size: tuple[int, int], points: int) -> int:
    window.resize(*size)
    window.apply_settings(replace(window.context.settings, text_step=step_for_size(points)), save=False)
    QApplication.processEvents()
    return window.reader.page_view.page_count()


def test_the_yardstick_lesson_is_about_1000_characters(context):
    lesson = context.library.lessons[lesson_near_1000(context)]
    assert 900 <= lesson.char_count <= 1100


@pytest.mark.parametrize("size, points", sorted(TARGETS))
def test_a_1000_character_lesson_fits_the_page_targets(window, size, points):
    window.open_lesson(lesson_near_1000(window.context))
    pages = page_count(window, size, points)
    assert pages <= TARGETS[(size, points)], f"{pages} pages at {points} pt in {size[0]}x{size[1]}"


def test_bigger_text_never_takes_fewer_pages(window):
    window.open_lesson(lesson_near_1000(window.context))
    counts = [page_count(window, (1366, 768), points) for points in TEXT_SIZES]
    assert counts == sorted(counts) and counts[-1] > counts[0], counts
