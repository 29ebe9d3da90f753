"""Read course and lesson files written in Notepad (format: lessons/README.md).

Every problem is returned as a Problem with a line number and an English template that Qt
translates (plain Chinese in the .ts file); nothing here raises on bad input.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from .files import NamedFiles
from .invisible import remove_invisible
from .model import Block, Course, Lesson, Problem
from .narration import parse_narration
from .quiz import parse_quiz
from .readings import parse_readings
from .subtitles import FILM_SUFFIXES, SUBTITLE_SUFFIXES, SubtitleError, read_subtitles
from .textfile import clean, is_comment, split_lines

LESSON_KEYS = {"编号", "标题", "顺序", "课程", "月份", "摘要", "依据", "朗读", "朗读时间"}
MEDIA_KEYS = {"音频", "视频", "字幕", "图片", "附件"}
COURSE_KEYS = {"编号", "名称", "顺序", "简介"}

_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_KEY_VALUE_RE = re.compile(r"^([^：:]{1,12}?)\s*[：:]\s*(.*)$")
_MARKER_RE = re.compile(r"^[【\[［]\s*(正文|测验|测试|读音)\s*[】\]］]$")
_MONTH_RE = re.compile(r"^(\d{4})\s*(?:-|年|/|\.)\s*(\d{1,2})\s*月?$")


COURSE_FILE_NAME = "课程.txt"


def _subtitles(files, name: str, line: int, path: Path, problems: list[Problem], missing: Problem) -> Path | None:
    """A film's subtitle file (字幕：), read and checked: a file that is not SRT is named with its line."""
    found = files.read_text(name, line, problems, missing)
    if found is None:
        return None
    subtitle_path, data = found
    try:
        read_subtitles(data, subtitle_path)
    except SubtitleError as error:
        template = QT_TRANSLATE_NOOP(
            "LessonCheck",
            "The subtitles “%1” cannot be read near line %2: each subtitle is a number, a line such as "
            "“00:00:01,000 --> 00:00:04,500” and its words, then an empty line",
        )
        problems.append(Problem(path, line, template, (name, str(max(1, error.line)))))
        return None
    return subtitle_path


def _positive_int(value: str) -> int | None:
    try:
        number = int(value)
    except ValueError:
        return None
    return number if number > 0 else None


def _read_metadata(
    lines: list[tuple[int, str]], path: Path, known: set[str], repeatable: set[str]
) -> tuple[dict[str, tuple[int, str]], list[tuple[int, str, str]], list[Problem]]:
    """Parse "key：value" lines. Returns single keys, repeatable entries, problems."""
    values: dict[str, tuple[int, str]] = {}
    repeated: list[tuple[int, str, str]] = []
    problems: list[Problem] = []
    allowed = "、".join(
        sorted(known | repeatable, key=lambda k: "编号标题名称顺序课程月份摘要简介音频视频字幕图片附件".find(k))
    )
    for number, line in lines:
        match = _KEY_VALUE_RE.match(line)
        if not match:
            template = QT_TRANSLATE_NOOP(
                "LessonCheck", "Write this line as “item：value”, e.g. “标题：……”. The items you can write are: %1"
            )
            problems.append(Problem(path, number, template, (allowed,)))
            continue
        key, value = match.group(1).strip(), match.group(2).strip()
        if key in repeatable:
            repeated.append((number, key, value))
        elif key in known:
            if key in values:
                template = QT_TRANSLATE_NOOP(
                    "LessonCheck", "“%1” is written twice (line %2 has it already); please delete one"
                )
                problems.append(Problem(path, number, template, (key, values[key][0])))
            else:
                values[key] = (number, value)
        else:
            template = QT_TRANSLATE_NOOP("LessonCheck", "Unknown item “%1”. The items you can write are: %2")
            problems.append(Problem(path, number, template, (key, allowed)))
    return values, repeated, problems


_NO_ID = {
    "course": QT_TRANSLATE_NOOP(
        "LessonCheck", "“编号：” is missing. Please give the course an id, e.g. “编号：dangshi-01”"
    ),
    "lesson": QT_TRANSLATE_NOOP(
        "LessonCheck", "“编号：” is missing. Please give the lesson an id, e.g. “编号：dangshi-01”"
    ),
}
_NO_ORDER = {
    "course": QT_TRANSLATE_NOOP(
        "LessonCheck", "“顺序：” is missing. Please write a number that says where the course goes, e.g. “顺序：1”"
    ),
    "lesson": QT_TRANSLATE_NOOP(
        "LessonCheck",
        "“顺序：” is missing. Please write a number that says where this lesson goes in its course, e.g. “顺序：1”",
    ),
}


