"""说给我听: from a touch to the control's name, measured on this machine, beside the espeak-ng
command line rendering the same name in the same run (shared machines are noisy: compare ratios).

    .venv/bin/python benchmarks/talk.py [--touches 8]

A real main window (offscreen) on a shared kiosk with members; each touch is a mouse press
through the window's QWindow, as a touch screen gives it. Measured for the members' tiles:
- touch -> the name's audio handed to the player, and -> the first audio frame the player
  produces (QAudioBufferOutput);
- cold: the speech cache emptied just before the touch (the name is rendered then);
- warm: the screen's names rendered ahead when it opened (what a member meets).
Baseline: `espeak-ng -w` on the same name's pinyin, one process each. Target (issue 12): 150 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtMultimedia import QAudioBufferOutput  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.context import create_context  # noqa: E402
from desktop_app.gui.app import create_application  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402
from desktop_app.gui.talk import spoken_name  # noqa: E402
from desktop_app.speech.speech_text import to_pinyin  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from speech import espeak_cli, wait  # noqa: E402  (the read-aloud benchmark's own helpers)

NAMES = ["李秀兰", "刘建国", "王桂芳", "张德明", "陈淑珍", "赵志刚", "孙玉梅", "周福生", "吴秀英", "郑建华"]


class Stopwatch:
    def __init__(self, window: MainWindow):
        self.voice = window.talker.voice
        self.buffers = QAudioBufferOutput()
        self.voice.player.setAudioBufferOutput(self.buffers)
        self.handed: float | None = None
        self.frame: float | None = None
        self.voice.started.connect(lambda _text, _path: self._mark("handed"))
        self.buffers.audioBufferReceived.connect(lambda _buffer: self._mark("frame"))

    def _mark(self, what: str) -> None:
        if getattr(self, what) is None:
            setattr(self, what, time.perf_counter())

    def touch(self, window: MainWindow, tile) -> tuple[float, float]:
        """Press on a tile (held: a long press never acts, so the picker stays), to the name."""
        wait(lambda: not self.voice.busy, 30)
        self.handed = self.frame = None
        handle = window.windowHandle()
        point = tile.mapTo(window, tile.rect().center())
        start = time.perf_counter()
        QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        wait(lambda: self.frame is not None)
        handed, frame = self.handed - start, self.frame - start
        window.talker._cancel_press()  # let go without acting
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        wait(lambda: not self.voice.busy, 30)
        return handed, frame


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--touches", type=int, default=8, help="touches measured, cold and warm")
    args = parser.parse_args()
    app = create_application([sys.argv[0]])
    work = Path(tempfile.mkdtemp(prefix="talk-bench-"))
    context = create_context(work / "data", [ROOT / "lessons"])
    for number, name in enumerate(NAMES, start=1):
        context.members.add(name, "第一支部", f"{1000 + number}")
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show()
    window.apply_settings(replace(context.settings, mode="shared"))
    window.sign_out()
    wait(lambda: window.speech.available is not None)
    if not window.speech.available:
        print("no speech engine here:", window.speech.problem)
        return 1
    watch = Stopwatch(window)
    tiles = [tile for tile in window.picker.tiles if tile.isVisible() and tile.member][: args.touches]
    names = [spoken_name(tile) for tile in tiles]
    cli = [espeak_cli(to_pinyin(name, context.readings), work / f"cli-{i}.wav") for i, name in enumerate(names)]

    cold = []
    for number, tile in enumerate(tiles):
        window.speech.cache_dir = work / f"cold-{number}"  # nothing rendered yet
        cold.append(watch.touch(window, tile))
    window.speech.cache_dir = work / "warm"
    window.talker.rendered_ahead.clear()  # asked for in the first cache: ask again in this one
    window.talker.screen_shown(window.picker, "")  # the names rendered ahead, as when the screen opens
    QCoreApplication.processEvents()
    wait(lambda: all(window.speech.cached(window.speech.key_for(n, context.settings.voice)[2]) for n in names), 60)
    warm = [watch.touch(window, tile) for tile in tiles]
    window.close()

    ms = lambda seconds: f"{seconds * 1000:7.1f} ms"  # noqa: E731
    median = statistics.median
    print(f"{len(tiles)} touches on members' tiles each way; machine: {os.cpu_count()} cores")
    print(f"{'figure (median, worst)':46} {'this program':>22} {'espeak-ng CLI':>14} {'target':>8}")
    for label, figures, index in (
        ("touch -> name handed to the player, cold", cold, 0),
        ("touch -> first audio frame, cold", cold, 1),
        ("touch -> name handed to the player, warm", warm, 0),
        ("touch -> first audio frame, warm", warm, 1),
    ):
        values = [figure[index] for figure in figures]
        shown = f"{ms(median(values))}, {ms(max(values))}"
        print(f"{label:46} {shown:>22} {ms(median(cli)):>14} {'150 ms':>8}")
    print("(the espeak-ng CLI column: the median of rendering the same names, one process each)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
