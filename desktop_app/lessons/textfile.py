"""Text files written in Notepad: bytes to text (UTF-8, else GB18030 with a warning) and lines."""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from .model import Problem

_LINE_SPLIT_RE = re.compile(r"\r\n|\r|\n")


def decode(data: bytes, path: Path) -> tuple[str | None, str, list[Problem]]:
    """Turn file bytes into text: UTF-8 (with or without BOM), else GB18030 with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        template = QT_TRANSLATE_NOOP(
            "LessonCheck",
            "Cannot read the text of this file. Open it in Notepad, choose “Save as”, choose the encoding “UTF-8” and save.",
        )
        return None, "", [Problem(path, 1, template)]
    template = QT_TRANSLATE_NOOP(
        "LessonCheck",
        "The file is in GBK (ANSI) encoding and was read correctly. Better: in Notepad choose “Save as” and the encoding “UTF-8”.",
    )
    warning = Problem(path, 1, template, severity="warning")
    return text, "gb18030", [warning]


def split_lines(text: str) -> list[str]:
    """Lines as a text editor numbers them (CRLF, CR and LF all end a line)."""
    return _LINE_SPLIT_RE.split(text)


def clean(line: str) -> str:
    return line.replace("\u3000", " ").replace("\ufeff", "").strip()


def is_comment(line: str) -> bool:
    return line.startswith("//")
