"""Peak memory after reading a lesson aloud for a minute, the main process plus the speech worker,
beside a bare PySide6 window measured in the same run (issue 14: at most 2.5x).

    .venv/bin/python benchmarks/read_aloud_memory.py [--seconds 60] [--repeat 3]

Each run is a new process (offscreen, 1366x768, a new data folder whose records an earlier start
made, as on any day but the first, and whose speech cache starts empty as on a new computer): "bare" is startup.py's QMainWindow with one QLabel, shown and painted;
"program" is the real main window with its real speech worker (espeak-ng through pyttsx3). The
longest shipped lesson is opened (as its row in the library does) and ▶ 朗读 touched; after --seconds of reading the
peak resident memory (VmHWM in /proc/PID/status) of the main process and of the worker is read,
and the number of sentences read is printed with it (a figure is only worth anything if the
reading went on). Printed: the median over the runs of each process and of their sum.

On a computer without a sound card the player still runs through each sentence's audio (silently,
the page says 没找到音箱), so the worker renders and the player decodes just as with a speaker.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from startup import BARE  # noqa: E402  (benchmarks/startup.py)

PROGRAM = """
import os, sys
from pathlib import Path
from desktop_app.gui.app import create_application
from desktop_app.gui.app import started as program_started
app = create_application()
from PySide6.QtCore import QTimer
from desktop_app.context import create_context
from desktop_app.gui.main_window import MainWindow

def peak_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0

context = create_context(Path(sys.argv[1]), None)
lesson = max(context.library.ordered_lessons(), key=lambda l: sum(len(b.text) for b in l.blocks))
window = MainWindow(context)
window.resize(1366, 768)
window.show()
program_started()
read = set()
window.reading.unitChanged.connect(read.add)

def play():
    window.open_lesson(lesson.id)  # what touching its row in the library does
    window.reader.play_button.click()
    QTimer.singleShot(int(float(sys.argv[2]) * 1000), report)

def report():
    worker = window.speech.worker_pid()
    print(f"READ {len(read)} {peak_kib(os.getpid())} {peak_kib(worker) if worker else 0}", flush=True)
    window.close()
    app.quit()

QTimer.singleShot(500, play)  # after the first paint, as a member would
app.exec()
"""

FIRST_START = """
import sys
from pathlib import Path
from desktop_app.context import create_context
create_context(Path(sys.argv[1]), None).db.close()
print("MADE", flush=True)
"""


def run(code: str, args: list[str], marker: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), QT_LOGGING_RULES="qt.multimedia*=false")
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith(marker))
    return line.split()[1:]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    bare, main_peak, worker_peak, sentences = [], [], [], []
    for _ in range(options.repeat):
        bare.append(float(run(BARE, [], "PAINTED")[1]))
        with tempfile.TemporaryDirectory() as folder:
            run(FIRST_START, [str(Path(folder) / "data")], "MADE")  # the records, as any day but the first
            count, ours, worker = run(PROGRAM, [str(Path(folder) / "data"), str(options.seconds)], "READ")
        sentences.append(int(count))
        main_peak.append(int(ours) / 1024)
        worker_peak.append(int(worker) / 1024)
    both = [a + b for a, b in zip(main_peak, worker_peak, strict=True)]
    base = statistics.median(bare)
    print(f"after {options.seconds:.0f} s of reading aloud: {statistics.median(sentences):.0f} sentences read")
    print(f"{'peak memory (MiB)':34} {'program':>9} {'bare window':>12} {'ratio':>7}")
    for name, values in (
        ("main process", main_peak),
        ("speech worker", worker_peak),
        ("main process + speech worker", both),
    ):
        ours = statistics.median(values)
        print(f"{name:34} {ours:9.1f} {base:12.1f} {ours / base:6.2f}x")


if __name__ == "__main__":
    main()
