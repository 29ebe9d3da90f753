"""What is sent to a speech engine for a piece of lesson text.

espeak-ng's Mandarin voice does not know most characters, so for it the text becomes
phrase-aware tone-numbered pinyin (pypinyin), spoken by the cmn-latn-pinyin voice.
Voices that read Chinese themselves (SAPI5, NSSpeech, espeak-ng's Cantonese) get the text
with numbers written out in words.
"""

from __future__ import annotations

from collections.abc import Mapping

from pypinyin import Style, lazy_pinyin

from .numbers import normalize_numbers

LETTERS = {
    "A": "ei1",
    "B": "bi4",
    "C": "xi1",
    "D": "di4",
    "E": "yi4",
    "F": "ai2 fu5",
    "G": "ji4",
    "H": "ai2 qi1",
    "I": "ai4",
    "J": "jie4",
    "K": "kai4",
    "L": "ai2 le5",
    "M": "ai2 mu5",
    "N": "en1",
    "O": "ou1",
    "P": "pi4",
    "Q": "kiu1",
    "R": "a4 er5",
    "S": "ai2 si5",
    "T": "ti4",
    "U": "you1",
    "V": "wei1",
    "W": "da2 bu5 liu5",
    "X": "ai2 ke4 si5",
    "Y": "wai4",
    "Z": "zei4",
}
_PAUSE_SHORT = set("，、：:,")
_PAUSE_LONG = set("。！？；!?;…")

Readings = Mapping[str, tuple[str, ...]]


def _non_chinese(chunk: str) -> list[str]:
    out: list[str] = []
    for char in chunk:
        if char.upper() in LETTERS and char.isascii():
            out.extend(LETTERS[char.upper()].split())
        elif char in _PAUSE_LONG:
            out.append(".")
        elif char in _PAUSE_SHORT:
            out.append(",")
    return out


def _pinyin(text: str) -> list[str]:
    return lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, tone_sandhi=True, errors=_non_chinese)


def _split_custom(text: str, readings: Readings) -> list[tuple[str, tuple[str, ...] | None]]:
    """The text cut into (word, its fixed reading) and (other text, None), longest words first."""
    if not readings:
        return [(text, None)]
    longest = max(len(word) for word in readings)
    parts: list[tuple[str, tuple[str, ...] | None]] = []
    plain = ""
    index = 0
    while index < len(text):
        for size in range(min(longest, len(text) - index), 0, -1):
            word = text[index : index + size]
            if word in readings:
                if plain:
                    parts.append((plain, None))
                    plain = ""
                parts.append((word, readings[word]))
                index += size
                break
        else:
            plain += text[index]
            index += 1
    if plain:
        parts.append((plain, None))
    return parts


def to_pinyin(text: str, readings: Readings | None = None) -> str:
    """Tone-numbered pinyin for espeak-ng's cmn-latn-pinyin voice: "yin2 hang2 hang2 zhang3 shuo1 ."."""
    syllables: list[str] = []
    for part, fixed in _split_custom(normalize_numbers(text), readings or {}):
        syllables.extend(fixed if fixed is not None else _pinyin(part))
    words: list[str] = []
    for syllable in syllables:
        syllable = syllable.replace("ü", "v")
        if syllable in (",", "."):
            if words and words[-1] not in (",", "."):
                words.append(syllable)
        elif syllable.strip():
            words.append(syllable)
    while words and words[0] in (",", "."):
        words.pop(0)
    return " ".join(words).replace(" ,", ",").replace(" .", ".")


def to_spoken_chinese(text: str) -> str:
    """Text for voices that read Chinese themselves: numbers written in words. (A fixed reading
    cannot be handed to such a voice as characters; the pronunciation lists act on the pinyin path.)"""
    return normalize_numbers(text)
