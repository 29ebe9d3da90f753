"""Text that fools the eye is warned about and removed; the checker's messages go through Qt's
translation (English templates, Chinese in the .ts file) and keep their arguments."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication

from desktop_app.i18n import install_translators, translate
from desktop_app.lessons import load_library, parse_course, parse_lesson
from desktop_app.lessons.invisible import INVISIBLE, REMOVED, remove_invisible
from desktop_app.lessons.model import Problem
from desktop_app.lessons.textfile import split_lines

from .conftest import ROOT

P = Path("lessons/c/a.txt")
LESSON = "编号：a\n标题：党{0}章\n顺序：1\n【正文】\n党员要{1}学习党章。\n正常的一行。\n"


def test_bidi_and_zero_width_characters_are_warned_with_their_line_and_removed():
    lesson, problems = parse_lesson(LESSON.format("\u202e", "\u200b\u2066\u2069"), P, "c")
    assert lesson.title == "党章" and lesson.blocks[0].text == "党员要学习党章。"
    assert [(p.line, p.severity, p.template) for p in problems] == [(2, "warning", REMOVED), (5, "warning", REMOVED)]
    assert problems[1].args == ("3", "U+200B、U+2066、U+2069")
    assert (
        str(problems[0])
        == f"{P}:2: 警告：这一行有 1 个看不见的控制字符（U+202E），会让文字看起来和实际不一样，已经去掉"
    )


def test_a_byte_order_mark_at_the_start_is_no_problem_but_one_inside_is():
    lesson, problems = parse_lesson("\ufeff" + LESSON.format("", ""), P, "c")
    assert lesson is not None and problems == []
    lesson, problems = parse_lesson(LESSON.format("\ufeff", ""), P, "c")
    assert lesson.title == "党章" and [p.line for p in problems] == [2]


def test_a_course_name_and_a_time_file_are_cleaned_too(tmp_path: Path):
    course, problems = parse_course("编号：c\n名称：党\u200d史\n顺序：1\n", tmp_path / "课程.txt")
    assert course.title == "党史" and [p.line for p in problems] == [2]
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "课程.txt").write_text("编号：c\n名称：课\n顺序：1\n", encoding="utf-8")
    (folder / "a.mp3").write_bytes(b"ID3")
    (folder / "t.txt").write_text("0:00\n0:02\u202d 党员\n0:04\n", encoding="utf-8")
    text = "编号：a\n标题：题\n顺序：1\n朗读：a.mp3\n朗读时间：t.txt\n【正文】\n党员要学习。\n正常的一行。\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    library = load_library([tmp_path])
    assert library.lessons["a"].narration_times == (0.0, 2.0, 4.0)
    assert [(p.path.name, p.line, p.template) for p in library.problems] == [("t.txt", 2, REMOVED)]


lines_with_tricks = st.lists(
    st.text(alphabet=st.sampled_from(list("党员学习abc ,。《》<>") + list(INVISIBLE)), max_size=12), max_size=8
)


@given(lines=lines_with_tricks, newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_removing_invisible_characters_keeps_everything_else_and_names_each_line(lines: list[str], newline: str):
    text = newline.join(lines)
    cleaned, problems = remove_invisible(text, P)
    body = text.removeprefix("\ufeff")
    assert cleaned == "".join(char for char in body if char not in INVISIBLE)
    assert split_lines(cleaned) == ["".join(c for c in line if c not in INVISIBLE) for line in split_lines(body)]
    expected = [n for n, line in enumerate(split_lines(body), start=1) if any(c in INVISIBLE for c in line)]
    assert [p.line for p in problems] == expected
    assert all(p.severity == "warning" for p in problems)


def test_a_problem_keeps_its_template_and_is_translated_when_shown(qapp):
    problem = Problem(P, 3, "Option %1 is empty", ("C",))
    assert problem.message == "选项 C 是空的" and str(problem) == f"{P}:3: 选项 C 是空的"
    for translator in qapp._translators:
        qapp.removeTranslator(translator)
    try:
        assert str(problem) == f"{P}:3: Option C is empty"
        assert str(Problem(P, 1, "Option %1 is empty", ("D",), "warning")) == f"{P}:1: Warning: Option D is empty"
    finally:
        qapp._translators = install_translators(qapp, "zh_CN")
    assert QCoreApplication.translate("LessonCheck", "Warning: ") == "警告："


@given(args=st.lists(st.text(alphabet="%12ab", max_size=5), min_size=2, max_size=2))
def test_arguments_are_put_in_once_even_when_they_look_like_placeholders(args: list[str]):
    assert translate("Nowhere", "[%1|%2]", *args) == f"[{args[0]}|{args[1]}]"


def test_lessons_check_speaks_the_chosen_language(tmp_path: Path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "课程.txt").write_text("编号：c\n名称：课\n顺序：1\n", encoding="utf-8")
    (folder / "a.txt").write_text("编号：a\n标题：题\n顺序：x\n【正文】\n一段。\n", encoding="utf-8")
    command = [sys.executable, "-m", "desktop_app"]
    chinese = subprocess.run([*command, "lessons", "check", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    english = subprocess.run(
        [*command, "--language", "en", "lessons", "check", str(tmp_path)], cwd=ROOT, capture_output=True, text=True
    )
    assert chinese.stdout == f"{folder / 'a.txt'}:3: 顺序“x”应该是一个正整数，例如 1、2、3\n"
    assert english.stdout == f"{folder / 'a.txt'}:3: The order “x” should be a positive whole number, e.g. 1, 2, 3\n"
    assert chinese.returncode == english.returncode == 1


def test_a_problem_made_the_old_way_is_refused_not_garbled():
    import pytest

    with pytest.raises(TypeError):
        Problem(P, 1, "Option %1 is empty", "warning")
    with pytest.raises(ValueError):
        Problem(P, 1, "Option %1 is empty", ("A",), "fatal")
