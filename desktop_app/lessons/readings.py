"""Pronunciation lists: "词语：pin1 yin1" lines that fix how a word is read aloud.

Used for the program-wide list (resources/pronunciations.txt) and a lesson's 【读音】 section.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from .model import Problem

_LINE_RE = re.compile(r"^([^：:=]+?)\s*[：:=]\s*(.+)$")
_SYLLABLE_RE = re.compile(r"^[a-zü]{1,6}[1-5]$")
_HANZI_RE = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")


def parse_readings(lines: list[tuple[int, str]], path: Path) -> tuple[dict[str, tuple[str, ...]], list[Problem]]:
    """lines: (line number, stripped text). Returns word -> tone-numbered syllables, and problems."""
    readings: dict[str, tuple[str, ...]] = {}
    problems: list[Problem] = []
    for number, line in lines:
        if not line or line.startswith("//"):
            continue
        match = _LINE_RE.match(line)
        if not match:
            template = QT_TRANSLATE_NOOP("LessonCheck", "Write a reading as “word：pinyin”, e.g. “银行：yin2 hang2”")
            problems.append(Problem(path, number, template))
            continue
        word = match.group(1).strip()
        syllables = tuple(s.lower().replace("v", "ü") for s in match.group(2).split())
        if not _HANZI_RE.match(word):
            template = QT_TRANSLATE_NOOP("LessonCheck", "“%1” may hold Chinese characters only")
            problems.append(Problem(path, number, template, (word,)))
        elif len(syllables) != len(word):
            template = QT_TRANSLATE_NOOP(
                "LessonCheck", "“%1” has %2 characters but %3 syllables; write one syllable a character"
            )
            problems.append(Problem(path, number, template, (word, len(word), len(syllables))))
        elif bad := [s for s in syllables if not _SYLLABLE_RE.match(s)]:
            template = QT_TRANSLATE_NOOP(
                "LessonCheck",
                "The pinyin “%1” is not understood: write the tone number 1-5 after each syllable (5 is the neutral tone), e.g. “hang2”",
            )
            problems.append(Problem(path, number, template, (bad[0],)))
        elif word in readings:
            template = QT_TRANSLATE_NOOP("LessonCheck", "The reading of “%1” is written twice")
            problems.append(Problem(path, number, template, (word,)))
        else:
            readings[word] = syllables
    return readings, problems


def load_reading_file(path: Path) -> tuple[dict[str, tuple[str, ...]], list[Problem]]:
    from .files import Refused, read_regular
    from .invisible import remove_invisible
    from .textfile import decode, split_lines

    try:
        text, _, problems = decode(read_regular(path), path)
    except Refused as refused:
        return {}, [refused.problem(path, 1)]
    except OSError as error:
        template = QT_TRANSLATE_NOOP("LessonCheck", "Cannot open the pronunciation list (%1)")
        return {}, [Problem(path, 1, template, (error.strerror or error,))]
    if text is None:
        return {}, problems
    text, invisible = remove_invisible(text, path)
    problems.extend(invisible)
    lines = [(n, line.strip()) for n, line in enumerate(split_lines(text), start=1)]
    readings, more = parse_readings(lines, path)
    return readings, problems + more
