"""When a member is given a learning poster (学习海报, issue 10), and the sentence it quotes (no Qt).

The decision is made at the moment it happens: the count of finished lessons crosses a multiple
of 5, a course is finished, or a course's last level is passed. Nothing is stored about which
posters were shown: the moment comes once."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..lessons import Library
from ..text.sentences import split_sentences

COURSE, LEVEL, FIVE = "course", "level", "five"
EVERY = 5  # a poster every 5 finished lessons
SHORTEST, LONGEST = 8, 40  # characters of the sentence on the poster, its 。 counted
_LIST_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|[0-9０-９]+[.、．）)]|[（(][一二三四五六七八九十0-9]+[）)]|首先|其次|最后)"
)
_PAIRS = ("“”", "‘’", "「」", "『』", "《》", "（）", "()", "【】")


def poster_reason(
    finished_before: int, finished_now: int, course_finished: bool, last_level_passed: bool
) -> str | None:
    """Why a poster is due now: "course" (a course finished) before "level" (its last level passed)
    before "five" (the finished lessons reached 5, 10, 15 …); None when none is."""
    if course_finished:
        return COURSE
    if last_level_passed:
        return LEVEL
    before, now = max(0, finished_before), max(0, finished_now)
    if now // EVERY > before // EVERY:  # a jump over a multiple (two lessons at once) counts too
        return FIVE
    return None


def _fits(sentence: str) -> bool:
    if not SHORTEST <= len(sentence) <= LONGEST or not sentence.endswith("。"):
        return False
    if _LIST_ITEM.match(sentence):  # 四是…, 第二…: a point of a list means little alone
        return False
    return all(sentence.count(left) == sentence.count(right) for left, right in _PAIRS)


def poster_sentences(library: Library, course_id: str) -> list[str]:
    """The sentences of the course's lessons that can stand on a poster, in lesson order, once each."""
    found: list[str] = []
    for lesson in library.lessons_of(course_id):
        for block in lesson.blocks:
            if block.kind != "paragraph":
                continue
            for piece in split_sentences(block.text):
                sentence = " ".join(piece.split())
                if _fits(sentence) and sentence not in found:
                    found.append(sentence)
    return found


def pick_sentence(library: Library, course_id: str, seed: object) -> str:
    """One sentence of the course's lessons (8 to 40 characters, ending in 。), the same one for
    the same seed (a member and a day, say) on every computer; "" when the course has none."""
    sentences = poster_sentences(library, course_id)
    if not sentences:
        return ""
    digest = hashlib.sha256(repr(seed).encode("utf-8")).digest()
    return sentences[int.from_bytes(digest[:8], "big") % len(sentences)]


@dataclass(frozen=True)
class StudyState:
    """What a poster is decided on: the lessons finished and the courses whose last level is passed."""

    finished: frozenset[str] = frozenset()
    levels_done: frozenset[str] = frozenset()


def poster_due(library: Library, before: StudyState, now: StudyState) -> tuple[str, str] | None:
    """(reason, course id) of the poster due between two moments, None when none is."""
    new = sorted(now.finished - before.finished)
    courses = [library.lessons[i].course_id for i in new if i in library.lessons]
    finished_course = next(
        (c for c in courses if all(lesson.id in now.finished for lesson in library.lessons_of(c))), None
    )
    level_course = min(now.levels_done - before.levels_done, default=None)
    reason = poster_reason(
        len(before.finished), len(now.finished), finished_course is not None, level_course is not None
    )
    if reason is None:
        return None
    course = finished_course or level_course or (courses[-1] if courses else "")
    return (reason, course) if course else None
