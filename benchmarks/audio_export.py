"""Exporting a 15-lesson course to MP3 for the little players, beside the espeak-ng command line
rendering the same sentences to WAV in the same run (shared machines are noisy: compare the ratio).

    .venv/bin/python benchmarks/audio_export.py [--lessons 15]

Program: `export_tracks` with a new speech cache (every sentence rendered by the worker, then
LAME-encoded and tagged), in seconds of audio made per second of work. Baseline: `espeak-ng -v
cmn-latn-pinyin -w` run once per sentence on the same pinyin, the same measure (no MP3 at all).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mutagen.mp3 import MP3  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from desktop_app.context import load_program_readings  # noqa: E402
from desktop_app.lessons import load_library  # noqa: E402
from desktop_app.lessons.units import lesson_units  # noqa: E402
from desktop_app.speech.audio_export import export_tracks, plan_tracks  # noqa: E402
from desktop_app.speech.service import SpeechService  # noqa: E402
from desktop_app.speech.speech_text import to_pinyin  # noqa: E402
from lessons import build_folder  # noqa: E402  (benchmarks/lessons.py)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lessons", type=int, default=15)
    options = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])  # noqa: F841
    readings, _ = load_program_readings()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        library = load_library([build_folder(base / "lessons", options.lessons)])
        course = [lesson for lesson in library.ordered_lessons() if lesson.course_id == "gen000"]
        out = base / "stick"
        out.mkdir()
        service = SpeechService(base / "speech")
        started = time.perf_counter()
        written = export_tracks(
            plan_tracks(course), out, service, "mandarin", lambda lesson: {**readings, **lesson.readings}, "bench"
        )
        program = time.perf_counter() - started
        service.stop()
        program_audio = sum(MP3(path).info.length for path in written)

        sentences = [
            to_pinyin(unit.text, {**readings, **lesson.readings}) for lesson in course for unit in lesson_units(lesson)
        ]
        started = time.perf_counter()
        cli_audio = 0.0
        for number, pinyin in enumerate(sentences):
            wav = base / f"{number}.wav"
            subprocess.run(["espeak-ng", "-v", "cmn-latn-pinyin", "-w", str(wav), pinyin], check=True)
            with wave.open(str(wav)) as sound:
                cli_audio += sound.getnframes() / sound.getframerate()
        cli = time.perf_counter() - started
    print(f"{len(written)} lessons, {program_audio / 60:.1f} minutes of audio, {len(sentences)} sentences")
    print(f"{'figure':40} {'export':>8} {'espeak-ng CLI':>14} {'ratio':>7}")
    ours, theirs = program_audio / program, cli_audio / cli
    print(f"{'seconds of audio per second of work':40} {ours:8.1f} {theirs:14.1f} {ours / theirs:6.2f}x")
    print(f"{'seconds of work':40} {program:8.1f} {cli:14.1f}")


if __name__ == "__main__":
    main()
