"""Quiz answers in the database (no Qt): attempts, every confirmed answer, the lesson's score, and
the points earned (study/points.py), stored when earned so that later rules never take any away.

A guest's answers are never given to this store (the quiz screen keeps them in memory only).

A level's score (best_scores, and the bonus of finish) is that of a lesson attempt together with
the retries of its wrong ones that follow it: the questions answered right in any of them, over
the questions of the lesson attempt. 6 of 10 right and then 2 of the 4 wrong ones right is 80 %;
a retry over 4 questions never counts as a score of its own."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..study.points import FIRST_RIGHT_POINTS, LEVEL_BONUS
from ..study.quiz import PASS_PERCENT
from .progress import ProgressStore, _now
from .review import ReviewStore
from .writes import write

if TYPE_CHECKING:
    import sqlite_utils

LESSON_MODE = "lesson"
RETRY_MODE = "retry"  # the wrong ones of the last go, again
CHALLENGE_MODE = "challenge"  # questions of finished lessons against the clock
LEVEL_MODES = (LESSON_MODE, RETRY_MODE)  # the attempts that pass a level


def stamp(moment: datetime) -> str:
    """A moment as the records write times (progress._now: UTC, ISO-8601 with microseconds), so
    that times compare as text; a naive moment is this computer's time."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


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
        points: int | None = None,
    ) -> None:
        """One confirmed answer: (question key, chosen options, right, seconds taken).

        points: what the answer earned (a challenge's, study/points.py challenge_points); None for
        the store's own rule: FIRST_RIGHT_POINTS when it is right and the member never answered
        this question right before, in any mode."""
        key, chosen_options, right, seconds = answer
        chosen = ",".join(str(i) for i in chosen_options)

        def earned(db: sqlite_utils.Database) -> int:  # worked out in the write: a kept write waits too
            return max(0, points) if points is not None else _first_right_points(db, member_id, key, right)

        write(
            self.db,
            f"quiz answer on {lesson_id} for member {member_id}",
            lambda db: db.execute(
                """INSERT INTO quiz_answers (attempt_id, member_id, lesson_id, question_key, chosen, right,
                   seconds, mode, answered_at, points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [attempt_id, member_id, lesson_id, key, chosen, int(right), seconds, mode, _now(), earned(db)],
            ),
        )
        ReviewStore(self.db).answered(member_id, lesson_id, key, right)  # the 错题本

    def finish(
        self,
        attempt_id: int,
        member_id: int,
        lesson_id: str,
        percent: float,
        mode: str = LESSON_MODE,
        pass_percent: int = PASS_PERCENT,
    ):
        """The go is over: its score kept with the attempt and, for a lesson's quiz, as the lesson's
        quiz score (the latest counts). A lesson attempt or retry that passes the level (its level
        score, see above, at pass_percent) earns LEVEL_BONUS, once per lesson.

        The mode the attempt was opened with (new_attempt) counts over the mode given here: a
        retry finished without saying so is still a retry."""
        stored = self.db.execute("SELECT mode FROM quiz_attempts WHERE id = ?", [attempt_id]).fetchone()
        mode = stored[0] if stored else mode

        def work(db: sqlite_utils.Database) -> None:
            db.execute(
                "UPDATE quiz_attempts SET finished_at = ?, score = ? WHERE id = ?", [_now(), percent, attempt_id]
            )
            if mode in LEVEL_MODES and _earns_bonus(db, attempt_id, member_id, lesson_id, pass_percent):
                db.execute("UPDATE quiz_attempts SET bonus = ? WHERE id = ?", [LEVEL_BONUS, attempt_id])

        write(self.db, f"quiz result on {lesson_id} for member {member_id}", work)
        if mode == LESSON_MODE:
            ProgressStore(self.db).record_quiz_score(member_id, lesson_id, percent)

    def best_scores(self, member_id: int) -> dict[str, float]:
        """The member's best level score (0-100) per lesson, over finished lesson attempts and
        their retries (see above); lessons never finished are not in it."""
        best: dict[str, float] = {}
        for lesson_id, score in _level_scores(self.db, member_id).values():
            best[lesson_id] = max(score, best.get(lesson_id, score))
        return best

    def points(self, member_id: int, since: datetime | None = None) -> int:
        """The member's points (answers and level bonuses), all of them or those earned since."""
        start = stamp(since) if since is not None else ""
        return self.db.execute(
            """SELECT (SELECT coalesce(sum(points), 0) FROM quiz_answers WHERE member_id = :m AND answered_at >= :s)
                    + (SELECT coalesce(sum(bonus), 0) FROM quiz_attempts WHERE member_id = :m AND finished_at >= :s)""",
            {"m": member_id, "s": start},
        ).fetchone()[0]

    def answers(self, member_id: int) -> list[tuple[str, str, bool]]:
        """(lesson id, question key, right) of every answer of the member, oldest first."""
        return [
            (lesson, key, bool(right))
            for lesson, key, right in self.db.execute(
                "SELECT lesson_id, question_key, right FROM quiz_answers WHERE member_id = ? ORDER BY id", [member_id]
            )
        ]


def _first_right_points(db: sqlite_utils.Database, member_id: int, key: str, right: bool) -> int:
    """FIRST_RIGHT_POINTS for a right answer to a question the member never answered right before."""
    if not right:
        return 0
    before = db.execute(
        "SELECT 1 FROM quiz_answers WHERE member_id = ? AND question_key = ? AND right = 1 LIMIT 1", [member_id, key]
    ).fetchone()
    return 0 if before else FIRST_RIGHT_POINTS


def _level_scores(
    db: sqlite_utils.Database, member_id: int, lesson_id: str | None = None
) -> dict[int, tuple[str, float]]:
    """attempt id -> (lesson id, the level's score once that attempt was finished), for the member's
    finished lesson attempts and retries. A retry adds the questions it got right to the lesson
    attempt before it; a retry with no lesson attempt before it counts for nothing."""
    where = "member_id = ? AND finished_at IS NOT NULL AND mode IN (?, ?)" + (" AND lesson_id = ?" if lesson_id else "")
    values = [member_id, *LEVEL_MODES, *([lesson_id] if lesson_id else [])]
    asked: dict[int, set[str]] = defaultdict(set)
    right: dict[int, set[str]] = defaultdict(set)
    for attempt, key, was_right in db.execute(
        f"""SELECT attempt_id, question_key, right FROM quiz_answers
            WHERE attempt_id IN (SELECT id FROM quiz_attempts WHERE {where})""",
        values,
    ):
        asked[attempt].add(key)
        if was_right:
            right[attempt].add(key)
    scores: dict[int, tuple[str, float]] = {}
    # lesson -> the questions of its latest lesson attempt, those answered right since, its score
    chains: dict[str, tuple[set[str], set[str], float | None]] = {}
    for attempt, lesson, mode, score in db.execute(
        f"SELECT id, lesson_id, mode, score FROM quiz_attempts WHERE {where} ORDER BY id", values
    ):
        if mode == LESSON_MODE:
            chains[lesson] = (asked[attempt], set(right[attempt]), score)
        elif lesson in chains:
            chains[lesson][1].update(right[attempt] & chains[lesson][0])
        else:
            continue
        questions, right_ones, lesson_score = chains[lesson]
        level = 100.0 * len(right_ones) / len(questions) if questions else float(lesson_score or 0)
        scores[attempt] = (lesson, level)
    return scores


def _earns_bonus(db: sqlite_utils.Database, attempt_id: int, member_id: int, lesson_id: str, pass_percent: int) -> bool:
    """The (finished) attempt passes the level and the member has had no bonus for the lesson yet."""
    had = db.execute(
        "SELECT 1 FROM quiz_attempts WHERE member_id = ? AND lesson_id = ? AND bonus > 0 LIMIT 1",
        [member_id, lesson_id],
    ).fetchone()
    if had:
        return False
    found = _level_scores(db, member_id, lesson_id).get(attempt_id)
    return found is not None and found[1] >= pass_percent
