"""The reading of one character in the word it stands in, for the character panel.

It comes from the same reading path as read-aloud (desktop_app/text/mandarin.py), so the panel
shows what the member hears (without the spoken tone changes of 一 and 不: the panel shows the
dictionary's tone)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .reading_table import tone_marks


def is_hanzi(char: str) -> bool:
    return len(char) == 1 and ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff")


@dataclass(frozen=True)
class CharReading:
    char: str
    pinyin: str  # with tone marks, e.g. "háng"
    word: str  # the word the character stands in; the character itself when alone
    word_pinyin: str  # "yín háng"


def tone_to_tone_marks(syllable: str) -> str:
    """ "hang2" -> "háng" (for showing a reading)."""
    return tone_marks(syllable)


def char_reading(text: str, index: int, readings: Mapping[str, tuple[str, ...]] | None = None) -> CharReading | None:
    """Reading of text[index] in context; None when it is not a Chinese character.

    A word in the pronunciation lists (readings) wins over the reading path's own choice."""
    from .mandarin import analyse, is_reading_char  # the reading table: not at start (gui/preload.py)

    if not 0 <= index < len(text) or not is_hanzi(text[index]):
        return None
    # Only the run of Chinese characters around the index (and a little punctuation) matters.
    start = index
    while start > 0 and index - start < 40 and text[start - 1] != "\n":
        start -= 1
    end = index + 1
    while end < len(text) and end - index < 40 and text[end] != "\n":
        end += 1
    piece = text[start:end]
    syllables, words = analyse(piece, readings)
    position = index - start
    word = words[position]
    if word is None or syllables[position] is None:
        return None
    marks = [tone_to_tone_marks(s) for s in syllables[word.start : word.end] if s]
    return CharReading(
        text[index],
        tone_to_tone_marks(syllables[position]),
        piece[word.start : word.end] if all(is_reading_char(c) for c in piece[word.start : word.end]) else text[index],
        " ".join(marks),
    )
