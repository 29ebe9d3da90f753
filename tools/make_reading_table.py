"""Write the reading table under resources/readings/ from pypinyin's data, with the reading
pypinyin gives each entry (tone-numbered, the neutral tone as 5, ü as v):

- characters.tsv.gz: every character of its character dictionary, "char<TAB>syllable" a line;
- phrases.marisa: every phrase of its phrase dictionary -> "syl syl ...", a marisa-trie
  BytesTrie (the program maps the file instead of holding 47,000 words in a dict: 1 MiB, not 9).

The program reads Chinese through them (desktop_app/text/reading_table.py) instead of importing
pypinyin, whose dictionaries take 56 MiB in the program's process (issue 14's memory budget after
reading aloud); tests/test_reading_table.py checks that they are what this tool makes from the
pypinyin installed. Run it again after upgrading pypinyin:

    python tools/make_reading_table.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

import marisa_trie
from pypinyin import Style, pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "readings"
CHARACTERS = FOLDER / "characters.tsv.gz"
PHRASES = FOLDER / "phrases.marisa"


def reading(word: str) -> str:
    syllables = pinyin(word, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda chars: ["?"] * len(chars))
    return " ".join(item[0].replace("ü", "v") for item in syllables)


def characters_bytes() -> bytes:
    text = "".join(f"{chr(code)}\t{reading(chr(code))}\n" for code in sorted(PINYIN_DICT))
    return gzip.compress(text.encode("utf-8"), mtime=0)  # the same bytes each time


def phrases_bytes() -> bytes:
    phrases = [(phrase, reading(phrase).encode("ascii")) for phrase in sorted(PHRASES_DICT) if len(phrase) > 1]
    return marisa_trie.BytesTrie(phrases).tobytes()  # the same bytes whatever the order given


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    CHARACTERS.write_bytes(characters_bytes())
    PHRASES.write_bytes(phrases_bytes())
    for path in (CHARACTERS, PHRASES):
        print(f"{path}: {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
