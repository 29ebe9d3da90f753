"""本月学习: which lessons belong to a month (the secretary's plan first, then the lessons whose
file says 月份：YYYY-MM) and which of them home offers first (no Qt)."""

from __future__ import annotations

from ..lessons import Lesson, Library
from ..storage import FINISHED, Progress
from ..storage.plan import MonthPlan


def month_lessons(library: Library, plan: MonthPlan | None, month: str) -> list[Lesson]:
    """The month's lessons: the planned one first (when it is in the library), then the others in order."""
    chosen = library.lessons.get(plan.lesson_id) if plan and plan.lesson_id else None
    dated = [lesson for lesson in library.ordered_lessons() if lesson.month == month and lesson is not chosen]
    return ([chosen] if chosen else []) + dated


def month_lesson_to_study(
    library: Library, progress: dict[str, Progress], plan: MonthPlan | None, month: str
) -> Lesson | None:
    """The first of the month's lessons the member has not finished, None when all are."""
    for lesson in month_lessons(library, plan, month):
        if lesson.id not in progress or progress[lesson.id].state != FINISHED:
            return lesson
    return None
