"""The reading of one character in the word it stands in (pypinyin)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pypinyin import Style, pinyin
from pypinyin.seg.mmseg import seg


def is_hanzi(char: str) -> bool:
    return len(char) == 1 and ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff")


@dataclass(frozen=True)
class CharReading:
    char: str
    pinyin: str  # with tone marks, e.g. "háng"
    word: str  # the word the character stands in; the character itself when alone
    word_pinyin: str  # "yín háng"


def _marks(text: str) -> list[str]:
    return [item[0] for item in pinyin(text, style=Style.TONE, heteronym=False, errors=lambda s: list(s))]


def _fixed_reading(text: str, index: int, readings: Mapping[str, tuple[str, ...]]) -> CharReading | None:
    """The reading from a pronunciation list, when a listed word covers the character."""
    for size in sorted({len(word) for word in readings}, reverse=True):
        for start in range(max(0, index - size + 1), min(index, len(text) - size) + 1):
            word = text[start : start + size]
            if word in readings:
                marks = [tone_to_tone_marks(s) for s in readings[word]]
                return CharReading(text[index], marks[index - start], word, " ".join(marks))
    return None


def tone_to_tone_marks(syllable: str) -> str:
    """ "hang2" -> "háng" (for showing a fixed reading)."""
    from pypinyin.contrib.tone_convert import to_tone

    return to_tone(syllable.replace("v", "ü"))


def char_reading(text: str, index: int, readings: Mapping[str, tuple[str, ...]] | None = None) -> CharReading | None:
    """Reading of text[index] in context; None when it is not a Chinese character.

    A word in the pronunciation lists (readings) wins over pypinyin's own guess."""
    if not 0 <= index < len(text) or not is_hanzi(text[index]):
        return None
    if readings:
        fixed = _fixed_reading(text, index, readings)
        if fixed is not None:
            return fixed
    # Look only at the run of Chinese characters around the index, then find its word.
    start = index
    while start > 0 and is_hanzi(text[start - 1]):
        start -= 1
    end = index + 1
    while end < len(text) and is_hanzi(text[end]):
        end += 1
    run = text[start:end]
    offset = 0
    for word in seg.cut(run):
        if offset <= index - start < offset + len(word):
            readings = _marks(word)
            position = index - start - offset
            return CharReading(text[index], readings[position], word, " ".join(readings))
        offset += len(word)
    readings = _marks(text[index])
    return CharReading(text[index], readings[0], text[index], readings[0])
