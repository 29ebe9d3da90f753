"""说给我听 on the real widgets with the real engine (espeak-ng through pyttsx3) and a real
QMediaPlayer: a touch says the control's name and acts, a long press only says it, a new touch
cuts off what was being said, a palm does nothing, a screen says its prompt when it opens and a
message is said when it is shown; the prompts of every screen are translated."""

from __future__ import annotations

import re
import wave
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.gui.names import SCREENS
from desktop_app.gui.talk import spoken_name, spoken_text
from desktop_app.settings import Settings
from desktop_app.storage.pin import PinStore

from .secretary_steps import PIN
from .talk_steps import hold, palm, touch
from .test_picker_gui import tile_of

WAIT = 20_000


def speaking(window, talk: str = "on") -> None:
    window.apply_settings(replace(window.context.settings, talk=talk))


def ready(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.speech.available is True, timeout=WAIT)


def said(qtbot, window, text: str):
    """Wait until text is handed to the player; its WAV file must hold sound."""
    with qtbot.waitSignal(window.talker.voice.started, timeout=WAIT, check_params_cb=lambda t, _p: t == text) as got:
        pass
    return got


def heard(qtbot, window, text: str) -> Path:
    got = said(qtbot, window, text)
    path = Path(got.args[1])
    with wave.open(str(path)) as audio:
        assert audio.getnframes() > audio.getframerate() // 20  # more than 50 ms of sound
    return path


@pytest.fixture
def kiosk(qtbot, window, context):
    """A shared kiosk with two members: 说给我听 is on there by default."""
    context.members.add("李秀兰", "第一支部", "2001")
    context.members.add("刘建国", "第一支部", "2005")
    window.apply_settings(replace(context.settings, mode="shared"))
    window.sign_out()
    assert context.settings.talk == "auto" and context.settings.speaks
    ready(qtbot, window)
    return window


def test_a_touch_says_the_name_and_acts_then_the_new_screen_says_what_to_do(qtbot, kiosk, context):
    tile = tile_of(kiosk, "李秀兰")
    with qtbot.waitSignal(kiosk.talker.voice.started, timeout=WAIT) as name:
        touch(qtbot, tile)
    assert name.args[0].startswith("李秀兰")
    assert kiosk.current_screen_name() == "home" and context.member.name == "李秀兰"  # it acted too
    heard(qtbot, kiosk, "按大按钮，继续学习")  # the home screen's prompt, after the name


def test_a_long_press_says_it_without_acting(qtbot, kiosk, context):
    tile = tile_of(kiosk, "刘建国")
    with qtbot.waitSignal(kiosk.talker.voice.started, timeout=WAIT) as name:
        hold(qtbot, tile)
    assert name.args[0].startswith("刘建国")
    assert kiosk.current_screen_name() == "picker" and context.member is None  # nobody signed in
    assert not tile.isDown()
    touch(qtbot, tile)  # a short touch afterwards acts as usual
    assert kiosk.current_screen_name() == "home" and context.member.name == "刘建国"


def test_a_new_touch_cuts_off_what_was_being_said(qtbot, kiosk):
    voice = kiosk.talker.voice
    long = "请点您的名字。没有名字的，请点客人。" * 4
    voice.then(long)  # a long prompt is being said
    said(qtbot, kiosk, long)
    qtbot.waitUntil(lambda: voice.player.source().toLocalFile() == voice.path, timeout=WAIT)  # in the player
    tile = tile_of(kiosk, "刘建国")
    with qtbot.waitSignal(voice.started, timeout=WAIT) as name:
        hold(qtbot, tile)  # explored by touch while the prompt goes on
    assert name.args[0] == spoken_name(tile)
    assert voice.saying == spoken_name(tile) and voice.following == []  # the prompt is not taken up again
    qtbot.waitUntil(lambda: not voice.busy, timeout=WAIT)
    assert voice.saying == ""


