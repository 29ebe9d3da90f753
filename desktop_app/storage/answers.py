"""Quiz answers in the database (no Qt): attempts, every confirmed answer, the lesson's score.

A guest's answers are never given to this store (the quiz screen keeps them in memory only)."""

from __future__ import annotations

import sqlite_utils

from .progress import ProgressStore, _now
from .review import ReviewStore
from .writes import write

LESSON_MODE = "lesson"


class AnswerStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def open_attempt(
        self, member_id: int, lesson_id: str, mode: str = LESSON_MODE
    ) -> tuple[int, dict[str, tuple[tuple[int, ...], bool]]]:
        """The member's unfinished go at this quiz (to come back to) with its answers by question
        key, else a new one."""
        row = self.db.execute(
            """SELECT id FROM quiz_attempts WHERE member_id = ? AND lesson_id = ? AND mode = ?
               AND finished_at IS NULL ORDER BY id DESC LIMIT 1""",
            [member_id, lesson_id, mode],
        ).fetchone()
        if row is None:
            return self.new_attempt(member_id, lesson_id, mode), {}
        answered = {
            key: (tuple(int(i) for i in chosen.split(",") if i), bool(right))
            for key, chosen, right in self.db.execute(
                "SELECT question_key, chosen, right FROM quiz_answers WHERE attempt_id = ? ORDER BY id", [row[0]]
            )
        }
        return row[0], answered

    def new_attempt(self, member_id: int, lesson_id: str, mode: str = LESSON_MODE) -> int:
        return write(
            self.db,
            f"quiz attempt on {lesson_id} for member {member_id}",
            lambda db: (
                db.execute(
                    "INSERT INTO quiz_attempts (member_id, lesson_id, mode, started_at) VALUES (?, ?, ?, ?)",
                    [member_id, lesson_id, mode, _now()],
                ).lastrowid
            ),
            keep=False,
            wait=10,
        )

    def record(
        self,
        attempt_id: int,
        member_id: int,
        lesson_id: str,
        answer: tuple[str, tuple[int, ...], bool, float],
        mode: str = LESSON_MODE,
    ) -> None:
        """One confirmed answer: (question key, chosen options, right, seconds taken)."""
        key, chosen_options, right, seconds = answer
        chosen = ",".join(str(i) for i in chosen_options)
        write(
            self.db,
            f"quiz answer on {lesson_id} for member {member_id}",
            lambda db: db.execute(
                """INSERT INTO quiz_answers (attempt_id, member_id, lesson_id, question_key, chosen, right,
                   seconds, mode, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [attempt_id, member_id, lesson_id, key, chosen, int(right), seconds, mode, _now()],
            ),
        )
        ReviewStore(self.db).answered(member_id, lesson_id, key, right)  # the 错题本

    def finish(self, attempt_id: int, member_id: int, lesson_id: str, percent: float, mode: str = LESSON_MODE):
        """The go is over: its score kept with the attempt and, for a lesson's quiz, as the lesson's
        quiz score (the latest counts)."""
        write(
            self.db,
            f"quiz result on {lesson_id} for member {member_id}",
            lambda db: db.execute(
                "UPDATE quiz_attempts SET finished_at = ?, score = ? WHERE id = ?", [_now(), percent, attempt_id]
            ),
        )
        if mode == LESSON_MODE:
            ProgressStore(self.db).record_quiz_score(member_id, lesson_id, percent)

    def answers(self, member_id: int) -> list[tuple[str, str, bool]]:
        """(lesson id, question key, right) of every answer of the member, oldest first."""
        return [
            (lesson, key, bool(right))
            for lesson, key, right in self.db.execute(
                "SELECT lesson_id, question_key, right FROM quiz_answers WHERE member_id = ? ORDER BY id", [member_id]
            )
        ]
