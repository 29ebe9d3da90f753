"""The member's own figures for the 我的学习 screen (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from ..lessons import Library
from ..storage.plan import MonthPlan
from ..storage.progress import FINISHED
from ..study.month import month_lessons as lessons_of_the_month

if TYPE_CHECKING:
    import sqlite_utils


def season_start(today: date) -> date:
    """The winter training (冬训) runs from November to March; the rest of the year is one season too."""
    if today.month >= 11:
        return date(today.year, 11, 1)
    if today.month <= 3:
        return date(today.year - 1, 11, 1)
    return date(today.year, 4, 1)


@dataclass(frozen=True)
class StudySummary:
    lessons_finished: int
    lessons_total: int
    hours_this_season: float
    seconds_this_season: float
    month_lessons: int  # lessons of this month's theme day
    month_lessons_finished: int
    days_in_a_row: int


def _local_day(iso: str) -> date:
    return datetime.fromisoformat(iso).astimezone().date()


def summarize(
    db: sqlite_utils.Database,
    member_id: int,
    library: Library,
    today: date | None = None,
    plan: MonthPlan | None = None,
) -> StudySummary:
    """plan: the secretary's plan of this month (its lesson counts as one of the month's)."""
    today = today or date.today()
    progress = {
        lesson_id: state
        for lesson_id, state in db.execute("SELECT lesson_id, state FROM progress WHERE member_id = ?", [member_id])
    }
    finished = [lesson_id for lesson_id in library.lessons if progress.get(lesson_id) == FINISHED]
    start = datetime.combine(season_start(today), datetime.min.time()).astimezone(UTC).isoformat()
    seconds = db.execute(
        "SELECT coalesce(sum(active_seconds), 0) FROM sessions WHERE member_id = ? AND started_at >= ?",
        [member_id, start],
    ).fetchone()[0]
    month = today.strftime("%Y-%m")
    month_lessons = lessons_of_the_month(library, plan, month)
    studied_days = {
        _local_day(row[0])
        for row in db.execute("SELECT started_at FROM sessions WHERE member_id = ? AND active_seconds > 0", [member_id])
    }
    streak = 0
    day = today if today in studied_days else today - timedelta(days=1)
    while day in studied_days:
        streak += 1
        day -= timedelta(days=1)
    return StudySummary(
        lessons_finished=len(finished),
        lessons_total=len(library.lessons),
        hours_this_season=seconds / 3600,
        seconds_this_season=seconds,
        month_lessons=len(month_lessons),
        month_lessons_finished=sum(1 for lesson in month_lessons if progress.get(lesson.id) == FINISHED),
        days_in_a_row=streak,
    )


def hours_and_minutes(seconds: float) -> tuple[int, int]:
    """Study time as a member says it: 3 小时 20 分 (minutes rounded down, never "0.0")."""
    minutes = int(max(0.0, seconds) // 60)
    return minutes // 60, minutes % 60
