"""A lesson names only files of its own folder: no path out of it, no device, no FIFO, nothing too
big; the library never opens a FIFO or a device named .txt; `lessons check` always ends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.lessons import load_library, parse_lesson
from desktop_app.lessons.files import NOT_REGULAR, OUTSIDE, TOO_BIG, Refused, read_regular
from desktop_app.lessons.library import NOT_REGULAR_SKIPPED, POINTS_OUTSIDE, TOO_BIG_SKIPPED

from .conftest import ROOT

COURSE = "编号：c\n名称：测试课程\n顺序：1\n"
BODY = "【正文】\n党员要学习党章。\n"
PASSWD_WORDS = ("root:", "/bin/", "nologin", "daemon")


def lesson_text(*meta: str) -> str:
    return "编号：a\n标题：学党章\n顺序：1\n" + "".join(line + "\n" for line in meta) + BODY


def folder_with(tmp_path: Path, *meta: str) -> Path:
    folder = tmp_path / "lessons" / "c"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "课程.txt").write_text(COURSE, encoding="utf-8")
    (folder / "a.txt").write_text(lesson_text(*meta), encoding="utf-8")
    return folder


def parse_in(folder: Path, *meta: str):
    path = folder / "a.txt"
    return parse_lesson(lesson_text(*meta), path, "c")


def shows_no_passwd(problems) -> bool:
    text = "\n".join(str(p) for p in problems)
    return not any(word in text for word in PASSWD_WORDS)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A real file next to the lesson folder (so "not found" is never the reason for a refusal)."""
    path = tmp_path / "lessons" / "secret.mp3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"ID3 secret")
    return path


@pytest.mark.parametrize("key", ["音频", "图片", "附件", "视频"])
@pytest.mark.parametrize(
    "name", ["../secret.mp3", "sub/../../secret.mp3", "{outside}", "/etc/passwd", "/etc/shadow", "/dev/zero"]
)
def test_a_media_name_that_leaves_the_lesson_folder_is_refused(tmp_path: Path, outside: Path, key: str, name: str):
    folder = folder_with(tmp_path)
    (folder / "sub").mkdir()
    name = name.format(outside=outside)
    lesson, problems = parse_in(folder, f"{key}：{name}")
    assert lesson is None
    [problem] = problems
    assert problem.template == OUTSIDE and problem.line == 4 and problem.args == (name,)
    assert "不在课文所在的文件夹里" in str(problem)


@pytest.mark.parametrize("name", ["../secret.mp3", "/etc/passwd", "/dev/zero"])
def test_a_narration_or_time_file_that_leaves_the_folder_is_refused(tmp_path: Path, outside: Path, name: str):
    folder = folder_with(tmp_path)
    (folder / "ok.mp3").write_bytes(b"ID3")
    lesson, problems = parse_in(folder, f"朗读：{name}", "朗读时间：ok.txt")
    assert lesson is None and [p.template for p in problems if p.line == 4] == [OUTSIDE]
    lesson, problems = parse_in(folder, "朗读：ok.mp3", f"朗读时间：{name}")
    assert lesson is None and [(p.template, p.line) for p in problems] == [(OUTSIDE, 5)]
    assert shows_no_passwd(problems)


def test_links_in_the_folder_that_point_outside_are_refused_and_nothing_of_their_target_is_shown(tmp_path: Path):
    folder = folder_with(tmp_path)
    (folder / "voice.mp3").symlink_to("/etc/passwd")
    (folder / "times.txt").symlink_to("/etc/passwd")
    (folder / "zero.png").symlink_to("/dev/zero")
    (folder / "up").symlink_to(tmp_path, target_is_directory=True)
    lesson, problems = parse_in(folder, "朗读：voice.mp3", "朗读时间：times.txt", "图片：zero.png", "附件：up/x.pdf")
    assert lesson is None
    assert sorted((p.line, p.template) for p in problems) == [(4, OUTSIDE), (5, OUTSIDE), (6, OUTSIDE), (7, OUTSIDE)]
    assert shows_no_passwd(problems)


def test_files_inside_the_folder_and_its_subfolders_are_used(tmp_path: Path):
    folder = folder_with(tmp_path)
    (folder / "media").mkdir()
    (folder / "media" / "photo.png").write_bytes(b"\x89PNG")
    (folder / "also.png").symlink_to(folder / "media" / "photo.png")
    lesson, problems = parse_in(folder, "图片：media/photo.png", "图片：also.png")
    assert problems == [] and lesson.media == (folder / "media" / "photo.png", folder / "also.png")


