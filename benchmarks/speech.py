"""Read-aloud speed, measured on this machine, each figure beside the espeak-ng command line
rendering the same text in the same run (shared machines are noisy: compare the ratios).

    .venv/bin/python benchmarks/speech.py [--sentences 12]

Measured:
- press play -> audio handed to the player, and -> the first audio frame it produces (QAudioBufferOutput),
  cache empty and warm,
  on a lesson of about 1,500 characters; baseline: `espeak-ng -w` on the first sentence;
- the gap between consecutive sentences while playing (end of one -> first frame of the next);
- rendering throughput in characters per second; baseline: `espeak-ng -w` sentence by sentence.
Targets (issue 3): first audio within 150 ms cold and 50 ms warm, gaps under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtMultimedia import QAudioBufferOutput, QMediaPlayer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.context import load_program_readings  # noqa: E402
from desktop_app.lessons import load_library  # noqa: E402
from desktop_app.lessons.units import lesson_units  # noqa: E402
from desktop_app.speech.reading import ReadAloud  # noqa: E402
from desktop_app.speech.service import SpeechService  # noqa: E402
from desktop_app.speech.speech_text import to_pinyin  # noqa: E402
from desktop_app.text.sentences import Unit  # noqa: E402


def lesson_of_1500_characters() -> list[Unit]:
    library = load_library([ROOT / "lessons"])
    units: list[Unit] = []
    for lesson in library.ordered_lessons():
        for unit in lesson_units(lesson):
            units.append(unit)
            if sum(len(u.text) for u in units) >= 1500:
                return units
    return units


def wait(condition, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the benchmark waited too long")
        QCoreApplication.processEvents()
        time.sleep(0.0005)


class Stopwatch:
    """Times from play() to the sentence's audio handed to the player and to the first audio frame
    the player produces (QAudioBufferOutput), and the gaps between sentences (end of one sentence
    to the first frame of the next)."""

    def __init__(self, reading: ReadAloud):
        self.reading = reading
        self.buffers = QAudioBufferOutput()
        reading.player.setAudioBufferOutput(self.buffers)
        self.handed: float | None = None
        self.first_frame: float | None = None
        self.last_end: float | None = None
        self.gaps: list[float] = []
        reading.audioHanded.connect(self._handed)
        self.buffers.audioBufferReceived.connect(self._frame)
        reading.player.mediaStatusChanged.connect(self._status)

    def _handed(self, _index: int) -> None:
        self.handed = self.handed or time.perf_counter()

    def _frame(self, _buffer) -> None:
        now = time.perf_counter()
        self.first_frame = self.first_frame or now
        if self.last_end is not None:
            self.gaps.append(now - self.last_end)
            self.last_end = None

    def _status(self, status) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.last_end = time.perf_counter()

    def time_to_first_frame(self) -> tuple[float, float]:
        self.handed = self.first_frame = None
        start = time.perf_counter()
        self.reading.play(0)
        wait(lambda: self.first_frame is not None)
        return self.handed - start, self.first_frame - start


def espeak_cli(text: str, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["espeak-ng", "-v", "cmn-latn-pinyin", "-s", "175", "-w", str(out), text], check=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=12, help="sentences played to measure the gaps")
    args = parser.parse_args()
    app = QCoreApplication(sys.argv[:1])
    units = lesson_of_1500_characters()
    characters = sum(len(u.text) for u in units)
    readings, _ = load_program_readings()
    pinyin = [to_pinyin(u.text, readings) for u in units]
    work = Path(tempfile.mkdtemp(prefix="speech-bench-"))

    # Baseline: the espeak-ng command line on the same pinyin, sentence by sentence.
    cli_first = espeak_cli(pinyin[0], work / "cli-first.wav")
    cli_total = sum(espeak_cli(text, work / f"cli-{i}.wav") for i, text in enumerate(pinyin))

    service = SpeechService(work / "cache")
    service.start()
    wait(lambda: service.available is not None)
    if not service.available:
        print("no speech engine here:", service.problem)
        return 1
    reading = ReadAloud(service)
    reading.set_rate(2.0)
    watch = Stopwatch(reading)

    reading.set_units(units, readings)
    cold = watch.time_to_first_frame()
    reading.stop()

    # Throughput: every sentence through the worker, cache empty (a new folder).
    service.cache_dir = work / "cache-throughput"
    done: set[str] = set()
    service.rendered.connect(lambda key, _path: done.add(key))
    start = time.perf_counter()
    keys = {service.request(u.text, "mandarin", readings)[0] for u in units}
    wait(lambda: keys <= done, 120)
    worker_total = time.perf_counter() - start

    service.cache_dir = work / "cache"
    for unit in units:  # fill the first cache too, for the warm start
        service.request(unit.text, "mandarin", readings)
    wait(lambda: all(service.cached(service.key_for(u.text, "mandarin", readings)[2]) for u in units), 120)
    reading.set_units(units, readings)
    warm = watch.time_to_first_frame()
    watch.gaps.clear()
    wait(lambda: reading.index >= min(args.sentences, len(units) - 1), 300)
    reading.stop()
    gaps = watch.gaps
    service.stop()

    ms = lambda seconds: f"{seconds * 1000:7.1f} ms"  # noqa: E731
    print(f"lesson: {len(units)} sentences, {characters} characters; machine: {os.cpu_count()} cores")
    print(f"{'figure':44} {'this program':>14} {'espeak-ng CLI':>14} {'target':>10}")
    print(f"{'play -> audio handed to player, cache empty':44} {ms(cold[0]):>14} {ms(cli_first):>14} {'150 ms':>10}")
    print(f"{'play -> first audio frame, cache empty':44} {ms(cold[1]):>14} {ms(cli_first):>14} {'150 ms':>10}")
    print(f"{'play -> audio handed to player, cache warm':44} {ms(warm[0]):>14} {ms(cli_first):>14} {'50 ms':>10}")
    print(f"{'play -> first audio frame, cache warm':44} {ms(warm[1]):>14} {ms(cli_first):>14} {'50 ms':>10}")
    if gaps:
        print(f"{'gap between sentences, median':44} {ms(statistics.median(gaps)):>14} {'':>14} {'100 ms':>10}")
        print(f"{'gap between sentences, worst of ' + str(len(gaps)):44} {ms(max(gaps)):>14} {'':>14} {'100 ms':>10}")
    print(
        f"{'rendering, characters per second':44} {characters / worker_total:10.0f} c/s {characters / cli_total:10.0f} c/s {'':>10}"
    )
    print(f"(the espeak-ng CLI column: the same first sentence / the same {len(units)} sentences, one process each)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
