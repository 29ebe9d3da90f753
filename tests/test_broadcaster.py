"""The broadcaster with real parts: QtCore offscreen, real espeak-ng through the SpeechService's
worker, real QMediaPlayers through ReadAloud, a real SQLite file; only the clocks are simulated.
A member's reading is paused for a broadcast and resumed after it; the log rows are right; the
secretary's stop is logged; a member's reading makes a broadcast wait, then skip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.broadcast.broadcaster import MAX_WAIT_SECONDS, TICK_MS, Broadcaster, member_hooks
from desktop_app.broadcast.program import chooser
from desktop_app.broadcast.schedule import Schedule, Slot
from desktop_app.lessons.library import load_library
from desktop_app.lessons.units import lesson_units
from desktop_app.speech.reading import ReadAloud
from desktop_app.speech.service import SpeechService
from desktop_app.storage.broadcasts import BroadcastStore
from desktop_app.storage.database import open_database
from desktop_app.storage.plan import PlanStore

WAIT = 30000
COURSE = "编号：t\n名称：测试\n顺序：1\n"
NEWS = "编号：news\n标题：广播课\n顺序：1\n【正文】\n一。二。\n"
SECOND = "编号：second\n标题：第二课\n顺序：2\n【正文】\n三。\n"
MEMBER = "编号：member\n标题：自学\n顺序：3\n【正文】\n一。二。三。四。五。六。七。八。九。十。\n"


@pytest.fixture
def parts(qapp, tmp_path: Path):
    folder = tmp_path / "lessons" / "t"
    folder.mkdir(parents=True)
    for name, text in [("课程.txt", COURSE), ("news.txt", NEWS), ("second.txt", SECOND), ("member.txt", MEMBER)]:
        (folder / name).write_text(text, encoding="utf-8")
    library = load_library([folder.parent])
    db = open_database(tmp_path / "study.db")
    service = SpeechService(tmp_path / "speech")
    service.start()
    yield library, db, service
    service.stop()
    db.close()


def simulated(start: datetime) -> tuple[Callable[[], datetime], Callable[[], float], Callable[[float, float], None]]:
    """A wall clock and a monotonic clock for tests, and advance(wall_seconds, real_seconds)."""
    state = {"wall": start, "mono": 1000.0}

    def advance(wall_seconds: float, real_seconds: float | None = None) -> None:
        state["wall"] += timedelta(seconds=wall_seconds)
        state["mono"] += wall_seconds if real_seconds is None else real_seconds

    return (lambda: state["wall"]), (lambda: state["mono"]), advance


def make(parts, schedule, start=datetime(2026, 12, 3, 6, 59, 50), **options):
    library, db, service = parts
    store = BroadcastStore(db)
    store.save_schedule(schedule)
    wall, mono, advance = simulated(start)
    broadcaster = Broadcaster(
        store, service, chooser(lambda: library, PlanStore(db), wall), wall=wall, monotonic=mono, **options
    )
    return broadcaster, store, advance


def slots(*times: str) -> tuple[Slot, ...]:
    return tuple(Slot(at) for at in times)


NEWS_LIST = Schedule(slots=slots("07:00"), enabled=True, what="list", lesson_ids=("news",), volume=0.8)


def test_a_members_reading_is_paused_for_the_broadcast_and_resumed_after(qtbot, parts):
    library, db, service = parts
    qtbot.waitUntil(lambda: service.available is True, timeout=WAIT)
    member, quiz = ReadAloud(service), ReadAloud(service)  # the quiz's reader is not reading
    quiz.set_units(lesson_units(library.lessons["second"]))
    member.set_units(lesson_units(library.lessons["member"]))
    member.play()
    qtbot.waitUntil(lambda: member.index >= 2 and member._state() == "playing", timeout=WAIT)
    broadcaster, store, advance = make(
        parts,
        replace(NEWS_LIST, during_reading=True),
        **dict(zip(("member_reading", "pause_member", "resume_member"), member_hooks(member, quiz), strict=True)),
    )
    broadcaster.start()
    assert not broadcaster.on_air  # 06:59:50
    seen, units = [], []
    broadcaster.unitChanged.connect(seen.append)
    broadcaster.unitsChanged.connect(lambda u: units.append([x.text for x in u]))
    advance(15)
    with qtbot.waitSignal(broadcaster.onAir, timeout=WAIT) as on_air:
        broadcaster.tick()
    assert on_air.args == ["2026-12-03T07:00", "广播课"]
    assert not member.playing
    paused_at = member.index
    (row,) = store.rows()  # logged at once: a program killed now leaves it as stopped, never replayed
    assert (row.outcome, row.started_at, row.ended_at) == ("stopped", "2026-12-03T07:00:05", None)
    qtbot.waitUntil(lambda: member._state() == "paused", timeout=WAIT)
    with qtbot.waitSignal(broadcaster.offAir, timeout=WAIT) as off_air:
        pass
    assert off_air.args == ["finished"]
    assert units[0] == [""] and units[1] == ["现在播放党员学习：广播课"]  # chime, opening
    assert units[2] == [u.text for u in lesson_units(library.lessons["news"])]
    assert seen and max(seen) == len(units[2]) - 1  # the highlight reached the last sentence
    assert member.playing and member.index == paused_at  # resumed where it was
    assert not quiz.playing  # only the reading that was playing is resumed
    qtbot.waitUntil(lambda: member._state() == "playing", timeout=WAIT)
    qtbot.waitUntil(lambda: member.index > paused_at, timeout=WAIT)  # and reads on past it
    (row,) = store.rows()
    assert (row.occurrence, row.lesson_ids, row.titles, row.outcome, row.stopped_by) == (
        "2026-12-03T07:00",
        ("news",),
        ("广播课",),
        "finished",
        "",
    )
    assert row.started_at == "2026-12-03T07:00:05" and row.ended_at is not None
    broadcaster.shutdown()
    member.shutdown()


def test_the_secretary_stops_it_logged_stopped_and_a_course_goes_on_only_after_a_finished_one(qtbot, parts):
    library, db, service = parts
    schedule = replace(NEWS_LIST, what="course", course_id="t", chime=False, opening=False, lesson_ids=())
    broadcaster, store, advance = make(parts, replace(schedule, slots=slots("07:00", "07:01")))
    broadcaster.start()
    advance(15)
    with qtbot.waitSignal(broadcaster.onAir, timeout=WAIT) as on_air:
        broadcaster.tick()
    assert on_air.args[1] == "广播课"
    with qtbot.waitSignal(broadcaster.offAir, timeout=WAIT) as off_air:
        broadcaster.stop("secretary")
    assert off_air.args == ["stopped"] and not broadcaster.on_air
    assert store.course_position() == 0  # stopped: the same lesson next time
    advance(60)
    with qtbot.waitSignal(broadcaster.offAir, timeout=WAIT) as off_air:
        broadcaster.tick()  # 07:01: the course's first lesson again, to the end
    assert off_air.args == ["finished"] and store.course_position() == 1
    rows = store.rows()
    assert [(r.occurrence, r.outcome, r.stopped_by, r.lesson_ids) for r in rows] == [
        ("2026-12-03T07:01", "finished", "", ("news",)),
        ("2026-12-03T07:00", "stopped", "secretary", ("news",)),
    ]
    broadcaster.shutdown()


def test_two_slots_together_play_one_after_the_other(qtbot, parts):
    schedule = replace(NEWS_LIST, chime=False, opening=False, slots=slots("07:00", "07:01"))
    broadcaster, store, advance = make(parts, schedule)
    broadcaster.start()
    advance(75, 15)  # one late tick covers both (75 s of wall clock in 15 s: not a clock change)
    airs = []
    broadcaster.onAir.connect(lambda key, title: airs.append(key))
    broadcaster.tick()
    assert airs == ["2026-12-03T07:00"] and [o.key for o in broadcaster.queue] == ["2026-12-03T07:01"]
    qtbot.waitUntil(lambda: [r.ended_at is not None for r in store.rows()] == [True, True], timeout=2 * WAIT)
    assert airs == ["2026-12-03T07:00", "2026-12-03T07:01"]
    assert [r.outcome for r in store.rows()] == ["finished", "finished"]
    broadcaster.shutdown()


def test_a_members_reading_makes_it_wait_then_skip(qtbot, parts):
    reading = [True]
    paused = []
    broadcaster, store, advance = make(
        parts, NEWS_LIST, member_reading=lambda: reading[0], pause_member=lambda: paused.append(1)
    )
    broadcaster.start()
    advance(15)
    broadcaster.tick()
    assert not broadcaster.on_air and len(broadcaster.queue) == 1 and paused == []
    advance(MAX_WAIT_SECONDS - 30)
    broadcaster.tick()
    assert not broadcaster.on_air and store.rows() == []  # still waiting
    advance(60)
    broadcaster.tick()
    (row,) = store.rows()
    assert (row.occurrence, row.outcome) == ("2026-12-03T07:00", "skipped") and not broadcaster.queue
    # a later one while nobody reads plays at once
    broadcaster2, store2, advance2 = make(
        parts, replace(NEWS_LIST, slots=slots("07:40")), member_reading=lambda: reading[0]
    )
    reading[0] = True
    broadcaster2.start()  # 06:59:50 again: 07:00 is taken (skipped), nothing missed
    advance2(45 * 60)
    broadcaster2.tick()
    assert not broadcaster2.on_air
    reading[0] = False
    with qtbot.waitSignal(broadcaster2.onAir, timeout=WAIT):
        advance2(15)
        broadcaster2.tick()
    assert paused == []
    broadcaster.shutdown()
    broadcaster2.shutdown()


def test_missed_while_off_is_logged_at_start_and_the_timer_ticks(qtbot, parts):
    broadcaster, store, advance = make(parts, NEWS_LIST, start=datetime(2026, 12, 3, 19, 0))
    store.set_last_check(datetime(2026, 12, 2, 22, 0))
    logged = []
    broadcaster.logged.connect(lambda: logged.append(1))
    broadcaster.start()
    (row,) = store.rows()
    assert (row.occurrence, row.outcome, row.started_at) == ("2026-12-03T07:00", "missed", None) and logged
    assert not broadcaster.on_air and store.last_check() == datetime(2026, 12, 3, 19, 0)
    assert broadcaster.timer.isActive() and broadcaster.timer.interval() == TICK_MS
    broadcaster.shutdown()


def test_a_bad_stored_schedule_is_told_and_off(qtbot, parts):
    broadcaster, store, advance = make(parts, NEWS_LIST)
    store.db.execute("UPDATE broadcast_state SET schedule = 'not json'")
    with qtbot.waitSignal(broadcaster.scheduleProblem, timeout=1000) as told:
        broadcaster.start()
    assert "先不播" in told.args[0] and "重新设" in told.args[0]
    advance(15)
    broadcaster.tick()
    assert not broadcaster.on_air and store.rows() == []
    broadcaster.shutdown()


def test_no_speech_engine_skips_it_plainly_logged(qtbot, parts, tmp_path):
    library, db, _ = parts
    service = SpeechService(tmp_path / "none", command=[str(tmp_path / "no-such-engine")])
    service.start()
    qtbot.waitUntil(lambda: service.available is False, timeout=WAIT)
    store = BroadcastStore(db)
    store.save_schedule(NEWS_LIST)
    wall, mono, advance = simulated(datetime(2026, 12, 3, 6, 59, 50))
    broadcaster = Broadcaster(store, service, chooser(lambda: library, PlanStore(db), wall), wall=wall, monotonic=mono)
    broadcaster.start()
    advance(15)
    broadcaster.tick()
    assert not broadcaster.on_air
    assert [(r.occurrence, r.outcome) for r in store.rows()] == [("2026-12-03T07:00", "skipped")]
    broadcaster.shutdown()
    service.stop()


def test_the_shipped_chime_is_short_mono_22050_and_made_by_the_tool(tmp_path):
    import importlib.util
    import wave

    from desktop_app.broadcast.broadcaster import chime_path

    spec = importlib.util.spec_from_file_location(
        "make_chime", Path(__file__).parent.parent / "tools" / "make_chime.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    make = tool.make

    with wave.open(str(chime_path())) as shipped:
        assert (shipped.getnchannels(), shipped.getframerate(), shipped.getsampwidth()) == (1, 22050, 2)
        assert 1.0 <= shipped.getnframes() / shipped.getframerate() <= 2.0
        frames = shipped.readframes(shipped.getnframes())
    peak = max(abs(int.from_bytes(frames[i : i + 2], "little", signed=True)) for i in range(0, len(frames), 2))
    assert 8000 < peak < 32000  # heard, never clipped
    assert make(tmp_path / "chime.wav").read_bytes() == chime_path().read_bytes()
