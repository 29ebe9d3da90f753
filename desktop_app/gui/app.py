"""Creating the QApplication: translation, fonts, the crash hook, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..fonts import ui_font
from ..i18n import DEFAULT_LANGUAGE, install_translators

log = logging.getLogger(__name__)
SETTLE_LATEST_MS = 10_000  # what waits for the first paint runs by then even without one
__all__ = [
    "DEFAULT_LANGUAGE",
    "create_application",
    "install_excepthook",
    "install_translators",
    "settle_after_first_paint",
    "started",
]


def create_application(argv: list[str] | None = None, language: str = DEFAULT_LANGUAGE) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("desktop-app")
    app.setApplicationDisplayName("党员学习站")
    app.setFont(ui_font(20))
    app._translators = install_translators(app, language)  # keep them alive
    return app


def started() -> None:
    """The program has started: what the start made (the lessons, the window, Qt's wrappers) lives
    as long as the program, so the garbage collector stops scanning it. Without this each full
    collection went over all of it, freed nothing and froze the window for 30-60 ms (a page turn or
    a lesson opened, now and then; issue 14). Objects made later are collected as before; a
    collector turned off for the start (settle_after_first_paint) is turned on again."""
    gc.collect()
    gc.freeze()
    gc.enable()


class FirstPaint(QObject):
    """Runs what waits for the window's first paint (`after`, in order), once it is done; or after
    SETTLE_LATEST_MS without a paint (a window started hidden), so the collector is never left off."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.app = app
        self.after = [started]
        self.done = False
        QTimer.singleShot(SETTLE_LATEST_MS, self, self.run)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self, self.run)  # once the first paint is done, not inside it
        return False

    def run(self) -> None:
        if self.done:
            return
        self.done = True
        self.app.removeEventFilter(self)
        for function in self.after:
            function()


def settle_after_first_paint(app: QCoreApplication) -> FirstPaint:
    """The start, from here to the first paint, runs without the garbage collector: what it makes
    lives as long as the program, and each collection meanwhile went over all of it (with 5,000
    lessons, 20 ms before the home screen appeared). Once the window has painted, one collection
    (started()) and whatever else was put in the returned FirstPaint's `after`."""
    gc.disable()
    first_paint = FirstPaint(app)
    app.installEventFilter(first_paint)
    return first_paint


class ErrorNotice(QObject):
    """Tells the window that something unexpected happened, to show one plain sentence."""

    happened = Signal(str)


def install_excepthook() -> ErrorNotice:
    """An unexpected error is logged with its traceback and the program goes on; the member is
    shown one plain sentence on the window (no pop-up): connect ErrorNotice.happened."""
    notice = ErrorNotice(QApplication.instance())

    def hook(kind, value, tb):
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        try:
            notice.happened.emit(
                QCoreApplication.translate(
                    "Errors", "Something went wrong. It has been written down; you can go on studying."
                )
            )
        except RuntimeError:  # the window is already gone
            pass

    def thread_hook(args) -> None:
        log.error(
            "Unexpected error in thread %s:\n%s",
            getattr(args.thread, "name", "?"),
            "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return notice


def show_error_line(window, text: str) -> None:
    """One plain sentence at the foot of the window for a while; nothing to close."""
    bar = window.statusBar()
    bar.setAccessibleName(text)
    bar.showMessage(text, 20_000)


def show_start_problem(text: str) -> None:
    """The records cannot be opened (read-only, made by a newer program): say it, one button."""
    from PySide6.QtWidgets import QMessageBox

    from ..settings import Settings
    from .theme import PAPER, Metrics, stylesheet

    app = QApplication.instance()
    if app is None or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return  # nobody would see it: the message went to stderr and the log
    app.setStyleSheet(stylesheet(PAPER, Metrics.for_settings(Settings())))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("SingleInstance", "Study Station"), text)
    button = box.addButton(QCoreApplication.translate("SingleInstance", "OK"), QMessageBox.ButtonRole.AcceptRole)
    button.setAccessibleName(button.text())
    box.exec()


def show_already_running() -> None:
    """The one window a second start shows when the first cannot be reached: words and one button."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ..settings import Settings
    from .theme import PAPER, Metrics, stylesheet

    app = QApplication.instance()
    app.setStyleSheet(stylesheet(PAPER, Metrics.for_settings(Settings())))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("SingleInstance", "Study Station"),
        QCoreApplication.translate(
            "SingleInstance",
            "The Study Station is already open. If you cannot see it, restart the computer and try again.",
        ),
    )
    button = box.addButton(QCoreApplication.translate("SingleInstance", "OK"), QMessageBox.ButtonRole.AcceptRole)
    button.setAccessibleName(button.text())
    box.exec()
