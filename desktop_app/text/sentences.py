"""Cut lesson text into the units that are read aloud and highlighted one at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at one of these (an ellipsis counts as one mark, however long) ...
_END = r"(?:[。！？；!?;]+|…+|\.{3,})"
# ... and takes the closing quotes and brackets that follow it.
_CLOSE = r"[”’」』）)】》〉\"']*"
_SENTENCE_RE = re.compile(rf".*?{_END}{_CLOSE}|.+?$", re.S)


_SPEAKABLE_RE = re.compile(r"[^\W_]")  # a character of Unicode category L or N (checked for every code point)


def is_speakable(text: str) -> bool:
    """True when the text has a letter, digit or Chinese character: something an engine can say."""
    return _SPEAKABLE_RE.search(text) is not None


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, each with its closing punctuation; joined they give back the text.

    Pieces with nothing to say (a stray mark or space) are kept with the sentence before them;
    a text with nothing to say at all gives no sentence.
    """
    if not is_speakable(text):
        return []
    pieces: list[str] = []
    for match in _SENTENCE_RE.finditer(text):
        piece = match.group(0)
        if not piece:
            continue
        if pieces and not is_speakable(piece):
            pieces[-1] += piece
        elif pieces and not is_speakable(pieces[-1]):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


@dataclass(frozen=True)
class Unit:
    """One thing read aloud: a sentence of a paragraph, a heading, the title or a quiz item.

    block is the index in the reader's blocks (0 is the title, then the lesson's blocks);
    start and length are the character offsets of the unit in that block's (simplified) text.
    """

    kind: str  # "title", "heading", "sentence", "question", "option", "explanation"
    text: str
    block: int
    start: int
    length: int


def text_units(title: str, blocks: list[tuple[str, str]]) -> list[Unit]:
    """Units of the title and the text blocks ("heading"/"paragraph", text), in reading order."""
    units: list[Unit] = []
    for index, (kind, text) in enumerate([("title", title)] + blocks):
        if kind in ("title", "heading"):
            if is_speakable(text):
                stripped = text.strip()
                units.append(Unit(kind, stripped, index, text.find(stripped), len(stripped)))
            continue
        offset = 0
        for piece in split_sentences(text):
            stripped = piece.strip()
            units.append(Unit("sentence", stripped, index, offset + piece.find(stripped), len(stripped)))
            offset += len(piece)
    return units
