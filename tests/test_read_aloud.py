"""Reading aloud with the real engine (espeak-ng through pyttsx3, in the worker process) and a real
QMediaPlayer, offscreen: the highlight moves through the sentences in order, pause and resume,
next and previous, speed, a killed worker, and no engine or no voice at all."""

from __future__ import annotations

import os
import signal
import wave
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer

from desktop_app.context import create_context
from desktop_app.gui.main_window import MainWindow
from desktop_app.settings import RATES
from desktop_app.speech.service import SpeechService
from desktop_app.storage import FINISHED

from .talk_steps import touch

COURSE = "编号：t\n名称：测试\n顺序：1\n"
SHORT = "编号：short\n标题：短课\n顺序：1\n【正文】\n# 一、开头\n一。二。三。\n四。五。\n# 二、结尾\n六。七。\n"
LONG = (
    "编号：long\n标题：长句\n顺序：2\n【正文】\n"
    "党员要认真学习党章，遵守党的纪律，密切联系群众，全心全意为人民服务，做到吃苦在前，享受在后。\n"
    "第二句。\n"
)
WAIT = 20000


@pytest.fixture
def lessons(tmp_path: Path) -> Path:
    folder = tmp_path / "lessons" / "t"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text(COURSE, encoding="utf-8")
    (folder / "short.txt").write_text(SHORT, encoding="utf-8")
    (folder / "long.txt").write_text(LONG, encoding="utf-8")
    return folder.parent


def make_window(qtbot, data_dir: Path, lessons: Path, speech: SpeechService | None = None, **settings):
    context = create_context(data_dir, [lessons])
    if settings:
        context.update_settings(replace(context.settings, **settings))
    window = MainWindow(context, speech)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.fixture
def window(app, qtbot, data_dir, lessons):
    main = make_window(qtbot, data_dir, lessons, rate_step=len(RATES) - 1)
    qtbot.waitUntil(lambda: main.speech.available is True, timeout=WAIT)
    yield main
    main.close()


def record(signal_) -> list:
    seen = []
    signal_.connect(lambda *args: seen.append(args[0] if len(args) == 1 else args))
    return seen


def test_play_reads_every_sentence_in_order_with_the_highlight(qtbot, window):
    window.open_lesson("short")
    reader, reading = window.reader, window.reading
    assert len(reader.units) == 10
    highlights = []
    reading.unitChanged.connect(lambda i: highlights.append((i, reader.page_view.highlight())))
    handed = record(reading.audioHanded)
    with qtbot.waitSignal(reading.finished, timeout=WAIT):
        qtbot.mouseClick(reader.player_bar.play_button, Qt.MouseButton.LeftButton)
    assert handed == list(range(10))
    assert [i for i, _ in highlights] == list(range(1, 10))
    for index, span in highlights:
        assert span == reader.unit_span(index)
        start, length = span
        assert reader.page_view.doc.toPlainText()[start : start + length] == reader.units[index].text
    progress = window.context.progress.get(window.context.member_id, "short")
    assert progress.state == FINISHED
    assert "朗读" in reader.player_bar.play_button.text()


def test_every_rendered_file_is_real_speech(qtbot, window):
    window.open_lesson("short")
    with qtbot.waitSignal(window.reading.finished, timeout=WAIT):
        window.reading.play()
    files = list((window.context.data_dir / "cache" / "speech" / "espeak").rglob("*.wav"))
    assert len(files) == 10
    for path in files:
        with wave.open(str(path)) as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert 0.2 < seconds < 5 and wav.getnchannels() == 1


def test_pause_resumes_in_the_middle_of_the_sentence(qtbot, window):
    window.open_lesson("long")
    reading, player = window.reading, window.reading.player
    window.apply_settings(replace(window.context.settings, rate_step=RATES.index(1.0)))
    reading.play(1)
    qtbot.waitUntil(lambda: player.position() > 800, timeout=WAIT)
    qtbot.keyClick(window.reader.page_view, Qt.Key.Key_Space)
    assert not reading.playing
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PausedState, timeout=1000)  # queued
    paused_at = player.position()
    qtbot.wait(400)
    assert player.position() == paused_at and reading.index == 1
    assert "朗读" in window.reader.player_bar.play_button.text()
    qtbot.keyClick(window.reader.page_view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.position() > paused_at + 200, timeout=WAIT)
    assert reading.index == 1  # the same sentence, resumed where it stopped
    assert "暂停" in window.reader.player_bar.play_button.text()


