"""A course as a ladder (闯关), without a window: one level per lesson that has a quiz, in the
course's order. A level is passed at the pass mark; the first level not passed is open, the ones
after it are locked; a passed level can always be taken again."""

from __future__ import annotations

from dataclasses import dataclass

from ..lessons.model import Library

PASSED, OPEN, LOCKED = "passed", "open", "locked"


@dataclass(frozen=True)
class Level:
    number: int  # 1-based
    lesson_id: str
    title: str
    state: str  # PASSED, OPEN or LOCKED
    best: float | None  # the member's best score (storage/answers.py best_scores), None when never taken


def ladder(library: Library, course_id: str, best_scores: dict[str, float], pass_percent: int) -> list[Level]:
    """The levels of a course for a member with these best scores (lesson id -> 0-100).

    A level after a locked one that was passed stays passed (it was passed before the pass mark
    was raised): only levels not passed are locked."""
    levels: list[Level] = []
    opened = False  # the one open level has been given
    for lesson in library.lessons_of(course_id):
        if not lesson.quiz:
            continue
        best = best_scores.get(lesson.id)
        if best is not None and best >= pass_percent:
            state = PASSED
        elif not opened:
            state, opened = OPEN, True
        else:
            state = LOCKED
        levels.append(Level(len(levels) + 1, lesson.id, lesson.title, state, best))
    return levels


def course_done(levels: list[Level]) -> bool:
    """Every level of the course passed (a course without levels is not done)."""
    return bool(levels) and all(level.state == PASSED for level in levels)
