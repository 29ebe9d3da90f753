"""The main window: only wires the screens together."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from ..context import AppContext
from ..settings import Settings
from .home_screen import HomeScreen
from .library_screen import LibraryScreen
from .problems_screen import ProblemsScreen
from .reader_screen import ReaderScreen
from .settings_screen import SettingsScreen
from .theme import PALETTES, Metrics, stylesheet

SCREENS = ("home", "library", "reader", "settings", "problems")


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Study Station"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeScreen(context)
        self.library = LibraryScreen(context)
        self.reader = ReaderScreen(context)
        self.settings = SettingsScreen(context)
        self.problems = ProblemsScreen(context)
        for screen in (self.home, self.library, self.reader, self.settings, self.problems):
            self.stack.addWidget(screen)
        self._settings_return: QWidget = self.home

        self.home.openLesson.connect(self.open_lesson)
        self.home.openLibrary.connect(lambda: self.show_screen("library"))
        self.home.openSettings.connect(lambda: self.open_settings(self.home))
        self.library.openLesson.connect(self.open_lesson)
        self.library.goHome.connect(lambda: self.show_screen("home"))
        self.reader.goBack.connect(lambda: self.show_screen("library"))
        self.reader.openSettings.connect(lambda: self.open_settings(self.reader))
        self.reader.settingsChanged.connect(self.apply_settings)
        self.settings.settingsChanged.connect(self.apply_settings)
        self.settings.goBack.connect(lambda: self._show(self._settings_return))
        self.settings.openProblems.connect(lambda: self.show_screen("problems"))
        self.problems.goBack.connect(lambda: self.show_screen("settings"))
        self.apply_settings(context.settings, save=False)

    def screen(self, name: str) -> QWidget:
        return getattr(self, name)

    def current_screen_name(self) -> str:
        return next(name for name in SCREENS if self.screen(name) is self.stack.currentWidget())

    def _show(self, screen: QWidget) -> None:
        if hasattr(screen, "refresh"):
            screen.refresh()
        self.stack.setCurrentWidget(screen)
        screen.focus_first()

    def show_screen(self, name: str) -> None:
        self._show(self.screen(name))

    def open_lesson(self, lesson_id: str) -> None:
        self.stack.setCurrentWidget(self.reader)
        self.reader.open_lesson(lesson_id)
        self.reader.page_view.setFocus()

    def open_settings(self, came_from: QWidget) -> None:
        self._settings_return = came_from
        self.show_screen("settings")

    def apply_settings(self, settings: Settings, save: bool = True) -> None:
        if save:
            self.context.update_settings(settings)
        metrics = Metrics.for_settings(settings)
        app = QApplication.instance()
        app.setStyleSheet(stylesheet(PALETTES[settings.theme], metrics))
        for name in SCREENS:
            self.screen(name).apply_metrics(metrics)
        self.settings.refresh()
        self.reader.apply_settings(settings)
