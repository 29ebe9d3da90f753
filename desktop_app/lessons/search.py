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


def title_initials(title: str) -> str:
    """The first letters of the pinyin of a title's characters: 识破养老诈骗 -> "spylzp"."""
    from pypinyin import Style, lazy_pinyin  # only when a member searches by letters

    return "".join(
        syllable[0] for syllable in lazy_pinyin(title, style=Style.FIRST_LETTER, errors="ignore") if syllable
    ).lower()


def _is_initials(text: str) -> bool:
    return text.isascii() and text.isalpha()


def next_letters(titles_initials: Iterable[str], query: str) -> list[str]:
    """The letters that can follow query in some title's initials (an on-screen pad offers only these)."""
    query = query.lower()
    found = set()
    for initials in titles_initials:
        start = initials.find(query)
        while start >= 0:
            if start + len(query) < len(initials):
                found.add(initials[start + len(query)])
            start = initials.find(query, start + 1)
    return sorted(found)


def search_lessons(lessons: Iterable[Lesson], query: str, initials: dict[str, str] | None = None) -> list[SearchHit]:
    """Lessons whose title, summary or text contain the query; title matches first. A query of
    Latin letters also finds titles by the initials of their pinyin (initials: lesson id -> them)."""
    needle = normalize_query(query)
    if not needle:
        return []
    folded = needle.casefold()
    by_letters = _is_initials(folded)
    title_hits: list[SearchHit] = []
    text_hits: list[SearchHit] = []
    for lesson in lessons:
        in_title = folded in lesson.title.casefold() or folded in lesson.summary.casefold()
        if by_letters and not in_title:
            letters = initials[lesson.id] if initials and lesson.id in initials else title_initials(lesson.title)
            in_title = folded in letters
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
