"""Films (一月一课一片一实践): subtitles read from SRT, the lesson's “视频：” and “字幕：” lines, and the
film screen playing the shipped sample film offscreen with its subtitles, resuming where the member
stopped and counting the watching as study time."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import srt
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer

from desktop_app.lessons import load_library
from desktop_app.lessons.subtitles import Cue, SubtitleError, cue_at, parse_subtitles, read_subtitles
from desktop_app.storage.film import FilmPositions

from .conftest import LESSONS

FILM_LESSON = "jiankang-04"
SAMPLE = LESSONS / "05-jiankang" / "04-zhongfeng-pian"
WAIT = 20000

# -- subtitles ------------------------------------------------------------------------------------

cue_lists = st.lists(
    st.tuples(
        st.integers(0, 4000), st.integers(1, 3000), st.text("党员学习中风一二三，。！ ", min_size=1, max_size=30)
    ),
    max_size=12,
)


def compose(cues: list[tuple[int, int, str]]) -> tuple[str, list[Cue]]:
    """SRT text of cues laid end to end (gap_ms, length_ms, text), and the cues expected back."""
    subtitles, expected, at = [], [], 0
    for index, (gap, length, text) in enumerate(cues, start=1):
        start, end = at + gap, at + gap + length
        subtitles.append(srt.Subtitle(index, timedelta(milliseconds=start), timedelta(milliseconds=end), text))
        if text.strip():
            expected.append(Cue(start / 1000, end / 1000, " ".join(text.split())))
        at = end
    return srt.compose(subtitles, reindex=False), expected


@given(cue_lists, st.integers(0, 60000))
def test_the_cue_of_a_moment_is_the_one_whose_time_holds_it(cues, moment_ms):
    text, expected = compose(cues)
    parsed = parse_subtitles(text)
    assert parsed == expected
    moment = moment_ms / 1000
    showing = [cue for cue in expected if cue.start <= moment < cue.end]
    assert cue_at(parsed, moment) == (showing[-1] if showing else None)


def test_the_shipped_subtitles_follow_the_film():
    cues = read_subtitles(SAMPLE.with_suffix(".srt").read_bytes(), SAMPLE.with_suffix(".srt"))
    assert cues[0].text == "中风来了，最初几分钟怎么办" and len(cues) == 10
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:], strict=False))  # one at a time, in order
    assert SAMPLE.with_suffix(".mp4").stat().st_size < 2_000_000  # small enough for the repository


def test_a_file_that_is_not_srt_is_refused_with_its_line():
    with pytest.raises(SubtitleError) as refused:
        parse_subtitles("\n\n字幕：第一句\n\n1\n00:00:01,000 --> 00:00:02,000\n第一句\n")
    assert refused.value.line == 3  # where the words that are not SRT begin


def lesson_folder(tmp_path: Path, lines: str, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "lessons" / "t"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text("编号：t\n名称：测试\n顺序：1\n", encoding="utf-8")
    (folder / "01.txt").write_text(f"编号：t-1\n标题：一课\n顺序：1\n{lines}【正文】\n正文一句。\n", encoding="utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder.parent


def test_a_lesson_names_its_film_and_subtitles(tmp_path):
    good = SAMPLE.with_suffix(".srt").read_bytes()
    library = load_library(
        [lesson_folder(tmp_path, "视频：f.mp4\n字幕：f.srt\n", {"f.mp4": b"\0" * 10, "f.srt": good})]
    )
    lesson = library.lessons["t-1"]
    assert lesson.film.name == "f.mp4" and lesson.subtitles.name == "f.srt"


def test_subtitles_without_a_film_or_not_srt_are_said_plainly(tmp_path):
    alone = load_library(
        [lesson_folder(tmp_path / "a", "字幕：f.srt\n", {"f.srt": b"1\n00:00:01,000 --> 00:00:02,000\nx\n"})]
    )
    assert "t-1" not in alone.lessons
    assert any("视频" in p.message for p in alone.errors)
    broken = load_library(
        [lesson_folder(tmp_path / "b", "视频：f.mp4\n字幕：f.srt\n", {"f.mp4": b"\0", "f.srt": "不是字幕".encode()})]
    )
    assert "t-1" not in broken.lessons
    assert any("f.srt" in p.message and "-->" in p.message for p in broken.errors)


# -- where the member stopped -----------------------------------------------------------------------


def test_the_position_is_kept_per_member_and_not_for_a_guest(context):
    positions = FilmPositions(context.db)
    member = context.member_id
    positions.save(member, FILM_LESSON, 12_345, 44_000)
    assert positions.get(member, FILM_LESSON) == 12_345
    positions.save(None, FILM_LESSON, 20_000, 44_000)  # a guest leaves nothing behind
    assert positions.get(member, FILM_LESSON) == 12_345 and positions.get(None, FILM_LESSON) == 0
    positions.save(member, FILM_LESSON, 42_000, 44_000)  # watched to the end: from the start next time
    assert positions.get(member, FILM_LESSON) == 0


# -- the film screen ------------------------------------------------------------------------------


def open_film(window, qtbot):
    window.open_lesson(FILM_LESSON)
    reader = window.reader
    qtbot.mouseClick(reader.more_button, Qt.MouseButton.LeftButton)  # 更多: 看影片 is the first of its buttons
    assert reader.film_button.isVisible()
    qtbot.mouseClick(reader.film_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "film"
    return window.film


def test_a_lesson_without_a_film_has_no_film_button(window, qtbot):
    window.open_lesson("jiankang-01")
    qtbot.mouseClick(window.reader.more_button, Qt.MouseButton.LeftButton)
    assert window.reader.player_bar.isVisible() and not window.reader.film_button.isVisible()


def test_the_film_plays_with_its_subtitles_changing_and_resumes_where_it_stopped(window, qtbot, context):
    film = open_film(window, qtbot)
    qtbot.waitUntil(lambda: film.player.mediaStatus() != QMediaPlayer.MediaStatus.LoadingMedia, timeout=WAIT)
    assert film.player.duration() > 40_000
    qtbot.mouseClick(film.play_button, Qt.MouseButton.LeftButton)
    assert film.play_button.text() == "❚❚ 暂停"
    qtbot.waitUntil(lambda: film.view.subtitle == "中风来了，最初几分钟怎么办", timeout=WAIT)
    qtbot.waitUntil(lambda: not film.view.image.isNull(), timeout=WAIT)  # the picture is drawn
    film.seek_by(10_000)  # 前进10秒: the subtitle of that moment at once
    position = film.player.position()
    expected = cue_at(film.cues, position / 1000)
    assert expected is not None and film.view.subtitle == expected.text != "中风来了，最初几分钟怎么办"
    qtbot.waitUntil(lambda: film.player.position() > position + 1000, timeout=WAIT)  # it goes on playing
    window.go_back()  # leaving keeps the place
    kept = FilmPositions(context.db).get(context.member_id, FILM_LESSON)
    assert kept >= position
    seconds = context.db.execute("SELECT coalesce(sum(active_seconds), 0) FROM sessions").fetchone()[0]
    assert seconds > 0  # watching counted as study time

    again = open_film(window, qtbot)
    qtbot.waitUntil(lambda: again.player.position() >= kept - 500, timeout=WAIT)  # resumed, not from the start
    assert again.player.position() < kept + 5000
