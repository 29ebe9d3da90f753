"""Find and load every course and lesson under some folders.

A broken file never stops the loading: it is left out and its problems are listed. Each file is
looked at once (loading grows linearly with the number of lessons); with an index cache folder, an
unchanged lesson is taken from the index instead of being read again (cache.py).
"""

from __future__ import annotations

import gc
import logging
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from .cache import LessonIndex
from .files import HEAD_BYTES, NOT_REGULAR, TEXT_LIMIT, NamedFiles, Refused, inside, read_regular, signature
from .model import Course, Lesson, Library, Problem
from .parser import COURSE_FILE_NAME, parse_course, parse_lesson
from .textfile import decode

log = logging.getLogger(__name__)
_SKIPPED_NAMES = {COURSE_FILE_NAME.lower(), "readme.txt", "说明.txt"}
_TIMES_LINE_RE = re.compile(r"^\s*朗读时间\s*[：:]\s*(.+?)\s*$", re.M)

CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "LessonCheck", "Cannot open this file (%1). Please check that it is still there and can be opened"
)
POINTS_OUTSIDE = QT_TRANSLATE_NOOP(
    "LessonCheck", "This file points to a place outside the lesson folder; it was skipped"
)
NOT_REGULAR_SKIPPED = QT_TRANSLATE_NOOP(
    "LessonCheck", "This is not an ordinary file (perhaps a device or a pipe); it was skipped"
)
TOO_BIG_SKIPPED = QT_TRANSLATE_NOOP(
    "LessonCheck", "This file is too big for a lesson: %1 MB, at most %2 MB; it was skipped"
)
# The first of two with one id is kept (in the order of the paths given): packs/overlay.py relies on it.
SAME_COURSE_ID = QT_TRANSLATE_NOOP("LessonCheck", "The course id “%1” is the same as in %2; please make them different")
SAME_LESSON_ID = QT_TRANSLATE_NOOP(
    "LessonCheck", "The id “%1” is the same as in %2 line %3; every lesson needs its own id"
)

Found = tuple[Path, list[int] | None, Path]  # a file, its signature, its folder


def _read(path: Path) -> tuple[str | None, str, list[Problem]]:
    try:
        data = read_regular(path)
    except Refused as refused:
        return None, "", [refused.problem(path, 1)]
    except OSError as error:
        return None, "", [Problem(path, 1, CANNOT_OPEN, (error.strerror or error,))]
    return decode(data, path)


def read_lesson(
    path: Path, course_id: str | None, check_media: bool = True
) -> tuple[Lesson | None, list[Problem], dict[str, list[int] | None] | None]:
    """One lesson file read and parsed: the lesson (None with errors), its problems, and the files it
    names with their signatures (None when the file could not be read)."""
    text, encoding, problems = _read(path)
    if text is None:
        return None, problems, None
    named_files = NamedFiles(path, check_media)
    lesson, more = parse_lesson(text, path, course_id, encoding, check_media, named_files)
    return lesson, problems + more, named_files.seen


