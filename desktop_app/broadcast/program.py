"""What a broadcast plays: this month's plan lesson(s), the next lesson of a course (continuing
where the last broadcast stopped), or the secretary's chosen list (pure Python, no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..lessons import Lesson, Library
from ..storage.plan import MonthPlan, PlanStore
from ..study.month import month_lessons
from .schedule import Schedule


def program(
    schedule: Schedule, library: Library, plan: MonthPlan | None, month: str, course_position: int
) -> tuple[list[Lesson], int]:
    """(the lessons to play, the course position after them). A course plays one lesson a
    broadcast and starts again from its first after its last; missing lessons are left out."""
    if schedule.what == "course":
        lessons = library.lessons_of(schedule.course_id) if schedule.course_id in library.courses else []
        if not lessons:
            return [], course_position
        index = course_position % len(lessons)
        return [lessons[index]], (index + 1) % len(lessons)
    if schedule.what == "list":
        return [library.lessons[i] for i in schedule.lesson_ids if i in library.lessons], course_position
    return month_lessons(library, plan, month), course_position


def chooser(library: Callable[[], Library], plans: PlanStore, wall: Callable[[], datetime] = datetime.now):
    """The Broadcaster's choose(schedule, course position), from the program's library (a
    function: it may be reloaded) and the month plans."""

    def choose(schedule: Schedule, course_position: int) -> tuple[list[Lesson], int]:
        month = wall().strftime("%Y-%m")
        return program(schedule, library(), plans.get(month), month, course_position)

    return choose
