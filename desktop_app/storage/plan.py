"""The plan of the month (一月一课一片一实践): the lesson, the film and the practice task the
secretary chose for a month, kept per month "YYYY-MM" (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .members import clean
from .writes import write

if TYPE_CHECKING:
    import sqlite_utils

TEXT_LIMIT = 200  # characters of a film title or a practice task


@dataclass(frozen=True)
class MonthPlan:
    month: str  # "YYYY-MM"
    lesson_id: str = ""
    film: str = ""
    practice: str = ""


class PlanStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def get(self, month: str) -> MonthPlan | None:
        row = self.db.execute(
            "SELECT month, lesson_id, film, practice FROM month_plan WHERE month = ?", [month]
        ).fetchone()
        return MonthPlan(*row) if row else None

    def save(self, plan: MonthPlan) -> MonthPlan:
        """Kept as given, the texts with their spaces tidied (as names are) and cut to TEXT_LIMIT."""
        if len(plan.month) != 7 or plan.month[4] != "-" or not plan.month.replace("-", "").isdigit():
            raise ValueError(f"month {plan.month!r} is not YYYY-MM")
        kept = MonthPlan(plan.month, plan.lesson_id, clean(plan.film)[:TEXT_LIMIT], clean(plan.practice)[:TEXT_LIMIT])
        write(
            self.db,
            f"plan of {plan.month}",
            lambda db: db.execute(
                """INSERT INTO month_plan (month, lesson_id, film, practice, updated_at) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (month) DO UPDATE SET lesson_id = excluded.lesson_id, film = excluded.film,
                   practice = excluded.practice, updated_at = excluded.updated_at""",
                [kept.month, kept.lesson_id, kept.film, kept.practice, datetime.now(UTC).isoformat()],
            ),
        )
        return kept
