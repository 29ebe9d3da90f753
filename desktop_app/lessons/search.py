"""Find lessons by title and text. Plain substring matching, so two-character words match."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..text.script import to_simplified
from .model import Lesson

_SNIPPET_SIDE = 12


@dataclass(frozen=True)
class SearchHit:
    lesson: Lesson
    in_title: bool
    snippet: str  # a little text around the first match in the body ("" when only the title matched)
    position: int  # character offset of the first match in Lesson.text, -1 for title only


def normalize_query(query: str) -> str:
    """Spaces dropped, traditional characters turned to simplified."""
    return to_simplified("".join(query.split()))


def search_lessons(lessons: Iterable[Lesson], query: str) -> list[SearchHit]:
    """Lessons whose title, summary or text contain the query; title matches first."""
    needle = normalize_query(query)
    if not needle:
        return []
    folded = needle.casefold()
    title_hits: list[SearchHit] = []
    text_hits: list[SearchHit] = []
    for lesson in lessons:
        in_title = folded in lesson.title.casefold() or folded in lesson.summary.casefold()
        text = lesson.text
        position = text.casefold().find(folded)
        if not in_title and position < 0:
            continue
        snippet = ""
        if position >= 0:
            start = max(0, position - _SNIPPET_SIDE)
            end = min(len(text), position + len(needle) + _SNIPPET_SIDE)
            snippet = ("…" if start else "") + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")
        hit = SearchHit(lesson, in_title, snippet, position)
        (title_hits if in_title else text_hits).append(hit)
    return title_hits + text_hits
