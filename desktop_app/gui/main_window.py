"""The main window: only wires the screens together."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from ..context import AppContext
from ..settings import Settings
from ..speech.reading import ReadAloud
from ..speech.service import SpeechService
from ..upkeep import Upkeep
from .home_screen import HomeScreen
from .idle_guard import IdleGuard, IdleWarning
from .library_screen import LibraryScreen
from .my_study_screen import MyStudyScreen
from .picker_screen import PickerScreen
from .problems_screen import ProblemsScreen
from .reader_screen import ReaderScreen
from .settings_screen import SettingsScreen
from .theme import PALETTES, Metrics, stylesheet

SCREENS = ("home", "library", "reader", "settings", "problems", "my_study", "picker")


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, speech: SpeechService | None = None):
        super().__init__()
        self.context = context
        self.upkeep = Upkeep(context, self)  # kept writes written, a backup each day
        self.speech = speech or SpeechService(context.data_dir / "cache" / "speech")
        self.speech.setParent(self)
        self.reading = ReadAloud(self.speech, self)
        self.setWindowTitle(self.tr("Study Station"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeScreen(context)
        self.library = LibraryScreen(context)
        self.reader = ReaderScreen(context, self.reading)
        self.settings = SettingsScreen(
            context, lambda voice: self.speech.available is not True or self.speech.has_voice(voice)
        )
        self.problems = ProblemsScreen(context)
        self.my_study = MyStudyScreen(context)
        self.picker = PickerScreen(context)
        for name in SCREENS:
            self.stack.addWidget(self.screen(name))
        self._settings_return: QWidget = self.home
        self.idle = IdleWarning(self)  # over everything when a signed-in member seems to have gone
        self.idle_guard = IdleGuard(
            self.idle,
            is_listening=lambda: self.reading.playing,
            say=self.reading.speak_once,
            parent=self,
        )
        self.idle_guard.timedOut.connect(self.sign_out)

        self.home.openLesson.connect(self.open_lesson)
        self.home.openLibrary.connect(lambda: self.show_screen("library"))
        self.home.openSettings.connect(lambda: self.open_settings(self.home))
        self.home.openMyStudy.connect(lambda: self.show_screen("my_study"))
        self.home.switchMember.connect(self.sign_out)
        self.picker.memberChosen.connect(self.sign_in)
        self.picker.guestChosen.connect(self.sign_in_guest)
        self.problems.modeChanged.connect(self.change_mode)
        self.my_study.goBack.connect(lambda: self.show_screen("home"))
        self.library.openLesson.connect(self.open_lesson)
        self.library.goHome.connect(lambda: self.show_screen("home"))
        self.reader.goBack.connect(lambda: self.show_screen("library"))
        self.reader.openSettings.connect(lambda: self.open_settings(self.reader))
        self.reader.settingsChanged.connect(self.apply_settings)
        self.reader.lessonFinishedAloud.connect(self._finished_aloud)
        self.settings.settingsChanged.connect(self.apply_settings)
        self.settings.goBack.connect(lambda: self._show(self._settings_return))
        self.settings.openProblems.connect(lambda: self.show_screen("problems"))
        self.problems.goBack.connect(lambda: self.show_screen("settings"))
        self.apply_settings(context.settings, save=False)
        self.speech.readyChanged.connect(self.settings.refresh)
        self.speech.start()
        self.show_screen("picker" if context.shared else "home")

    def screen(self, name: str) -> QWidget:
        return getattr(self, name)

    def current_screen_name(self) -> str:
        return next(name for name in SCREENS if self.screen(name) is self.stack.currentWidget())

    def _show(self, screen: QWidget) -> None:
        if self.stack.currentWidget() is self.reader and screen is not self.reader:
            self.reader.leave()
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

    def _finished_aloud(self, lesson_id: str) -> None:
        """Listening like a radio: go on into the next lesson."""
        if not self.context.settings.radio:
            return
        ordered = [lesson.id for lesson in self.context.library.ordered_lessons()]
        position = ordered.index(lesson_id) if lesson_id in ordered else -1
        if 0 <= position < len(ordered) - 1:
            self.open_lesson(ordered[position + 1])
            self.reading.play(0)

    def sign_in(self, member_id: int) -> None:
        self.context.use_member(member_id)
        self.apply_settings(self.context.settings, save=False)  # their own text size and colours
        self.idle_guard.set_active(self.context.shared)
        self.show_screen("home")

    def sign_in_guest(self) -> None:
        self.context.use_guest()
        self.apply_settings(self.context.settings, save=False)
        self.idle_guard.set_active(self.context.shared)
        self.show_screen("home")

    def sign_out(self) -> None:
        """Back to the names; until someone picks theirs, nothing is recorded for anybody."""
        if self.stack.currentWidget() is self.reader:
            self.reader.leave()
        self.reading.stop()
        self.idle_guard.set_active(False)  # nobody to watch over on the names screen
        self.context.use_guest()
        self.apply_settings(self.context.settings, save=False)  # the kiosk's text size again
        self.show_screen("picker")

    def change_mode(self, mode: str) -> None:
        """The secretary chose home use or the shared kiosk."""
        self.apply_settings(replace(self.context.settings, mode=mode))
        if mode == "shared":
            self.sign_out()
        else:
            self.idle_guard.set_active(False)  # home use is never interrupted
            self.context.use_home_member()
            self.apply_settings(self.context.settings, save=False)
            self.problems.refresh()

    def bring_to_front(self) -> None:
        """Another start of the program on this folder: show this window instead."""
        self.showMaximized()
        self.raise_()
        self.activateWindow()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.idle.setGeometry(self.rect())

    def closeEvent(self, event) -> None:
        self.idle_guard.set_active(False)
        self.reader.leave()
        self.reading.shutdown()
        self.speech.stop()
        self.upkeep.finish()
        super().closeEvent(event)

    def open_settings(self, came_from: QWidget) -> None:
        self._settings_return = came_from
        self.show_screen("settings")

    def apply_settings(self, settings: Settings, save: bool = True) -> None:
        if save:
            self.context.update_settings(settings)
        else:
            self.context.settings = settings
        metrics = Metrics.for_settings(settings)
        app = QApplication.instance()
        sheet = stylesheet(PALETTES[settings.theme], metrics)
        if app.styleSheet() != sheet:  # restyling every widget takes a while: only when it changed
            app.setStyleSheet(sheet)
        for name in SCREENS:
            self.screen(name).apply_metrics(metrics)
        self.idle.apply_metrics(metrics)
        self.settings.refresh()
        self.reader.apply_settings(settings)
