"""The loudspeaker (大喇叭) in the program, with real parts: the main window offscreen, real
espeak-ng through the speech worker, real QMediaPlayers, a real SQLite file; only the clocks of a
scheduled slot are simulated. On air, the on-air view covers the window, follows the sentence
being read, and no member touch or key stops it; the secretary stops it with the PIN; a member's
reading is paused and resumed; the secretary's screens save every choice and list the log."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.broadcast.schedule import Occurrence, Schedule, Slot
from desktop_app.broadcast.words import days_text, log_text, slot_text
from desktop_app.storage.broadcasts import FINISHED, MEMBER, MISSED, SKIPPED, STOPPED, BroadcastStore, LogRow
from desktop_app.storage.pin import PinStore

WAIT = 40000
PIN = "2580"
COURSE = "编号：t\n名称：测试课\n顺序：1\n"
NEWS = "编号：news\n标题：广播课\n顺序：1\n【正文】\n一。二。三。\n"
SECOND = "编号：second\n标题：第二课\n顺序：2\n【正文】\n四。\n"
MEMBER_LESSON = "编号：member\n标题：自学\n顺序：3\n【正文】\n" + "一二三四五。" * 12 + "\n"


@pytest.fixture
def small_context(data_dir: Path, tmp_path: Path):
    from desktop_app.context import create_context

    folder = tmp_path / "lessons" / "t"
    folder.mkdir(parents=True)
    for name, text in [("课程.txt", COURSE), ("news.txt", NEWS), ("second.txt", SECOND), ("member.txt", MEMBER_LESSON)]:
        (folder / name).write_text(text, encoding="utf-8")
    context = create_context(data_dir, [folder.parent])
    yield context
    context.db.close()


@pytest.fixture
def on_window(app, qtbot, small_context):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(small_context)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.speech.available is True, timeout=WAIT)
    window.loudspeaker.start_now()  # not a moment later (START_DELAY_MS), in the middle of a test
    return window


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def news_schedule(**options) -> Schedule:
    values = {"slots": (Slot("07:00"),), "enabled": True, "what": "list", "lesson_ids": ("news",), "chime": False}
    values.update(options)
    return Schedule(**values)


def on_air(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.loudspeaker.on_air and window.loudspeaker.view.isVisible(), timeout=WAIT)


def rows(window) -> list[LogRow]:
    return BroadcastStore(window.context.db).rows()


# -- on air ---------------------------------------------------------------------------------------


def test_a_slot_plays_over_the_members_screen_and_no_member_key_or_touch_stops_it(qtbot, on_window):
    window = on_window
    window.open_lesson("member")
    speaker = window.loudspeaker
    clock = {"wall": datetime(2026, 12, 3, 6, 59, 50), "mono": 500.0}
    broadcaster = speaker.broadcaster
    broadcaster.wall, broadcaster.monotonic = (lambda: clock["wall"]), (lambda: clock["mono"])
    broadcaster.set_schedule(news_schedule())
    broadcaster.tick()
    assert not speaker.on_air  # not yet seven
    clock["wall"] += timedelta(seconds=15)
    clock["mono"] += 15
    broadcaster.tick()
    on_air(qtbot, window)
    view = speaker.view
    assert view.geometry() == window.rect() and not window.stack.isEnabled()
    assert view.what.text() == "广播课"
    assert window.idle_guard.is_listening() and not window.talker.enabled()

    QTest.keyClick(window, Qt.Key.Key_Escape)  # what a member might press
    QTest.keyClick(view, Qt.Key.Key_Space)
    window.reader.play_button.click()  # underneath: disabled, takes nothing
    settle()
    assert speaker.on_air and window.current_screen_name() == "reader" and not window.reading.playing

    qtbot.waitUntil(lambda: len(view.text.units) > 1, timeout=WAIT)  # the lesson, after the opening
    units = view.text.units
    qtbot.waitUntil(lambda: view.text.index == len(units) - 1, timeout=WAIT)  # the highlight follows
    assert view.text.current_text() == units[-1].text == "三。"
    assert view.text.accessibleName() == "三。"

    qtbot.waitUntil(lambda: not speaker.on_air, timeout=WAIT)
    settle()
    assert not view.isVisible() and window.stack.isEnabled()
    assert window.current_screen_name() == "reader"  # the member is where they were
    row = rows(window)[0]
    assert (row.occurrence, row.outcome, row.titles) == ("2026-12-03T07:00", FINISHED, ("广播课",))


def test_the_secretary_stops_it_with_the_pin_and_a_wrong_pin_does_not(qtbot, on_window):
    window = on_window
    PinStore(window.context.db).set_pin(PIN)
    window.loudspeaker.save_schedule(news_schedule(lesson_ids=("member",)))
    assert window.loudspeaker.play_now()
    on_air(qtbot, window)
    view = window.loudspeaker.view
    view.stop_button.click()
    assert view.pages.currentWidget() is view.pin and view.pin.title.text() == "停止广播：请支部书记输入密码"
    for digit in "1111":
        view.pin.keys[digit].click()
    view.pin.ok_button.click()
    settle()
    assert window.loudspeaker.on_air  # a wrong PIN stops nothing
    for digit in PIN:
        view.pin.keys[digit].click()
    view.pin.ok_button.click()
    qtbot.waitUntil(lambda: not window.loudspeaker.on_air, timeout=WAIT)
    assert not view.isVisible() and window.stack.isEnabled()
    row = rows(window)[0]
    assert (row.outcome, row.stopped_by) == (STOPPED, "secretary") and row.occurrence.endswith(" trial")
    assert "书记停了" in log_text(row) and "（试播）" in log_text(row)


def test_with_the_secretarys_page_open_stop_needs_no_pin_and_a_second_trial_waits(qtbot, on_window):
    window = on_window
    window.door.open = True
    window.loudspeaker.save_schedule(news_schedule(lesson_ids=("member",)))
    assert window.loudspeaker.play_now()
    on_air(qtbot, window)
    assert not window.loudspeaker.play_now()  # one on air already
    window.loudspeaker.view.stop_button.click()
    qtbot.waitUntil(lambda: not window.loudspeaker.on_air, timeout=WAIT)
    assert rows(window)[0].stopped_by == "secretary"


def test_a_members_reading_is_paused_for_it_and_goes_on_after(qtbot, on_window):
    window = on_window
    window.loudspeaker.save_schedule(news_schedule(during_reading=True))
    window.open_lesson("member")
    window.reading.play()
    qtbot.waitUntil(lambda: window.reading.playing and window.reading.index >= 1, timeout=WAIT)
    assert window.loudspeaker.play_now()
    on_air(qtbot, window)
    assert not window.reading.playing
    sentence = window.reading.index
    qtbot.waitUntil(lambda: not window.loudspeaker.on_air, timeout=WAIT)
    qtbot.waitUntil(lambda: window.reading.playing, timeout=WAIT)
    assert window.reading.index == sentence  # on from the same sentence


def test_without_leave_to_interrupt_it_waits_for_the_members_reading(qtbot, on_window):
    window = on_window
    window.loudspeaker.save_schedule(news_schedule(during_reading=False))
    window.open_lesson("member")
    window.reading.play()
    qtbot.waitUntil(lambda: window.reading.playing, timeout=WAIT)
    window.loudspeaker.play_now()
    settle()
    assert not window.loudspeaker.on_air and window.reading.playing
    window.reading.pause()  # the member stops listening: it goes on air at the next tick
    window.loudspeaker.broadcaster.tick()
    on_air(qtbot, window)
    window.door.open = True
    window.loudspeaker.view.stop_button.click()


# -- the on-air text ------------------------------------------------------------------------------


@given(st.integers(1, 400))
def test_the_sentence_on_air_is_shown_whole_however_long(qapp, length):
    from desktop_app.gui.on_air_view import SMALLEST_PT, OnAirText
    from desktop_app.text.sentences import Unit

    text = OnAirText()
    text.resize(900, 500)
    sentence = ("党员学习大喇叭" * 60)[:length] + "。"
    text.set_units([Unit("sentence", sentence, 0, 0, len(sentence)), Unit("sentence", "下一句。", 0, 0, 4)])
    document = text.layout_text()
    assert document.size().height() <= 500 or text.shown_pt == SMALLEST_PT
    assert text.shown_units in (1, 2)
    assert document.toPlainText().startswith(sentence)


# -- the secretary's screens ----------------------------------------------------------------------


def test_the_secretary_sets_times_what_and_options_and_each_is_saved(qtbot, on_window):
    window = on_window
    window.door.open = True
    window.show_screen("secretary")
    window.secretary.tiles["broadcasts"].click()
    screen = window.broadcasts
    assert window.current_screen_name() == "broadcasts"
    store = BroadcastStore(window.context.db)

    screen.buttons[("enabled", True)].click()
    assert store.schedule()[0].enabled and screen.buttons[("enabled", True)].isChecked()
    screen.add_button.click()
    editor = screen.editor
    assert screen.views.currentWidget() is editor and editor.time.text() == "广播时间：07:00"
    editor.step_buttons[1].click()  # an hour later
    editor.step_buttons[3].click()  # five minutes later
    editor.step_buttons[3].click()
    editor.day_buttons[0].click()  # Monday
    editor.day_buttons[2].click()  # Wednesday
    editor.save_button.click()
    assert store.schedule()[0].slots == (Slot("08:10", frozenset({0, 2})),)
    assert [b.full_text for b in screen.slot_buttons] == ["周一、周三 08:10"]

    screen.slot_buttons[0].click()  # changed: every day, an hour earlier
    editor.every_day.click()
    editor.step_buttons[0].click()
    editor.save_button.click()
    assert store.schedule()[0].slots == (Slot("07:10"),)
    screen.slot_buttons[0].click()
    editor.delete_button.click()
    assert store.schedule()[0].slots == ()
    assert screen.message.text() == "已保存。请加一个广播时间，它才会播。"

    screen.buttons[("what", "course")].click()
    assert screen.views.currentIndex() == 2 and [r.full_text for r in screen.rows] == ["测试课"]
    screen.rows[0].click()
    saved = store.schedule()[0]
    assert (saved.what, saved.course_id) == ("course", "t")
    assert screen.buttons[("what", "course")].full_text == "✔ 一门课接着播：测试课"

    screen.buttons[("what", "list")].click()
    assert screen.done_button.isVisible() and not screen.log_button.isVisible()
    screen.rows[2].click()  # 自学, then 广播课: kept in the lessons' order
    screen.rows[0].click()
    screen.done_button.click()
    saved = store.schedule()[0]
    assert (saved.what, saved.lesson_ids) == ("list", ("news", "member"))
    assert screen.buttons[("what", "list")].full_text == "✔ 选定的课（2课）"

    for key, value in [
        ("volume", 0.4),
        ("chime", False),
        ("opening", False),
        ("play_missed", True),
        ("during_reading", True),
    ]:
        screen.buttons[(key, value)].click()
        assert getattr(store.schedule()[0], key) == value, key
    assert window.loudspeaker.broadcaster.schedule == store.schedule()[0]  # in force at once


def test_a_bad_stored_schedule_is_said_plainly_and_plays_nothing(qtbot, on_window):
    window = on_window
    window.context.db.execute(
        "INSERT OR REPLACE INTO broadcast_state (id, schedule, updated_at) VALUES (1, '{bad', '')"
    )
    window.loudspeaker.broadcaster.tick()
    window.door.open = True
    window.show_screen("broadcasts")
    message = window.screen("broadcasts").message.text()
    assert "大喇叭的播放时间表坏了" in message and not window.loudspeaker.on_air


def test_the_log_lists_every_broadcast_in_words_latest_first(qtbot, on_window):
    window = on_window
    store = BroadcastStore(window.context.db)
    seven = Occurrence(datetime(2026, 12, 3, 7, 0), Slot("07:00"))
    evening = Occurrence(datetime(2026, 12, 3, 18, 30), Slot("18:30"))
    morning = Occurrence(datetime(2026, 12, 4, 7, 0), Slot("07:00"))
    store.log(seven, MISSED)
    store.log(evening, FINISHED, ("news",), ("广播课",), evening.when, evening.when + timedelta(minutes=3))
    store.log(morning, SKIPPED, stopped_by=MEMBER)
    window.door.open = True
    window.show_screen("broadcast_log")
    screen = window.screen("broadcast_log")
    texts = [row.findChild(type(screen.title)).text() for row in screen.rows]
    assert texts == [
        "12月4日 07:00\n没播：那时有党员在听课，等了30分钟",
        "12月3日 18:30  广播课\n播完了",
        "12月3日 07:00\n没播：那时机器没开",
    ]
    assert not screen.empty.isVisible()


def test_the_words_for_days_and_slots(app):
    assert days_text(frozenset()) == "每天" == days_text(frozenset(range(7)))
    assert days_text(frozenset(range(5))) == "周一到周五"
    assert slot_text(Slot("18:30", frozenset({6, 0}))) == "周一、周日 18:30"


def test_the_program_starts_the_loudspeaker_and_logs_what_it_missed_while_off(app, qtbot, small_context):
    from desktop_app.gui.loudspeaker import START_DELAY_MS
    from desktop_app.gui.main_window import MainWindow

    store = BroadcastStore(small_context.db)
    store.save_schedule(news_schedule(slots=(Slot("07:00"), Slot("18:30"))))
    store.set_last_check(datetime.now() - timedelta(days=2))  # the machine was off for two days
    window = MainWindow(small_context)
    qtbot.addWidget(window)
    window.show()
    assert store.rows() == [] and window.loudspeaker._broadcaster is None  # not at the start itself
    qtbot.waitUntil(lambda: len(store.rows()) >= 3, timeout=START_DELAY_MS + WAIT)
    assert {row.outcome for row in store.rows()} == {MISSED} and not window.loudspeaker.on_air
    assert window.loudspeaker.broadcaster.timer.isActive()  # and the schedule is watched from now on


def test_a_members_film_is_paused_for_it_and_goes_on_after(qtbot, app, context):
    """The shipped sample film (the shipped lessons): paused while on air, playing again after."""
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.speech.available is True, timeout=WAIT)
    window.loudspeaker.start_now()
    window.loudspeaker.save_schedule(news_schedule(during_reading=True, lesson_ids=("dangshi-01",), opening=True))
    window.open_film("jiankang-04")
    window.film.toggle()
    qtbot.waitUntil(window.film.playing, timeout=WAIT)
    assert window.loudspeaker.play_now()
    on_air(qtbot, window)
    assert not window.film.playing()
    window.door.open = True
    window.loudspeaker.view.stop_button.click()
    qtbot.waitUntil(window.film.playing, timeout=WAIT)
    window.film.toggle()
