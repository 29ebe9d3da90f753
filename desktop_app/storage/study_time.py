"""Study time (学时): only active time counts. Each thing the member does, or hears, touches the
clock; the time since the previous touch counts when it is short, and a long pause starts a new
study session instead (no Qt)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .writes import write

if TYPE_CHECKING:
    import sqlite_utils

IDLE_LIMIT_SECONDS = 180  # a pause longer than this is not study time


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds")


class StudyClock:
    def __init__(self, db: sqlite_utils.Database, member_id: int, clock=time.time):
        self.db = db
        self.member_id = member_id
        self.clock = clock
        self.session_id: int | None = None
        self._last: float | None = None
        self._lesson: str | None = None

    def touch(self, lesson_id: str, now: float | None = None) -> None:
        """The member turned a page or was read a sentence of lesson_id, now."""
        now = self.clock() if now is None else now
        gap = None if self._last is None else now - self._last
        if self.session_id is None or gap is None or gap < 0 or gap > IDLE_LIMIT_SECONDS:
            # a long pause, or the computer's clock was set back: a new session
            self.session_id = -1  # known once written (a write may be kept until the lock is free)

            def work(db: sqlite_utils.Database) -> None:
                cursor = db.execute(
                    "INSERT INTO sessions (member_id, started_at, ended_at, active_seconds) VALUES (?, ?, ?, 0)",
                    [self.member_id, _iso(now), _iso(now)],
                )
                self.session_id = cursor.lastrowid

            label = f"new study session of member {self.member_id}"
        else:
            spent, lesson = gap, self._lesson or lesson_id

            def work(db: sqlite_utils.Database) -> None:
                db.execute(
                    "UPDATE sessions SET ended_at = ?, active_seconds = active_seconds + ? WHERE id = ?",
                    [_iso(now), spent, self.session_id],
                )
                db.execute(
                    "UPDATE progress SET active_seconds = active_seconds + ? WHERE member_id = ? AND lesson_id = ?",
                    [spent, self.member_id, lesson],
                )

            label = f"{spent:.0f} s of study time of member {self.member_id}"
        write(self.db, label, work)
        self._last = now
        self._lesson = lesson_id

    def seconds_since(self, since_iso: str) -> float:
        row = self.db.execute(
            "SELECT coalesce(sum(active_seconds), 0) FROM sessions WHERE member_id = ? AND started_at >= ?",
            [self.member_id, since_iso],
        ).fetchone()
        return float(row[0])