def test_next_and_previous_sentence_and_paragraph(qtbot, window):
    window.open_lesson("short")
    bar, reading = window.reader.player_bar, window.reading
    window.apply_settings(replace(window.context.settings, rate_step=0))  # slow: time to press buttons
    reading.play(2)
    handed = record(reading.audioHanded)
    qtbot.mouseClick(bar.next_sentence, Qt.MouseButton.LeftButton)
    assert reading.index == 3
    qtbot.waitUntil(lambda: 3 in handed, timeout=WAIT)
    qtbot.mouseClick(bar.previous_sentence, Qt.MouseButton.LeftButton)
    assert reading.index == 2
    qtbot.waitUntil(lambda: handed[-1] == 2, timeout=WAIT)
    qtbot.mouseClick(bar.next_paragraph, Qt.MouseButton.LeftButton)
    assert reading.units[reading.index].text == "四。"
    qtbot.mouseClick(bar.next_paragraph, Qt.MouseButton.LeftButton)
    assert reading.units[reading.index].kind == "heading"
    qtbot.mouseClick(bar.previous_paragraph, Qt.MouseButton.LeftButton)
    assert reading.units[reading.index].text == "四。"
    assert reading.playing
    qtbot.waitUntil(lambda: handed[-1] == reading.index, timeout=WAIT)


def test_speed_changes_the_player_rate_with_pitch_kept(qtbot, window):
    window.open_lesson("long")
    bar, player = window.reader.player_bar, window.reading.player
    window.apply_settings(replace(window.context.settings, rate_step=RATES.index(1.0)))
    window.reading.play()
    qtbot.mouseClick(bar.faster, Qt.MouseButton.LeftButton)
    assert window.context.settings.rate == 1.25 and player.playbackRate() == pytest.approx(1.25)
    for _ in range(6):
        qtbot.mouseClick(bar.slower, Qt.MouseButton.LeftButton)
    assert window.context.settings.rate == 0.5 and player.playbackRate() == pytest.approx(0.5)
    assert not bar.slower.isEnabled()
    assert player.pitchCompensation()
    qtbot.mouseClick(bar.quieter, Qt.MouseButton.LeftButton)
    assert window.context.settings.volume < 1.0
    assert window.reading.output.volume() == pytest.approx(window.context.settings.volume)


def test_a_killed_worker_is_restarted_and_the_reading_goes_on(qtbot, window):
    window.open_lesson("short")
    reading, speech = window.reading, window.speech
    handed = record(reading.audioHanded)
    reading.play()
    qtbot.waitUntil(lambda: len(handed) >= 1, timeout=WAIT)
    first_pid = speech.worker_pid()
    os.kill(first_pid, signal.SIGKILL)
    with qtbot.waitSignal(reading.finished, timeout=WAIT * 2):
        pass
    assert handed == list(range(10))
    assert speech.restart_count >= 1 and speech.worker_pid() not in (0, first_pid)


def test_a_hung_worker_is_killed_and_restarted(qtbot, app, data_dir, lessons):
    """A worker that never answers (SIGSTOP: a real hang) is killed after the time limit."""
    speech = SpeechService(data_dir / "cache" / "speech", timeout_ms=1500)
    window = make_window(qtbot, data_dir, lessons, speech, rate_step=len(RATES) - 1)
    qtbot.waitUntil(lambda: speech.available is True, timeout=WAIT)
    window.open_lesson("short")
    os.kill(speech.worker_pid(), signal.SIGSTOP)
    hung_pid = speech.worker_pid()
    with qtbot.waitSignal(window.reading.finished, timeout=WAIT * 2):
        window.reading.play()
    assert speech.restart_count >= 1 and speech.worker_pid() != hung_pid
    window.close()


