"""The loudspeaker's records (no Qt): the secretary's schedule (JSON), where a course broadcast
goes on, when the schedule was last looked at, and the log of every broadcast. Every write goes
through writes.write (one immediate transaction; WAL and synchronous=FULL: a kill loses nothing
written)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..broadcast.schedule import Occurrence, Schedule, ScheduleError
from .writes import write

if TYPE_CHECKING:
    import sqlite_utils

FINISHED, STOPPED, MISSED, SKIPPED = "finished", "stopped", "missed", "skipped"
OUTCOMES = (FINISHED, STOPPED, MISSED, SKIPPED)
MEMBER = "member"  # stopped_by of a broadcast skipped because a member was reading
OFF = Schedule()  # what a bad stored schedule falls back to: nothing plays


@dataclass(frozen=True)
class LogRow:
    id: int
    occurrence: str
    lesson_ids: tuple[str, ...]
    titles: tuple[str, ...]
    planned_at: str
    started_at: str | None
    ended_at: str | None
    outcome: str
    stopped_by: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _wall(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


class BroadcastStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def _row(self):
        return self.db.execute(
            "SELECT schedule, course_position, last_check FROM broadcast_state WHERE id = 1"
        ).fetchone()

    def _set(self, label: str, column: str, value) -> None:
        write(
            self.db,
            label,
            lambda db: db.execute(
                f"""INSERT INTO broadcast_state (id, {column}, updated_at) VALUES (1, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET {column} = excluded.{column}, updated_at = excluded.updated_at""",
                [value, _now()],
            ),
        )

    # -- the schedule --------------------------------------------------------------------------
    def schedule(self) -> tuple[Schedule, str]:
        """(the schedule, "") or (OFF, a plain Chinese message) when the stored one is bad."""
        row = self._row()
        if not row or not row[0]:
            return OFF, ""
        try:
            return Schedule.from_json(row[0]), ""
        except ScheduleError as error:
            return OFF, str(error)

    def save_schedule(self, schedule: Schedule) -> None:
        self._set("loudspeaker schedule", "schedule", schedule.to_json())

    # -- where it goes on ------------------------------------------------------------------------
    def course_position(self) -> int:
        row = self._row()
        return int(row[1]) if row else 0

    def set_course_position(self, position: int) -> None:
        self._set("loudspeaker course position", "course_position", int(position))

    def last_check(self) -> datetime | None:
        row = self._row()
        if not row or not row[2]:
            return None
        try:
            return datetime.fromisoformat(row[2])
        except ValueError:
            return None  # a damaged time: as if never checked (nothing is played late)

    def set_last_check(self, moment: datetime) -> None:
        self._set("loudspeaker last check", "last_check", _wall(moment))

    # -- the log ---------------------------------------------------------------------------------
    def log(
        self,
        occurrence: Occurrence,
        outcome: str,
        lesson_ids: tuple[str, ...] = (),
        titles: tuple[str, ...] = (),
        started: datetime | None = None,
        ended: datetime | None = None,
        stopped_by: str = "",
    ) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome {outcome!r}")
        write(
            self.db,
            f"loudspeaker log {occurrence.key} {outcome}",
            lambda db: db.execute(
                """INSERT INTO broadcast_log (occurrence, lesson_ids, titles, planned_at, started_at, ended_at,
                   outcome, stopped_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    occurrence.key,
                    json.dumps(list(lesson_ids), ensure_ascii=False),
                    json.dumps(list(titles), ensure_ascii=False),
                    _wall(occurrence.when),
                    _wall(started),
                    _wall(ended),
                    outcome,
                    stopped_by,
                ],
            ),
        )

    def begin(self, occurrence: Occurrence, lesson_ids: tuple[str, ...], titles: tuple[str, ...], started: datetime):
        """A broadcast goes on air: logged at once as stopped with no end, so that a program
        killed mid-broadcast leaves it in the log (and never plays it again); end() finishes it."""
        self.log(occurrence, STOPPED, lesson_ids, titles, started)

    def end(self, occurrence: Occurrence, outcome: str, ended: datetime, stopped_by: str = "") -> None:
        if outcome not in (FINISHED, STOPPED):
            raise ValueError(f"outcome {outcome!r}")
        write(
            self.db,
            f"loudspeaker log {occurrence.key} {outcome}",
            lambda db: db.execute(
                """UPDATE broadcast_log SET outcome = ?, ended_at = ?, stopped_by = ?
                   WHERE occurrence = ? AND ended_at IS NULL AND started_at IS NOT NULL""",
                [outcome, _wall(ended), stopped_by, occurrence.key],
            ),
        )

    def fired_keys(self, since: datetime | None = None) -> set[str]:
        """The occurrences already played, stopped, missed or skipped (planned at or after since,
        a local wall-clock time): never fired again."""
        key = since.strftime("%Y-%m-%dT%H:%M") if since else ""
        return {
            row[0]
            for row in self.db.execute("SELECT DISTINCT occurrence FROM broadcast_log WHERE occurrence >= ?", [key])
        }

    def rows(self, limit: int = 200) -> list[LogRow]:
        """The latest broadcasts first (for the secretary's list)."""
        result = []
        for row in self.db.execute(
            """SELECT id, occurrence, lesson_ids, titles, planned_at, started_at, ended_at, outcome, stopped_by
               FROM broadcast_log ORDER BY planned_at DESC, id DESC LIMIT ?""",
            [limit],
        ):
            result.append(LogRow(row[0], row[1], _list(row[2]), _list(row[3]), *row[4:]))
        return result


def _list(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return ()
    return tuple(str(item) for item in value) if isinstance(value, list) else ()
