"""MP3 files for 唱戏机 and 老人机: real espeak-ng through the worker, real LAME through lameenc, the
files decoded back (QAudioDecoder and mutagen), named and tagged in order; a full stick, a cancel
and wrong input said plainly."""

from __future__ import annotations

import math
import os
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mutagen.mp3 import MP3
from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtMultimedia import QAudioDecoder

from desktop_app.lessons import load_library
from desktop_app.lessons.units import lesson_units
from desktop_app.speech.audio_export import CHUNK, FAT_FORBIDDEN, ExportProblem, export_tracks, file_name, plan_tracks
from desktop_app.speech.export import PAUSE_SECONDS, render_all
from desktop_app.speech.mp3 import encode, out_rate
from desktop_app.speech.service import SpeechService

from .conftest import ROOT

COURSE = "编号：t\n名称：测试课程\n顺序：1\n"
TEXTS = ["党员要按时交纳党费。", "冬训学习，大家一起来。", "遇到陌生电话，先挂断再核实。"]


@pytest.fixture
def lessons(tmp_path: Path) -> Path:
    folder = tmp_path / "lessons" / "t"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text(COURSE, encoding="utf-8")
    for number, text in enumerate(TEXTS, start=1):
        (folder / f"{number}.txt").write_text(
            f"编号：t-{number}\n标题：第{number}课：学习/党章？\n顺序：{number}\n【正文】\n{text}\n", encoding="utf-8"
        )
    long = "\n".join(TEXTS * 8)  # about a minute: an MP3 of some 500 KB
    (tmp_path / "lessons" / "long").mkdir()
    (tmp_path / "lessons" / "long" / "课程.txt").write_text("编号：long\n名称：长课\n顺序：2\n", encoding="utf-8")
    (tmp_path / "lessons" / "long" / "1.txt").write_text(
        f"编号：long-1\n标题：长课\n顺序：1\n【正文】\n{long}\n", "utf-8"
    )
    return folder.parent


# -- names ------------------------------------------------------------------------------------------


@given(st.lists(st.text(max_size=80), min_size=1, max_size=120), st.booleans())
def test_names_are_valid_on_a_stick_and_sort_in_the_lessons_order(titles, ascii_only):
    names = [file_name(n, len(titles), title, f"id-{n}", ascii_only) for n, title in enumerate(titles, start=1)]
    assert sorted(names) == names  # a player sorting by name plays them in order
    for name in names:
        assert name.endswith(".mp3") and not FAT_FORBIDDEN.search(name) and len(name) <= 80
        assert not name[:-4].endswith((" ", "."))  # Windows drops these, and the name changes
        if ascii_only:
            assert name.isascii()


# -- the files ----------------------------------------------------------------------------------------


def decoded_seconds(path: Path) -> float:
    """The whole file decoded by Qt's FFmpeg backend, as a player would."""
    decoder = QAudioDecoder()
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    frames = [0]
    rate = [1]

    def take() -> None:
        buffer = decoder.read()
        frames[0] += buffer.frameCount()
        rate[0] = buffer.format().sampleRate()

    loop = QEventLoop()
    decoder.bufferReady.connect(take)
    decoder.finished.connect(loop.quit)
    decoder.error.connect(lambda *_: loop.quit())
    QTimer.singleShot(30000, loop.quit)
    decoder.start()
    loop.exec()
    assert decoder.error() == QAudioDecoder.Error.NoError, decoder.errorString()
    return frames[0] / rate[0]


def spoken_seconds(service: SpeechService, lesson, readings=None) -> float:
    """What the lesson's sentences last as espeak-ng renders them, with the breaths between."""
    from desktop_app.lessons.units import lesson_units

    paths = render_all(service, [unit.text for unit in lesson_units(lesson)], "mandarin", readings or {})
    seconds = 0.0
    for path in paths:
        with wave.open(str(path)) as sound:
            seconds += sound.getnframes() / sound.getframerate()
    return seconds + PAUSE_SECONDS * (len(paths) - 1)


