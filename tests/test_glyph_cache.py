"""Large print is painted from Qt's glyph cache, not as outlines each time (gui/theme.py sets
QT_MAX_CACHED_GLYPH_SIZE before the first text is painted; issue 14)."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop_app.gui.page_view import LARGEST_HEADING_PX
from desktop_app.settings import TEXT_SIZES

PROBE = "import os, desktop_app.gui.main_window; print(os.environ.get('QT_MAX_CACHED_GLYPH_SIZE'))"


def probe(**env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "QT_MAX_CACHED_GLYPH_SIZE"} | env
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=environment, check=True)
    return done.stdout.strip()


def test_the_window_module_sets_the_cache_before_any_window():
    assert probe() == "128"


def test_a_value_from_outside_is_kept():
    assert probe(QT_MAX_CACHED_GLYPH_SIZE="200") == "200"


def test_every_size_of_the_reader_text_is_within_the_cache():
    largest_body_px = max(TEXT_SIZES) * 96 / 72
    assert max(largest_body_px, LARGEST_HEADING_PX) <= 128
