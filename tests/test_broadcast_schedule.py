"""大喇叭's schedule with a simulated clock: on time, across midnight, a missed slot (machine off),
a clock set back and forward, two slots close together; and the stored schedule read safely."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.broadcast.schedule import Schedule, ScheduleError, Slot, decide

DAILY = Schedule(slots=(Slot("07:00"), Slot("18:30")), enabled=True)
TICK = 15.0  # seconds between two checks


class Clock:
    """The broadcaster's loop, simulated: a wall clock that can be set, real time that cannot."""

    def __init__(self, schedule: Schedule, start: datetime):
        self.schedule, self.wall, self.last, self.fired, self.played, self.missed = (
            schedule,
            start,
            start,
            set(),
            [],
            [],
        )

    def tick(self, seconds: float = TICK, wall_change: timedelta = timedelta()) -> None:
        self.wall += timedelta(seconds=seconds) + wall_change
        self._check(seconds)

    def _check(self, elapsed: float | None) -> None:
        decision = decide(self.schedule, self.last, self.wall, elapsed, self.fired)
        self.played += [o.key for o in decision.fire]
        self.missed += [o.key for o in decision.missed]
        self.fired |= {o.key for o in (*decision.fire, *decision.missed)}
        self.last = self.wall

    def run(self, seconds: float) -> None:
        for _ in range(int(seconds / TICK)):
            self.tick()

    def restart(self, off_for: timedelta) -> None:
        """The machine off for a while, then the program starts (no real time known)."""
        self.wall += off_for
        self._check(None)


def test_slots_play_on_time_once_each_day_across_midnight():
    clock = Clock(DAILY, datetime(2026, 12, 3, 6, 59))
    clock.run(36 * 3600)
    assert clock.played == ["2026-12-03T07:00", "2026-12-03T18:30", "2026-12-04T07:00", "2026-12-04T18:30"]
    assert clock.missed == []


def test_a_slot_at_midnight_belongs_to_its_own_day_and_weekday():
    friday_only = Schedule(slots=(Slot("00:00", frozenset({4})),), enabled=True)  # 0 is Monday
    clock = Clock(friday_only, datetime(2026, 12, 3, 23, 59))  # a Thursday
    clock.run(4 * 60)
    assert clock.played == ["2026-12-04T00:00"]  # just after midnight: Friday's
    clock.run(24 * 3600)
    assert clock.played == ["2026-12-04T00:00"]  # Saturday has none


def test_a_slot_missed_while_the_machine_was_off_is_logged_not_played():
    clock = Clock(DAILY, datetime(2026, 12, 3, 6, 0))
    clock.restart(timedelta(hours=2))  # off at 6:00, on again at 8:00
    assert clock.played == [] and clock.missed == ["2026-12-03T07:00"]
    clock.run(12 * 3600)
    assert clock.played == ["2026-12-03T18:30"]


def test_when_asked_the_latest_missed_slot_of_today_plays_late_once():
    clock = Clock(Schedule(slots=DAILY.slots, enabled=True, play_missed=True), datetime(2026, 12, 2, 17, 0))
    clock.restart(timedelta(hours=15))  # off from 17:00 yesterday to 8:00 today
    assert clock.played == ["2026-12-03T07:00"] and clock.missed == ["2026-12-02T18:30"]
    clock.run(3600)
    assert clock.played == ["2026-12-03T07:00"]


def test_a_clock_set_back_does_not_play_a_slot_twice():
    clock = Clock(DAILY, datetime(2026, 12, 3, 6, 59))
    clock.run(5 * 60)
    assert clock.played == ["2026-12-03T07:00"]
    clock.tick(wall_change=-timedelta(minutes=10))  # 07:04 set back to 06:54
    clock.run(20 * 60)  # through 07:00 again
    assert clock.played == ["2026-12-03T07:00"]


def test_a_wrong_clock_corrected_forward_plays_the_slot_it_jumped_over_once():
    clock = Clock(DAILY, datetime(2026, 12, 3, 5, 0))
    clock.tick(wall_change=timedelta(hours=3))  # 05:00 was wrong: it is 08:00
    assert clock.played == ["2026-12-03T07:00"] and clock.missed == []
    clock.run(3600)
    assert clock.played == ["2026-12-03T07:00"]
    clock.tick(wall_change=timedelta(days=1))  # a whole day ahead: the latest plays, the others are said missed
    assert clock.played[-1] == "2026-12-04T07:00" and clock.missed == ["2026-12-03T18:30"]


def test_two_slots_close_together_both_play_in_order():
    close = Schedule(slots=(Slot("07:01"), Slot("07:00")), enabled=True)
    clock = Clock(close, datetime(2026, 12, 3, 6, 59))
    clock.tick(seconds=180)  # one slow check over both: both due, the earlier first
    assert clock.played == ["2026-12-03T07:00", "2026-12-03T07:01"]


def test_nothing_plays_when_the_schedule_is_off():
    clock = Clock(Schedule(slots=DAILY.slots, enabled=False), datetime(2026, 12, 3, 6, 59))
    clock.run(3600)
    assert clock.played == []


@given(
    st.lists(st.tuples(st.floats(1, 7200), st.integers(-7200, 7200), st.booleans()), max_size=40),
    st.booleans(),
)
def test_no_clock_readings_ever_play_or_log_a_slot_twice(steps, play_missed):
    schedule = Schedule(slots=(Slot("07:00"), Slot("07:05"), Slot("23:59")), enabled=True, play_missed=play_missed)
    clock = Clock(schedule, datetime(2026, 12, 3, 6, 0))
    for seconds, change, restart in steps:
        if restart:
            clock.restart(timedelta(seconds=seconds))
        else:
            clock.tick(seconds, timedelta(seconds=change))
    logged = clock.played + clock.missed
    assert len(logged) == len(set(logged))


def test_the_stored_schedule_round_trips_and_a_broken_one_is_said_plainly():
    schedule = Schedule(
        slots=(Slot("07:00", frozenset({0, 2, 4})), Slot("18:30")), what="course", course_id="dangshi", enabled=True
    )
    assert Schedule.from_json(schedule.to_json()) == schedule
    for broken in (
        "{",
        '{"slots": [{"at": "25:00"}]}',
        '{"what": "music"}',
        '{"slots": [{"at": "7:00", "weekdays": [9]}]}',
    ):
        with pytest.raises(ScheduleError, match="大喇叭"):
            Schedule.from_json(broken)
    assert Schedule.from_json('{"slots": [{"at": "7:00"}]}').slots == (Slot("07:00"),)