def _check_id(values: dict[str, tuple[int, str]], path: Path, problems: list[Problem], what: str) -> str:
    line, value = values.get("编号", (1, ""))
    if not value:
        problems.append(Problem(path, line, _NO_ID[what]))
    elif not _ID_RE.match(value):
        template = QT_TRANSLATE_NOOP(
            "LessonCheck",
            "The id “%1” may only use English letters, digits, minus and underscore, no Chinese characters or spaces",
        )
        problems.append(Problem(path, line, template, (value,)))
    return value


def _check_order(values: dict[str, tuple[int, str]], path: Path, problems: list[Problem], what: str) -> int:
    line, value = values.get("顺序", (1, ""))
    if not value:
        problems.append(Problem(path, line, _NO_ORDER[what]))
        return 0
    number = _positive_int(value)
    if number is None:
        template = QT_TRANSLATE_NOOP("LessonCheck", "The order “%1” should be a positive whole number, e.g. 1, 2, 3")
        problems.append(Problem(path, line, template, (value,)))
        return 0
    return number


def _numbered(text: str) -> list[tuple[int, str]]:
    return [(n, clean(line)) for n, line in enumerate(split_lines(text), start=1)]


def parse_course(text: str, path: Path) -> tuple[Course | None, list[Problem]]:
    text, problems = remove_invisible(text, path)
    lines = [(n, line) for n, line in _numbered(text) if line and not is_comment(line)]
    values, _, more = _read_metadata(lines, path, COURSE_KEYS, set())
    problems.extend(more)
    course_id = _check_id(values, path, problems, "course")
    title_line, title = values.get("名称", (1, ""))
    if not title:
        problems.append(
            Problem(
                path,
                title_line,
                QT_TRANSLATE_NOOP("LessonCheck", "“名称：” is missing. Please write the name of the course"),
            )
        )
    order = _check_order(values, path, problems, "course")
    if any(p.is_error for p in problems):
        return None, problems
    return Course(course_id, title, order, values.get("简介", (0, ""))[1], path), problems


