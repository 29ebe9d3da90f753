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
    from ..text.reading_table import word_syllables  # only when a member searches by letters

    return "".join(syllable[0] for syllable in word_syllables(title) if syllable) if title else ""


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
    return SearchIndex(lessons).search(query, initials)


@dataclass(frozen=True)
class _Prepared:
    lesson: Lesson
    heading: str  # title and summary, casefolded
    text: str  # Lesson.text, joined once
    folded: str  # the text casefolded, searched


class SearchIndex:
    """The lessons' texts joined and casefolded once, so that each keystroke of a search is a scan
    over prepared strings (issue 14: 5,000 lessons within a frame or two); the last search is kept,
    as the list and the pad's count ask for the same query."""

    def __init__(self, lessons: Iterable[Lesson]):
        self.lessons = list(lessons)
        self._prepared: list[_Prepared] | None = None
        self._last: tuple[str, int, list[SearchHit]] | None = None

    def _items(self) -> list[_Prepared]:
        if self._prepared is None:  # the lesson bodies are read on the first search, not at start
            self._prepared = []
            for lesson in self.lessons:
                text = lesson.text
                self._prepared.append(
                    _Prepared(lesson, f"{lesson.title.casefold()}\n{lesson.summary.casefold()}", text, text.casefold())
                )
        return self._prepared

    def search(self, query: str, initials: dict[str, str] | None = None) -> list[SearchHit]:
        needle = normalize_query(query)
        if not needle:
            return []
        if self._last is not None and self._last[:2] == (needle, id(initials)):
            return self._last[2]
        folded = needle.casefold()
        by_letters = _is_initials(folded)
        title_hits: list[SearchHit] = []
        text_hits: list[SearchHit] = []
        for item in self._items():
            lesson = item.lesson
            in_title = folded in item.heading
            if by_letters and not in_title:
                letters = initials[lesson.id] if initials and lesson.id in initials else title_initials(lesson.title)
                in_title = folded in letters
            position = item.folded.find(folded)
            if not in_title and position < 0:
                continue
            snippet = ""
            text = item.text
            if position >= 0:
                start = max(0, position - _SNIPPET_SIDE)
                end = min(len(text), position + len(needle) + _SNIPPET_SIDE)
                snippet = ("…" if start else "") + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")
            hit = SearchHit(lesson, in_title, snippet, position)
            (title_hits if in_title else text_hits).append(hit)
        hits = title_hits + text_hits
        self._last = (needle, id(initials), hits)
        return hits
