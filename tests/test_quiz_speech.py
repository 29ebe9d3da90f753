"""A quiz heard with the real engine (espeak-ng through pyttsx3 in the worker, a real QMediaPlayer):
the question and then each answer are read in order, the answer being read outlined; an answer's
speaker says that answer alone; with reading switched off nothing is read until the member asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.settings import RATES

from .test_read_aloud import WAIT
from .test_read_aloud import make_window as make_read_aloud_window

COURSE = "编号：t\n名称：测试\n顺序：1\n"
LESSON = (
    "编号：q\n标题：问答\n顺序：1\n【正文】\n一句话。\n【测验】\n"
    "单选：哪一个是红色？\nA. 太阳\nB. 红旗\nC. 白云\n答案：B\n解析：红旗是红色的。\n"
)


@pytest.fixture
def lessons(tmp_path: Path) -> Path:
    folder = tmp_path / "lessons" / "t"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text(COURSE, encoding="utf-8")
    (folder / "q.txt").write_text(LESSON, encoding="utf-8")
    return folder.parent


def make_window(qtbot, data_dir: Path, lessons: Path, **settings):
    window = make_read_aloud_window(qtbot, data_dir, lessons, rate_step=len(RATES) - 1, **settings)
    qtbot.waitUntil(lambda: window.speech.available is True, timeout=WAIT)
    return window


def test_the_question_then_each_answer_is_read_in_order_with_the_answer_outlined(app, qtbot, data_dir, lessons):
    window = make_window(qtbot, data_dir, lessons)
    reading = window.quiz_reading
    window.screen("quiz")  # built first (screens are built when first wanted): it outlines before on_unit looks
    handed, outlined = [], []
    reading.audioHanded.connect(handed.append)

    def on_unit(index: int) -> None:
        outlined.append([bool(b.property("speaking")) for b in window.quiz.answer_buttons])

    reading.unitChanged.connect(on_unit)
    with qtbot.waitSignal(reading.finished, timeout=WAIT):
        window.open_quiz("q")
        window.show_screen("quiz")
    assert [unit.text for unit in reading.units] == ["哪一个是红色？", "1，太阳", "2，红旗", "3，白云"]
    assert handed == [0, 1, 2, 3]  # every part rendered by espeak-ng and played, in order
    assert outlined[1:] == [[True, False, False], [False, True, False], [False, False, True]]
    assert not any(b.property("speaking") for b in window.quiz.answer_buttons)  # done: no outline left
    window.close()


def test_an_answers_speaker_says_that_answer_alone(app, qtbot, data_dir, lessons):
    window = make_window(qtbot, data_dir, lessons, quiz_aloud=False)
    window.open_quiz("q")
    window.show_screen("quiz")
    reading = window.quiz_reading
    assert not reading.playing and reading.units == []  # switched off: nothing read by itself
    said = []
    window.quiz.say.connect(said.append)
    qtbot.mouseClick(window.quiz.cells[2].speaker, Qt.MouseButton.LeftButton)
    assert said == ["3，白云"]
    qtbot.waitUntil(
        lambda: reading.once_player.source().isValid() and not reading.once_player.source().isEmpty(), timeout=WAIT
    )  # rendered by the real engine and handed to the player
    assert not window.quiz.run.selected  # the speaker never chooses the answer
    qtbot.mouseClick(window.quiz.again_button, Qt.MouseButton.LeftButton)
    assert [unit.text for unit in reading.units][0] == "哪一个是红色？"
    window.close()
