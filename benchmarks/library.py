"""The library screen and the reader with many lessons, each figure beside the same with the
shipped lessons alone, measured in the same run (shared machines are noisy: compare the ratios).

    .venv/bin/python benchmarks/library.py [--extra 5000] [--repeat 5]

A real main window (offscreen, 1366x768, the largest text size) on a real data folder:
- first open: the library screen built (on its first showing) and its first page laid out;
- open the library: from the home screen until the library's first page is laid out (once what the
  first showing started in the background, the titles' initials and pypinyin, has finished);
- back from the reader: a lesson opened from the library, then 返回 until the library shows again;
- a search keystroke: the search box gets one more letter of a word that is in many lessons (the
  list, the count and the pad's letters updated), the median over the keystrokes of the word.
Targets (issue 14): each within 50 ms with 5,000 lessons.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.context import create_context  # noqa: E402
from desktop_app.gui.app import create_application  # noqa: E402
from desktop_app.gui.app import started as program_started  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402
from desktop_app.settings import TEXT_SIZES  # noqa: E402
from lessons import build_folder  # noqa: E402  (benchmarks/lessons.py)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def timed(action) -> float:
    settle()
    started = time.perf_counter()
    action()
    QApplication.processEvents()  # laid out and painted
    return time.perf_counter() - started


def measure(folder: Path, data: Path, repeat: int) -> dict[str, float]:
    context = create_context(data, [folder])
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show()
    program_started()  # as desktop-app does
    window.apply_settings(replace(context.settings, text_step=len(TEXT_SIZES) - 1), save=False)
    settle()
    lesson_id = context.library.ordered_lessons()[0].id
    first = timed(lambda: window.show_screen("library"))  # the screen is built on its first showing
    window.show_screen("home")
    for thread in threading.enumerate():  # what it starts in the background (pypinyin, the titles' initials)
        if thread.name in ("preload", "title-initials"):
            thread.join()
    opened, returned, keys = [], [], []
    for _ in range(repeat):
        window.show_screen("home")
        opened.append(timed(lambda: window.show_screen("library")))
        window.library.rows[lesson_id].click()
        settle()
        returned.append(timed(window.go_back))
        window.library.pad.open_pad()
        for letter in "dang":
            box = window.library.search_box
            keys.append(timed(lambda letter=letter, box=box: box.setText(box.text() + letter)))
        window.library.search_box.clear()
        window.library.pad.close_pad()
    window.close()
    window.deleteLater()
    settle()
    return {
        "first open (builds it)": first,
        "open the library": statistics.median(opened),
        "back from the reader": statistics.median(returned),
        "a search keystroke": statistics.median(keys),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extra", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    create_application()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        shipped = measure(ROOT / "lessons", base / "data-shipped", options.repeat)
        many = measure(build_folder(base / "lessons", options.extra), base / "data-many", options.repeat)
    count = f"with {options.extra} more"
    print(f"{'figure (ms)':24} {count:>16} {'shipped only':>13} {'ratio':>7}")
    for name, seconds in many.items():
        base_seconds = shipped[name]
        print(f"{name:24} {seconds * 1000:16.1f} {base_seconds * 1000:13.1f} {seconds / base_seconds:6.1f}x")


if __name__ == "__main__":
    main()
