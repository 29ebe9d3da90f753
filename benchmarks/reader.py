"""The reader with a long lesson at the largest text, each figure beside a baseline measured in
the same run (shared machines are noisy: compare the ratios).

    .venv/bin/python benchmarks/reader.py [--chars 20000] [--repeat 7]

A real main window (offscreen, 1366x768) on a real data folder, a lesson of about 20,000
characters (paragraphs of the shipped lessons' text) at 72 pt:
- open the lesson: from the library's row touched until the reader's page is laid out and
  painted; baseline: one QTextDocument layout of the same text at the same size and width
  (target: within 2x, one layout, not two); and until all its pages are counted (the text after
  the page on view is measured from the event loop, a piece at a time, after it is shown);
- a page turn: 下一页 touched until painted, its progress write committed; baseline: one frame
  at 60 Hz, 16.7 ms (target: within it);
- a text-size step: 字大一点 / 字小一点 between the two largest sizes until painted; baseline:
  33 ms, two frames (target: within it); measured with the 更多 panel closed (the page and its
  column restyled and laid out), and again with it open, as a member touches the buttons (the
  panel's own rows restyled, fitted and painted too).
The medians are over the repeats, with the glyph images of both sizes kept after the first
(gui/large_glyphs.py); the opening and the step are measured again with none kept, as the first
time the program paints those characters at that size.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from library import settle, timed  # noqa: E402  (benchmarks/library.py)
from PySide6.QtGui import QFont, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.context import create_context  # noqa: E402
from desktop_app.gui.app import create_application  # noqa: E402
from desktop_app.gui.app import started as program_started  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402
from desktop_app.settings import TEXT_SIZES  # noqa: E402

FRAME_MS = 1000 / 60


def long_lesson(folder: Path, chars: int) -> tuple[Path, str]:
    """A course with one lesson of about `chars` characters, made of the shipped lessons' paragraphs."""
    paragraphs = []
    for path in sorted((ROOT / "lessons").glob("*/*.txt")):
        if path.name == "课程.txt":
            continue
        body = path.read_text(encoding="utf-8").split("【正文】", 1)[-1]
        paragraphs += [line.strip() for line in body.splitlines() if len(line.strip()) > 30 and "【" not in line]
    text, index = [], 0
    while sum(map(len, text)) < chars:
        text.append(paragraphs[index % len(paragraphs)])
        index += 1
    course = folder / "long"
    course.mkdir(parents=True)
    (course / "课程.txt").write_text("编号：long\n名称：长课文\n顺序：1\n", encoding="utf-8")
    body = "\n\n".join(text)
    (course / "01.txt").write_text(f"编号：long-1\n标题：一篇很长的课文\n顺序：1\n【正文】\n{body}\n", encoding="utf-8")
    return folder, body


def one_layout(text: str, px: int, width: float) -> float:
    """The baseline: one QTextDocument of the same text laid out at the same size and width."""
    started = time.perf_counter()
    document = QTextDocument()
    font = QFont()
    font.setPixelSize(px)
    document.setDefaultFont(font)
    document.setPlainText(text)
    document.setTextWidth(width)
    document.documentLayout().documentSize()  # the layout is done here
    return time.perf_counter() - started


def open_and_count(touch, page) -> tuple[float, float]:
    """Seconds from the touch until the page is shown (the events it made handled: laid out and
    painted), and until the page count is known too (the rest of the text measured from the
    event loop afterwards, a piece at a time)."""
    settle()
    started = time.perf_counter()
    touch()
    QApplication.processEvents()
    shown = time.perf_counter() - started
    while page.known_page_count() is None:
        QApplication.processEvents()
    return shown, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=7)
    options = parser.parse_args()
    create_application()
    with tempfile.TemporaryDirectory() as folder:
        lessons, body = long_lesson(Path(folder) / "lessons", options.chars)
        context = create_context(Path(folder) / "data", [lessons])
        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        program_started()  # as desktop-app does
        largest = len(TEXT_SIZES) - 1
        window.apply_settings(replace(context.settings, text_step=largest), save=False)
        settle()
        reader = window.reader
        opened, counted, layouts, turns, steps, touched = [], [], [], [], [], []
        for _ in range(options.repeat):
            window.show_screen("library")
            settle()
            page = reader.page_view
            shown, all_counted = open_and_count(lambda: window.library.rows["long-1"].click(), page)
            opened.append(shown)
            counted.append(all_counted)
            layouts.append(one_layout(body, round(page.body_pixel_size()), page.page_rect().width()))
            for _turn in range(3):
                turns.append(timed(reader.next_button.click))
            steps.append(timed(reader.smaller_button.click))
            steps.append(timed(reader.bigger_button.click))
            reader.more_button.click()  # as a member steps: 更多, then 字小一点 / 字大一点 in its panel
            settle()
            touched.append(timed(reader.smaller_button.click))
            touched.append(timed(reader.bigger_button.click))
            reader.player_bar.close_panel()
            window.go_back()
        cold_opened, cold_steps = [], []
        for _ in range(max(1, options.repeat // 2)):  # as the first time the program paints them
            window.show_screen("library")
            settle()
            reader.page_view._glyphs.clear()
            cold_opened.append(open_and_count(lambda: window.library.rows["long-1"].click(), reader.page_view)[0])
            reader.page_view._glyphs.clear()
            cold_steps.append(timed(reader.smaller_button.click))
            reader.bigger_button.click()
            window.go_back()
        chars = len(reader.lesson.title) + sum(len(block.text) for block in reader.lesson.blocks)
        pages = reader.page_view.page_count()
        window.close()
        window.deleteLater()
        settle()
    rows = [
        ("open the lesson", statistics.median(opened), statistics.median(layouts), "one QTextDocument layout"),
        (
            "  no glyph image kept",
            statistics.median(cold_opened),
            statistics.median(layouts),
            "one QTextDocument layout",
        ),
        ("  all pages counted", statistics.median(counted), statistics.median(layouts), "one QTextDocument layout"),
        ("a page turn", statistics.median(turns), FRAME_MS / 1000, "one frame (60 Hz)"),
        ("a text-size step", statistics.median(steps), 0.033, "two frames (33 ms)"),
        ("  no glyph image kept", statistics.median(cold_steps), 0.033, "two frames (33 ms)"),
        ("  更多 panel open", statistics.median(touched), 0.033, "two frames (33 ms)"),
    ]
    print(f"a lesson of {chars} characters at {TEXT_SIZES[largest]} pt: {pages} pages")
    print(f"{'figure (ms)':20} {'reader':>9} {'baseline':>9} {'ratio':>7}  baseline")
    for name, ours, base, what in rows:
        print(f"{name:20} {ours * 1000:9.1f} {base * 1000:9.1f} {ours / base:6.2f}x  {what}")


if __name__ == "__main__":
    main()
