"""The challenge the member chooses (no Qt): questions drawn from the lessons they have finished,
answered against the clock (points: study/points.py challenge_points)."""

from __future__ import annotations

import random
from collections.abc import Iterable

from ..lessons.model import Library, Question
from .quiz import question_key

DEFAULT_COUNT = 10


def draw(
    library: Library,
    finished_lesson_ids: Iterable[str],
    count: int = DEFAULT_COUNT,
    rng: random.Random | None = None,
) -> list[tuple[str, Question]]:
    """At most count (lesson id, question) pairs from the finished lessons, shuffled, no question
    twice (by its key: one question in two lessons is asked once). Empty when none is finished."""
    rng = rng or random.Random()
    pool: dict[str, tuple[str, Question]] = {}
    for lesson_id in sorted(set(finished_lesson_ids)):  # sorted: the same rng draws the same
        lesson = library.lessons.get(lesson_id)
        if lesson is None:  # finished once, since removed from the library
            continue
        for question in lesson.quiz:
            pool.setdefault(question_key(question), (lesson_id, question))
    drawn = list(pool.values())
    rng.shuffle(drawn)
    return drawn[: max(0, count)]