def test_a_palm_does_nothing(qtbot, kiosk, context):
    ignored = []
    kiosk.talker.ignored.connect(ignored.append)
    palm(qtbot, tile_of(kiosk, "李秀兰"), tile_of(kiosk, "刘建国"))
    qtbot.wait(50)
    assert ignored == ["palm"]
    assert kiosk.current_screen_name() == "picker" and context.member is None
    touch(qtbot, tile_of(kiosk, "李秀兰"))  # one finger again: it acts
    assert context.member is not None and context.member.name == "李秀兰"


def test_a_message_is_said_when_it_is_shown(qtbot, kiosk, context):
    PinStore(context.db).set_pin(PIN)
    kiosk.door.enter()
    assert kiosk.current_screen_name() == "pin"
    for digit in "9999":
        touch(qtbot, kiosk.pin.keys[digit])
    touch(qtbot, kiosk.pin.ok_button)
    assert kiosk.pin.message.text() == "密码不对，还可以试 4 次。"
    heard(qtbot, kiosk, "密码不对，还可以试 4 次。")


def test_at_home_it_is_off_unless_chosen(qtbot, window, context):
    assert not context.settings.speaks  # home use: off by default
    ready(qtbot, window)
    started = []
    window.talker.voice.started.connect(lambda text, _path: started.append(text))
    touch(qtbot, window.home.settings_button)
    assert window.current_screen_name() == "settings"
    qtbot.wait(300)
    assert started == []
    touch(qtbot, window.settings.talk_buttons["on"])  # the member's own choice
    assert context.settings.talk == "on" and context.settings.speaks
    assert window.settings.talk_buttons["on"].text().startswith("✔")
    back = spoken_name(window.settings.back_button)
    with qtbot.waitSignal(window.talker.voice.started, timeout=WAIT, check_params_cb=lambda t, _p: t == back):
        touch(qtbot, window.settings.back_button)  # from now on a touch is said
    assert window.current_screen_name() == "home"


def test_while_a_lesson_is_read_the_reading_is_not_talked_over(qtbot, window, context):
    speaking(window)
    ready(qtbot, window)
    window.open_lesson(next(iter(context.library.lessons)))
    window.reading.play()
    qtbot.waitUntil(lambda: window.reading.playing, timeout=WAIT)
    started = []
    window.talker.voice.started.connect(lambda text, _path: started.append(text))
    touch(qtbot, window.reader.next_button)  # a big control acts, its name is not said over the lesson
    qtbot.wait(300)
    assert window.reading.playing and started == []
    name = spoken_name(window.reader.next_button)
    with qtbot.waitSignal(window.talker.voice.started, timeout=WAIT, check_params_cb=lambda t, _p: t == name):
        hold(qtbot, window.reader.next_button)  # asked what it is: the lesson pauses and the name is said
    assert not window.reading.playing


@pytest.mark.parametrize("name", SCREENS)
def test_every_screen_has_a_prompt_in_chinese(qtbot, window, name):
    screen = window.screen(name)
    if name == "reader":
        window.open_lesson(next(iter(window.context.library.lessons)))
    prompt = screen.prompt()
    assert prompt and re.search(r"[\u4e00-\u9fff]", prompt), f"{name}: {prompt!r}"


def test_the_screens_prompts_are_said_when_they_open(qtbot, window, context):
    speaking(window)
    ready(qtbot, window)
    for name in ("library", "my_study", "settings", "ladder"):
        window.show_screen(name)
        heard(qtbot, window, spoken_text(window.screen(name).prompt()))
        window.go_back()


def test_the_setting_is_declared_with_its_default():
    assert Settings().talk == "auto" and not Settings().speaks
    assert Settings(mode="shared").speaks and not Settings(mode="shared", talk="off").speaks
    assert Settings(talk="on").speaks
    assert QCoreApplication.translate("Settings", "Say it to me") == "说给我听"
