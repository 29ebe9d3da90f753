"""Write resources/readings/table.tsv.gz from pypinyin's data: every character of its character
dictionary and every phrase of its phrase dictionary, with the reading pypinyin gives it
(tone-numbered, the neutral tone as 5, ü as v), one "word<TAB>syllables" line each.

The program reads Chinese through this table (desktop_app/text/reading_table.py) instead of
importing pypinyin, whose dictionaries take 56 MiB in the program's process (issue 14's memory
budget after reading aloud); tests/test_reading_table.py checks that the table is what this tool
makes from the pypinyin installed. Run it again after upgrading pypinyin:

    python tools/make_reading_table.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

from pypinyin import Style, pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

TABLE = Path(__file__).resolve().parent.parent / "resources" / "readings" / "table.tsv.gz"


def reading(word: str) -> str:
    syllables = pinyin(word, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda chars: ["?"] * len(chars))
    return " ".join(item[0].replace("ü", "v") for item in syllables)


def rows() -> list[tuple[str, str]]:
    chars = [(chr(code), reading(chr(code))) for code in sorted(PINYIN_DICT)]
    phrases = [(phrase, reading(phrase)) for phrase in sorted(PHRASES_DICT) if len(phrase) > 1]
    return [(word, syllables) for word, syllables in chars + phrases if "\t" not in word and "\n" not in word]


def table_bytes() -> bytes:
    text = "".join(f"{word}\t{syllables}\n" for word, syllables in rows())
    return gzip.compress(text.encode("utf-8"), mtime=0)  # the same bytes each time


def main() -> None:
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_bytes(table_bytes())
    print(f"{TABLE}: {TABLE.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
