"""Pronunciation lists: "词语：pin1 yin1" lines that fix how a word is read aloud.

Used for the program-wide list (resources/pronunciations.txt) and a lesson's 【读音】 section.
"""

from __future__ import annotations

import re
from pathlib import Path

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
            problems.append(Problem(path, number, "读音要写成“词语：拼音”，例如“银行：yin2 hang2”"))
            continue
        word = match.group(1).strip()
        syllables = tuple(s.lower().replace("v", "ü") for s in match.group(2).split())
        if not _HANZI_RE.match(word):
            problems.append(Problem(path, number, f"“{word}”里只能有汉字"))
        elif len(syllables) != len(word):
            problems.append(
                Problem(path, number, f"“{word}”有 {len(word)} 个字，拼音却有 {len(syllables)} 个，要一字一个拼音")
            )
        elif bad := [s for s in syllables if not _SYLLABLE_RE.match(s)]:
            problems.append(
                Problem(path, number, f"拼音“{bad[0]}”看不懂：每个拼音后面写声调数字 1-5（5 是轻声），例如“hang2”")
            )
        elif word in readings:
            problems.append(Problem(path, number, f"“{word}”的读音写了两次"))
        else:
            readings[word] = syllables
    return readings, problems


def load_reading_file(path: Path) -> tuple[dict[str, tuple[str, ...]], list[Problem]]:
    from .parser import decode, split_lines

    try:
        text, _, problems = decode(path.read_bytes(), path)
    except OSError as error:
        return {}, [Problem(path, 1, f"打不开读音表（{error.strerror or error}）")]
    if text is None:
        return {}, problems
    lines = [(n, line.strip()) for n, line in enumerate(split_lines(text), start=1)]
    readings, more = parse_readings(lines, path)
    return readings, problems + more
