"""Creating the QApplication: translation, fonts, the crash hook, the main window."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication

from ..fonts import ui_font
from ..i18n import DEFAULT_LANGUAGE, install_translators

log = logging.getLogger(__name__)
__all__ = ["DEFAULT_LANGUAGE", "create_application", "install_excepthook", "install_translators"]


def create_application(argv: list[str] | None = None, language: str = DEFAULT_LANGUAGE) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("desktop-app")
    app.setApplicationDisplayName("党员学习站")
    app.setFont(ui_font(20))
    app._translators = install_translators(app, language)  # keep them alive
    return app


def install_excepthook() -> None:
    """An unexpected error is logged and the program goes on; nothing is shown to the member but a calm screen."""

    def hook(kind, value, tb):
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook


def show_already_running() -> None:
    """The one window a second start shows when the first cannot be reached: words and one button."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ..settings import Settings
    from .theme import PAPER, Metrics, stylesheet

    tr = lambda text: QCoreApplication.translate("SingleInstance", text)  # noqa: E731
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(PAPER, Metrics.for_settings(Settings())))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("Study Station"),
        tr("The Study Station is already open. If you cannot see it, restart the computer and try again."),
    )
    button = box.addButton(tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    button.setAccessibleName(button.text())
    box.exec()
