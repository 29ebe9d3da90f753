"""How characters and words are read, from resources/readings/ (no Qt, no pypinyin).

The table is pypinyin's own data (its character and phrase dictionaries, as pypinyin reads them:
tone-numbered, neutral tone 5, ü as v) written out by tools/make_reading_table.py. Held here as
a marisa-trie of its 47,000 words mapped from its file and an array of its 41,000 characters'
syllables, it takes about 3 MiB against the 56 MiB of pypinyin's dictionaries (which are loaded
whole, from JSON, as soon as anything of pypinyin is imported): reading a lesson aloud is held to
issue 14's memory budget. The program's own words
(mandarin_rules.PHRASES) are added to it."""

from __future__ import annotations

import gzip
import re
import threading
from array import array

from ..paths import resources_dir

LONGEST = 8  # the longest word looked for; pypinyin's phrases beyond it are idioms read as two
_SYLLABLE_RE = re.compile(r"^[a-z]+[1-5]$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\xff]")


def table_path():
    return resources_dir() / "readings"


class _Readings:
    """The table as held in memory: each character's syllable as a number in an array indexed by
    its code point (a dict of 41,000 one-character strings would take 5 MiB more), and the words
    of two characters or more in a marisa-trie mapped from its file (a dict of them, 9 MiB)."""

    def __init__(self, pairs, trie, extra: dict[str, str]):
        self.syllables: list[str | None] = [None]  # number 0: no reading
        numbers: dict[str, int] = {}
        self.bmp = array("H", bytes(2 * 0x10000))  # code point -> syllable number
        self.astral: dict[str, str] = {}  # the few characters beyond the first 65,536
        for char, syllable in pairs:
            if ord(char) > 0xFFFF:
                self.astral[char] = syllable
            elif _SYLLABLE_RE.match(syllable):
                number = numbers.setdefault(syllable, len(self.syllables))
                if number == len(self.syllables):
                    self.syllables.append(syllable)
                self.bmp[ord(char)] = number
        self.phrases = Phrases(trie, extra)

    def char(self, char: str) -> str | None:
        if ord(char) > 0xFFFF:
            found = self.astral.get(char)
            return found if found and _SYLLABLE_RE.match(found) else None
        return self.syllables[self.bmp[ord(char)]]

    def characters(self):
        for code, number in enumerate(self.bmp):
            if number:
                yield chr(code), self.syllables[number]
        yield from self.astral.items()


class Phrases:
    """The words of two characters or more: `word in phrases`, phrases.get(word) -> "zhong1 guo2";
    the program's own words (mandarin_rules.PHRASES) before pypinyin's."""

    def __init__(self, trie, extra: dict[str, str]):
        self.trie, self.extra = trie, extra

    def __contains__(self, word: str) -> bool:
        return word in self.extra or (_CONTROL.search(word) is None and word in self.trie)

    def get(self, word: str) -> str | None:
        found = self.extra.get(word)
        if found is not None:
            return found
        if _CONTROL.search(word) is not None:
            return None  # no word has one, and a trie key cannot hold one (\x00 ends it)
        values = self.trie.get(word)
        return values[0].decode("ascii") if values else None

    def items(self):
        for word, value in self.trie.iteritems():
            if word not in self.extra:
                yield word, value.decode("ascii")
        yield from self.extra.items()


_loaded: _Readings | None = None
_loading = threading.Lock()  # the preload thread and the interface may both ask first


def _readings() -> _Readings:
    """Read once (about 100 ms, 3 MiB), on whichever thread asks first."""
    global _loaded
    if _loaded is None:
        with _loading:
            if _loaded is None:
                _loaded = _read()
    return _loaded


def _pairs(lines):
    for line in lines:
        word, syllables = line[:-1].split("\t", 1)
        yield word, syllables


def _read() -> _Readings:
    import marisa_trie

    from .mandarin_rules import PHRASES

    trie = marisa_trie.BytesTrie()
    trie.mmap(str(table_path() / "phrases.marisa"))  # read from the file as needed, shared, not copied
    with gzip.open(table_path() / "characters.tsv.gz", "rt", encoding="utf-8") as lines:
        return _Readings(_pairs(lines), trie, dict(PHRASES))


def phrases() -> Phrases:
    return _readings().phrases


def characters():
    """(character, syllable) for every character with a reading."""
    return _readings().characters()


def is_word(text: str) -> bool:
    """A word of two characters or more whose reading the table knows."""
    return text in phrases()


def _checked(syllables: list[str]) -> list[str | None]:
    return [s if _SYLLABLE_RE.match(s) else None for s in syllables]


def char_syllable(char: str) -> str | None:
    return _readings().char(char) if len(char) == 1 else None


def word_syllables(word: str) -> list[str | None]:
    """One syllable (or None, for a character without a Chinese reading) per character of word: the
    word's own reading when the table has it, else its parts' (the longest from the left, as
    pypinyin cuts a word it does not know)."""
    if len(word) == 1:
        return [char_syllable(word)]
    words = phrases()
    found = words.get(word)
    if found is not None:
        syllables = found.split(" ")
        if len(syllables) == len(word):
            return _checked(syllables)
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
    """For benchmarks/mandarin.py: the words read from pypinyin's dictionaries as they are now in
    this process (with other phrase data loaded into pypinyin), before the table's."""
    from pypinyin import Style, pinyin
    from pypinyin.constants import PHRASES_DICT

    from .mandarin_rules import PHRASES

    words = phrases()
    for phrase in PHRASES_DICT:
        if len(phrase) > 1:
            read = pinyin(phrase, style=Style.TONE3, neutral_tone_with_five=True)
            words.extra[phrase] = " ".join(item[0].replace("ü", "v") for item in read)
    words.extra.update(PHRASES)


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
