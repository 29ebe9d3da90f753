"""The village loudspeaker's schedule (大喇叭, issue 13): what the secretary set, and which slots are
due at a moment (pure Python, no Qt).

A slot is a time of day on some weekdays (none given: every day). Its occurrence on a date has a
key, "2026-12-03T07:00", and an occurrence is played at most once: that is what keeps a clock set
back from playing a slot twice. The broadcaster asks `decide()` every few seconds with the time it
last asked (kept in the records, so it survives a restart) and the real time that passed since
(a monotonic clock, which no clock change moves):

- ticking along, every occurrence in (last check, now] is due, in time order; the broadcaster
  plays them one after the other (two slots close together: the second after the first);
- at the start of the program (no real time known since the last check: the machine was off),
  the occurrences in between were missed: logged, not played, unless the secretary asked for
  missed slots to be played, and then only the latest of them, and only if it is today's;
- the wall clock jumped forward much further than real time passed (a wrong clock corrected):
  the latest occurrence jumped over is played once, the others are logged as missed; nothing is
  skipped unsaid;
- the wall clock went back: what was played already is never played again (its key), and a slot
  not played yet plays when the clock comes to it (the broadcaster keeps the new time as its last
  check);
- midnight is nothing special: an occurrence belongs to its own date and that date's weekday.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

WHAT = ("plan", "course", "list")  # this month's plan lesson(s), a course in order, chosen lessons
JUMP_SLACK_SECONDS = 120  # the wall clock ahead of real time by more than this: it was corrected
LOOK_BACK_DAYS = 8  # occurrences further back are not even looked for
_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class ScheduleError(ValueError):
    """A stored schedule that cannot be used; str() is plain Chinese for the secretary."""


@dataclass(frozen=True)
class Slot:
    at: str  # "HH:MM"
    weekdays: frozenset[int] = frozenset()  # 0 Monday ... 6 Sunday; empty: every day

    @property
    def time_of_day(self) -> time:
        hours, minutes = self.at.split(":")
        return time(int(hours), int(minutes))

    def on(self, day: date) -> bool:
        return not self.weekdays or day.weekday() in self.weekdays


@dataclass(frozen=True)
class Schedule:
    slots: tuple[Slot, ...] = ()
    what: str = "plan"
    course_id: str = ""
    lesson_ids: tuple[str, ...] = ()
    chime: bool = True
    volume: float = 1.0
    opening: bool = True  # 现在播放党员学习：…
    play_missed: bool = False
    during_reading: bool = False  # may interrupt a member's own reading (paused, then resumed)
    enabled: bool = False

    def to_json(self) -> str:
        data = asdict(self)
        data["slots"] = [{"at": slot.at, "weekdays": sorted(slot.weekdays)} for slot in self.slots]
        data["lesson_ids"] = list(self.lesson_ids)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Schedule:
        try:
            data = json.loads(text)
            slots = tuple(_slot(item) for item in data.get("slots", []))
            schedule = cls(
                slots=tuple(sorted(set(slots), key=lambda s: (s.at, sorted(s.weekdays)))),
                what=str(data.get("what", "plan")),
                course_id=str(data.get("course_id", "")),
                lesson_ids=tuple(str(i) for i in data.get("lesson_ids", [])),
                chime=bool(data.get("chime", True)),
                volume=float(data.get("volume", 1.0)),
                opening=bool(data.get("opening", True)),
                play_missed=bool(data.get("play_missed", False)),
                during_reading=bool(data.get("during_reading", False)),
                enabled=bool(data.get("enabled", False)),
            )
        except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as error:
            raise ScheduleError("大喇叭的播放时间表坏了，现在先不播。请书记在“大喇叭”里重新设一次。") from error
        if schedule.what not in WHAT or not 0.0 <= schedule.volume <= 1.0:
            raise ScheduleError("大喇叭的播放时间表里有看不懂的设置，现在先不播。请书记在“大喇叭”里重新设一次。")
        return schedule


def _slot(item) -> Slot:
    at = str(item["at"]).strip()
    match = _TIME_RE.match(at)
    if not match:
        raise ValueError(at)
    weekdays = frozenset(int(day) for day in item.get("weekdays", []))
    if not weekdays <= set(range(7)):
        raise ValueError(weekdays)
    return Slot(f"{int(match.group(1)):02d}:{match.group(2)}", weekdays)


@dataclass(frozen=True, order=True)
class Occurrence:
    when: datetime
    slot: Slot = field(compare=False)

    @property
    def key(self) -> str:
        return self.when.strftime("%Y-%m-%dT%H:%M")


TRIAL = " trial"  # the end of a trial broadcast's key


@dataclass(frozen=True, order=True)
class Trial(Occurrence):
    """试播: the secretary plays the programme now, outside the schedule; its key (to the second,
    ending in TRIAL) is never a slot's, so it neither uses up nor repeats one."""

    @property
    def key(self) -> str:
        return self.when.strftime("%Y-%m-%dT%H:%M:%S") + TRIAL


@dataclass(frozen=True)
class Decision:
    fire: tuple[Occurrence, ...] = ()  # to play now, in this order
    missed: tuple[Occurrence, ...] = ()  # to log as missed, not played


def occurrences(schedule: Schedule, after: datetime, until: datetime) -> list[Occurrence]:
    """Every occurrence in (after, until], in time order, one per key (two slots at the same time,
    say 07:00 on Mondays and 07:00 every day, are one occurrence on a Monday)."""
    found: dict[str, Occurrence] = {}
    start = max(after, until - timedelta(days=LOOK_BACK_DAYS))
    day = start.date()
    while day <= until.date():
        for slot in schedule.slots:
            if slot.on(day):
                when = datetime.combine(day, slot.time_of_day)
                if start < when <= until:
                    found.setdefault(when.strftime("%Y-%m-%dT%H:%M"), Occurrence(when, slot))
        day += timedelta(days=1)
    return sorted(found.values())


def decide(
    schedule: Schedule,
    last_check: datetime | None,
    now: datetime,
    elapsed_real: float | None,
    fired: set[str] | frozenset[str],
) -> Decision:
    """What to play now and what to log as missed; see the module's rules. elapsed_real: seconds of
    real time since last_check (None at the program's start); fired: the keys played or logged."""
    if not schedule.enabled or not schedule.slots or last_check is None or now <= last_check:
        return Decision()
    due = [o for o in occurrences(schedule, last_check, now) if o.key not in fired]
    if not due:
        return Decision()
    if elapsed_real is None:  # the machine was off
        latest = due[-1]
        if schedule.play_missed and latest.when.date() == now.date():
            return Decision(fire=(latest,), missed=tuple(due[:-1]))
        return Decision(missed=tuple(due))
    jumped = (now - last_check).total_seconds() - elapsed_real > JUMP_SLACK_SECONDS
    if jumped:  # a wrong clock corrected forward: the latest jumped over plays, none twice
        real_start = now - timedelta(seconds=elapsed_real)
        jumped_over = [o for o in due if o.when <= real_start]
        ticking = [o for o in due if o.when > real_start]
        if jumped_over:
            return Decision(fire=(jumped_over[-1], *ticking), missed=tuple(jumped_over[:-1]))
    return Decision(fire=tuple(due))
