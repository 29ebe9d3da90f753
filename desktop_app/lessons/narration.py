"""A recorded narration: one audio file and a file of sentence start times (lessons/README.md)."""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from ..text.sentences import text_units
from .files import NamedFiles
from .invisible import remove_invisible
from .model import Block, Problem
from .textfile import clean, decode, is_comment, split_lines

_TIME_RE = re.compile(r"^(?:(\d{1,3})[:：])?(\d{1,5}(?:[.．]\d{1,3})?)(?:\s+(.*))?$")


def parse_narration(
    values: dict[str, tuple[int, str]],
    path: Path,
    title: str,
    blocks: list[Block],
    files: NamedFiles,
    problems: list[Problem],
) -> tuple[Path | None, tuple[float, ...]]:
    audio_line, audio = values.get("朗读", (0, ""))
    times_line, times_name = values.get("朗读时间", (0, ""))
    if not audio and not times_name:
        return None, ()
    if not audio or not times_name:
        line = audio_line or times_line
        problems.append(
            Problem(
                path,
                line,
                QT_TRANSLATE_NOOP(
                    "LessonCheck",
                    "Write “朗读：” and “朗读时间：” together: one is the recording, one the start of each sentence",
                ),
            )
        )
        return None, ()
    missing_audio = Problem(
        path,
        audio_line,
        QT_TRANSLATE_NOOP(
            "LessonCheck", "Cannot find the recording “%1”. Please put it in the same folder as the lesson"
        ),
        (audio,),
    )
    audio_path = files.locate(audio, "朗读", audio_line, problems, missing_audio)
    missing_times = Problem(
        path, times_line, QT_TRANSLATE_NOOP("LessonCheck", "Cannot find the time file “%1”"), (times_name,)
    )
    found = files.read_text(times_name, times_line, problems, missing_times)
    if found is None:
        return None, ()
    times_path, data = found
    text, _, decode_problems = decode(data, times_path)
    problems.extend(decode_problems)
    if text is None:
        return None, ()
    text, invisible = remove_invisible(text, times_path)
    problems.extend(invisible)
    units = text_units(title, [(b.kind, b.text) for b in blocks])
    times: list[float] = []
    for number, raw in enumerate(split_lines(text), start=1):
        line = clean(raw)
        if not line or is_comment(line):
            continue
        match = _TIME_RE.match(line)
        if not match:
            template = QT_TRANSLATE_NOOP(
                "LessonCheck",
                "“%1” is not understood: start each line with the time the sentence starts, e.g. “1:05.5” (1 min 5.5 s)",
            )
            problems.append(Problem(times_path, number, template, (line,)))
            continue
        seconds = int(match.group(1) or 0) * 60 + float(match.group(2).replace("．", "."))
        if times and seconds <= times[-1]:
            problems.append(
                Problem(
                    times_path, number, QT_TRANSLATE_NOOP("LessonCheck", "Each time must be later than the one before")
                )
            )
        index = len(times)
        times.append(seconds)
        said = (match.group(3) or "").strip()
        if said and index < len(units) and not units[index].text.startswith(said[:4]):
            template = QT_TRANSLATE_NOOP("LessonCheck", "This line says “%1”, but sentence %2 is “%3”")
            problems.append(Problem(times_path, number, template, (said, index + 1, units[index].text), "warning"))
    if len(times) != len(units):
        template = QT_TRANSLATE_NOOP(
            "LessonCheck",
            "The time file has %1 lines, but the lesson has %2 sentences (the title and each heading count as one); write one line a sentence",
        )
        problems.append(Problem(times_path, 1, template, (len(times), len(units))))
    return audio_path, tuple(times)
