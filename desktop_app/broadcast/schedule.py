"""The secretary's loudspeaker (大喇叭) schedule and when it fires (pure Python, no Qt).

Times are the machine's local wall-clock time, as naive datetimes. Each slot of each day is an
occurrence with a key such as "2026-12-03T07:00"; a key that has fired (or been logged as missed)
is in `fired` and never fires again. `decide()` is called on every tick of the broadcaster with
the previous check (`last_check`, persisted across runs), the wall clock now, and the real
(monotonic) seconds since that check (None at program start). The rules:

1. Normal ticking (about every 15 s): every occurrence in (last_check, now] whose key has not
   fired fires once, in time order (two slots close together: the broadcaster queues the second
   and plays it after the first ends).
2. Program start (elapsed_real is None: the machine was off or the program closed): the
   occurrences in between are MISSED (logged, not played), unless play_missed; then only the
   latest one of today's date plays and the rest are missed.
3. A wall clock that jumps forward much more than the real time elapsed (more than
   JUMP_SECONDS: a wrong clock corrected): the latest jumped-over occurrence plays once (a slot
   is not skipped by a correction) and the others are logged as missed.
4. A clock set back (now <= last_check, or a window already seen): nothing fires again, the keys
   say so.
5. Across midnight works: 23:59 -> 00:01 with a 00:00 slot fires the 00:00 of the new date; a
   slot's weekdays are checked against the occurrence's own date.
6. Only the last LOOKBACK_DAYS are looked at (a machine off for months logs a week of misses,
   not months).

An off or empty schedule fires nothing. A bad stored schedule (`load_schedule`) gives a plain
Chinese message for the secretary and falls back to OFF, never an exception.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta

JUMP_SECONDS = 120.0  # wall clock minus real elapsed time above this is a clock change
LOOKBACK_DAYS = 7
WHATS = ("plan", "course", "list")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Slot:
    time: str  # "HH:MM", local time of day
    weekdays: frozenset[int] = frozenset()  # 0 = Monday .. 6 = Sunday; empty = every day

    def on(self, day: date) -> bool:
        return not self.weekdays or day.weekday() in self.weekdays

    def at(self, day: date) -> datetime:
        hours, minutes = map(int, self.time.split(":"))
        return datetime.combine(day, time(hours, minutes))


@dataclass(frozen=True)
class Schedule:
    slots: tuple[Slot, ...] = ()
    what: str = "plan"  # "plan": this month's lesson(s); "course": a course in order; "list": lesson_ids
    course_id: str = ""
    lesson_ids: tuple[str, ...] = ()
    chime: bool = True
    volume: float = 0.8  # 0..1
    opening: bool = True  # say 现在播放党员学习：<title> first
    play_missed: bool = False
    during_reading: bool = False  # may interrupt a member's read-aloud (paused, then resumed)
    enabled: bool = False


OFF = Schedule()


@dataclass(frozen=True, order=True)
class Occurrence:
    when: datetime
    key: str = field(compare=False)


@dataclass(frozen=True)
class Decision:
    fire: list[Occurrence]
    missed: list[Occurrence]


def occurrence_key(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def occurrences(schedule: Schedule, after: datetime, until: datetime) -> list[Occurrence]:
    """The schedule's occurrences in (after, until], in time order, one per key."""
    if until <= after:
        return []
    after = max(after, until - timedelta(days=LOOKBACK_DAYS))
    found: dict[str, Occurrence] = {}
    day = after.date()
    while day <= until.date():
        for slot in schedule.slots:
            moment = slot.at(day)
            if slot.on(day) and after < moment <= until:
                found.setdefault(occurrence_key(moment), Occurrence(moment, occurrence_key(moment)))
        day += timedelta(days=1)
    return sorted(found.values())


