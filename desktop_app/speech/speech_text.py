"""What is sent to a speech engine for a piece of lesson text.

espeak-ng's Mandarin voice does not know most characters, so for it the text becomes
tone-numbered pinyin (desktop_app/text/mandarin.py: phrases, rules on the words around a
character, 一/不 tone changes), spoken by the cmn-latn-pinyin voice.
Voices that read Chinese themselves (SAPI5, NSSpeech, espeak-ng's Cantonese) get the text
with numbers written out in words.
"""

from __future__ import annotations

from collections.abc import Mapping

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


def to_pinyin(text: str, readings: Readings | None = None) -> str:
    """Tone-numbered pinyin for espeak-ng's cmn-latn-pinyin voice: "yin2 hang2 hang2 zhang3 shuo1 ."."""
    from ..text.mandarin import spoken_readings  # the reading table: not at start (gui/preload.py)

    text = normalize_numbers(text)
    words: list[str] = []
    for char, syllable in zip(text, spoken_readings(text, readings), strict=True):
        if syllable is not None:
            words.append(syllable)
        elif char.isascii() and char.upper() in LETTERS:
            words.extend(LETTERS[char.upper()].split())
        elif char in _PAUSE_LONG or char in _PAUSE_SHORT:
            mark = "." if char in _PAUSE_LONG else ","
            if words and words[-1] not in (",", "."):
                words.append(mark)
    while words and words[0] in (",", "."):
        words.pop(0)
    return " ".join(words).replace(" ,", ",").replace(" .", ".")


def to_spoken_chinese(text: str) -> str:
    """Text for voices that read Chinese themselves: numbers written in words. (A fixed reading
    cannot be handed to such a voice as characters; the pronunciation lists act on the pinyin path.)"""
    return normalize_numbers(text)