def test_a_fifo_named_by_a_lesson_is_not_opened(tmp_path: Path):
    folder = folder_with(tmp_path)
    os.mkfifo(folder / "times.txt")
    os.mkfifo(folder / "voice.mp3")
    lesson, problems = parse_in(folder, "朗读：voice.mp3", "朗读时间：times.txt")  # would hang on open()
    assert lesson is None
    assert sorted((p.line, p.template, p.args) for p in problems) == [
        (4, NOT_REGULAR, ("voice.mp3",)),
        (5, NOT_REGULAR, ("times.txt",)),
    ]
    assert "不是普通的文件" in str(problems[0])


def test_files_over_their_size_limit_are_refused_without_being_read(tmp_path: Path):
    folder = folder_with(tmp_path)
    with open(folder / "times.txt", "wb") as file:
        file.truncate(1_000_001)  # sparse: big to stat, nothing on the disk
    with open(folder / "voice.mp3", "wb") as file:
        file.truncate(200_000_001)
    (folder / "small.mp3").write_bytes(b"ID3")
    lesson, problems = parse_in(folder, "朗读：voice.mp3", "朗读时间：times.txt")
    assert lesson is None
    assert sorted((p.line, p.template) for p in problems) == [(4, TOO_BIG), (5, TOO_BIG)]
    assert "太大了" in str(problems[0]) and "200" in str(problems[0])


def test_read_regular_refuses_devices_fifos_and_folders(tmp_path: Path):
    os.mkfifo(tmp_path / "fifo")
    for path in (Path("/dev/zero"), Path("/dev/null"), tmp_path / "fifo", tmp_path):
        with pytest.raises(Refused) as refused:
            read_regular(path)
        assert refused.value.template == NOT_REGULAR
    (tmp_path / "ok.txt").write_bytes(b"x" * 5000)
    assert read_regular(tmp_path / "ok.txt") == b"x" * 5000
    assert read_regular(tmp_path / "ok.txt", head=10) == b"x" * 10
    with pytest.raises(Refused):
        read_regular(tmp_path / "ok.txt", limit=4999)


def library_folder_with_traps(tmp_path: Path) -> Path:
    folder = folder_with(tmp_path)
    os.mkfifo(folder / "fifo.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    with open(folder / "big.txt", "wb") as file:
        file.truncate(3_000_000)
    return folder


def test_the_library_skips_fifos_devices_links_out_and_big_files_named_txt(tmp_path: Path):
    folder = library_folder_with_traps(tmp_path)
    library = load_library([folder.parent])
    assert list(library.lessons) == ["a"]
    found = sorted((p.path.name, p.template) for p in library.problems)
    assert found == [
        ("big.txt", TOO_BIG_SKIPPED),
        ("dangling.txt", found[1][1]),
        ("fifo.txt", NOT_REGULAR_SKIPPED),
        ("passwd.txt", POINTS_OUTSIDE),
        ("zero.txt", POINTS_OUTSIDE),
    ]
    assert "打不开这个文件" in str(next(p for p in library.problems if p.path.name == "dangling.txt"))
    assert shows_no_passwd(library.problems)


def test_a_course_file_that_is_a_fifo_or_a_link_out_is_not_read(tmp_path: Path):
    folder = folder_with(tmp_path)
    (folder / "课程.txt").unlink()
    os.mkfifo(folder / "课程.txt")
    library = load_library([folder.parent])
    assert library.lessons == {} and any(p.template == NOT_REGULAR_SKIPPED for p in library.problems)
    (folder / "课程.txt").unlink()
    (folder / "课程.txt").symlink_to("/etc/passwd")
    for paths in ([folder.parent], [folder / "a.txt"]):  # the folder, or one lesson named on its own
        library = load_library(paths)
        assert library.lessons == {} and any(p.template == POINTS_OUTSIDE for p in library.problems)
        assert shows_no_passwd(library.problems)


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def test_lessons_check_on_a_folder_with_a_fifo_finishes(tmp_path: Path):
    folder = library_folder_with_traps(tmp_path)
    result = run_cli("lessons", "check", str(folder.parent))  # a hang raises TimeoutExpired
    assert result.returncode == 1
    assert f"{folder / 'fifo.txt'}:1: 这不是普通的文件（可能是设备或管道），已跳过" in result.stdout.splitlines()
    result = run_cli("lessons", "check", str(folder / "fifo.txt"))
    assert result.returncode == 1 and "不是普通的文件" in result.stdout
    assert not any(word in result.stdout + result.stderr for word in PASSWD_WORDS)
