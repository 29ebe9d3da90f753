"""A member who walks away from a shared kiosk: warned aloud with a countdown, one touch goes on,
the end of it goes back to the names. Driven through the real window with short pauses."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.idle_guard import COUNTDOWN_SECONDS, IDLE_SECONDS
from desktop_app.settings import TEXT_SIZES

from .test_elder_rules import check_screen, settle
from .test_picker_gui import go_shared, tile_of
from .test_reader_gui import click


def quick(window, idle_ms: int = 300, countdown: int = 3, tick_ms: int = 100) -> None:
    guard = window.idle_guard
    guard.idle.setInterval(idle_ms)
    guard.countdown_seconds = countdown
    guard.tick.setInterval(tick_ms)
    guard.idle.start()


@pytest.fixture
def signed_in(qtbot, window, context):
    context.members.add("李秀兰", "第一支部", "2001")
    go_shared(qtbot, window)
    click(qtbot, tile_of(window, "李秀兰"))
    click(qtbot, window.home.continue_button)
    qtbot.keyClick(window.reader.page_view, Qt.Key.Key_PageDown)
    return window


def test_the_real_pause_and_countdown_follow_the_rules():
    assert COUNTDOWN_SECONDS >= 20  # PRODUCT.md: a countdown of at least 20 s
    assert IDLE_SECONDS >= 3 * 60  # longer than a slow reader's page


def test_a_touch_on_the_warning_goes_on_where_they_were(qtbot, signed_in, context):
    window = signed_in
    spoken = []
    say = window.idle_guard.say
    window.idle_guard.say = lambda text: (spoken.append(text), say(text))
    quick(window, countdown=30)
    qtbot.waitUntil(window.idle.isVisible, timeout=5000)
    assert window.idle.geometry() == window.rect()  # covers everything: nothing else can be touched
    assert "30" in window.idle.countdown.text() or "29" in window.idle.countdown.text()
    assert len(spoken) == 1 and spoken[0].startswith("您还在学习吗")  # the question is asked aloud too
    qtbot.waitUntil(lambda: "28" in window.idle.countdown.text(), timeout=5000)  # it counts down
    qtbot.mouseClick(window.idle, Qt.MouseButton.LeftButton)
    assert not window.idle.isVisible()
    assert window.current_screen_name() == "reader" and window.reader.page_view.current_page() == 1
    assert context.member.name == "李秀兰"


def test_the_big_button_and_the_keyboard_go_on_too(qtbot, signed_in):
    window = signed_in
    quick(window, countdown=30)
    qtbot.waitUntil(window.idle.isVisible, timeout=5000)
    assert window.idle.go_on_button.hasFocus()
    qtbot.keyClick(window.idle.go_on_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.idle.isVisible(), timeout=2000)


def test_when_nobody_answers_it_goes_back_to_the_names(qtbot, signed_in, context):
    window = signed_in
    member = context.member
    quick(window, countdown=3)
    qtbot.waitUntil(window.idle.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: window.current_screen_name() == "picker", timeout=5000)
    assert not window.idle.isVisible() and context.guest  # the next person records nothing on her name
    assert context.members.get(member.id) == member
    kept = context.db.execute("SELECT page FROM progress WHERE member_id = ?", [member.id]).fetchone()
    assert kept == (1,)  # what she did is kept


def test_touching_keeps_the_pause_from_ending(qtbot, signed_in):
    window = signed_in
    guard = window.idle_guard
    quick(window, idle_ms=2000)
    for _ in range(3):
        qtbot.waitUntil(lambda: guard.idle.remainingTime() < 1000, timeout=5000)
        qtbot.mouseClick(window.reader.page_view, Qt.MouseButton.LeftButton)
        assert guard.idle.remainingTime() > 1500  # the pause starts again from a touch
        assert not window.idle.isVisible()


def test_home_use_and_the_picker_are_never_interrupted(qtbot, window, context):
    guard = window.idle_guard
    quick(window)
    assert not guard.active  # home use: nobody is watched ...
    with qtbot.waitSignal(guard.idle.timeout, timeout=5000):
        pass
    assert not window.idle.isVisible()  # ... and the end of a pause does nothing
    context.members.add("李秀兰", "第一支部", "2001")
    go_shared(qtbot, window)
    quick(window)
    assert not guard.active
    with qtbot.waitSignal(guard.idle.timeout, timeout=5000):
        pass
    assert not window.idle.isVisible() and window.current_screen_name() == "picker"


def test_listening_is_not_a_pause(qtbot, signed_in):
    window = signed_in
    guard = window.idle_guard
    if window.speech.available is not True:
        qtbot.waitUntil(lambda: window.speech.available is not None, timeout=10000)
    assert window.speech.available, "espeak-ng is needed for this test"
    window.reading.play()
    qtbot.waitUntil(lambda: window.reading.playing, timeout=5000)
    quick(window, idle_ms=300)
    for _ in range(2):  # the pause ends while she listens: no warning, the pause starts again
        with qtbot.waitSignal(guard.idle.timeout, timeout=5000):
            pass
        assert not window.idle.isVisible() and guard.idle.isActive()
    window.reading.pause()


@pytest.mark.parametrize("step", range(len(TEXT_SIZES)), ids=lambda s: f"{TEXT_SIZES[s]}pt")
def test_the_warning_follows_the_elder_rules(qtbot, signed_in, step):
    window = signed_in
    for theme in ("paper", "contrast"):
        window.apply_settings(replace(window.context.settings, text_step=step, theme=theme))
        quick(window, countdown=30, idle_ms=50)
        qtbot.waitUntil(window.idle.isVisible, timeout=5000)
        settle()
        assert check_screen(window, "idle", window.idle) == []
        window.idle_guard.go_on()
        QApplication.processEvents()