def test_position_is_saved_and_a_restart_resumes_at_that_sentence(qtbot, app, data_dir, lessons):
    first = make_window(qtbot, data_dir, lessons)
    qtbot.waitUntil(lambda: first.speech.available is True, timeout=WAIT)
    first.open_lesson("short")
    first.reading.play()
    qtbot.waitUntil(lambda: first.reading.index >= 4, timeout=WAIT)
    first.reading.pause()
    reached = first.reading.index
    first.close()
    first.context.db.close()

    second = make_window(qtbot, data_dir, lessons)
    assert second.context.progress.get(second.context.member_id, "short").sentence == reached
    second.open_lesson("short")
    assert second.reading.index == reached
    handed = record(second.reading.audioHanded)
    qtbot.waitUntil(lambda: second.speech.available is True, timeout=WAIT)
    second.reading.play()
    qtbot.waitUntil(lambda: bool(handed), timeout=WAIT)
    assert handed[0] == reached
    second.close()


def test_while_reading_a_touch_on_the_text_does_nothing(qtbot, window):
    """Only the buttons react while a lesson is read aloud (issue 12): a sleeve or a hand resting
    on the page neither moves the reading nor opens a character."""
    window.open_lesson("short")
    reader, reading = window.reader, window.reading
    window.apply_settings(replace(window.context.settings, rate_step=0))
    reading.play()
    target = next(i for i, unit in enumerate(reader.units) if unit.text == "六。")
    start, _ = reader.unit_span(target)
    reader.page_view.show_position(start)
    point = reader.page_view.point_of(start)
    with qtbot.waitSignal(window.talker.ignored, timeout=1000) as why:
        touch(qtbot, reader.page_view, point.toPoint())
    assert why.args == ["reading"]
    assert reading.index == 0 and reading.playing
    assert not reader.char_panel.isVisible()
    touch(qtbot, reader.player_bar.play_button)  # a button still reacts: the reading pauses
    assert not reading.playing
    touch(qtbot, reader.page_view, point.toPoint())
    assert reading.index == target  # paused, a touch chooses where to read


def test_touching_a_character_says_its_word_and_sets_where_to_read(qtbot, window):
    window.open_lesson("long")
    reader, reading = window.reader, window.reading
    position = reader.page_view.doc.toPlainText().find("纪律")
    reader.page_view.show_position(position)
    qtbot.mouseClick(reader.page_view, Qt.MouseButton.LeftButton, pos=reader.page_view.point_of(position).toPoint())
    assert reader.char_panel.isVisible() and "纪律" in reader.char_panel.word_label.text()
    qtbot.waitUntil(
        lambda: reading.once_player.playbackState() == QMediaPlayer.PlaybackState.PlayingState, timeout=WAIT
    )
    assert reading.index == 1 and reader.page_view.highlight() == reader.unit_span(1)
    handed = record(reading.audioHanded)
    reading.play()
    qtbot.waitUntil(lambda: bool(handed), timeout=WAIT)
    assert handed[0] == 1


def test_radio_mode_goes_on_into_the_next_lesson(qtbot, app, data_dir, lessons):
    window = make_window(qtbot, data_dir, lessons, rate_step=len(RATES) - 1, radio=True)
    qtbot.waitUntil(lambda: window.speech.available is True, timeout=WAIT)
    window.open_lesson("short")
    window.reading.play()
    qtbot.waitUntil(lambda: window.reader.lesson.id == "long" and window.reading.playing, timeout=WAIT * 2)
    assert window.context.progress.get(window.context.member_id, "short").state == FINISHED
    window.close()


def test_no_engine_says_so_and_the_reader_still_works(qtbot, app, data_dir, lessons):
    speech = SpeechService(data_dir / "cache", command=[str(data_dir / "no-such-engine")])
    window = make_window(qtbot, data_dir, lessons, speech)
    qtbot.waitUntil(lambda: speech.available is False, timeout=WAIT)
    window.open_lesson("long")
    button = window.reader.player_bar.play_button
    assert "不能朗读" in button.text() and "没有装朗读软件" in button.accessibleName() and not button.isEnabled()
    assert not window.reader.player_bar.slower.isVisible()
    qtbot.keyClick(window.reader.page_view, Qt.Key.Key_Space)  # nothing happens, nothing breaks
    assert not window.reading.playing
    qtbot.keyClick(window.reader.page_view, Qt.Key.Key_End)
    assert window.reader.page_view.current_page() == window.reader.page_view.page_count() - 1
    window.close()


