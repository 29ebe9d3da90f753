"""Characters that fool the eye: bidi overrides, embeddings, isolates and marks, and zero-width
characters. A lesson needs none of them; each line holding any gets a warning and they are removed
(a byte-order mark at the very start of a file is no problem and goes silently)."""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from .model import Problem

INVISIBLE = (
    "\u200b\u200c\u200d"  # zero width space, non-joiner, joiner
    "\u200e\u200f\u061c"  # left-to-right, right-to-left and Arabic letter marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\u2060\ufeff"  # word joiner, zero width no-break space (a byte-order mark inside the text)
)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")

REMOVED = QT_TRANSLATE_NOOP(
    "LessonCheck",
    "This line holds %1 invisible control characters (%2) that can make the text look different from what it is; they were removed",
)


def remove_invisible(text: str, path: Path) -> tuple[str, list[Problem]]:
    """text without the characters of INVISIBLE, and one warning for each line that held any."""
    text = text.removeprefix("\ufeff")
    if not _INVISIBLE_RE.search(text):
        return text, []
    problems: list[Problem] = []
    lines: list[str] = []
    for number, match in enumerate(_LINE_RE.finditer(text), start=1):
        line = match.group(0)
        found = _INVISIBLE_RE.findall(line)
        if found:
            names = "、".join(dict.fromkeys(f"U+{ord(char):04X}" for char in found))
            problems.append(Problem(path, number, REMOVED, (len(found), names), "warning"))
            line = _INVISIBLE_RE.sub("", line)
        lines.append(line)
        if match.end() == len(text):
            break
    return "".join(lines), problems
