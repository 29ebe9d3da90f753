"""How long the 送学上门 screen's handout takes to lay out and draw (is it work for a thread of its
own? the interface's budget for a touch is about 100 ms), beside Qt's own QTextDocument printing
the same text to a PDF in the same run (shared machines are noisy: compare the ratio).

    .venv/bin/python benchmarks/outreach_handout.py

Program: `write_handout` (the typesetter's Chinese line breaking, page heads and feet, quiz boxes,
the answer sheet) at the default 22 pt, without and with pinyin, for the shipped lessons of the
busiest month, for the largest course and for every shipped lesson. Baseline: the same lessons'
titles and paragraphs as one QTextDocument at 22 pt printed by QPdfWriter.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont, QGuiApplication, QPdfWriter, QTextDocument  # noqa: E402

from desktop_app.context import load_program_readings  # noqa: E402
from desktop_app.lessons import load_library  # noqa: E402
from desktop_app.reports.handout import make_handout, write_handout  # noqa: E402
from desktop_app.text.hard_characters import hard_characters  # noqa: E402


def timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return (time.perf_counter() - started) * 1000, result


def baseline(lessons, out: Path) -> float:
    def work() -> None:
        document = QTextDocument()
        document.setDefaultFont(QFont("Noto Sans CJK SC", 22))
        paragraphs = []
        for lesson in lessons:
            paragraphs.append(f"<h1>{lesson.title}</h1>")
            paragraphs += [f"<p>{block.text}</p>" for block in lesson.blocks]
        document.setHtml("".join(paragraphs))
        writer = QPdfWriter(str(out))
        writer.setResolution(720)
        document.print_(writer)

    return timed(work)[0]


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    library = load_library([ROOT / "lessons"])
    readings, _ = load_program_readings()
    hard = hard_characters(None)
    month = Counter(lesson.month for lesson in library.lessons.values() if lesson.month).most_common(1)[0][0]
    course = max(library.ordered_courses(), key=lambda c: len(library.lessons_of(c.id)))
    cases = [
        (f"month {month}", [lesson for lesson in library.ordered_lessons() if lesson.month == month]),
        (f"course {course.id}", library.lessons_of(course.id)),
        ("every lesson", library.ordered_lessons()),
    ]
    print(f"{'what':<22}{'lessons':>8}{'pages':>7}{'handout ms':>12}{'+pinyin ms':>12}{'baseline ms':>13}")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for name, lessons in cases:
            plain = make_handout(library, lessons, name, date.today(), 22, frozenset(), readings)
            ruby = make_handout(library, lessons, name, date.today(), 22, hard, readings)
            plain_ms, pages = timed(lambda h=plain: write_handout(h, out / "plain.pdf"))
            ruby_ms, _ = timed(lambda h=ruby: write_handout(h, out / "ruby.pdf"))
            base_ms = baseline(lessons, out / "base.pdf")
            print(f"{name:<22}{len(lessons):>8}{pages:>7}{plain_ms:>12.0f}{ruby_ms:>12.0f}{base_ms:>13.0f}")


if __name__ == "__main__":
    main()
