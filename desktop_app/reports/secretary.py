"""The secretary's study report: per member hours, lessons finished, last visit and quiz average
for one month, and who has not studied that month (no Qt).

Months and seasons begin at local midnight; the records hold UTC ISO-8601 strings, so the
boundaries are turned into the same kind of string and compared as text (the indexes work)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import TYPE_CHECKING

from ..storage.members import Member, MemberStore, clean, tell_apart
from .my_study import season_start

if TYPE_CHECKING:
    import sqlite_utils

MONTH_HINT = "月份请写成“年-月”，比如 2026-11（2026年11月）"

_MONTH = re.compile(r"([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*月?")


def parse_month(text: str) -> str | None:
    """'2026-11' (also 2026-1, 2026/11, 2026年11月, full-width digits) as 'YYYY-MM'; None when
    the text is not a month of 2000-2099."""
    found = _MONTH.fullmatch(unicodedata.normalize("NFKC", str(text)).strip())
    if not found:
        return None
    year, month = int(found.group(1)), int(found.group(2))
    if not (2000 <= year <= 2099 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}"


def month_label(month: str) -> str:
    year, number = month.split("-")
    return f"{year}年{int(number)}月"


def shift_month(month: str, months: int) -> str:
    """The month months later ('YYYY-MM'; months < 0: earlier)."""
    year, number = (int(part) for part in month.split("-"))
    index = year * 12 + number - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def first_month(db: sqlite_utils.Database, zone: tzinfo | None = None) -> str | None:
    """The month of the first study session in the records ('YYYY-MM'); None before any."""
    first = db.execute("SELECT min(started_at) FROM sessions").fetchone()[0]
    return _local_day(first, zone).strftime("%Y-%m") if first else None


def _first_day(month: str) -> date:
    year, number = (int(part) for part in month.split("-"))
    return date(year, number, 1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _utc(day: date, zone: tzinfo | None = None) -> str:
    """Midnight at the start of day in the zone (None: this computer's), as the records write times."""
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC).isoformat()


def _local_day(iso: str, zone: tzinfo | None = None) -> date:
    return datetime.fromisoformat(iso).astimezone(zone).date()


@dataclass(frozen=True)
class MemberRow:
    member_id: int
    name: str
    branch: str
    number: str
    second_line: str  # what tells members of the same name apart ('' for a name of one's own)
    hours_month: float
    hours_season: float
    lessons_finished: int  # finished by the end of the month
    last_visit: date | None  # local day of the latest session begun by the end of the month
    quiz_average: float | None  # 0-100, over the lessons with a quiz result
    studied_this_month: bool
    points_month: int = 0  # quiz points earned in the month (answers and level bonuses)


@dataclass(frozen=True)
class Report:
    month: str  # 'YYYY-MM'
    branch: str | None  # None: every branch
    made_on: date
    season_start: date
    lessons_total: int | None  # lessons in the library (None when not known)
    rows: tuple[MemberRow, ...]

    @property
    def not_studied(self) -> tuple[MemberRow, ...]:
        return tuple(row for row in self.rows if not row.studied_this_month)

    @property
    def month_label(self) -> str:
        return month_label(self.month)

    @property
    def title(self) -> str:
        return "　".join(part for part in ("党员学习情况", self.month_label, self.branch) if part)


def branches(db: sqlite_utils.Database) -> list[str]:
    """The branches registered members belong to."""
    rows = db.execute("SELECT DISTINCT branch FROM members WHERE home = 0 AND branch != '' ORDER BY branch")
    return [row[0] for row in rows]


def _members(db: sqlite_utils.Database, branch: str | None, month_start: str) -> list[Member]:
    store = MemberStore(db)
    # A member taken off the list (移出名单) is still in the reports of the months they belonged
    # to: those are the only months they could study in (the picker no longer offers them), and
    # a month's report must read the same after someone leaves as before. They are left out of
    # the months that begin after they left, where they would only show up as "not studied".
    # (Both times are ISO UTC strings, so they compare as text.)
    registered = [
        member
        for member in store.all(include_left=True)
        if member.left_at in ("", None) or member.left_at >= month_start
    ]
    if branch is not None:
        return [member for member in registered if member.branch == clean(branch)]
    if registered:
        return registered
    # Home use: the one member of the laptop still gets a report.
    row = db.execute("SELECT id FROM members WHERE home = 1 ORDER BY id LIMIT 1").fetchone()
    home = store.get(row[0]) if row else None
    return [home] if home else []


