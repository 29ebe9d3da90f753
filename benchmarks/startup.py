"""Start-up and memory at home, beside a bare PySide6 window measured in the same run (issue 14).

    .venv/bin/python benchmarks/startup.py [--repeat 7] [--lessons 0]

Each run is a new process (offscreen): "bare" is a QMainWindow with one QLabel, shown and painted;
"program" is `desktop-app` itself (desktop_app.cli.main: the crash log, the one-program lock, the
records, the lessons, the main window, shown), watched from outside until the home screen's first
paint, then quit once what it does after that paint is done. Printed for each, the median over the runs:
- start → painted: from before the process is started to its first paint (the child's clock);
- start → painted → quit: the whole process, start to exit;
- peak memory (ru_maxrss) of the process at the first paint.
--lessons N also starts the program with N generated lessons (in a temporary folder, beside the
shipped ones) and prints it against the start with the shipped ones alone (target: within 1.5x).
The configurations are started in turns, so that what else the machine does weighs on each alike.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE_WINDOW = """
import resource, sys, time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("党员学习站"))
"""

# Both programs: the first paint reported (time, peak memory), then quit after whatever that turn
# of the event loop does (the program's started()). `app` is the QApplication, set by then.
WATCH_FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"PAINTED {time.time():.6f} {peak:.1f}", flush=True)
        QTimer.singleShot(0, app.quit)


first = FirstPaint()
"""

PROGRAM = """
import resource, sys, time
import desktop_app.gui.app as gui_app
from desktop_app.cli import main
"""
PROGRAM += (
    WATCH_FIRST_PAINT
    + """
settle = gui_app.settle_after_first_paint


def settle_and_watch(application):  # the program's own start, watched from its first paint
    global app
    app = application
    first_paint = settle(application)
    application.installEventFilter(first)  # the last installed sees the paint first
    return first_paint


gui_app.settle_after_first_paint = settle_and_watch
lessons = [part for path in sys.argv[2:] for part in ("--lessons", path)]
sys.exit(main(["--data-dir", sys.argv[1], *lessons]))
"""
)

SHOW = (
    WATCH_FIRST_PAINT
    + """
app.installEventFilter(first)
window.show()
app.exec()
"""
)
BARE = BARE_WINDOW + SHOW


def run_once(code: str, args: list[str]) -> tuple[float, float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    ended = time.time()
    line = next(line for line in done.stdout.splitlines() if line.startswith("PAINTED"))
    _, painted, peak = line.split()
    return float(painted) - started, ended - started, float(peak)


def make_lessons(folder: Path, count: int) -> Path:
    course = folder / "bench"
    course.mkdir(parents=True)
    (course / "课程.txt").write_text("编号：bench\n名称：测试课程\n顺序：99\n", encoding="utf-8")
    body = "党员要按时参加组织生活，认真学习党的理论。" * 20
    for number in range(1, count + 1):
        (course / f"{number:05d}.txt").write_text(
            f"编号：bench-{number}\n标题：第{number}课\n顺序：{number}\n【正文】\n{body}\n", encoding="utf-8"
        )
    return course


def medians(runs: list[tuple[float, float, float]]) -> tuple[float, ...]:
    return tuple(statistics.median(run[i] for run in runs) for i in range(3))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--lessons", type=int, default=0)
    options = parser.parse_args()
    # An installed program (pip, the bundle) starts from bytecode: compile ours first, as pip does.
    compileall.compile_dir(ROOT / "desktop_app", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        configurations = {"bare window": (BARE, []), "program": (PROGRAM, [str(data)])}
        if options.lessons:
            more = [str(ROOT / "lessons"), str(make_lessons(Path(folder) / "more", options.lessons))]
            more_data = Path(folder) / "data-more"
            configurations[f"+{options.lessons} lessons"] = (PROGRAM, [str(more_data), *more])
            run_once(PROGRAM, [str(more_data), *more])  # the first start makes the records and the lesson index
        run_once(PROGRAM, [str(data)])
        # In turns, so that what else the machine does weighs on each alike.
        runs: dict[str, list] = {name: [] for name in configurations}
        for _ in range(options.repeat):
            for name, (code, args) in configurations.items():
                runs[name].append(run_once(code, args))
    results = {name: medians(values) for name, values in runs.items()}
    bare, program = results["bare window"], results["program"]
    names = ("start -> home painted (s)", "start -> painted -> quit (s)", "peak memory at home (MiB)")
    print(f"{'figure':32} {'program':>10} {'bare window':>12} {'ratio':>7}")
    for index, name in enumerate(names):
        print(f"{name:32} {program[index]:10.3f} {bare[index]:12.3f} {program[index] / bare[index]:6.2f}x")
    if options.lessons:
        more = results[f"+{options.lessons} lessons"]
        print(f"\nwith {options.lessons} more lessons (beside the shipped ones), against the shipped ones alone:")
        for index, name in enumerate(names):
            print(f"{name:32} {more[index]:10.3f} {program[index]:12.3f} {more[index] / program[index]:6.2f}x")


if __name__ == "__main__":
    main()
