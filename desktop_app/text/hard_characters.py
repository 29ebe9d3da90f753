"""The characters a printed handout shows the pinyin of (no Qt): the program's list
(resources/hard_characters.txt) and the secretary's additions (hard_characters.txt in the data
folder). Every Chinese character on a line counts; a line starting with # is a note."""

from __future__ import annotations

import logging
from pathlib import Path

from ..lessons.textfile import decode, split_lines
from .pinyin import is_hanzi

log = logging.getLogger(__name__)

FILE_NAME = "hard_characters.txt"
FILE_LIMIT = 1_000_000  # bytes: a list, not a book


def parse_hard_characters(text: str) -> frozenset[str]:
    found = set()
    for line in split_lines(text):
        line = line.strip().lstrip("\ufeff")
        if not line.startswith(("#", "＃")):
            found.update(char for char in line if is_hanzi(char))
    return frozenset(found)


def read_hard_characters(path: Path) -> frozenset[str]:
    """The characters of one list; none when the file is missing or cannot be read (logged)."""
    try:
        if not path.is_file():
            return frozenset()
        if path.stat().st_size > FILE_LIMIT:
            log.warning("%s is too big for a list of characters; not used", path)
            return frozenset()
        data = path.read_bytes()
    except OSError:
        log.warning("Cannot read %s", path, exc_info=True)
        return frozenset()
    text, _, _ = decode(data, path)  # UTF-8, else GBK as Notepad saves it
    if text is None:
        log.warning("%s is neither UTF-8 nor GBK; not used", path)
        return frozenset()
    return parse_hard_characters(text)


def hard_characters(data_dir: Path | None) -> frozenset[str]:
    """The program's list with the secretary's (in the data folder) added."""
    from ..paths import resources_dir

    shipped = read_hard_characters(resources_dir() / FILE_NAME)
    return shipped | (read_hard_characters(Path(data_dir) / FILE_NAME) if data_dir is not None else frozenset())
