"""A lesson film's subtitles (SRT, through the `srt` library), and the line to show at a moment (no Qt).

A lesson names its film with “视频：” and the film's subtitles with “字幕：” (lessons/README.md);
the film screen shows the cue of the moment in large print on a band below the picture."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from .model import FILM_SUFFIXES, SUBTITLE_SUFFIXES
from .textfile import decode

__all__ = ["FILM_SUFFIXES", "SUBTITLE_SUFFIXES", "Cue", "SubtitleError", "cue_at", "parse_subtitles", "read_subtitles"]


@dataclass(frozen=True)
class Cue:
    start: float  # seconds
    end: float
    text: str


class SubtitleError(ValueError):
    """Subtitles that cannot be read; .line is where (1-based, 0 when unknown)."""

    def __init__(self, line: int):
        super().__init__(line)
        self.line = line


def parse_subtitles(text: str) -> list[Cue]:
    """Every cue in time order; raises SubtitleError for a file that is not SRT."""
    import srt  # only for a lesson with a film: not at every start

    try:
        subtitles = list(srt.parse(text.lstrip("\ufeff")))
    except srt.SRTParseError as error:
        raise SubtitleError(text.count("\n", 0, error.actual_start) + 1) from error
    cues = [
        Cue(s.start.total_seconds(), s.end.total_seconds(), " ".join(s.content.split()))
        for s in subtitles
        if s.content.strip()
    ]
    return sorted(cues, key=lambda cue: cue.start)


def read_subtitles(data: bytes, path: Path) -> list[Cue]:
    """The cues of a subtitle file's bytes (UTF-8 or GB18030, as lessons are)."""
    text, _, _ = decode(data, path)
    if text is None:
        raise SubtitleError(0)
    return parse_subtitles(text)


def cue_at(cues: list[Cue], seconds: float) -> Cue | None:
    """The cue showing at this moment, or None between cues."""
    index = bisect_right([cue.start for cue in cues], seconds) - 1
    if index >= 0 and seconds < cues[index].end:
        return cues[index]
    return None
