"""How a Chinese text is read: one tone-numbered syllable per character (no Qt).

The reading path, shared by read-aloud and the character panel so that both always agree:
1. the text is cut into words (maximum matching on pypinyin's phrase dictionary, plus the few
   words in mandarin_rules.PHRASES; both read from the compact table of reading_table.py, not
   from pypinyin itself, whose dictionaries would take 56 MiB);
2. each word is read from that table;
3. rules on the words around a character decide what a dictionary cannot (mandarin_rules.RULES):
   an adjective after 很/太, a verb before its object, a measure word after a number, a surname
   before a title;
4. a pronunciation list (resources/pronunciations.txt, a lesson's 【读音】) wins over all of that;
5. for speaking only, 一 and 不 change their tone as spoken Mandarin does (spoken_readings); the
   3-3 change is left to espeak-ng's cmn-latn-pinyin voice, which makes it itself.

The measured choice of this path over a segmenter with part-of-speech tags (jieba), the
pypinyin-dict phrase data and g2pM is in the README (Read-aloud) and benchmarks/mandarin.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .mandarin_rules import ENDING_IN_一, NUMERALS, SURNAMES, rule_reading, surname_reading
from .reading_table import LONGEST as _LONGEST
from .reading_table import phrases, word_syllables

Readings = Mapping[str, tuple[str, ...]]
_DIGITS = "零〇一二三四五六七八九十"


def is_reading_char(char: str) -> bool:
    """A character that has a Chinese reading (〇 included, which is not in the CJK block)."""
    return len(char) == 1 and ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char == "〇")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    tag: str = ""  # part of speech, when the segmenter gives one


def _forward(run: str) -> list[tuple[int, int]]:
    words = phrases()
    spans, index = [], 0
    while index < len(run):
        size = next((n for n in range(min(_LONGEST, len(run) - index), 1, -1) if run[index : index + n] in words), 1)
        spans.append((index, index + size))
        index += size
    return spans


def _backward(run: str) -> list[tuple[int, int]]:
    words = phrases()
    spans, end = [], len(run)
    while end > 0:
        size = next((n for n in range(min(_LONGEST, end), 1, -1) if run[end - n : end] in words), 1)
        spans.append((end - size, end))
        end -= size
    return spans[::-1]


def _segment_phrases(run: str, offset: int) -> list[Word]:
    """Longest match on pypinyin's phrase dictionary (the words whose reading it knows), from the
    left and from the right; the cut with fewer words wins, the right-hand one on a tie, so that a
    phrase straddling two words (名称 in 一名称职, 人参 in 人参加) loses to the words themselves."""
    forward, backward = _forward(run), _backward(run)
    spans = forward if len(forward) < len(backward) else backward
    return [Word(offset + start, offset + end) for start, end in spans]


def _segment_jieba(run: str, offset: int) -> list[Word]:
    import jieba.posseg  # lazily: its dictionary takes about a second to load

    words, start = [], offset
    for piece in jieba.posseg.cut(run, HMM=False):
        words.append(Word(start, start + len(piece.word), piece.flag))
        start += len(piece.word)
    return words


SEGMENTERS = {"phrases": _segment_phrases, "jieba": _segment_jieba}
SEGMENTER = "phrases"  # benchmarks/mandarin.py measures jieba too


def _runs(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in re.finditer(r"[\u3400-\u9fff\uf900-\ufaff〇]+", text)]


def _fixed_words(text: str, fixed: Readings) -> dict[int, tuple[str, Word]]:
    """Positions covered by a word of a pronunciation list (longest first, left to right):
    index -> (its syllable, that word)."""
    if not fixed:
        return {}
    longest = max(len(word) for word in fixed)
    covered: dict[int, tuple[str, Word]] = {}
    index = 0
    while index < len(text):
        for size in range(min(longest, len(text) - index), 0, -1):
            word = text[index : index + size]
            if word in fixed:
                for k, syllable in enumerate(fixed[word]):
                    covered[index + k] = (syllable.replace("ü", "v"), Word(index, index + size))
                index += size
                break
        else:
            index += 1
    return covered


def analyse(text: str, fixed: Readings | None = None, rules: bool = True) -> tuple[list[str | None], list[Word | None]]:
    """Citation reading (tone-numbered, ü as v) and word of each character; None where a
    character has no Chinese reading. rules=False: the phrase dictionary alone (for measuring)."""
    syllables: list[str | None] = [None] * len(text)
    words: list[Word | None] = [None] * len(text)
    segment = SEGMENTERS[SEGMENTER]
    for offset, run in _runs(text):
        pieces = segment(run, offset)
        for word in pieces:
            read = word_syllables(text[word.start : word.end])  # None: a character without a reading
            for index in range(word.start, word.end):
                words[index] = word
                syllables[index] = read[index - word.start]
        for word in pieces if rules else ():
            _apply_rules(text, word, syllables)
    for index, (syllable, word) in _fixed_words(text, fixed or {}).items():
        if syllables[index] is not None:
            syllables[index] = syllable
            words[index] = word
    return syllables, words


def _apply_rules(text: str, word: Word, syllables: list[str | None]) -> None:
    first = text[word.start]
    if word.tag.startswith("nr") and word.end - word.start >= 2:
        for surname, reading in SURNAMES.items():
            if text.startswith(surname, word.start):
                syllables[word.start : word.start + len(reading)] = list(reading)
                return
    surname = surname_reading(text, word.start) if first in "曾单解仇朴查区盖乐覃缪翟召员种尉繁万澹长" else None
    if surname is not None and (word.end - word.start == 1 or text[word.start : word.end] in SURNAMES):
        syllables[word.start : word.start + len(surname)] = list(surname)
        return
    for index in range(word.start, word.end):
        reading = rule_reading(text, index, word.end - word.start == 1)
        if reading is not None:
            syllables[index] = reading


def citation_readings(text: str, fixed: Readings | None = None) -> list[str | None]:
    return analyse(text, fixed)[0]


def spoken_readings(text: str, fixed: Readings | None = None) -> list[str | None]:
    """As citation_readings, with the tone changes of 一 and 不 as they are spoken."""
    return tone_changes(text, citation_readings(text, fixed))


def tone_changes(text: str, syllables: list[str | None]) -> list[str | None]:
    """The citation readings of text with 一 and 不 as they are spoken (3-3 is left to the voice)."""
    spoken = list(syllables)
    for index, char in enumerate(text):
        syllable = syllables[index]
        if syllable is None:
            continue
        if char == "一" and syllable.startswith("yi"):
            spoken[index] = _yi(text, index, syllables)
        elif char == "不" and syllable.startswith("bu"):
            spoken[index] = _bu(text, index, syllables)
    return spoken


def _tone_change(next_syllable: str, syllable: str) -> str:
    """yi/bu before the next syllable: 2nd tone before a 4th (and a neutral one), else 4th."""
    return syllable + ("2" if next_syllable[-1] in "45" else "4")


def _yi(text: str, index: int, syllables: list[str | None]) -> str:
    before, after = text[:index], text[index + 1 :]
    following = syllables[index + 1] if index + 1 < len(text) else None
    if following is None:
        return "yi1"
    nxt = after[0]
    if nxt in "百千万亿":
        return _tone_change(following, "yi")
    if before and before[-1] == nxt and before[-1] not in NUMERALS and not before[:-1].endswith("一"):
        return "yi5"  # 看一看 (not 一步一步)
    if before.endswith(("第", "初", "星期", "礼拜")) or (before.endswith("周") and nxt not in "次个遍天回"):
        return "yi1"
    if (before and before[-1] in NUMERALS and before[-1] != "几") or nxt in _DIGITS:
        return "yi1"  # 十一, 一九四九
    if nxt == "点" and len(after) > 1 and after[1] in _DIGITS:
        return "yi1"  # 一点五
    if nxt == "月" and (
        before.endswith("年") or re.match(r"月(?:[零一二三四五六七八九十]+[日号]|[份底初中上下])", after)
    ):
        return "yi1"  # 一月一日
    if nxt in "日号" and before.endswith("月"):
        return "yi1"
    if nxt == "比" and len(after) > 1 and after[1] in _DIGITS:
        return "yi1"  # 一比一
    if (nxt in "楼等号级审" and not before.endswith(("任何", "每", "哪", "这", "那", "上", "下", "同"))) or (
        nxt == "大"
        and (before.endswith(("党的", "中共")) or re.match(r"大(?:会址|代表|召开|开幕|闭幕|的|精神|旧址|纪念)", after))
    ):
        return "yi1"  # ordinals: 一楼, 一等奖, 党的一大
    if text[: index + 1].endswith(ENDING_IN_一):
        return "yi1"  # 统一, 唯一, 万一
    return _tone_change(following, "yi")


def _bu(text: str, index: int, syllables: list[str | None]) -> str:
    following = syllables[index + 1] if index + 1 < len(text) else None
    if following is None:
        return "bu4"
    if index > 0 and text[index - 1] == text[index + 1]:
        return "bu5"  # 是不是
    return _tone_change(following, "bu")
