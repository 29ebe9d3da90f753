"""Members and per-lesson progress. Every write is committed at once."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .writes import write, writes_of

if TYPE_CHECKING:
    import sqlite_utils

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
FINISHED = "finished"


@dataclass(frozen=True)
class Progress:
    lesson_id: str
    state: str = NOT_STARTED
    position: int = 0  # character offset (in the simplified text) of the first character on the page
    page: int = 0
    updated_at: str = ""
    sentence: int = 0  # the unit being read aloud (see text.sentences)
    seen: str = ""  # which parts were shown or heard (study.coverage)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _finished_at(state: str, now: str) -> str | None:
    return now if state == FINISHED else None


class ProgressStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def default_member_id(self) -> int:
        """The one member of home use, created on first call."""
        row = self.db.execute("SELECT id FROM members WHERE home = 1 ORDER BY id LIMIT 1").fetchone()
        if row:
            return row[0]
        return write(
            self.db,
            "the member of home use",
            lambda db: (
                db.execute(
                    "INSERT INTO members (name, created_at, pinyin, initials, home) VALUES (?, ?, 'wo', 'w', 1)",
                    ["我", _now()],
                ).lastrowid
            ),
            keep=False,
            wait=10,
        )

    @property
    def _kept(self) -> dict[tuple[int, str], Progress]:
        """Progress written while writes are kept for later: what the database will hold."""
        return writes_of(self.db).overlay

    def get(self, member_id: int, lesson_id: str) -> Progress:
        kept = self._kept.get((member_id, lesson_id))
        return kept if kept is not None else self._stored(member_id, lesson_id)

    def _stored(self, member_id: int, lesson_id: str) -> Progress:
        row = self.db.execute(
            "SELECT state, position, page, updated_at, sentence, seen FROM progress WHERE member_id = ? AND lesson_id = ?",
            [member_id, lesson_id],
        ).fetchone()
        return Progress(lesson_id, *row) if row else Progress(lesson_id)

    def all(self, member_id: int) -> dict[str, Progress]:
        rows = self.db.execute(
            "SELECT lesson_id, state, position, page, updated_at, sentence, seen FROM progress WHERE member_id = ?",
            [member_id],
        ).fetchall()
        found = {row[0]: Progress(*row) for row in rows}
        found.update({lesson: progress for (member, lesson), progress in self._kept.items() if member == member_id})
        return found

    def record_position(
        self, member_id: int, lesson_id: str, position: int, page: int, finished: bool, seen: str | None = None
    ) -> Progress:
        """Save where the member is (and what they have seen); a finished lesson stays finished.

        When another program holds the lock for long, the write is kept and written later (see
        writes.py); the progress returned is then what it will be."""

        def progress_from(previous: Progress) -> Progress:
            state = FINISHED if finished or previous.state == FINISHED else IN_PROGRESS
            now_seen = previous.seen if seen is None else seen
            return Progress(lesson_id, state, max(0, position), max(0, page), _now(), previous.sentence, now_seen)

        def work(db: sqlite_utils.Database) -> Progress:
            progress = progress_from(self._stored(member_id, lesson_id))
            db.execute(
                """INSERT INTO progress (member_id, lesson_id, state, position, page, updated_at, finished_at, seen)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (member_id, lesson_id) DO UPDATE SET
                     state = excluded.state, position = excluded.position,
                     page = excluded.page, updated_at = excluded.updated_at, seen = excluded.seen,
                     finished_at = coalesce(progress.finished_at, excluded.finished_at)""",
                [
                    member_id,
                    lesson_id,
                    progress.state,
                    progress.position,
                    progress.page,
                    progress.updated_at,
                    _finished_at(progress.state, progress.updated_at),
                    progress.seen,
                ],
            )
            return progress

        return write(
            self.db,
            f"page {page} of {lesson_id} for member {member_id}",
            work,
            kept=lambda: self._keep(member_id, progress_from(self.get(member_id, lesson_id))),
        )

    def _keep(self, member_id: int, progress: Progress) -> Progress:
        self._kept[(member_id, progress.lesson_id)] = progress
        return progress

    def record_sentence(
        self, member_id: int, lesson_id: str, sentence: int, finished: bool, seen: str | None = None
    ) -> None:
        """Save the sentence being read aloud (and what has been heard); a finished lesson stays finished."""

        def work(db: sqlite_utils.Database) -> None:
            previous = self._stored(member_id, lesson_id)
            state = FINISHED if finished or previous.state == FINISHED else IN_PROGRESS
            now = _now()
            db.execute(
                """INSERT INTO progress (member_id, lesson_id, state, position, page, updated_at, sentence, finished_at, seen)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (member_id, lesson_id) DO UPDATE SET
                     state = excluded.state, sentence = excluded.sentence, updated_at = excluded.updated_at,
                     seen = excluded.seen, finished_at = coalesce(progress.finished_at, excluded.finished_at)""",
                [
                    member_id,
                    lesson_id,
                    state,
                    previous.position,
                    previous.page,
                    now,
                    max(0, sentence),
                    _finished_at(state, now),
                    previous.seen if seen is None else seen,
                ],
            )

        def kept() -> None:
            previous = self.get(member_id, lesson_id)
            state = FINISHED if finished or previous.state == FINISHED else IN_PROGRESS
            now_seen = previous.seen if seen is None else seen
            self._keep(
                member_id,
                replace(previous, state=state, updated_at=_now(), sentence=max(0, sentence), seen=now_seen),
            )

        write(self.db, f"sentence {sentence} of {lesson_id} for member {member_id}", work, kept=kept)

    def quiz_score(self, member_id: int, lesson_id: str) -> float | None:
        """The lesson's latest quiz result (0-100), None when its quiz was never finished."""
        row = self.db.execute(
            "SELECT quiz_score FROM progress WHERE member_id = ? AND lesson_id = ?", [member_id, lesson_id]
        ).fetchone()
        return row[0] if row else None

    def quiz_scores(self, member_id: int) -> dict[str, float]:
        """Every lesson's latest quiz result (0-100) for a member, the lessons never tried left out."""
        rows = self.db.execute(
            "SELECT lesson_id, quiz_score FROM progress WHERE member_id = ? AND quiz_score IS NOT NULL", [member_id]
        ).fetchall()
        return dict(rows)

    def record_quiz_score(self, member_id: int, lesson_id: str, score: float) -> None:
        """Store the lesson's quiz result (0-100) with its progress; the latest result counts."""
        if not 0 <= score <= 100:
            raise ValueError(f"quiz score {score} is not between 0 and 100")
        write(
            self.db,
            f"quiz result of {lesson_id} for member {member_id}",
            lambda db: db.execute(
                """INSERT INTO progress (member_id, lesson_id, state, updated_at, quiz_score)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (member_id, lesson_id) DO UPDATE SET quiz_score = excluded.quiz_score""",
                [member_id, lesson_id, IN_PROGRESS, _now(), score],
            ),
        )

    def last_opened(self, member_id: int) -> str | None:
        kept = [progress for (member, _), progress in self._kept.items() if member == member_id]
        if kept:
            return max(kept, key=lambda progress: progress.updated_at).lesson_id
        row = self.db.execute(
            "SELECT lesson_id FROM progress WHERE member_id = ? ORDER BY updated_at DESC LIMIT 1",
            [member_id],
        ).fetchone()
        return row[0] if row else None
