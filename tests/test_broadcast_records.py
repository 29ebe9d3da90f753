"""The loudspeaker's records (storage/broadcasts.py, a real SQLite file): the schedule, the course
position, the last check and the log survive a reopen; a bad stored schedule is off with a plain
message; what a broadcast plays (plan, course, list); steady ticking neither doubles nor skips;
no Qt in the pure parts, no widgets in the broadcaster."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.broadcast.program import program
from desktop_app.broadcast.schedule import Occurrence, Schedule, Slot, decide
from desktop_app.lessons.library import load_library
from desktop_app.storage.broadcasts import OFF, BroadcastStore
from desktop_app.storage.database import open_database
from desktop_app.storage.plan import MonthPlan

ON = Schedule(enabled=True)
TIMES = ["00:00", "07:00", "07:01", "12:30", "23:59"]


def test_store_keeps_schedule_position_last_check_and_log(tmp_path):
    path = tmp_path / "study.db"
    store = BroadcastStore(open_database(path))
    assert store.schedule() == (OFF, "") and store.last_check() is None and store.course_position() == 0
    schedule = replace(ON, slots=(Slot("07:00", frozenset({0, 6})),), what="list", lesson_ids=("a",), volume=0.5)
    store.save_schedule(schedule)
    store.set_course_position(3)
    store.set_last_check(datetime(2026, 12, 3, 7, 0, 15))
    occurrence = Occurrence(datetime(2026, 12, 3, 7, 0), schedule.slots[0])
    store.begin(occurrence, ("a",), ("第一课",), datetime(2026, 12, 3, 7, 0, 1))
    store.log(Occurrence(datetime(2026, 11, 1, 7, 0), schedule.slots[0]), "missed")
    store.db.close()  # as a kill mid-broadcast: the row is there, stopped, with no end
    again = BroadcastStore(open_database(path))
    assert again.schedule() == (schedule, "")
    assert again.course_position() == 3 and again.last_check() == datetime(2026, 12, 3, 7, 0, 15)
    assert again.fired_keys() == {"2026-12-03T07:00", "2026-11-01T07:00"}
    assert again.fired_keys(since=datetime(2026, 11, 20)) == {"2026-12-03T07:00"}
    row = again.rows()[0]
    assert (row.occurrence, row.outcome, row.ended_at) == ("2026-12-03T07:00", "stopped", None)
    again.end(occurrence, "stopped", datetime(2026, 12, 3, 7, 2), "secretary")
    row, missed = again.rows()
    assert (row.lesson_ids, row.titles, row.outcome, row.stopped_by) == (("a",), ("第一课",), "stopped", "secretary")
    assert (row.started_at, row.ended_at) == ("2026-12-03T07:00:01", "2026-12-03T07:02:00")
    assert (missed.outcome, missed.started_at, missed.lesson_ids) == ("missed", None, ())


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
            lambda inner: st.lists(inner) | st.dictionaries(st.sampled_from(["slots", "at", "volume", "what"]), inner),
        ),
    )
)
def test_any_bad_stored_schedule_is_off_with_a_plain_message(value):
    store = BroadcastStore(open_database(None))
    text = value if isinstance(value, str) else json.dumps(value)
    store.db.execute("INSERT INTO broadcast_state (id, schedule, updated_at) VALUES (1, ?, '')", [text])
    schedule, message = store.schedule()
    assert isinstance(schedule, Schedule)
    if message:
        assert schedule == OFF and "重新设" in message


def test_a_slot_without_a_time_or_nested_too_deep_is_off_not_a_crash():
    for text in ['{"slots": [{}]}', "[" * 100_000]:
        store = BroadcastStore(open_database(None))
        store.db.execute("INSERT INTO broadcast_state (id, schedule, updated_at) VALUES (1, ?, '')", [text])
        schedule, message = store.schedule()
        assert schedule == OFF and "重新设" in message


def run(schedule, readings):
    fired, played, missed, last = set(), [], [], None
    for now, elapsed in readings:
        decision = decide(schedule, last, now, elapsed, fired)
        fired |= {o.key for o in decision.fire + decision.missed}
        played += [o.key for o in decision.fire]
        missed += [o.key for o in decision.missed]
        last = now
    return played, missed


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(TIMES), max_size=4), st.integers(1, 48))
def test_steady_ticking_neither_doubles_nor_skips(times, hours):
    schedule = replace(ON, slots=tuple(Slot(t) for t in times))
    start = datetime(2026, 12, 3, 5, 0, 7)
    readings = [(start + timedelta(seconds=60 * i), 60.0 if i else None) for i in range(hours * 60 + 1)]
    played, missed = run(schedule, readings)
    end = start + timedelta(hours=hours)
    expected = sorted(
        {
            f"{(start + timedelta(days=d)).date().isoformat()}T{t}"
            for d in range(4)
            for t in times
            if start < datetime.fromisoformat(f"{(start + timedelta(days=d)).date().isoformat()}T{t}") <= end
        }
    )
    assert played == expected and missed == []


def test_two_slots_at_the_same_time_are_one_occurrence():
    # 07:00 on Mondays and 07:00 every day (as the JSON can hold them): one broadcast on a Monday
    schedule = Schedule.from_json(
        json.dumps({"enabled": True, "slots": [{"at": "07:00", "weekdays": [0]}, {"at": "07:00"}]})
    )
    monday = datetime(2026, 11, 30, 6, 59, 50)
    decision = decide(schedule, monday, monday + timedelta(seconds=15), 15.0, set())
    assert [o.key for o in decision.fire] == ["2026-11-30T07:00"]


def test_what_to_play_plan_course_and_list(tmp_path):
    folder = tmp_path / "lessons" / "t"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text("编号：t\n名称：测试\n顺序：1\n", encoding="utf-8")
    for number, (name, month) in enumerate([("a", ""), ("b", "2026-12"), ("c", "")], start=1):
        text = f"编号：{name}\n标题：课{name}\n顺序：{number}\n" + (f"月份：{month}\n" if month else "")
        (folder / f"{name}.txt").write_text(text + "【正文】\n一。\n", encoding="utf-8")
    library = load_library([folder.parent])

    def ids(chosen):
        return [lesson.id for lesson in chosen[0]]

    assert ids(program(ON, library, MonthPlan("2026-12", "c"), "2026-12", 0)) == ["c", "b"]  # the plan's first
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
    code = (
        "import sys, desktop_app.broadcast.schedule, desktop_app.broadcast.program, desktop_app.storage.broadcasts;"
        "print(any(m.startswith('PySide6') for m in sys.modules));"
        "import desktop_app.broadcast.broadcaster; print('PySide6.QtWidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]
