"""What a touch on a lesson needs, loaded in the background once a member leaves the first
screen (issue 14): the home screen starts and stays without the reading table (text/
reading_table.py), and the first character touched or the first sentence read aloud still finds
it ready."""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

AFTER_FIRST_PAINT = (
    "desktop_app.text.mandarin",  # read-aloud and the character panel
    "desktop_app.text.pinyin",
)
AFTER_IMPORT = (("desktop_app.text.reading_table", "phrases"),)  # and the reading table loaded


def preload(modules: tuple[str, ...] = AFTER_FIRST_PAINT) -> threading.Thread:
    """Import modules in a background thread; an import the interface needs meanwhile waits for it
    (Python's import lock), never imports twice."""

    def run() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # the same import on the interface thread will say what is wrong
                log.exception("Preloading %s failed", name)
        for name, function in AFTER_IMPORT if modules == AFTER_FIRST_PAINT else ():
            try:
                getattr(importlib.import_module(name), function)()
            except Exception:  # the same call on the interface thread will say what is wrong
                log.exception("Preloading %s.%s failed", name, function)

    thread = threading.Thread(target=run, name="preload", daemon=True)
    thread.start()
    return thread
