"""When the program stops on an error, it says why in its log and exits non-zero, so that the
supervisor (packaging/) starts it again. No Qt.

`install(data_dir)` is the first thing the window's start-up does: from then on the log file
is written, an uncaught exception is logged with its traceback before the interpreter exits
with status 1, an error in a thread is logged, and a crash inside Qt itself (a segmentation
fault) leaves the Python stack of every thread in logs/faults.log before the process dies.

Once the window exists, gui/app.py's own hook takes over sys.excepthook: an error inside a touch
handler is logged and the member goes on studying (the program does not stop for it).
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path

from .paths import log_dir

log = logging.getLogger(__name__)
FAULTS_FILE_NAME = "faults.log"
_faults_file = None  # kept open: faulthandler writes to it when the process dies


def install(data_dir: Path) -> None:
    from .context import setup_logging

    setup_logging(data_dir)
    sys.excepthook = _uncaught
    threading.excepthook = _uncaught_in_thread
    _enable_faulthandler(log_dir(data_dir) / FAULTS_FILE_NAME)


def _uncaught(kind, value, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        log.info("Stopped with Ctrl+C")
    else:
        log.critical(
            "The program stops on an unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb))
        )
    if sys.stderr is not None:  # pythonw (the Windows program without a console) has none
        sys.__excepthook__(kind, value, tb)


def _uncaught_in_thread(args) -> None:
    if args.exc_type is SystemExit:
        return
    log.error(
        "Unexpected error in thread %s:\n%s",
        getattr(args.thread, "name", "?"),
        "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
    )


def _enable_faulthandler(path: Path) -> None:
    global _faults_file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a", encoding="utf-8")  # open for the life of the process
    except OSError:
        log.warning("Cannot write %s; a hard crash is reported on the console only", path, exc_info=True)
        if sys.stderr is not None:
            faulthandler.enable(all_threads=True)
        return
    faulthandler.enable(file=handle, all_threads=True)
    if _faults_file is not None:
        _faults_file.close()
    _faults_file = handle