def _parse_month(values: dict[str, tuple[int, str]], path: Path, problems: list[Problem]) -> str:
    line, value = values.get("月份", (0, ""))
    if not value:
        return ""
    match = _MONTH_RE.match(value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        template = QT_TRANSLATE_NOOP("LessonCheck", "The month “%1” is not understood; please write it like “2026-12”")
        problems.append(Problem(path, line, template, (value,)))
        return ""
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"


def _parse_body(lines: list[tuple[int, str]], path: Path, problems: list[Problem]) -> list[Block]:
    blocks: list[Block] = []
    for number, line in lines:
        if not line or is_comment(line):
            continue
        if line[0] in "#＃":
            heading = line.lstrip("#＃ ").strip()
            if not heading:
                problems.append(
                    Problem(
                        path,
                        number,
                        QT_TRANSLATE_NOOP("LessonCheck", "The heading is empty: write its text after the “#”"),
                    )
                )
            else:
                blocks.append(Block("heading", heading, number))
        else:
            blocks.append(Block("paragraph", " ".join(line.split()), number))
    return blocks


def parse_lesson(
    text: str,
    path: Path,
    folder_course_id: str | None = None,
    encoding: str = "utf-8",
    check_media: bool = True,
    files: NamedFiles | None = None,
) -> tuple[Lesson | None, list[Problem]]:
    """Parse one lesson. Returns the lesson (None when it has errors) and its problems.

    files checks the files the lesson names (and remembers them for the index cache)."""
    files = files if files is not None else NamedFiles(path, check_media)
    text, problems = remove_invisible(text, path)
    numbered = _numbered(text)
    sections: dict[str, list[tuple[int, str]]] = {"meta": [], "正文": [], "测验": [], "读音": []}
    marker_lines: dict[str, int] = {}
    current = "meta"
    for number, line in numbered:
        if match := _MARKER_RE.match(line):
            name = "测验" if match.group(1) == "测试" else match.group(1)
            if name in marker_lines:
                template = QT_TRANSLATE_NOOP("LessonCheck", "“【%1】” is written twice (line %2 has it already)")
                problems.append(Problem(path, number, template, (name, marker_lines[name])))
                continue
            if name in ("测验", "读音") and "正文" not in marker_lines:
                template = QT_TRANSLATE_NOOP("LessonCheck", "“【%1】” must come after “【正文】”")
                problems.append(Problem(path, number, template, (name,)))
            marker_lines[name] = number
            current = name
            continue
        sections[current].append((number, line))

    meta_lines = [(n, line) for n, line in sections["meta"] if line and not is_comment(line)]
    values, media_entries, meta_problems = _read_metadata(meta_lines, path, LESSON_KEYS, MEDIA_KEYS)
    problems.extend(meta_problems)
    lesson_id = _check_id(values, path, problems, "lesson")
    title_line, title = values.get("标题", (1, ""))
    if not title:
        problems.append(
            Problem(
                path,
                title_line,
                QT_TRANSLATE_NOOP("LessonCheck", "“标题：” is missing. Please write the title of the lesson"),
            )
        )
    order = _check_order(values, path, problems, "lesson")
    month = _parse_month(values, path, problems)

    course_line, course_id = values.get("课程", (1, ""))
    if course_id and folder_course_id and course_id != folder_course_id:
        template = QT_TRANSLATE_NOOP(
            "LessonCheck",
            "The course “%1” is not the folder's course “%2”. Delete this line, or put the lesson in the right folder",
        )
        problems.append(Problem(path, course_line, template, (course_id, folder_course_id)))
    course_id = course_id or folder_course_id or ""
    if not course_id:
        template = QT_TRANSLATE_NOOP(
            "LessonCheck",
            "Which course does this lesson belong to? Put it in a folder with a “课程.txt”, or add a line “课程：id”",
        )
        problems.append(Problem(path, 1, template))

    media: list[Path] = []
    for number, key, value in media_entries:
        if not value:
            problems.append(
                Problem(path, number, QT_TRANSLATE_NOOP("LessonCheck", "Write a file name after “%1：”"), (key,))
            )
            continue
        template = QT_TRANSLATE_NOOP(
            "LessonCheck",
            "Cannot find the %1 file “%2”. Put it in the same folder as the lesson, or correct the file name",
        )
        if key == "字幕":
            media_path = _subtitles(files, value, number, path, problems, Problem(path, number, template, (key, value)))
        else:
            media_path = files.locate(value, key, number, problems, Problem(path, number, template, (key, value)))
        if media_path is not None:
            media.append(media_path)
    if any(p.suffix.lower() in SUBTITLE_SUFFIXES for p in media) and not any(
        p.suffix.lower() in FILM_SUFFIXES for p in media
    ):
        line = next(number for number, key, _ in media_entries if key == "字幕")
        template = QT_TRANSLATE_NOOP(
            "LessonCheck", "Subtitles need a film: add a line “视频：film file” (MP4) beside “字幕：”"
        )
        problems.append(Problem(path, line, template))

    if "正文" not in marker_lines:
        template = QT_TRANSLATE_NOOP(
            "LessonCheck",
            "The line “【正文】” is missing. Write “【正文】” on a line of its own after the information, and the lesson below it",
        )
        problems.append(Problem(path, len(numbered), template))
    blocks = _parse_body(sections["正文"], path, problems)
    if "正文" in marker_lines and not any(block.kind == "paragraph" for block in blocks):
        template = QT_TRANSLATE_NOOP("LessonCheck", "This lesson is empty: there is no text under “【正文】”")
        problems.append(Problem(path, marker_lines["正文"], template))
    quiz = parse_quiz(sections["测验"], path, problems)
    readings, reading_problems = parse_readings(sections["读音"], path)
    problems.extend(reading_problems)
    narration, narration_times = parse_narration(values, path, title, blocks, files, problems)
    if "测验" in marker_lines and not quiz and not any(p.is_error for p in problems):
        template = QT_TRANSLATE_NOOP(
            "LessonCheck", "There are no questions under “【测验】”. Without a quiz, please delete this line"
        )
        problems.append(Problem(path, marker_lines["测验"], template))

    if any(p.is_error for p in problems):
        return None, problems
    lesson = Lesson(
        id=lesson_id,
        title=title,
        course_id=course_id,
        order=order,
        blocks=tuple(blocks),
        quiz=tuple(quiz),
        month=month,
        summary=values.get("摘要", (0, ""))[1],
        sources=values.get("依据", (0, ""))[1],
        media=tuple(media),
        path=path,
        encoding=encoding,
        id_line=values.get("编号", (1, ""))[0],
        readings=readings,
        narration=narration,
        narration_times=narration_times,
    )
    return lesson, problems
