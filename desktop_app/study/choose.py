"""Which lesson the big 继续学习 button opens, and which lesson follows another (no Qt)."""

from __future__ import annotations

from ..lessons import Lesson, Library
from ..storage import FINISHED, Progress


def lesson_to_continue(library: Library, progress: dict[str, Progress], last_opened: str | None) -> Lesson | None:
    """The lesson the member was reading, else the first one not finished, else None."""
    if last_opened in library.lessons and progress[last_opened].state != FINISHED:
        return library.lessons[last_opened]
    for lesson in library.ordered_lessons():
        if lesson.id not in progress or progress[lesson.id].state != FINISHED:
            return lesson
    return None


def quiz_waiting(
    library: Library, progress: dict[str, Progress], last_opened: str | None, scores: dict[str, float]
) -> Lesson | None:
    """The lesson just finished, when its quiz was never done: home offers 测一测 on it."""
    lesson = library.lessons.get(last_opened or "")
    if lesson is None or lesson.id in scores or lesson.id not in progress:
        return None
    if progress[lesson.id].state != FINISHED:
        return None
    return lesson if lesson.quiz else None


def lesson_after(library: Library, lesson_id: str) -> Lesson | None:
    """The next lesson in the library's order (courses in order, then lessons), None after the last."""
    ordered = library.ordered_lessons()
    ids = [lesson.id for lesson in ordered]
    if lesson_id not in ids:
        return None
    position = ids.index(lesson_id)
    return ordered[position + 1] if position + 1 < len(ordered) else None
