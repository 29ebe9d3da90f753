"""Print the reader's page counts for a ~1,000-character shipped lesson at every text size and
window size (the README's table), laid out by the real reader offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/page_counts.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.context import create_context  # noqa: E402
from desktop_app.gui.app import create_application  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402
from desktop_app.paths import lessons_dir  # noqa: E402
from desktop_app.settings import TEXT_SIZES  # noqa: E402

WINDOWS = ((1024, 768), (1366, 768), (1920, 1080))


def main() -> None:
    app = create_application()
    context = create_context(Path(tempfile.mkdtemp()), [lessons_dir()])
    lesson = min(context.library.ordered_lessons(), key=lambda item: abs(item.char_count - 1000))
    window = MainWindow(context)
    window.show()
    window.open_lesson(lesson.id)
    print(f"{lesson.title} ({lesson.id}, {lesson.char_count} characters)\n")
    print("| window | " + " | ".join(f"{points} pt" for points in TEXT_SIZES) + " |")
    print("|---|" + "---|" * len(TEXT_SIZES))
    for width, height in WINDOWS:
        window.resize(width, height)
        counts = []
        for step in range(len(TEXT_SIZES)):
            window.apply_settings(replace(context.settings, text_step=step), save=False)
            app.processEvents()
            counts.append(window.reader.page_view.page_count())
        print(f"| {width}x{height} | " + " | ".join(str(count) for count in counts) + " |")
    window.close()
    context.db.close()


if __name__ == "__main__":
    main()
