"""The reading table (text/reading_table.py) is pypinyin's data and reads exactly as pypinyin did
on the program's reading path, without the program ever importing pypinyin: the committed table
is what tools/make_reading_table.py makes from the pypinyin installed, a text reads the same as
through pypinyin on the same words (hypothesis), tone marks, names and title initials too."""

from __future__ import annotations

import subprocess
import sys
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.text import reading_table
from desktop_app.text.mandarin import analyse
from desktop_app.text.mandarin_rules import PHRASES

from .conftest import ROOT


@lru_cache(maxsize=1)
def pypinyin_as_the_program_had_it():
    """pypinyin with the program's own words added, as text/mandarin.py once loaded them."""
    from pypinyin import Style, lazy_pinyin, pinyin
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.contrib.tone_convert import to_tone
    from pypinyin.seg import mmseg

    PHRASES_DICT.update({word: [[to_tone(s)] for s in syllables.split()] for word, syllables in PHRASES.items()})
    mmseg.seg.train(PHRASES)
    return Style, pinyin, lazy_pinyin


@lru_cache(maxsize=1)
def samples() -> tuple[list[str], list[str]]:
    words = [word for word, _ in reading_table.phrases().items()]
    chars = [char for char, _ in reading_table.characters()]
    return words[::7], chars[::3]


pieces = st.lists(
    st.one_of(
        st.integers(0, 10**6).map(lambda i: samples()[0][i % len(samples()[0])]),
        st.integers(0, 10**6).map(lambda i: samples()[1][i % len(samples()[1])]),
        st.sampled_from(["。", "，", "A", "2023", " ", "·", "〇"]),
    ),
    min_size=1,
    max_size=8,
)


def test_the_committed_table_is_what_the_tool_makes_from_pypinyin():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import make_reading_table
    finally:
        sys.path.pop(0)
    folder = reading_table.table_path()
    assert (folder / "characters.tsv.gz").read_bytes() == make_reading_table.characters_bytes()
    assert (folder / "phrases.marisa").read_bytes() == make_reading_table.phrases_bytes()


@settings(max_examples=300)
@given(pieces)
def test_a_text_reads_as_pypinyin_read_the_same_words(parts):
    Style, pinyin, _ = pypinyin_as_the_program_had_it()
    text = "".join(parts)
    syllables, words = analyse(text, rules=False)
    for word in {w for w in words if w is not None}:
        expected = pinyin(text[word.start : word.end], style=Style.TONE3, neutral_tone_with_five=True)
        expected = [item[0].replace("ü", "v") for item in expected]
        got = [s or text[i] for i, s in enumerate(syllables[word.start : word.end], word.start)]
        assert got == expected, text[word.start : word.end]


@settings(max_examples=300)
@given(pieces)
def test_names_and_title_initials_read_as_lazy_pinyin_did(parts):
    Style, _, lazy_pinyin = pypinyin_as_the_program_had_it()
    from desktop_app.lessons.search import title_initials

    text = "".join(parts)
    assert reading_table.plain_syllables(text) == lazy_pinyin(text, style=Style.NORMAL, errors=lambda c: list(c))
    initials = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore")
    assert title_initials(text) == "".join(s[0] for s in initials if s).lower()


def test_every_character_and_word_of_the_table_is_held_as_written():
    import gzip

    import marisa_trie

    with gzip.open(reading_table.table_path() / "characters.tsv.gz", "rt", encoding="utf-8") as lines:
        rows = dict(line[:-1].split("\t", 1) for line in lines)
    trie = marisa_trie.BytesTrie()
    trie.load(str(reading_table.table_path() / "phrases.marisa"))
    rows.update((word, value.decode()) for word, value in trie.items())
    held = {**dict(reading_table.characters()), **dict(reading_table.phrases().items())}
    from desktop_app.text.mandarin_rules import PHRASES

    assert held == {**rows, **PHRASES}
    assert all(reading_table.phrases().get(word) == reading for word, reading in PHRASES.items())
    assert reading_table.char_syllable("中") == "zhong1" and reading_table.char_syllable("a") is None


def test_tone_marks_are_pypinyins_for_every_syllable_of_the_table():
    from pypinyin.contrib.tone_convert import to_tone

    syllables = {s for _, value in reading_table.phrases().items() for s in value.split()}
    syllables |= {syllable for _, syllable in reading_table.characters()}
    assert len(syllables) > 1400
    assert [s for s in sorted(syllables) if reading_table.tone_marks(s) != to_tone(s.replace("v", "ü"))] == []
    assert reading_table.tone_marks("lv4") == "lǜ" and reading_table.tone_marks("de5") == "de"


def test_the_program_reads_names_titles_and_lessons_without_importing_pypinyin():
    script = (
        "import sys\n"
        "from desktop_app.text.mandarin import spoken_readings\n"
        "from desktop_app.text.pinyin import char_reading\n"
        "from desktop_app.text.names import name_initials\n"
        "from desktop_app.lessons.search import title_initials\n"
        "assert spoken_readings('银行行长说一不二')[:2] == ['yin2', 'hang2']\n"
        "assert char_reading('银行', 1).pinyin == 'háng'\n"
        "assert name_initials('曾国藩')[0] == 'zgf'\n"
        "assert title_initials('识破养老诈骗') == 'spylzp'\n"
        "print(sorted(m for m in sys.modules if m.startswith('pypinyin')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"


@settings(max_examples=300)
@given(st.text(max_size=12))
def test_any_text_is_looked_up_safely(text):
    """No text (control characters, \\x00 included) finds a word that is not in the table."""
    words = reading_table.phrases()
    found = words.get(text)
    assert (text in words) == (found is not None)
    if found is not None:
        assert len(found.split(" ")) == len(text)
    assert len(reading_table.plain_syllables(text)) == len(text)