def test_no_chinese_voice_says_so(qtbot, app, data_dir, lessons):
    speech = SpeechService(data_dir / "cache", driver="dummy")  # pyttsx3's own engine that has no Chinese voice
    window = make_window(qtbot, data_dir, lessons, speech)
    qtbot.waitUntil(lambda: speech.available is True, timeout=WAIT)
    window.open_lesson("long")
    button = window.reader.player_bar.play_button
    assert "没有中文朗读声音" in button.accessibleName() and not button.isEnabled()
    window.close()


def test_cantonese_voice_is_offered_and_reads(qtbot, window):
    assert window.speech.has_voice("cantonese")
    window.apply_settings(replace(window.context.settings, voice="cantonese"))
    window.open_lesson("short")
    handed = record(window.reading.audioHanded)
    window.reading.play()
    qtbot.waitUntil(lambda: len(handed) >= 2, timeout=WAIT)
    key, _, _ = window.speech.key_for("短课", "cantonese")
    assert window.speech.speech_text("短课", "cantonese") == "短课"  # yue reads the characters themselves
    assert (window.context.data_dir / "cache" / "speech" / "espeak" / key[:2] / f"{key}.wav").is_file()


def write_narration(window, lessons: Path) -> Path:
    """A real recorded narration: the sentences rendered and joined into one WAV, with their start times."""
    from desktop_app.speech.export import PAUSE_SECONDS, join_wavs, render_all
    from desktop_app.text.sentences import text_units

    lesson = window.context.library.lessons["short"]
    units = text_units(lesson.title, [(b.kind, b.text) for b in lesson.blocks])
    paths = render_all(window.speech, [u.text for u in units], "mandarin")
    folder = lessons / "t"
    join_wavs(paths, folder / "narration.wav")
    start, lines = 0.0, []
    for unit, path in zip(units, paths, strict=False):
        lines.append(f"{int(start // 60)}:{start % 60:05.2f} {unit.text}")
        with wave.open(str(path)) as wav:
            start += wav.getnframes() / wav.getframerate() + PAUSE_SECONDS
    (folder / "narration.txt").write_text("\n".join(lines), encoding="utf-8")
    text = SHORT.replace("顺序：1\n", "顺序：1\n朗读：narration.wav\n朗读时间：narration.txt\n")
    (folder / "short.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_recorded_narration_plays_with_the_highlight_following_it(qtbot, app, data_dir, lessons, window):
    write_narration(window, lessons)
    window.close()
    narrated = make_window(qtbot, data_dir, lessons, rate_step=len(RATES) - 1)
    lesson = narrated.context.library.lessons["short"]
    assert lesson.narration is not None and len(lesson.narration_times) == 10
    narrated.open_lesson("short")
    seen = record(narrated.reading.unitChanged)
    with qtbot.waitSignal(narrated.reading.finished, timeout=WAIT):
        narrated.reading.play()
    assert seen == list(range(1, 10))
    assert narrated.reading.player.source().toLocalFile().endswith("narration.wav")
    narrated.close()


def test_narration_times_are_checked(qtbot, window, lessons):
    from desktop_app.lessons import load_library

    folder = write_narration(window, lessons)
    times = folder / "narration.txt"
    lines = times.read_text(encoding="utf-8").splitlines()
    times.write_text("\n".join(lines[:-1] + ["oops"]), encoding="utf-8")
    problems = [p for p in load_library([lessons]).problems if p.path == times]
    assert [p.line for p in problems if p.is_error] == [10, 1]
    assert "看不懂" in problems[0].message and "一句一行" in problems[1].message
    lines[3], lines[4] = lines[4], lines[3]
    times.write_text("\n".join(lines), encoding="utf-8")
    problems = [p for p in load_library([lessons]).problems if p.path == times]
    assert any(p.line == 5 and "一句比一句晚" in p.message for p in problems)