def test_a_course_becomes_numbered_tagged_mono_mp3s_of_the_right_length(app, lessons, tmp_path):
    library = load_library([lessons])
    ordered = [lesson for lesson in library.ordered_lessons() if lesson.course_id == "t"]
    tracks = plan_tracks(ordered)
    out = tmp_path / "stick"
    out.mkdir()
    seen = []
    service = SpeechService(tmp_path / "speech")
    try:
        written = export_tracks(tracks, out, service, "mandarin", lambda lesson: {}, "测试课程", seen.append)
        expected = [spoken_seconds(service, lesson) for lesson in ordered]
    finally:
        service.stop()
    assert [track.number for track in seen] == [1, 2, 3]  # progress: lesson N of M
    assert [p.name for p in written] == [
        "01-第1课：学习党章？.mp3",
        "02-第2课：学习党章？.mp3",
        "03-第3课：学习党章？.mp3",
    ]
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in written]  # nothing else left there
    for number, (path, seconds) in enumerate(zip(written, expected, strict=True), start=1):
        info = MP3(path)
        assert info.info.channels == 1 and info.info.bitrate == 64000 and info.info.sample_rate in (22050, 44100)
        assert str(info.tags["TIT2"]) == f"第{number}课：学习/党章？" and str(info.tags["TRCK"]) == f"{number}/3"
        assert str(info.tags["TALB"]) == "测试课程" and info.tags.version[:2] == (2, 3)
        assert decoded_seconds(path) == pytest.approx(seconds, rel=0.05)  # a valid MP3 of the whole lesson


def test_ascii_names_and_a_cancel_after_the_first_lesson(app, lessons, tmp_path):
    library = load_library([lessons])
    tracks = plan_tracks([lesson for lesson in library.ordered_lessons() if lesson.course_id == "t"], ascii_only=True)
    out = tmp_path / "stick"
    out.mkdir()
    done = []
    service = SpeechService(tmp_path / "speech")
    try:
        written = export_tracks(
            tracks, out, service, "mandarin", lambda lesson: {}, "t", done.append, lambda: bool(done)
        )
    finally:
        service.stop()
    assert [p.name for p in written] == ["01-t-1.mp3"] and [p.name for p in out.iterdir()] == ["01-t-1.mp3"]


def test_a_stick_pulled_out_is_said_plainly(app, lessons, tmp_path):
    tracks = plan_tracks(list(load_library([lessons]).lessons.values())[:1])
    with pytest.raises(ExportProblem, match="拔掉"):
        export_tracks(tracks, tmp_path / "gone", SpeechService(tmp_path / "speech"), "mandarin", lambda _: {}, "t")


# -- the command ------------------------------------------------------------------------------------

