"""Lessons as MP3 files for a USB stick or a TF card (送学上门, issue 13): one file a lesson, named
so that players that sort by name play them in order, each beginning with its title, spoken by
espeak-ng through the program's worker (or the lesson's own recorded narration: WAV, MP3 or what Qt decodes).
QtCore only (the speech worker); no widgets.

Every file is written under a temporary name and renamed when whole: a full stick or one pulled out
leaves no half file named as a finished one, and the export says so in plain Chinese."""

from __future__ import annotations

import logging
import re
import wave
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..lessons import Lesson
from ..lessons.units import lesson_units
from ..storage.files import WriteFailed
from .decode import decoded_pcm
from .export import PAUSE_SECONDS, render_all
from .mp3 import mono_pcm, write_mp3
from .service import SpeechService

log = logging.getLogger(__name__)

FAT_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
NAME_LIMIT = 60  # characters of a title kept in a file name (FAT allows 255, players show less)
CHUNK = 8  # sentences rendered at a time: a cancel is seen between chunks, not only between lessons


class ExportProblem(Exception):
    """The export cannot go on; str() is plain Chinese, saying what to do."""


class _Cancelled(Exception):
    """cancelled() said yes in the middle of a lesson; that lesson is not written."""


@dataclass(frozen=True)
class Track:
    number: int
    total: int
    lesson: Lesson
    name: str  # file name, e.g. "01-党的二十大和中国式现代化.mp3"


def stick_name(text: str, fallback: str, ascii_only: bool = False) -> str:
    """A file or folder name every stick's file system takes (FAT, exFAT, NTFS): text without the
    characters FAT forbids, cut to NAME_LIMIT; ascii_only (or nothing left): fallback in Latin
    letters, digits, - and _."""
    if not ascii_only:
        words = FAT_FORBIDDEN.sub("", " ".join(text.split())).strip(" .")[:NAME_LIMIT].strip(" .")
        if words:
            return words
    return re.sub(r"[^A-Za-z0-9_-]+", "-", fallback).strip("-") or "lessons"


def file_name(number: int, total: int, title: str, lesson_id: str, ascii_only: bool = False) -> str:
    """01-标题.mp3, numbered to the width of the count so that sorting by name keeps the order;
    ascii_only: 01-lesson-id.mp3, for sticks whose file system mangles Chinese names."""
    width = max(2, len(str(total)))
    return f"{number:0{width}d}-{stick_name(title, lesson_id, ascii_only)}.mp3"


def plan_tracks(lessons: list[Lesson], ascii_only: bool = False) -> list[Track]:
    total = len(lessons)
    return [
        Track(number, total, lesson, file_name(number, total, lesson.title, lesson.id, ascii_only))
        for number, lesson in enumerate(lessons, start=1)
    ]


def _pulled_out(out_dir: Path) -> bool:
    try:
        return not out_dir.is_dir()
    except OSError:
        return True


def _problem(out_dir: Path) -> ExportProblem:
    if _pulled_out(out_dir):
        return ExportProblem(
            f"找不到“{out_dir}”了：U 盘或存储卡是不是拔掉了？插好以后再导出一次。已经导好的文件不受影响。"
        )
    return ExportProblem(
        f"“{out_dir}”放不下了：U 盘或存储卡满了，或者不能写入。没写完的文件已经删掉，"
        "请删掉卡上一些不要的文件，或者换一张卡，再导出一次。"
    )


def _narration_sound(path: Path) -> tuple[bytes, int] | None:
    """A recorded narration's samples (a 16-bit WAV read directly, MP3 and the rest decoded by
    Qt); None, and the lesson is read by the machine instead, when it cannot be read."""
    try:
        if path.suffix.lower() == ".wav":
            try:
                return mono_pcm(path)
            except (ValueError, wave.Error):
                pass  # 8- or 24-bit, or compressed: Qt decodes it
        return decoded_pcm(path)
    except (OSError, ValueError) as error:
        log.warning("Narration %s not used for the MP3: %s", path, error)
        return None


def _lesson_sound(
    lesson: Lesson,
    service: SpeechService,
    voice: str,
    readings: Mapping[str, tuple[str, ...]],
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[bytes, int]:
    """The lesson's sound: its recorded narration when that is a WAV, else its units read aloud
    (the title first) through the worker, CHUNK sentences at a time (cancelled() asked between)."""
    if lesson.narration is not None:
        recorded = _narration_sound(Path(lesson.narration))
        if recorded is not None:
            return recorded
    texts = [unit.text for unit in lesson_units(lesson)]
    paths: list[Path] = []
    for start in range(0, len(texts), CHUNK):
        if start and cancelled():
            raise _Cancelled
        rendered = render_all(service, texts[start : start + CHUNK], voice, readings)
        paths.extend(path for path in rendered if path is not None)
    if not paths:
        raise ExportProblem(f"“{lesson.title}”一句也没能读出来，请检查朗读软件（espeak-ng）")
    pieces, rate = [], None
    for path in paths:  # joined in memory, a breath between sentences (as the reader reads)
        pcm, sentence_rate = mono_pcm(path)
        if rate is not None and sentence_rate != rate:
            raise ValueError(f"{path} has another sample rate")
        rate = sentence_rate
        pieces.append(pcm)
    pause = b"\0\0" * int(rate * PAUSE_SECONDS)
    return pause.join(pieces), rate


def export_tracks(
    tracks: list[Track],
    out_dir: Path,
    service: SpeechService,
    voice: str,
    readings_for: Callable[[Lesson], Mapping[str, tuple[str, ...]]],
    album: str,
    progress: Callable[[Track], None] = lambda track: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Path]:
    """Each track written into out_dir in order; returns the files written. Raises ExportProblem
    for a full or vanished target; cancelled() is asked before each lesson and between chunks of its
    sentences (a cancelled lesson is not written; the finished ones stay)."""
    written: list[Path] = []
    if _pulled_out(out_dir):
        raise _problem(out_dir)
    for track in tracks:
        if cancelled():
            break
        progress(track)
        try:
            pcm, rate = _lesson_sound(track.lesson, service, voice, readings_for(track.lesson), cancelled)
        except _Cancelled:
            break
        try:
            write_mp3(pcm, rate, out_dir / track.name, track.lesson.title, track.number, track.total, album)
        except WriteFailed as failed:
            raise _problem(out_dir) from failed
        written.append(out_dir / track.name)
    return written