def decide(
    schedule: Schedule, last_check: datetime | None, now: datetime, elapsed_real: float | None, fired: set[str]
) -> Decision:
    """What to play now and what to log as missed (see the module's rules)."""
    if not schedule.enabled or not schedule.slots or last_check is None:
        return Decision([], [])
    due = [o for o in occurrences(schedule, last_check, now) if o.key not in fired]
    if not due:
        return Decision([], [])
    if elapsed_real is None:  # program start: the machine was off
        if not schedule.play_missed:
            return Decision([], due)
        today = [o for o in due if o.when.date() == now.date()]
        if not today:
            return Decision([], due)
        latest = today[-1]
        return Decision([latest], [o for o in due if o is not latest])
    jumped = (now - last_check).total_seconds() - max(0.0, elapsed_real)
    if jumped > JUMP_SECONDS:  # a wrong clock corrected forward
        return Decision([due[-1]], due[:-1])
    return Decision(due, [])


# -- stored as JSON ----------------------------------------------------------------------------
def to_json(schedule: Schedule) -> str:
    data = asdict(schedule)
    data["slots"] = [{"time": s.time, "weekdays": sorted(s.weekdays)} for s in schedule.slots]
    data["lesson_ids"] = list(schedule.lesson_ids)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


class BadSchedule(ValueError):
    """A schedule that cannot be used; str() is a plain Chinese message for the secretary."""


def _bool(data: dict, name: str, default: bool) -> bool:
    value = data.get(name, default)
    if not isinstance(value, bool):
        raise BadSchedule(f"“{name}”应为是或否")
    return value


def parse_schedule(text: str) -> Schedule:
    """The schedule in text (JSON); raises BadSchedule with a plain Chinese message."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise BadSchedule("广播时间表已损坏，无法读取。") from error
    if not isinstance(data, dict):
        raise BadSchedule("广播时间表已损坏，无法读取。")
    raw_slots = data.get("slots", [])
    if not isinstance(raw_slots, list):
        raise BadSchedule("广播时间表里的播放时间有误。")
    slots = []
    for raw in raw_slots:
        if not isinstance(raw, dict) or not isinstance(raw.get("time"), str) or not _TIME.match(raw["time"]):
            raise BadSchedule("播放时间应写成“07:00”这样的时和分。")
        days = raw.get("weekdays", [])
        if not isinstance(days, list) or not all(type(d) is int and 0 <= d <= 6 for d in days):
            raise BadSchedule("播放的星期几有误。")
        slots.append(Slot(raw["time"], frozenset(days)))
    what = data.get("what", "plan")
    if what not in WHATS:
        raise BadSchedule("播放内容应为本月计划、一门课程或选定的课。")
    course_id = data.get("course_id", "")
    ids = data.get("lesson_ids", [])
    if not isinstance(course_id, str) or not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise BadSchedule("要播放的课程或课有误。")
    volume = data.get("volume", OFF.volume)
    if isinstance(volume, bool) or not isinstance(volume, int | float) or not 0 <= volume <= 1:
        raise BadSchedule("音量应在 0 到 1 之间。")
    return Schedule(
        slots=tuple(slots),
        what=what,
        course_id=course_id,
        lesson_ids=tuple(ids),
        chime=_bool(data, "chime", OFF.chime),
        volume=float(volume),
        opening=_bool(data, "opening", OFF.opening),
        play_missed=_bool(data, "play_missed", False),
        during_reading=_bool(data, "during_reading", False),
        enabled=_bool(data, "enabled", False),
    )


def load_schedule(text: str | None) -> tuple[Schedule, str]:
    """(schedule, "") or, for a bad one, (OFF, a plain Chinese message: what to do)."""
    if not text:
        return OFF, ""
    try:
        return parse_schedule(text), ""
    except BadSchedule as error:
        return OFF, f"{error}广播已关闭，请在“定时广播”里重新设置。"


def with_slots(schedule: Schedule, *times: str, weekdays: frozenset[int] = frozenset()) -> Schedule:
    """The schedule with these slots (a shorthand for tests and the screen)."""
    return replace(schedule, slots=tuple(Slot(t, weekdays) for t in times))
