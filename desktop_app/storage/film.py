"""Where each member stopped watching a lesson's film, so the film goes on from there (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .writes import write

if TYPE_CHECKING:
    import sqlite_utils

END_MARGIN_MS = 5000  # stopped in the last seconds: the film was seen, it starts again from the beginning


class FilmPositions:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def get(self, member_id: int | None, lesson_id: str) -> int:
        """Milliseconds into the film; 0 for a guest or a film not started."""
        if member_id is None:
            return 0
        row = self.db.execute(
            "SELECT position_ms FROM film_positions WHERE member_id = ? AND lesson_id = ?", [member_id, lesson_id]
        ).fetchone()
        return int(row[0]) if row else 0

    def save(self, member_id: int | None, lesson_id: str, position_ms: int, duration_ms: int = 0) -> None:
        """Kept for the member (a guest's is not); near the end it goes back to 0."""
        if member_id is None:
            return
        position = max(0, int(position_ms))
        if duration_ms and position >= duration_ms - END_MARGIN_MS:
            position = 0
        write(
            self.db,
            f"film position of {lesson_id}",
            lambda db: db.execute(
                """INSERT INTO film_positions (member_id, lesson_id, position_ms, updated_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (member_id, lesson_id) DO UPDATE SET position_ms = excluded.position_ms,
                   updated_at = excluded.updated_at""",
                [member_id, lesson_id, position, datetime.now(UTC).isoformat()],
            ),
        )
