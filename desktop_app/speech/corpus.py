"""The Mandarin reading corpus (tests/data/mandarin_corpus.tsv) and how a reading is scored against it.

A syllable is right when its letters and tone are those expected; an expected neutral tone (5)
accepts any tone of the same syllable. A sentence is right when every syllable is right and none is
missing or extra. Syllables are aligned by their letters, so one wrong number reading costs only
the syllables around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "mandarin_corpus.tsv"
_SYLLABLE_RE = re.compile(r"^([a-zv]+)([1-5])$")


@dataclass(frozen=True)
class Entry:
    line: int
    text: str
    expected: tuple[str, ...]
    kind: str


def load_corpus(path: Path = CORPUS) -> list[Entry]:
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        text, expected, *kind = line.split("\t")
        syllables = tuple(expected.split())
        bad = [s for s in syllables if not _SYLLABLE_RE.match(s)]
        if bad:
            raise ValueError(f"{path.name}:{number}: not a tone-numbered syllable: {bad[0]}")
        entries.append(Entry(number, text, syllables, kind[0] if kind else ""))
    return entries


def syllables_of(spoken: str) -> list[str]:
    """The syllables of what to_pinyin() gives, without its pause marks."""
    return spoken.replace(",", " ").replace(".", " ").split()


def _same(expected: str, got: str) -> bool:
    if expected == got:
        return True
    return expected.endswith("5") and got[:-1] == expected[:-1]


def right_syllables(expected: Iterable[str], got: Iterable[str]) -> int:
    expected, got = list(expected), list(got)
    if len(expected) == len(got):
        return sum(_same(e, g) for e, g in zip(expected, got, strict=True))
    matcher = SequenceMatcher(None, [e[:-1] for e in expected], [g[:-1] for g in got], autojunk=False)
    right = 0
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            right += _same(expected[block.a + k], got[block.b + k])
    return right


@dataclass
class Score:
    syllables: int = 0
    right_syllables: int = 0
    sentences: int = 0
    right_sentences: int = 0
    wrong: list[tuple[Entry, list[str]]] = field(default_factory=list)

    @property
    def syllable_accuracy(self) -> float:
        return self.right_syllables / self.syllables if self.syllables else 0.0

    @property
    def sentence_accuracy(self) -> float:
        return self.right_sentences / self.sentences if self.sentences else 0.0


def score(read: Callable[[str], str], entries: Iterable[Entry]) -> Score:
    """read: text -> the pinyin string an engine would be given (as to_pinyin returns it)."""
    result = Score()
    for entry in entries:
        got = syllables_of(read(entry.text))
        right = right_syllables(entry.expected, got)
        result.syllables += len(entry.expected)
        result.right_syllables += right
        result.sentences += 1
        if right == len(entry.expected) == len(got):
            result.right_sentences += 1
        else:
            result.wrong.append((entry, got))
    return result