def _check_entry(entry: os.DirEntry, folder: Path, root: Path, problems: list[Problem]) -> Found | None:
    """A .txt file of a lesson folder, when it is a regular file inside the folder of not too many bytes."""
    path = folder / entry.name
    try:
        if entry.is_symlink() and not path.resolve().is_relative_to(root):
            problems.append(Problem(path, 1, POINTS_OUTSIDE))
            return None
        info = entry.stat()
    except (OSError, RuntimeError) as error:
        problems.append(Problem(path, 1, CANNOT_OPEN, (getattr(error, "strerror", None) or error,)))
        return None
    if not stat.S_ISREG(info.st_mode):
        problems.append(Problem(path, 1, NOT_REGULAR_SKIPPED))
        return None
    if info.st_size > TEXT_LIMIT:
        problems.append(Problem(path, 1, TOO_BIG_SKIPPED, (f"{info.st_size / 1e6:.1f}", TEXT_LIMIT // 1_000_000)))
        return None
    return path, [info.st_size, info.st_mtime_ns, info.st_ino, stat.S_IFMT(info.st_mode)], folder


def _walk(root: Path, courses: dict[Path, Found | None], found_problems: list[Problem]) -> list[Found]:
    """Every .txt under root in path order (folder links are not followed), each stat-ed once, none opened."""
    real_root = root.resolve()
    problems: list[Problem] = []
    folders = [root]
    found: list[tuple[list[str], Found]] = []
    while folders:
        folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            problems.append(Problem(folder, 1, CANNOT_OPEN, (error.strerror or error,)))
            continue
        for entry in entries:
            name = entry.name.lower()
            if entry.is_dir(follow_symlinks=False):
                folders.append(folder / entry.name)
            elif name == COURSE_FILE_NAME.lower() and entry.name == COURSE_FILE_NAME:
                courses[folder] = _check_entry(entry, folder, real_root, problems)
            elif name.endswith(".txt") and name not in _SKIPPED_NAMES and not name.startswith("."):
                lesson = _check_entry(entry, folder, real_root, problems)
                if lesson is not None:  # sorted as paths are, part by part
                    found.append((os.path.normcase(entry.path).split(os.sep), lesson))
    found.sort(key=lambda item: item[0])
    found_problems.extend(sorted(problems, key=lambda problem: problem.path.parts))
    return [lesson for _, lesson in found]


def _find_files(paths: list[Path], problems: list[Problem]) -> tuple[list[Found], dict[Path, Found | None]]:
    lessons: list[Found] = []
    courses: dict[Path, Found | None] = {}  # folder -> its course file (None: there but unusable)
    for path in paths:
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            problems.append(
                Problem(
                    path, 1, QT_TRANSLATE_NOOP("LessonCheck", "Cannot find this file or folder; please check the path")
                )
            )
            continue
        if stat.S_ISDIR(info.st_mode):
            lessons.extend(_walk(path, courses, problems))
        elif stat.S_ISREG(info.st_mode):
            lessons.append((path, signature(path), path.parent))
        else:
            problems.append(Problem(path, 1, NOT_REGULAR, (path.name,)))
    return lessons, courses


def _named_times(path: Path, sig: list[int] | None, index: LessonIndex) -> list[str]:
    """The time files a lesson names in its first lines: those .txt files are not lessons."""
    named = index.named(path, sig)
    if named is None:
        try:
            text, _, _ = decode(read_regular(path, head=HEAD_BYTES), path)
        except (OSError, Refused):
            text = None
        named = [str(path.parent / match.group(1)) for match in _TIMES_LINE_RE.finditer(text or "")]
        index.set_named(path, sig, named)
    return named


def load_library(paths: Iterable[Path | str], check_media: bool = True, cache_dir: Path | None = None) -> Library:
    """Every course and lesson under paths. cache_dir: where the lesson index is kept (None: no index)."""
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of objects are made and kept: collecting meanwhile only costs time
    try:
        return _load(paths, check_media, cache_dir)
    finally:
        if collecting:
            gc.enable()


def _load(paths: Iterable[Path | str], check_media: bool, cache_dir: Path | None) -> Library:
    library = Library()
    paths = [Path(p) for p in paths]
    files, course_files = _find_files(paths, library.problems)
    index = LessonIndex(cache_dir, check_media)
    folder_courses: dict[Path, Course | None] = {}

    def course_of_folder(folder: Path) -> Course | None:
        if folder in folder_courses:
            return folder_courses[folder]
        course = None
        if folder in course_files:
            found = course_files[folder]
        else:  # the folder of a lesson file named on its own
            course_file = folder / COURSE_FILE_NAME
            found = (course_file, None) if os.path.lexists(course_file) else None
            if found is not None and inside(folder, COURSE_FILE_NAME) is None:
                library.problems.append(Problem(course_file, 1, POINTS_OUTSIDE))
                found = None
        if found is not None:
            course_file = found[0]
            text, _, problems = _read(course_file)
            library.problems.extend(problems)
            if text is not None:
                course, problems = parse_course(text, course_file)
                library.problems.extend(problems)
            if course is not None:
                first = library.courses.get(course.id)
                if first is not None:
                    library.problems.append(Problem(course_file, 1, SAME_COURSE_ID, (course.id, first.path)))
                    course = first
                else:
                    library.courses[course.id] = course
        folder_courses[folder] = course
        return course

    # A narration's time file is a .txt too, but not a lesson: leave out every file a lesson names so.
    named: set[str] = set()
    for path, sig, _ in files:
        named.update(_named_times(path, sig, index))
    if named:
        files = [found for found in files if str(found[0]) not in named]
    # Every course first, so that a lesson elsewhere may name its course with "课程：".
    for folder in sorted({folder for _, _, folder in files} | set(course_files)):
        course_of_folder(folder)
    for path, sig, folder in files:
        folder_course = course_of_folder(folder)
        course_id = folder_course.id if folder_course else None
        cached = index.lesson(path, sig, course_id)
        if cached is not None:
            lesson, problems = cached
            library.cached_files += 1
        else:
            lesson, problems, seen = read_lesson(path, course_id, check_media)
            if seen is not None:
                index.set_lesson(path, sig, course_id, seen, lesson, problems)
            library.parsed_files += 1
        library.problems.extend(problems)
        if lesson is None:
            continue
        first = library.lessons.get(lesson.id)
        if first is not None:
            problem = Problem(path, lesson.id_line, SAME_LESSON_ID, (lesson.id, first.path, first.id_line))
            library.problems.append(problem)
            continue
        library.lessons[lesson.id] = lesson
    index.save()

    for lesson in list(library.lessons.values()):
        if lesson.course_id not in library.courses:
            template = QT_TRANSLATE_NOOP(
                "LessonCheck",
                "Cannot find the course “%1”. Check that “课程：” is right, or add the “课程.txt” of that course",
            )
            library.problems.append(Problem(lesson.path, 1, template, (lesson.course_id,)))
            del library.lessons[lesson.id]
    return library
