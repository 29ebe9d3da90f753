"""The loudspeaker's schedule with simulated clocks: normal ticking, across midnight, a missed
slot (machine off), a clock set back and forward, two slots close together, weekdays, and the
stored JSON (a bad one falls back to off with a plain message)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.broadcast.schedule import (
    OFF,
    Schedule,
    Slot,
    decide,
    load_schedule,
    parse_schedule,
    to_json,
    with_slots,
)
from desktop_app.storage.broadcasts import BroadcastStore
from desktop_app.storage.database import open_database

ON = replace(OFF, enabled=True)


def run(schedule: Schedule, readings: list[tuple[datetime, float | None]], fired: set[str] | None = None):
    """Tick through (wall clock, real seconds since the previous reading) readings as the
    broadcaster does; returns (played keys, missed keys) in order."""
    fired = set() if fired is None else fired
    played, missed, last = [], [], None
    for now, elapsed in readings:
        decision = decide(schedule, last, now, elapsed, fired)
        for occurrence in decision.fire + decision.missed:
            fired.add(occurrence.key)
        played += [o.key for o in decision.fire]
        missed += [o.key for o in decision.missed]
        last = now
    return played, missed


def ticking(start: datetime, minutes: int, step: float = 15.0):
    return [(start + timedelta(seconds=i * step), step if i else None) for i in range(int(minutes * 60 / step) + 1)]


def test_normal_ticking_fires_each_slot_once_at_its_time():
    schedule = with_slots(ON, "07:00", "18:30")
    readings = ticking(datetime(2026, 12, 3, 6, 59), 3)
    played, missed = run(schedule, readings)
    assert played == ["2026-12-03T07:00"] and missed == []
    decision = decide(schedule, datetime(2026, 12, 3, 6, 59, 50), datetime(2026, 12, 3, 7, 0, 5), 15.0, set())
    assert [o.when for o in decision.fire] == [datetime(2026, 12, 3, 7, 0)]
    assert decide(schedule, datetime(2026, 12, 3, 6, 59, 30), datetime(2026, 12, 3, 6, 59, 45), 15, set()).fire == []


def test_off_or_empty_fires_nothing():
    start = datetime(2026, 12, 3, 6, 59)
    assert run(with_slots(OFF, "07:00"), ticking(start, 3)) == ([], [])
    assert run(ON, ticking(start, 3)) == ([], [])


def test_across_midnight_fires_the_new_dates_slot():
    schedule = with_slots(ON, "00:00")
    played, _ = run(schedule, ticking(datetime(2026, 12, 31, 23, 59), 2))
    assert played == ["2027-01-01T00:00"]


def test_weekday_is_the_occurrences_own_date():
    # 2026-12-03 is a Thursday (3); a Friday-only 00:00 slot fires at midnight Thursday -> Friday
    schedule = replace(ON, slots=(Slot("00:00", frozenset({4})),))
    assert run(schedule, ticking(datetime(2026, 12, 3, 23, 59), 2))[0] == ["2026-12-04T00:00"]
    schedule = replace(ON, slots=(Slot("00:00", frozenset({3})),))
    assert run(schedule, ticking(datetime(2026, 12, 3, 23, 59), 2))[0] == []


def test_missed_slot_while_the_machine_was_off_is_logged_not_played():
    schedule = with_slots(ON, "07:00", "18:30")
    last = datetime(2026, 12, 2, 20, 0)  # closed last night, started at 19:00 today
    decision = decide(schedule, last, datetime(2026, 12, 3, 19, 0), None, set())
    assert decision.fire == []
    assert [o.key for o in decision.missed] == ["2026-12-03T07:00", "2026-12-03T18:30"]


def test_missed_slot_played_late_when_asked_only_the_latest_of_today():
    schedule = replace(with_slots(ON, "07:00", "18:30"), play_missed=True)
    decision = decide(schedule, datetime(2026, 12, 2, 6, 0), datetime(2026, 12, 3, 19, 0), None, set())
    assert [o.key for o in decision.fire] == ["2026-12-03T18:30"]
    assert [o.key for o in decision.missed] == ["2026-12-02T07:00", "2026-12-02T18:30", "2026-12-03T07:00"]
    # nothing of today missed: yesterday's is not played late
    decision = decide(schedule, datetime(2026, 12, 2, 6, 0), datetime(2026, 12, 3, 6, 0), None, set())
    assert decision.fire == [] and [o.key for o in decision.missed] == ["2026-12-02T07:00", "2026-12-02T18:30"]


def test_first_start_ever_plays_nothing_from_the_past():
    assert decide(with_slots(ON, "07:00"), None, datetime(2026, 12, 3, 19, 0), None, set()) == decide(
        ON, None, datetime(2026, 12, 3, 19, 0), None, set()
    )
    assert decide(with_slots(ON, "07:00"), None, datetime(2026, 12, 3, 19, 0), None, set()).missed == []


def test_clock_set_forward_plays_the_latest_jumped_over_once_and_logs_the_others():
    schedule = with_slots(ON, "07:00", "07:30", "08:00")
    # the clock said 06:50 but it was really 08:10: corrected after 15 real seconds
    decision = decide(schedule, datetime(2026, 12, 3, 6, 50), datetime(2026, 12, 3, 8, 10), 15.0, set())
    assert [o.key for o in decision.fire] == ["2026-12-03T08:00"]
    assert [o.key for o in decision.missed] == ["2026-12-03T07:00", "2026-12-03T07:30"]


def test_clock_set_back_fires_nothing_again():
    schedule = with_slots(ON, "07:00")
    readings = ticking(datetime(2026, 12, 3, 6, 59), 3)  # 07:00 fires
    readings += [(datetime(2026, 12, 3, 6, 50), 15.0)]  # set back ten minutes
    readings += [(t, 15.0) for t, _ in ticking(datetime(2026, 12, 3, 6, 50, 15), 15)]  # past 07:00 again
    played, missed = run(schedule, readings)
    assert played == ["2026-12-03T07:00"] and missed == []


def test_two_slots_close_together_both_fire_in_order():
    schedule = with_slots(ON, "07:01", "07:00")
    played, _ = run(schedule, ticking(datetime(2026, 12, 3, 6, 59), 3))
    assert played == ["2026-12-03T07:00", "2026-12-03T07:01"]
    # both inside one (late) tick: both fire, the first first (the broadcaster queues the second)
    decision = decide(schedule, datetime(2026, 12, 3, 6, 59, 55), datetime(2026, 12, 3, 7, 1, 10), 75.0, set())
    assert [o.key for o in decision.fire] == ["2026-12-03T07:00", "2026-12-03T07:01"]


def test_a_machine_off_for_months_logs_only_the_last_week():
    decision = decide(with_slots(ON, "07:00"), datetime(2026, 1, 1), datetime(2026, 12, 3, 6, 0), None, set())
    assert len(decision.missed) == 7 and decision.missed[-1].key == "2026-12-02T07:00"


moments = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 1, 4))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(moments, st.one_of(st.none(), st.floats(0, 10_000))), min_size=1, max_size=30),
    st.lists(st.sampled_from(["00:00", "07:00", "07:01", "12:30", "23:59"]), min_size=1, max_size=4),
    st.booleans(),
)
def test_any_clock_readings_never_fire_a_key_twice(readings, times, play_missed):
    schedule = replace(with_slots(ON, *times), play_missed=play_missed)
    played, missed = run(schedule, readings)
    assert len(played) == len(set(played))
    assert not set(played) & set(missed)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["00:00", "07:00", "07:01", "12:30", "23:59"]), max_size=4), st.integers(1, 48))
def test_steady_ticking_neither_doubles_nor_skips(times, hours):
    schedule = with_slots(ON, *times)
    start = datetime(2026, 12, 3, 5, 0, 7)
    played, missed = run(schedule, ticking(start, hours * 60, step=60))
    expected = sorted(
        {
            (start.replace(hour=0, minute=0, second=0) + timedelta(days=d))
            .replace(hour=int(t[:2]), minute=int(t[3:]))
            .strftime("%Y-%m-%dT%H:%M")
            for d in range(4)
            for t in times
        }
    )
    end = start + timedelta(hours=hours)
    expected = [k for k in expected if start.strftime("%Y-%m-%dT%H:%M") < k <= end.strftime("%Y-%m-%dT%H:%M")]
    assert played == expected and missed == []


def test_json_round_trip():
    schedule = Schedule(
        slots=(Slot("07:00", frozenset({0, 6})), Slot("18:30")),
        what="list",
        lesson_ids=("a", "b"),
        chime=False,
        volume=0.5,
        opening=False,
        play_missed=True,
        during_reading=True,
        enabled=True,
    )
    assert parse_schedule(to_json(schedule)) == schedule
    assert load_schedule(to_json(schedule)) == (schedule, "")


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(), lambda c: st.lists(c) | st.dictionaries(st.text(), c)
        ),
    )
)
def test_bad_stored_schedule_falls_back_to_off_with_a_message(value):
    import json

    text = value if isinstance(value, str) else json.dumps(value)
    schedule, message = load_schedule(text)
    assert isinstance(schedule, Schedule)
    if message:
        assert schedule == OFF and "广播已关闭" in message


def test_bad_schedule_messages_are_plain_chinese():
    for text, words in [
        ("{", "已损坏"),
        ('{"slots": [{"time": "7点"}]}', "07:00"),
        ('{"slots": [{"time": "07:00", "weekdays": [7]}]}', "星期"),
        ('{"volume": 3}', "音量"),
        ('{"what": "radio"}', "播放内容"),
        ('{"enabled": "yes"}', "是或否"),
    ]:
        schedule, message = load_schedule(text)
        assert schedule == OFF and words in message, (text, message)


def test_store_keeps_schedule_position_last_check_and_log(tmp_path):
    from desktop_app.broadcast.schedule import Occurrence

    path = tmp_path / "study.db"
    store = BroadcastStore(open_database(path))
    assert store.schedule() == (OFF, "") and store.last_check() is None and store.course_position() == 0
    schedule = with_slots(ON, "07:00")
    store.save_schedule(schedule)
    store.set_course_position(3)
    store.set_last_check(datetime(2026, 12, 3, 7, 0, 15))
    occurrence = Occurrence(datetime(2026, 12, 3, 7, 0), "2026-12-03T07:00")
    store.log(
        occurrence,
        "stopped",
        ("a",),
        ("第一课",),
        datetime(2026, 12, 3, 7, 0, 1),
        datetime(2026, 12, 3, 7, 2),
        "secretary",
    )
    store.db.close()
    again = BroadcastStore(open_database(path))
    assert again.schedule() == (schedule, "")
    assert again.course_position() == 3 and again.last_check() == datetime(2026, 12, 3, 7, 0, 15)
    assert again.fired_keys() == {"2026-12-03T07:00"}
    (row,) = again.rows()
    assert (row.lesson_ids, row.titles, row.outcome, row.stopped_by) == (("a",), ("第一课",), "stopped", "secretary")
    again.db.execute("UPDATE broadcast_state SET schedule = '{\"volume\": 9}'")
    schedule, message = again.schedule()
    assert schedule == OFF and "音量" in message


def test_what_to_play_plan_course_and_list(tmp_path):
    from desktop_app.broadcast.program import program
    from desktop_app.lessons.library import load_library
    from desktop_app.storage.plan import MonthPlan

    folder = tmp_path / "lessons" / "t"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text("编号：t\n名称：测试\n顺序：1\n", encoding="utf-8")
    for number, (name, month) in enumerate([("a", ""), ("b", "2026-12"), ("c", "")], start=1):
        text = f"编号：{name}\n标题：课{name}\n顺序：{number}\n" + (f"月份：{month}\n" if month else "")
        (folder / f"{name}.txt").write_text(text + "【正文】\n一。\n", encoding="utf-8")
    library = load_library([folder.parent])
    ids = lambda chosen: [lesson.id for lesson in chosen[0]]  # noqa: E731
    plan = MonthPlan("2026-12", "c")
    assert ids(program(ON, library, plan, "2026-12", 0)) == ["c", "b"]  # the plan's lesson first
    assert ids(program(ON, library, None, "2026-12", 0)) == ["b"]
    course = replace(ON, what="course", course_id="t")
    assert [
        (ids(program(course, library, None, "", p)), program(course, library, None, "", p)[1]) for p in (0, 2, 5)
    ] == [
        (["a"], 1),
        (["c"], 0),  # after the last, the first again
        (["c"], 0),
    ]
    assert program(replace(course, course_id="gone"), library, None, "", 4) == ([], 4)
    assert ids(program(replace(ON, what="list", lesson_ids=("c", "gone", "a")), library, None, "", 0)) == ["c", "a"]


def test_the_schedule_needs_no_qt_and_the_broadcaster_no_widgets():
    import subprocess
    import sys

    code = (
        "import sys, desktop_app.broadcast.schedule, desktop_app.broadcast.program, desktop_app.storage.broadcasts;"
        "print(any(m.startswith('PySide6') for m in sys.modules));"
        "import desktop_app.broadcast.broadcaster; print('PySide6.QtWidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]