def _lesson_ids(lessons) -> list[str] | None:
    if lessons is None:
        return None
    if hasattr(lessons, "lessons"):  # a Library
        lessons = lessons.lessons
    if isinstance(lessons, Mapping):
        return list(lessons)
    return [getattr(lesson, "id", lesson) for lesson in lessons]


def build_report(
    db: sqlite_utils.Database,
    lessons=None,
    month: str | None = None,
    branch: str | None = None,
    today: date | None = None,
    zone: tzinfo | None = None,
) -> Report:
    """The report for month ('YYYY-MM', default this month), one row per member in pinyin order.

    lessons: the Library, its lessons dict or lesson ids; finished lessons and quiz results count
    for these only (None: every lesson in the records). branch: that branch only (exact name).
    zone: where months begin at midnight (None: this computer's local time)."""
    today = today or date.today()
    month = month or today.strftime("%Y-%m")
    first = _first_day(month)
    season = season_start(first)
    bounds = {
        "month_start": _utc(first, zone),
        "month_end": _utc(_next_month(first), zone),
        "season_start": _utc(season, zone),
    }
    members = _members(db, branch, bounds["month_start"])

    # Three queries, each over every member at once, whatever the number of members.
    seconds = {
        member_id: (month_seconds, season_seconds)
        for member_id, month_seconds, season_seconds in db.execute(
            """SELECT member_id,
                      total(CASE WHEN started_at >= :month_start THEN active_seconds END),
                      total(active_seconds)
               FROM sessions WHERE started_at >= :season_start AND started_at < :month_end
               GROUP BY member_id""",
            bounds,
        )
    }
    last_visits = dict(
        db.execute(  # one seek in the (member_id, started_at) index per member
            """SELECT id, (SELECT max(started_at) FROM sessions WHERE member_id = members.id AND started_at < :month_end)
           FROM members""",
            bounds,
        )
    )
    ids = _lesson_ids(lessons)
    only_these = "AND lesson_id IN (SELECT value FROM json_each(:lessons))" if ids is not None else ""
    progress = {
        member_id: (finished, quiz)
        for member_id, finished, quiz in db.execute(
            f"""SELECT member_id,
                       sum(state = 'finished' AND coalesce(finished_at, updated_at) < :month_end),
                       avg(quiz_score)
                FROM progress WHERE 1 {only_these} GROUP BY member_id""",
            {**bounds, "lessons": json.dumps(ids or [])},
        )
    }

    points: dict[int, int] = {}
    for member_id, earned in db.execute(
        """SELECT member_id, sum(points) FROM quiz_answers
           WHERE answered_at >= :month_start AND answered_at < :month_end GROUP BY member_id
           UNION ALL
           SELECT member_id, sum(bonus) FROM quiz_attempts
           WHERE finished_at >= :month_start AND finished_at < :month_end GROUP BY member_id""",
        bounds,
    ):
        points[member_id] = points.get(member_id, 0) + int(earned or 0)

    second_lines = tell_apart(members)
    rows = []
    for member in members:
        month_seconds, season_seconds = seconds.get(member.id, (0.0, 0.0))
        finished, quiz = progress.get(member.id, (0, None))
        last = last_visits.get(member.id)
        rows.append(
            MemberRow(
                member_id=member.id,
                name=member.name,
                branch=member.branch,
                number=member.number,
                second_line=second_lines.get(member.id, ""),
                hours_month=month_seconds / 3600,
                hours_season=season_seconds / 3600,
                lessons_finished=int(finished or 0),
                last_visit=_local_day(last, zone) if last else None,
                quiz_average=quiz,
                studied_this_month=month_seconds > 0,
                points_month=points.get(member.id, 0),
            )
        )
    return Report(
        month,
        clean(branch) if branch is not None else None,
        today,
        season,
        len(ids) if ids is not None else None,
        tuple(rows),
    )


def hours_text(hours: float) -> str:
    return f"{hours:.1f}"


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def names(rows: Iterable[MemberRow]) -> list[str]:
    """Each member's name, with what tells them apart from a member of the same name."""
    return [f"{row.name}（{row.second_line}）" if row.second_line else row.name for row in rows]
