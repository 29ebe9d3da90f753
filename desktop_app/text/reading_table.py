"""How characters and words are read, from resources/readings/table.tsv.gz (no Qt, no pypinyin).

The table is pypinyin's own data (its character and phrase dictionaries, as pypinyin reads them:
tone-numbered, neutral tone 5, ü as v) written out by tools/make_reading_table.py. Read here as
one dict of about 89,000 short strings it takes a fifth of the memory of pypinyin's dictionaries
(which are loaded whole, from JSON, as soon as anything of pypinyin is imported), so reading a
lesson aloud keeps the program within issue 14's memory budget. The program's own words
(mandarin_rules.PHRASES) are added to it."""

from __future__ import annotations

import gzip
import re
import threading

from ..paths import resources_dir

LONGEST = 8  # the longest word looked for; pypinyin's phrases beyond it are idioms read as two
_SYLLABLE_RE = re.compile(r"^[a-z]+[1-5]$")


def table_path():
    return resources_dir() / "readings" / "table.tsv.gz"


_loaded: dict[str, str] | None = None
_loading = threading.Lock()  # the preload thread and the interface may both ask first


def table() -> dict[str, str]:
    """word -> its syllables joined by spaces ("中国" -> "zhong1 guo2"); every character with a
    reading is a word of its own. Read once (about 150 ms, 18 MiB), on whichever thread asks first."""
    global _loaded
    if _loaded is None:
        with _loading:
            if _loaded is None:
                _loaded = _read()
    return _loaded


def _read() -> dict[str, str]:
    with gzip.open(table_path(), "rt", encoding="utf-8") as lines:  # a line at a time: a low peak
        words = dict(line[:-1].split("\t", 1) for line in lines)
    from .mandarin_rules import PHRASES

    words.update(PHRASES)  # the program's own words win
    return words


def is_word(text: str) -> bool:
    """A word of two characters or more whose reading the table knows."""
    return text in table()


def _checked(syllables: list[str]) -> list[str | None]:
    return [s if _SYLLABLE_RE.match(s) else None for s in syllables]


def char_syllable(char: str) -> str | None:
    found = table().get(char)
    return _checked([found])[0] if found and " " not in found else None


def word_syllables(word: str) -> list[str | None]:
    """One syllable (or None, for a character without a Chinese reading) per character of word: the
    word's own reading when the table has it, else its parts' (the longest from the left, as
    pypinyin cuts a word it does not know)."""
    words = table()
    found = words.get(word)
    if found is not None:
        syllables = found.split(" ")
        if len(syllables) == len(word):
            return _checked(syllables)
    if len(word) == 1:
        return [None]
    result: list[str | None] = []
    index = 0
    while index < len(word):
        size = next((n for n in range(min(LONGEST, len(word) - index), 1, -1) if word[index : index + n] in words), 1)
        part = word[index : index + size]
        result.extend(word_syllables(part) if size > 1 else [char_syllable(part)])
        index += size
    return result


def plain_syllables(text: str) -> list[str]:
    """Toneless syllables, one item per character, cut as word_syllables does; a character without
    a reading stays itself (what pypinyin's lazy_pinyin gives with errors kept)."""
    out: list[str] = []
    for char, syllable in zip(text, word_syllables(text) if text else [], strict=True):
        out.append(syllable[:-1] if syllable else char)
    return out


def use_pypinyin_phrases() -> None:
    """For benchmarks/mandarin.py: the table made again from pypinyin's dictionaries as they are
    now in this process (with other phrase data loaded into pypinyin)."""
    from pypinyin import Style, pinyin
    from pypinyin.constants import PHRASES_DICT

    words = table()
    for phrase in PHRASES_DICT:
        if len(phrase) > 1:
            read = pinyin(phrase, style=Style.TONE3, neutral_tone_with_five=True)
            words[phrase] = " ".join(item[0].replace("ü", "v") for item in read)
    from .mandarin_rules import PHRASES

    words.update(PHRASES)


# -- tone marks ---------------------------------------------------------------------------------

_MARKS = {
    "a": "āáǎà",
    "o": "ōóǒò",
    "e": "ēéěè",
    "i": "īíǐì",
    "u": "ūúǔù",
    "ü": "ǖǘǚǜ",
}
_NASAL = {
    "m1": "m\u0304",
    "m2": "ḿ",
    "m3": "m\u030c",
    "m4": "m\u0300",
    "n1": "n\u0304",
    "n2": "ń",
    "n3": "ň",
    "n4": "ǹ",
}


def tone_marks(syllable: str) -> str:
    """ "hang2" -> "háng", "lv4" -> "lǜ", "de5" -> "de": the mark on a or e, on the o of ou, else on
    the last vowel (the standard rule of Hanyu Pinyin)."""
    syllable = syllable.replace("v", "ü")
    if not syllable or syllable[-1] not in "12345":
        return syllable
    letters, tone = syllable[:-1], int(syllable[-1])
    if tone == 5:
        return letters
    if "a" in letters:
        at = letters.index("a")
    elif "e" in letters:
        at = letters.index("e")
    elif "ou" in letters:
        at = letters.index("o")
    else:
        vowels = [i for i, c in enumerate(letters) if c in _MARKS]
        if not vowels:
            return _NASAL.get(letters[:1] + str(tone), letters[:1]) + letters[1:]  # 呣 m2, 嗯 n2, ng2
        at = vowels[-1]
    return letters[:at] + _MARKS[letters[at]][tone - 1] + letters[at + 1 :]
