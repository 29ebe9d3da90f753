"""The leaderboard of this machine's members for this month or this season (no Qt).

Points are those stored when earned (storage/answers.py): answers by answered_at, level bonuses by
finished_at, within the period (study/points.py period_start and period_end, at local midnight),
compared as text in the records' own format. A member hidden from the board (on_board false) has no
row and takes no place, but is told their own points. The member of home use is on the board only
for themselves (a kiosk's board is of its registered members, as its picker is)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..study.points import period_end, period_start
from .answers import stamp
from .members import Member, MemberStore

if TYPE_CHECKING:
    import sqlite_utils

TOP = 10


@dataclass(frozen=True)
class BoardRow:
    place: int  # 1-based; members with the same points share a place (1, 2, 2, 4)
    member_id: int
    name: str  # the name on the leaderboard (Member.leaderboard_name)
    points: int


@dataclass(frozen=True)
class Board:
    rows: list[BoardRow]  # the top ones
    own: BoardRow | None  # the member's own row, also when outside the top; None when not on the board
    own_points: int  # the member's points in the period, even when hidden
    own_hidden: bool  # the member chose not to be on the board


def period_points(db: sqlite_utils.Database, period: str, now: datetime) -> dict[int, int]:
    """member id -> points earned in the period that now falls in (members with none left out)."""
    span = {"start": stamp(period_start(period, now)), "end": stamp(period_end(period, now))}
    rows = db.execute(
        """SELECT member_id, sum(points) FROM (
               SELECT member_id, points FROM quiz_answers
                WHERE answered_at >= :start AND answered_at < :end AND points > 0
               UNION ALL
               SELECT member_id, bonus FROM quiz_attempts
                WHERE finished_at >= :start AND finished_at < :end AND bonus > 0)
           GROUP BY member_id""",
        span,
    )
    return {member_id: total for member_id, total in rows if total > 0}


def leaderboard(
    db: sqlite_utils.Database,
    period: str,
    now: datetime | None = None,
    member_id: int | None = None,
    top: int = TOP,
) -> Board:
    """The board of the period ("month" or "season") now falls in (default: this moment), its top
    rows, and the place of member_id (the member signed in)."""
    points = period_points(db, period, now or datetime.now().astimezone())
    store = MemberStore(db)
    members: list[Member] = store.all()
    asking = store.get(member_id) if member_id is not None else None
    if asking is not None and all(member.id != asking.id for member in members):
        members.append(asking)  # the member of home use, on their own board
    ranked = sorted(
        ((points[member.id], member.leaderboard_name, member.id) for member in members if member.id in points),
        key=lambda entry: (-entry[0], entry[1] or "", entry[2]),
    )
    rows: list[BoardRow] = []
    for total, name, number in ranked:
        if name is None:  # hidden from the board
            continue
        place = rows[-1].place if rows and rows[-1].points == total else len(rows) + 1
        rows.append(BoardRow(place, number, name, total))
    own = next((row for row in rows if row.member_id == member_id), None)
    return Board(
        rows=rows[: max(0, top)],
        own=own,
        own_points=points.get(member_id, 0) if member_id is not None else 0,
        own_hidden=asking is not None and not asking.on_board,
    )
