"""Loading folders of lessons: courses, duplicates, broken files that must not stop the rest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop_app.lessons import load_library

from .conftest import LESSONS, ROOT

COURSE = "编号：c\n名称：测试课程\n顺序：1\n"
LESSON = "编号：{id}\n标题：{title}\n顺序：{order}\n【正文】\n党员要学习党章。\n【测验】\n判断：要学吗？\n答案：对\n解析：要学。\n"


def make(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_courses_and_lessons_are_ordered(tmp_path: Path):
    make(tmp_path / "b", "课程.txt", "编号：b\n名称：后\n顺序：2\n")
    make(tmp_path / "a", "课程.txt", "编号：a\n名称：前\n顺序：1\n")
    make(tmp_path / "a", "x.txt", LESSON.format(id="a2", title="二", order=2))
    make(tmp_path / "a", "y.txt", LESSON.format(id="a1", title="一", order=1))
    make(tmp_path / "b", "z.txt", LESSON.format(id="b1", title="三", order=1))
    library = load_library([tmp_path])
    assert library.problems == []
    assert [c.id for c in library.ordered_courses()] == ["a", "b"]
    assert [lesson.id for lesson in library.ordered_lessons()] == ["a1", "a2", "b1"]


def test_duplicate_id_is_an_error_naming_both_files(tmp_path: Path):
    make(tmp_path, "课程.txt", COURSE)
    first = make(tmp_path, "1.txt", LESSON.format(id="same", title="一", order=1))
    second = make(tmp_path, "2.txt", LESSON.format(id="same", title="二", order=2))
    library = load_library([tmp_path])
    assert list(library.lessons) == ["same"] and library.lessons["same"].path == first
    [problem] = library.problems
    assert problem.path == second and problem.line == 1 and str(first) in problem.message


def test_broken_lesson_is_left_out_and_the_others_load(lessons_copy: Path):
    broken = lessons_copy / "02-dangshi" / "01-yida.txt"
    broken.write_text(broken.read_text(encoding="utf-8").replace("【正文】", "正文"), encoding="utf-8")
    (lessons_copy / "03-dangzhang" / "bad.txt").write_bytes(b"\x00\xff\xfe garbage \x81")
    library = load_library([lessons_copy])
    shipped = load_library([LESSONS])
    assert set(library.lessons) == set(shipped.lessons) - {"dangshi-01"}
    paths = {p.path.name for p in library.errors}
    assert paths == {"01-yida.txt", "bad.txt"}


def test_gbk_lesson_loads_with_warning(tmp_path: Path):
    make(tmp_path, "课程.txt", COURSE)
    make(tmp_path, "g.txt", LESSON.format(id="g", title="国标编码", order=1), "gb18030")
    library = load_library([tmp_path])
    assert library.lessons["g"].title == "国标编码"
    assert [p.severity for p in library.problems] == ["warning"]


def test_lesson_without_course_folder_needs_course_line(tmp_path: Path):
    make(tmp_path / "c", "课程.txt", COURSE)
    make(tmp_path / "loose", "l.txt", LESSON.format(id="l", title="无", order=1))
    make(tmp_path / "loose", "m.txt", LESSON.format(id="m", title="有", order=1).replace("顺序：1", "顺序：1\n课程：c"))
    make(
        tmp_path / "loose",
        "n.txt",
        LESSON.format(id="n", title="错", order=1).replace("顺序：1", "顺序：1\n课程：nope"),
    )
    library = load_library([tmp_path])
    assert set(library.lessons) == {"m"}
    assert {p.path.name for p in library.errors} == {"l.txt", "n.txt"}


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


def test_cli_check_shipped_lessons_is_clean():
    result = run_cli("lessons", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_cli_check_reports_file_line_message_and_exit_1(lessons_copy: Path):
    path = lessons_copy / "04-fazhi" / "01-yanglao-zhapian.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("答案："))
    lines[index] = "答案：H"
    path.write_text("\r\n".join(lines), encoding="utf-8-sig")
    result = run_cli("lessons", "check", str(lessons_copy))
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{path}:{index + 1}: ") and "“H”不在选项里" in line


def test_cli_check_gbk_file_warns_but_passes(tmp_path: Path):
    make(tmp_path, "课程.txt", COURSE)
    path = make(tmp_path, "g.txt", LESSON.format(id="g", title="国标", order=1), "gb18030")
    result = run_cli("lessons", "check", str(path))
    assert result.returncode == 0
    assert result.stdout.startswith(f"{path}:1: 警告：")


def test_cli_check_missing_path(tmp_path: Path):
    result = run_cli("lessons", "check", str(tmp_path / "nothing"))
    assert result.returncode == 1 and "找不到" in result.stdout


def test_cli_list_json():
    result = run_cli("lessons", "list", "--json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    library = load_library([LESSONS])
    assert [r["id"] for r in rows] == [lesson.id for lesson in library.ordered_lessons()]
    first = rows[0]
    lesson = library.lessons[first["id"]]
    assert first["title"] == lesson.title and first["course"] == lesson.course_id
    assert first["characters"] == lesson.char_count and first["questions"] == len(lesson.quiz)


def test_cli_bad_arguments_get_a_chinese_message():
    result = run_cli("lessons", "frobnicate")
    assert result.returncode == 2 and "命令写得不对" in result.stderr
