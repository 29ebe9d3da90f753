"""Find and load every course and lesson under some folders.

A broken file never stops the loading: it is left out and its problems are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .model import Course, Library, Problem
from .parser import COURSE_FILE_NAME, decode, parse_course, parse_lesson

_SKIPPED_NAMES = {COURSE_FILE_NAME.lower(), "readme.txt", "说明.txt"}


def _read(path: Path) -> tuple[str | None, str, list[Problem]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        return (
            None,
            "",
            [Problem(path, 1, f"打不开这个文件（{error.strerror or error}）。请检查文件是否还在、能不能打开")],
        )
    return decode(data, path)


def _lesson_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            for candidate in sorted(path.rglob("*.txt")):
                if candidate.name.lower() not in _SKIPPED_NAMES and not candidate.name.startswith("."):
                    files.append(candidate)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(path, 1, "找不到这个文件或文件夹，请检查路径"))
    return files, problems


_TIMES_LINE_RE = re.compile(r"^\s*朗读时间\s*[：:]\s*(.+?)\s*$", re.M)


def _narration_time_files(files: list[Path]) -> set[Path]:
    named: set[Path] = set()
    for path in files:
        try:
            head = path.read_bytes()[:4000]
        except OSError:
            continue
        text, _, _ = decode(head, path)
        for match in _TIMES_LINE_RE.finditer(text or ""):
            named.add(path.parent / match.group(1))
    return named


def load_library(paths: Iterable[Path | str], check_media: bool = True) -> Library:
    library = Library()
    paths = [Path(p) for p in paths]
    files, library.problems = _lesson_files(paths)
    folder_courses: dict[Path, Course | None] = {}

    def course_of_folder(folder: Path) -> Course | None:
        if folder not in folder_courses:
            course_file = folder / COURSE_FILE_NAME
            course = None
            if course_file.is_file():
                text, _, problems = _read(course_file)
                library.problems.extend(problems)
                if text is not None:
                    course, problems = parse_course(text, course_file)
                    library.problems.extend(problems)
                if course is not None:
                    first = library.courses.get(course.id)
                    if first is not None:
                        library.problems.append(
                            Problem(course_file, 1, f"课程编号“{course.id}”和 {first.path} 重复了，请改成不同的编号")
                        )
                        course = first
                    else:
                        library.courses[course.id] = course
            folder_courses[folder] = course
        return folder_courses[folder]

    # A narration's time file is a .txt too, but not a lesson: leave out every file a lesson names so.
    files = [f for f in files if f not in _narration_time_files(files)]
    # Every course first, so that a lesson elsewhere may name its course with "课程：".
    for folder in sorted(
        {p.parent for p in files} | {c.parent for d in paths if d.is_dir() for c in d.rglob(COURSE_FILE_NAME)}
    ):
        course_of_folder(folder)
    for path in files:
        if path.name == COURSE_FILE_NAME:
            continue
        folder_course = course_of_folder(path.parent)
        text, encoding, problems = _read(path)
        library.problems.extend(problems)
        if text is None:
            continue
        lesson, problems = parse_lesson(text, path, folder_course.id if folder_course else None, encoding, check_media)
        library.problems.extend(problems)
        if lesson is None:
            continue
        first = library.lessons.get(lesson.id)
        if first is not None:
            library.problems.append(
                Problem(
                    path,
                    lesson.id_line,
                    f"编号“{lesson.id}”和 {first.path} 第 {first.id_line} 行重复了，每篇课文的编号要不一样",
                )
            )
            continue
        library.lessons[lesson.id] = lesson

    for lesson in list(library.lessons.values()):
        if lesson.course_id not in library.courses:
            library.problems.append(
                Problem(
                    lesson.path,
                    1,
                    f"找不到课程“{lesson.course_id}”。请检查“课程：”写得对不对，或者补上那门课程的“课程.txt”",
                )
            )
            del library.lessons[lesson.id]
    return library
