"""The 错题本 in the database (no Qt): each member's questions answered wrong, their FSRS card and
when they are due again (the schedule itself is study/review.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..study.review import REVIEW_LIMIT, after_answer, iso
from .writes import write

if TYPE_CHECKING:
    import sqlite_utils


class ReviewStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def answered(
        self, member_id: int, lesson_id: str, question_key: str, right: bool, when: datetime | None = None
    ) -> None:
        """A confirmed answer (any mode, the daily review too): a wrong one puts the question in the
        book or brings it back sooner, a right one on a question in the book spaces it further. A
        right answer on a question not in the book, or known, changes nothing."""
        when = when or datetime.now(UTC)

        def work(db: sqlite_utils.Database) -> None:
            row = db.execute(
                "SELECT card, known_at FROM quiz_review WHERE member_id = ? AND question_key = ?",
                [member_id, question_key],
            ).fetchone()
            if right and row is not None and row[1] is not None:
                return
            result = after_answer(row[0] if row else None, right, when)
            if result is None:
                return
            card, due, known = result
            db.execute(
                """INSERT INTO quiz_review (member_id, question_key, lesson_id, card, due, reviews, known_at)
                   VALUES (?, ?, ?, ?, ?, 1, ?)
                   ON CONFLICT (member_id, question_key) DO UPDATE SET lesson_id = excluded.lesson_id,
                   card = excluded.card, due = excluded.due, reviews = reviews + 1, known_at = excluded.known_at""",
                [member_id, question_key, lesson_id, card, iso(due), iso(when) if known else None],
            )

        write(self.db, f"错题本 answer on {lesson_id} for member {member_id}", work)

    def due(self, member_id: int, now: datetime | None = None, limit: int = REVIEW_LIMIT) -> list[tuple[str, str]]:
        """(lesson id, question key) of the questions due by now, the longest due first."""
        return [
            (lesson, key)
            for lesson, key in self.db.execute(
                """SELECT lesson_id, question_key FROM quiz_review
                   WHERE member_id = ? AND known_at IS NULL AND due <= ? ORDER BY due, question_key LIMIT ?""",
                [member_id, iso(now or datetime.now(UTC)), limit],
            )
        ]

    def due_count(self, member_id: int, now: datetime | None = None) -> int:
        """How many questions are due by now (all of them, not only one review's worth)."""
        return self.db.execute(
            "SELECT count(*) FROM quiz_review WHERE member_id = ? AND known_at IS NULL AND due <= ?",
            [member_id, iso(now or datetime.now(UTC))],
        ).fetchone()[0]

    def in_book(self, member_id: int) -> int:
        """How many questions are in the member's book (due or not, known ones left out)."""
        return self.db.execute(
            "SELECT count(*) FROM quiz_review WHERE member_id = ? AND known_at IS NULL", [member_id]
        ).fetchone()[0]

    def card(self, member_id: int, question_key: str) -> str | None:
        """The question's fsrs card as JSON, None when it was never in the book."""
        row = self.db.execute(
            "SELECT card FROM quiz_review WHERE member_id = ? AND question_key = ?", [member_id, question_key]
        ).fetchone()
        return row[0] if row else None
