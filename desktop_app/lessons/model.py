"""Plain data for courses, lessons, quizzes and the problems found in them (Qt only to translate a problem)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate

FILM_SUFFIXES = (".mp4", ".m4v", ".mkv", ".webm", ".mov", ".avi")
SUBTITLE_SUFFIXES = (".srt",)

CONTEXT = "LessonCheck"  # the translation context of every lesson problem
WARNING_PREFIX = QT_TRANSLATE_NOOP("LessonCheck", "Warning: ")


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in a lesson or course file.

    template is the English source text (context "LessonCheck" of the .ts file) with %1, %2 ...
    for args; it is translated when the problem is turned into text, so the secretary reads it in
    the program's language and the index cache can keep it as it is.
    """

    path: Path
    line: int
    template: str
    args: tuple[str, ...] = ()
    severity: str = "error"  # "error" or "warning"

    def __post_init__(self) -> None:
        if isinstance(self.args, str):  # Problem(path, line, text, "warning") of old: say so, not spell it out
            raise TypeError("Problem args must be a tuple; give the severity by name")
        if self.severity not in ("error", "warning"):
            raise ValueError(f"unknown severity {self.severity!r}")
        object.__setattr__(self, "args", tuple(str(arg) for arg in self.args))

    @property
    def message(self) -> str:
        """The message in the running program's language (plain Chinese for the author and the secretary)."""
        return translate(CONTEXT, self.template, *self.args)

    def __str__(self) -> str:
        prefix = translate(CONTEXT, WARNING_PREFIX) if self.severity == "warning" else ""
        return f"{self.path}:{self.line}: {prefix}{self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True)
class Block:
    """A paragraph or a heading of the lesson text."""

    kind: str  # "heading" or "paragraph"
    text: str
    line: int


@dataclass(frozen=True)
class Question:
    kind: str  # "single", "multiple" or "truefalse"
    text: str
    options: tuple[str, ...]  # empty for true/false
    answer: tuple[int, ...]  # option indexes; for true/false (0,) is true, (1,) is false
    explanation: str
    line: int


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    order: int
    summary: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    course_id: str
    order: int
    blocks: tuple[Block, ...]
    quiz: tuple[Question, ...] = ()
    month: str = ""  # "YYYY-MM" for the monthly theme day
    summary: str = ""
    sources: str = ""  # the documents the lesson rests on (依据); not lesson text, never read aloud
    media: tuple[Path, ...] = ()
    path: Path | None = None
    encoding: str = "utf-8"
    id_line: int = 1
    readings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> tone-numbered pinyin
    narration: Path | None = None  # a recorded human narration of the lesson
    narration_times: tuple[float, ...] = ()  # start of each read-aloud unit in the narration, seconds

    @classmethod
    def body_later(cls, load_body: Callable[[], dict[str, Any]], **light: Any) -> Lesson:
        """A lesson whose body (BODY_FIELDS) is loaded on first use, by load_body (the lesson index):
        a start with thousands of lessons reads only what the home screen and the library show."""
        lesson = object.__new__(cls)
        lesson.__dict__.update(light, _load_body=load_body)  # frozen: no __setattr__
        return lesson

    def __getattr__(self, name: str) -> Any:  # only reached for a body field not loaded yet
        load_body = self.__dict__.get("_load_body")
        if name not in BODY_FIELDS or load_body is None:
            raise AttributeError(name)
        body = load_body()
        for key in BODY_FIELDS:
            object.__setattr__(self, key, body[key])
        del self.__dict__["_load_body"]
        return body[name]

    @property
    def film(self) -> Path | None:
        """The lesson's film (its first “视频：” file), shown on the film screen."""
        return next((p for p in self.media if p.suffix.lower() in FILM_SUFFIXES), None)

    @property
    def subtitles(self) -> Path | None:
        """The film's subtitles (“字幕：”, SRT)."""
        return next((p for p in self.media if p.suffix.lower() in SUBTITLE_SUFFIXES), None) if self.film else None

    @property
    def text(self) -> str:
        """The lesson text, one block a line."""
        return "\n".join(block.text for block in self.blocks)

    @property
    def char_count(self) -> int:
        """Characters of text, white space not counted."""
        return sum(len("".join(block.text.split())) for block in self.blocks)


BODY_FIELDS = ("blocks", "quiz", "readings", "narration_times")
for _name in BODY_FIELDS:  # their defaults stay in __init__; a lesson whose body comes later must not see them
    if _name in Lesson.__dict__:
        delattr(Lesson, _name)


@dataclass
class Library:
    """Every course and valid lesson found, and every problem met on the way."""

    courses: dict[str, Course] = field(default_factory=dict)
    lessons: dict[str, Lesson] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    parsed_files: int = 0  # lesson files read and parsed by the last load
    cached_files: int = 0  # lesson files taken unchanged from the lesson index

    def ordered_courses(self) -> list[Course]:
        return sorted(self.courses.values(), key=lambda c: (c.order, c.id))

    def lessons_of(self, course_id: str) -> list[Lesson]:
        return list(self._index()[0].get(course_id, ()))

    def ordered_lessons(self) -> list[Lesson]:
        return list(self._index()[1])

    def _index(self) -> tuple[dict[str, list[Lesson]], list[Lesson]]:
        """Each course's lessons in order, and all of them in the courses' order: made once (a
        scan of every lesson for each course took 113 ms with 5,000 lessons), again only when the
        loader has added courses or lessons since."""
        size = (len(self.courses), len(self.lessons))
        made = self.__dict__.get("_made_index")
        if made is None or made[0] != size:
            by_course: dict[str, list[Lesson]] = {}
            for lesson in self.lessons.values():
                by_course.setdefault(lesson.course_id, []).append(lesson)
            for lessons in by_course.values():
                lessons.sort(key=lambda lesson: (lesson.order, lesson.id))
            ordered = [lesson for course in self.ordered_courses() for lesson in by_course.get(course.id, ())]
            made = self.__dict__["_made_index"] = (size, by_course, ordered)
        return made[1], made[2]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]
