"""送学上门, what the secretary's screen takes to the members' homes (no Qt): the lessons to choose
from (this month's first, then every course, then every single lesson), and where on the stick
the MP3 files and the handout go."""

from __future__ import annotations

from dataclasses import dataclass

from .lessons import Lesson, Library
from .reports.secretary import month_label
from .speech.audio_export import stick_name as safe_name
from .storage.plan import MonthPlan
from .study.month import month_lessons

MONTH, COURSE, LESSON = "month", "course", "lesson"
AUDIO_FOLDER = "党员学习"  # on the stick: the MP3 files, a folder for each month, course or lesson
AUDIO_FOLDER_ASCII = "dangyuan-xuexi"
HANDOUT_FOLDER = "学习站讲义"  # on the stick: the handouts as PDF


@dataclass(frozen=True)
class Choice:
    kind: str  # MONTH, COURSE or LESSON
    key: str  # "2026-12", the course's id or the lesson's id
    title: str  # "2026年12月学习", the course's title or the lesson's title
    lessons: tuple[Lesson, ...]
    month_label: str = ""  # "2026年12月" for a month: the handout's page heads say it

    @property
    def album(self) -> str:
        """The ID3 album of the MP3 files."""
        return self.title


def month_choice(library: Library, plan: MonthPlan | None, month: str) -> Choice:
    """This month's lessons (the plan's first); a choice with no lessons when none are planned."""
    label = month_label(month)
    return Choice(MONTH, month, f"{label}学习", tuple(month_lessons(library, plan, month)), label)


def course_choices(library: Library) -> list[Choice]:
    """Every course that has lessons, in the library's order."""
    found = []
    for course in library.ordered_courses():
        lessons = library.lessons_of(course.id)
        if lessons:
            found.append(Choice(COURSE, course.id, course.title, tuple(lessons)))
    return found


def top_choices(library: Library, plan: MonthPlan | None, month: str) -> list[Choice]:
    """What the chooser offers first: the month (when it has lessons), then every course."""
    month_part = month_choice(library, plan, month)
    return ([month_part] if month_part.lessons else []) + course_choices(library)


def course_parts(course: Choice) -> list[Choice]:
    """A course's page of the chooser: the whole course, then each of its lessons."""
    return [course] + [Choice(LESSON, lesson.id, lesson.title, (lesson,)) for lesson in course.lessons]


def holds(choice: Choice, chosen: Choice | None) -> bool:
    """chosen is choice, or (choice being a course) one of its lessons."""
    if chosen is None:
        return False
    if (choice.kind, choice.key) == (chosen.kind, chosen.key):
        return True
    return choice.kind == COURSE and chosen.kind == LESSON and chosen.lessons[0].course_id == choice.key


def audio_folder(choice: Choice, ascii_only: bool = False) -> str:
    """Where on the stick the MP3 files go: 党员学习/2026-12, 党员学习/<course>, 党员学习/<lesson>."""
    top = AUDIO_FOLDER_ASCII if ascii_only else AUDIO_FOLDER
    if choice.kind == MONTH:
        return f"{top}/{choice.key}"
    return f"{top}/{safe_name(choice.title, choice.key, ascii_only)}"


def handout_name(choice: Choice, size: int, pinyin: bool) -> str:
    """The handout's PDF on the stick: 讲义-2026年12月学习-22号字(-拼音).pdf."""
    words = safe_name(choice.title, choice.key)
    return f"讲义-{words}-{size}号字{'-拼音' if pinyin else ''}.pdf"
