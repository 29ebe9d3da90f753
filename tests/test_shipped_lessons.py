"""Every lesson shipped in lessons/ passes the checker and meets the content rules of the foundation issue."""

from __future__ import annotations

import re

import pytest

from desktop_app.lessons import load_library

from .conftest import LESSONS

LIBRARY = load_library([LESSONS])


def test_no_problems_at_all():
    assert [str(p) for p in LIBRARY.problems] == []


def test_at_least_twelve_lessons_in_four_courses():
    assert len(LIBRARY.lessons) >= 12
    used = {lesson.course_id for lesson in LIBRARY.lessons.values()}
    assert len(used) >= 4


@pytest.mark.parametrize("lesson_id", sorted(LIBRARY.lessons))
def test_lesson_length_and_quiz(lesson_id):
    lesson = LIBRARY.lessons[lesson_id]
    assert 800 <= lesson.char_count <= 1500
    assert 4 <= len(lesson.quiz) <= 5
    assert {q.kind for q in lesson.quiz} >= {"single", "truefalse"}
    # Simplified Chinese text, no Latin words left for the reader to stumble on.
    assert not re.search(r"[A-Za-z]{2,}", lesson.text)
    assert all(len(block.text) <= 400 for block in lesson.blocks)


@pytest.mark.parametrize("lesson_id", sorted(LIBRARY.lessons))
def test_lesson_names_its_sources_outside_the_body(lesson_id):
    lesson = LIBRARY.lessons[lesson_id]
    assert "《" in lesson.sources or "“" in lesson.sources  # names at least one document
    assert not any(block.text.startswith("依据") for block in lesson.blocks)


@pytest.mark.parametrize("month", [f"2027-{m:02d}" for m in range(1, 13)])
def test_every_month_of_2027_has_a_theme_day_lesson(month):
    assert any(lesson.month == month for lesson in LIBRARY.lessons.values())
