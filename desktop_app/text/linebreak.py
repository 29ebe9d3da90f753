"""Chinese line breaking as a typesetter does it (禁则, kinsoku), no Qt: a paragraph cut into lines
of at most a width, measured by a function given (the painter's font metrics, or a test's).

- no line starts with closing punctuation (。，、；：？！）》」』”’…— and the like): it stays on
  the line before, with the character it closes; "——" and "……" are never split;
- no line ends with opening punctuation (“‘（《「『 and the like): it goes down with what it opens;
- a run of Latin letters, digits and ASCII signs ("2035", "G20", "3.5%") is kept whole; it is cut
  only where it meets a space or a Chinese character;
- spaces at the end of a line hang in the margin (they are not measured), never start a line.

Only when a run that may not be cut is wider than the whole line is it cut anyway: first inside
a Latin run, then anywhere (a line always holds at least one character).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

# 行首禁则: characters that never start a line (GB/T 15834 and the usual typesetting practice).
NO_START = frozenset("。．，、；：？！）］｝〕〉》」』】〗〙〛｠”’…—～·・‧々〻ヽヾゝゞ〃％‰℃°′″,.;:?!)]}%")
# 行尾禁则: characters that never end a line.
NO_END = frozenset("“‘（［｛〔〈《「『【〖〘〚｟([{￥＄$¥£€#＃")
SPACES = " \t"  # break after them; they hang at the end of a line
PARAGRAPH_ENDS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

ALLOWED, INSIDE_WORD, FORBIDDEN = 0, 1, 2  # how bad a break before a character is


def _wordish(char: str) -> bool:
    """A Latin letter, a digit or an ASCII sign: such runs are words, kept whole."""
    return char not in SPACES and ord(char) < 0x2000


def break_levels(text: str) -> list[int]:
    """For each index i, how bad a break between text[i - 1] and text[i] is (index 0: ALLOWED)."""
    levels = [ALLOWED] * len(text)
    for i in range(1, len(text)):
        before, char = text[i - 1], text[i]
        if char in NO_START or before in NO_END or char in SPACES:
            levels[i] = FORBIDDEN
        elif _wordish(before) and _wordish(char):
            levels[i] = INSIDE_WORD
    return levels


def _runs(levels: list[int], start: int, end: int, worst: int) -> Iterator[tuple[int, int]]:
    """text[start:end] cut at every break no worse than worst."""
    for i in range(start + 1, end):
        if levels[i] <= worst:
            yield start, i
            start = i
    if start < end:
        yield start, end


def break_lines(text: str, width: float, measure: Callable[[str], float], last_at_least: int = 2) -> list[str]:
    """One paragraph (no line breaks in it) cut into lines: "".join(lines) == text, each line as
    full as the rules allow (greedy) and measure(line without its trailing spaces) <= width unless
    one character alone is wider. The last line holds at least last_at_least letters (characters
    that are not punctuation) where taking them from the line before is allowed: no "走。" alone
    on it. Raises ValueError for a text with a line break in it."""
    if any(char in PARAGRAPH_ENDS for char in text):
        raise ValueError("break_lines takes one paragraph: split the text at its line breaks first")
    levels = break_levels(text)
    lines: list[str] = []
    line = ""

    def fits(candidate: str) -> bool:
        return measure(candidate.rstrip(SPACES)) <= width

    def place(start: int, end: int, worst: int) -> None:
        """Put text[start:end] on the lines, cut at breaks no worse than worst (and, when even a
        piece so cut is wider than a line, at worse ones)."""
        nonlocal line
        for a, b in _runs(levels, start, end, worst):
            piece = text[a:b]
            if fits(line + piece):
                line += piece
                continue
            if line:
                lines.append(line)
                line = ""
            if fits(piece) or b - a == 1:
                line = piece
            else:  # wider than a whole line: cut where it hurts least
                place(a, b, worst + 1)

    if text:
        place(0, len(text), ALLOWED)
    if line:
        lines.append(line)
    return _no_lone_last(text, lines, levels, fits, last_at_least)


def _letters(piece: str) -> int:
    return sum(1 for char in piece if char.isalnum())


def _no_lone_last(text: str, lines: list[str], levels: list[int], fits, least: int) -> list[str]:
    """Move the last break of the line before the last back, while the last line has fewer
    letters than least, the line before keeps some and the last line still fits."""
    while len(lines) >= 2 and _letters(lines[-1]) < least:
        start = len(text) - len(lines[-1]) - len(lines[-2])
        end = len(text) - len(lines[-1])
        breaks = [i for i in range(start + 1, end) if levels[i] == ALLOWED]
        if not breaks or not fits(text[breaks[-1] :]) or _letters(text[start : breaks[-1]]) == 0:
            break
        lines[-2:] = [text[start : breaks[-1]], text[breaks[-1] :]]
    return lines


def bad_breaks(lines: list[str]) -> list[int]:
    """Indexes of the lines that start with a character that may not start one, or whose line
    before ends with one that may not end one (a check for the pages drawn)."""
    bad = []
    for index in range(1, len(lines)):
        before, line = lines[index - 1].rstrip(SPACES), lines[index]
        if (line and line[0] in NO_START) or (before and before[-1] in NO_END):
            bad.append(index)
    return bad