LIMITED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))  # writes fail with EFBIG
from desktop_app.cli import main
raise SystemExit(main(sys.argv[2:]))
"""


def run_cli(*args: str, limit: int = 2**40) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
    )


def test_a_full_stick_leaves_no_half_file_and_says_what_to_do(lessons, tmp_path):
    out = tmp_path / "stick"
    out.mkdir()
    common = ["--data-dir", str(tmp_path / "data"), "--lessons", str(lessons), "export-audio", "--out", str(out)]
    first = run_cli(*common, "--lesson", "t-1")  # the records made, one lesson on the stick
    assert first.returncode == 0, first.stderr
    # 300 KB a file: the records and each sentence's sound fit, the minute-long lesson's MP3 does not
    done = run_cli(*common, "--lesson", "long-1", limit=300_000)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "放不下了" in done.stderr and "没写完的文件已经删掉" in done.stderr
    assert [p.name for p in out.iterdir()] == ["01-第1课：学习党章？.mp3"]  # no half file, named or partial


def test_wrong_input_is_said_plainly(lessons, tmp_path):
    out = tmp_path / "stick"
    out.mkdir()
    common = ["--data-dir", str(tmp_path / "data"), "--lessons", str(lessons), "export-audio"]
    no_lesson = run_cli(*common, "--lesson", "nosuch", "--out", str(out))
    assert no_lesson.returncode == 2 and "找不到编号为“nosuch”的课文" in no_lesson.stderr
    no_course = run_cli(*common, "--course", "nosuch", "--out", str(out))
    assert no_course.returncode == 2 and "t（测试课程）" in no_course.stderr
    no_month = run_cli(*common, "--month", "2026-13", "--out", str(out))
    assert no_month.returncode == 2 and "看不懂月份" in no_month.stderr
    empty_month = run_cli(*common, "--month", "2030-01", "--out", str(out))
    assert empty_month.returncode == 2 and "没有安排课文" in empty_month.stderr
    no_stick = run_cli(*common, "--lesson", "t-1", "--out", str(tmp_path / "nosuch"))
    assert no_stick.returncode == 2 and "请插好 U 盘" in no_stick.stderr
    assert list(out.iterdir()) == []


# -- cancel in a lesson, recorded narrations, the month -------------------------------------------------


def test_a_cancel_in_the_middle_of_a_long_lesson_stops_between_chunks_and_writes_nothing(app, lessons, tmp_path):
    library = load_library([lessons])
    long = library.lessons["long-1"]
    units = len(lesson_units(long))
    assert units > 2 * CHUNK  # the lesson is rendered in several chunks
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # no before the lesson, yes after its first chunk

    out = tmp_path / "stick"
    out.mkdir()
    service = SpeechService(tmp_path / "speech")
    try:
        written = export_tracks(
            plan_tracks([long]), out, service, "mandarin", lambda _: {}, "长课", cancelled=cancelled
        )
    finally:
        service.stop()
    assert written == [] and list(out.iterdir()) == []  # the cancelled lesson left nothing, not even a part
    assert len(asked) == 2  # asked before the lesson and once between chunks, then it stopped
    rendered = list((tmp_path / "speech").rglob("*.wav"))
    assert 0 < len(rendered) <= CHUNK < units  # the rest of the lesson was never rendered


def tone_pcm(seconds: float, rate: int) -> bytes:
    return b"".join(
        struct.pack("<h", int(6000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(int(seconds * rate))
    )


def narrated_lessons(tmp_path: Path, recording: str) -> Path:
    folder = tmp_path / "narrated" / "n"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text("编号：n\n名称：录音课程\n顺序：1\n", encoding="utf-8")
    (folder / "时间.txt").write_text("0:00 录音课\n0:02 党员要按时\n", encoding="utf-8")
    (folder / "1.txt").write_text(
        f"编号：n-1\n标题：录音课\n顺序：1\n朗读：{recording}\n朗读时间：时间.txt\n【正文】\n党员要按时交纳党费。\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("kind", ["wav16k", "mp3"])
def test_a_recorded_narration_is_put_on_the_player_instead_of_the_machine_voice(app, tmp_path, kind):
    folder = narrated_lessons(tmp_path, f"录音.{kind[:3]}")
    seconds = 7.0  # a tone: nothing espeak-ng would make, and of a length it would not
    if kind == "wav16k":  # 16 kHz, which cheap players may refuse: resampled to 22.05 kHz
        with wave.open(str(folder / "录音.wav"), "wb") as sound:
            sound.setnchannels(1)
            sound.setsampwidth(2)
            sound.setframerate(16000)
            sound.writeframes(tone_pcm(seconds, 16000))
    else:
        (folder / "录音.mp3").write_bytes(encode(tone_pcm(seconds, 44100), 44100))
    lesson = load_library([folder.parent]).lessons["n-1"]
    assert lesson.narration is not None
    out = tmp_path / "stick"
    out.mkdir()
    service = SpeechService(tmp_path / "speech")
    try:
        written = export_tracks(plan_tracks([lesson]), out, service, "mandarin", lambda _: {}, "录音课程")
    finally:
        service.stop()
    info = MP3(written[0]).info
    assert info.sample_rate in (22050, 44100) and info.channels == 1 and info.bitrate == 64000
    assert decoded_seconds(written[0]) == pytest.approx(seconds, rel=0.05)
    assert not list((tmp_path / "speech").rglob("*.wav"))  # the machine voice was not used


def test_sample_rates_players_refuse_are_changed():
    assert [out_rate(rate) for rate in (22050, 44100, 16000, 24000, 48000, 8000)] == [
        22050,
        44100,
        22050,
        22050,
        44100,
        22050,
    ]


def test_the_months_lessons_exported_from_the_command(tmp_path):
    folder = tmp_path / "month" / "m"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text("编号：m\n名称：月课\n顺序：1\n", encoding="utf-8")
    for number in (1, 2):
        (folder / f"{number}.txt").write_text(
            f"编号：m-{number}\n标题：三月第{number}课\n顺序：{number}\n月份：2026-03\n【正文】\n{TEXTS[number]}\n",
            encoding="utf-8",
        )
    out = tmp_path / "stick"
    out.mkdir()
    done = run_cli("--data-dir", str(tmp_path / "data"), "--lessons", str(folder.parent), "export-audio")
    assert done.returncode == 2  # what to export is required
    done = run_cli(
        "--data-dir", str(tmp_path / "data"), "--lessons", str(folder.parent),
        "export-audio", "--month", "2026-03", "--out", str(out), "--ascii-names",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "第 1 课，共 2 课：三月第1课" in done.stdout and "导好了 2 个文件" in done.stdout
    names = sorted(p.name for p in out.iterdir())
    assert names == ["01-m-1.mp3", "02-m-2.mp3"]
    assert str(MP3(out / names[1]).tags["TALB"]) == "2026年3月学习"


# -- a shipped lesson, a stick pulled out in the middle ---------------------------------------------------


def test_a_shipped_lesson_read_aloud_becomes_an_mp3_of_its_spoken_length(app, tmp_path):
    from desktop_app.context import load_program_readings

    from .conftest import LESSONS

    library = load_library([LESSONS])
    lesson = min(
        (lesson for lesson in library.lessons.values() if lesson.narration is None),
        key=lambda lesson: sum(len(unit.text) for unit in lesson_units(lesson)),
    )
    readings, _ = load_program_readings()
    out = tmp_path / "stick"
    out.mkdir()
    service = SpeechService(tmp_path / "speech")
    try:
        course = library.courses[lesson.course_id].title
        written = export_tracks(plan_tracks([lesson]), out, service, "mandarin", lambda _: readings, course)
        expected = spoken_seconds(service, lesson, readings)
    finally:
        service.stop()
    assert [p.name for p in written] == [file_name(1, 1, lesson.title, lesson.id)]
    info = MP3(written[0])
    assert str(info.tags["TIT2"]) == lesson.title and str(info.tags["TALB"]) == course
    assert info.info.channels == 1 and info.info.bitrate == 64000
    assert decoded_seconds(written[0]) == pytest.approx(expected, rel=0.05)


def test_a_stick_pulled_out_between_lessons_is_said_plainly(app, lessons, tmp_path):
    import shutil

    library = load_library([lessons])
    out = tmp_path / "stick"
    out.mkdir()

    def pull_out(track) -> None:
        if track.number == 2:
            shutil.rmtree(out)  # the stick gone with the first file on it

    service = SpeechService(tmp_path / "speech")
    try:
        tracks = plan_tracks([lesson for lesson in library.ordered_lessons() if lesson.course_id == "t"])
        with pytest.raises(ExportProblem, match="拔掉了"):
            export_tracks(tracks, out, service, "mandarin", lambda _: {}, "测试课程", pull_out)
    finally:
        service.stop()
    assert not out.exists()  # nothing re-created in its place
