"""The rules of points (no Qt): a first right answer, a level passed, a challenge answer, and the
periods of the leaderboard.

Points are stored when they are earned (storage/answers.py), so changing these rules, the pass
mark or the time limit later never takes points away from anyone."""

from __future__ import annotations

from datetime import datetime

from ..reports.my_study import season_start

FIRST_RIGHT_POINTS = 10  # the first time a member answers a question right, in any mode
LEVEL_BONUS = 20  # once per lesson, when its level is first passed
CHALLENGE_RIGHT_POINTS = 10  # a right challenge answer, however slow
CHALLENGE_SPEED_POINTS = 10  # at most, for an answer given at once; none at the end of the time
UNTIMED_SCALE_SECONDS = 60  # the time the speed bonus runs down over when there is no limit
MIN_CHALLENGE_SECONDS = 30  # an elderly member always has at least this long for a question

MONTH, SEASON = "month", "season"
PERIODS = (MONTH, SEASON)


def time_limit(setting: int) -> int | None:
    """The seconds a challenge question may take, from the kiosk's setting: None when 0 (no limit),
    never under MIN_CHALLENGE_SECONDS."""
    if setting <= 0:
        return None
    return max(MIN_CHALLENGE_SECONDS, setting)


def challenge_points(right: bool, seconds: float, limit_seconds: int) -> int:
    """A challenge answer: nothing when wrong; when right, CHALLENGE_RIGHT_POINTS and a speed bonus
    that falls linearly from CHALLENGE_SPEED_POINTS (at once) to 0 (at the time limit, or after
    UNTIMED_SCALE_SECONDS when there is none). Never negative."""
    if not right:
        return 0
    scale = time_limit(limit_seconds) or UNTIMED_SCALE_SECONDS
    left = min(1.0, max(0.0, 1.0 - max(0.0, seconds) / scale))
    return CHALLENGE_RIGHT_POINTS + round(CHALLENGE_SPEED_POINTS * left)


def period_start(period: str, now: datetime) -> datetime:
    """Midnight at the start of the month or the season that now falls in, in now's time zone (a
    naive now: this computer's). A season is the program's own, as 我的学习 and the secretary's
    report count it: the winter training from November to March, then April to October."""
    if period == MONTH:
        year, month = now.year, now.month
    elif period == SEASON:
        start = season_start(now.date())
        year, month = start.year, start.month
    else:
        raise ValueError(f"unknown period {period!r}")
    return now.replace(year=year, month=month, day=1, hour=0, minute=0, second=0, microsecond=0)


def period_end(period: str, now: datetime) -> datetime:
    """The start of the next month or season (the end of the period, not in it)."""
    start = period_start(period, now)
    months = 1 if period == MONTH else (5 if start.month == 11 else 7)  # Nov-Mar, Apr-Oct
    index = start.month - 1 + months
    return start.replace(year=start.year + index // 12, month=index % 12 + 1)
