"""The main window: only wires the screens together."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from ..context import AppContext
from ..paths import speech_cache_dir
from ..settings import Settings, load_settings
from ..speech.reading import ReadAloud
from ..speech.service import SpeechService
from ..storage.answers import AnswerStore
from ..storage.progress import FINISHED
from ..storage.review import ReviewStore
from ..study.challenge import draw
from ..study.choose import lesson_after
from ..study.ladder import course_done, ladder
from ..study.poster_due import StudyState, poster_due
from ..study.quiz import find_questions
from ..upkeep import Upkeep
from .home_screen import next_lesson
from .idle_guard import IdleGuard, IdleWarning
from .loudspeaker import Loudspeaker
from .names import SCREENS
from .preload import preload
from .screen import Screen
from .screens import ScreenAttribute, Screens, screen_class
from .secretary_door import SECRETARY_SCREENS, SecretaryDoor
from .sheets import Sheets
from .talk import Talker
from .theme import PALETTES, Metrics, stylesheet

ROOTS = ("home", "picker")  # where a member starts: nothing to go back to


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, speech: SpeechService | None = None, kiosk: bool = False):
        """kiosk: a locked kiosk for this run, whatever the setting (desktop-app --kiosk)."""
        super().__init__()
        self.context = context
        self.upkeep = Upkeep(context, self)  # kept writes written, a backup each day
        self.speech = speech or SpeechService(speech_cache_dir(context.data_dir))
        self.speech.setParent(self)
        self.reading = ReadAloud(self.speech, self)
        self.quiz_reading = ReadAloud(self.speech, self)  # a quiz's question and answers, in turn
        self.setWindowTitle(self.tr("Study Station"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.metrics = Metrics.for_settings(context.settings)
        self.screens = Screens(self._build_screen)  # each built when first wanted
        assert tuple(self.screens) == SCREENS
        self.history: list[str] = []  # the screens to go back to, the last one first
        self._preloaded = False
        self.talker = Talker(
            self,
            self.speech,
            enabled=lambda: self.context.settings.speaks and not self.loudspeaker.on_air,
            reading=lambda: self.reading.playing and self.current_screen_name() == "reader",
            pause_reading=self.reading.pause,
            parent=self,
        )
        self.reading.stateChanged.connect(lambda: self.talker.stop() if self.reading.playing else None)
        self.idle = IdleWarning(self)  # over everything when a signed-in member seems to have gone
        self.idle_guard = IdleGuard(
            self.idle,
            is_listening=lambda: self.reading.playing or self.quiz_reading.playing or self.loudspeaker.on_air,
            say=self.reading.speak_once,
            parent=self,
        )
        self.idle_guard.timedOut.connect(self.sign_out)
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape_shortcut.activated.connect(self._escape)

        self.study_state = StudyState()
        self.study_state = self._study_state()  # what the next poster is decided against
        self.door = SecretaryDoor(self, kiosk)
        self.loudspeaker = Loudspeaker(self)  # 大喇叭: the secretary's schedule, over every screen
        self._sheets = Sheets(self, self._restyled)  # a text-size step restyles only what is on view
        self._metrics_due: set[str] = set()  # hidden screens the last text size or theme has not reached
        # A screen shown without _show (open_lesson) is brought up to date all the same.
        self.stack.currentChanged.connect(self._current_changed)
        self.apply_settings(context.settings, save=False)
        self.speech.start()
        self.loudspeaker.start()
        self.show_screen("picker" if context.shared else "home")

    def _restyled(self, widget) -> None:
        """One of the window's widgets beside its screens was restyled: its sizes again."""
        if widget is self.idle:
            self.idle.apply_metrics(self.metrics)
        elif self.loudspeaker.view_built and widget is self.loudspeaker.view:
            self.loudspeaker.apply_metrics()

    def _current_changed(self, index: int) -> None:
        if index >= 0:
            self._bring_up(self.current())

    def _bring_up(self, screen: Screen) -> None:
        """The text size and theme that came while a screen was hidden, before it is shown."""
        restyled = self._sheets.bring_up(screen)
        if restyled or screen.NAME in self._metrics_due:
            self._metrics_due.discard(screen.NAME)
            screen.apply_metrics(self.metrics)

    # -- the screens, each built when first wanted --------------------------------------------
    home = ScreenAttribute()
    library = ScreenAttribute()
    reader = ScreenAttribute()
    settings = ScreenAttribute()
    problems = ScreenAttribute()
    my_study = ScreenAttribute()
    picker = ScreenAttribute()
    quiz = ScreenAttribute()
    ladder = ScreenAttribute()
    board = ScreenAttribute()
    poster = ScreenAttribute()
    pin = ScreenAttribute()
    secretary = ScreenAttribute()
    kiosk_settings = ScreenAttribute()
    members = ScreenAttribute()
    plan = ScreenAttribute()
    report = ScreenAttribute()
    backup = ScreenAttribute()
    packs = ScreenAttribute()
    film = ScreenAttribute()
    broadcasts = ScreenAttribute()  # the secretary's 大喇叭 (self.loudspeaker plays it)
    broadcast_log = ScreenAttribute()
    outreach = ScreenAttribute()

    def _build_screen(self, name: str) -> Screen:
        context = self.context
        has_voice = lambda voice: self.speech.available is not True or self.speech.has_voice(voice)  # noqa: E731
        arguments = {
            "reader": (self.reading,),
            "quiz": (self.quiz_reading,),
            "settings": (has_voice,),
        }.get(name, ())
        keywords = {
            "kiosk_settings": {"has_voice": has_voice},
            "packs": {"lesson_paths": context.lesson_paths},
            "secretary": {"screens": SCREENS, "locked": lambda: self.door.locked_kiosk},
            "broadcasts": {"speaker": self.loudspeaker},
        }.get(name, {})
        screen = screen_class(name)(context, *arguments, **keywords)
        self.stack.addWidget(screen)
        if name != "secretary":  # its 返回 locks the door (SecretaryDoor)
            screen.goBack.connect(self.go_back)
        wire = getattr(self, f"_wire_{name}", None)
        if wire is not None:
            wire(screen)
        self._sheets.bring_up(screen)  # the sheet of the moment before it is polished, not after
        # Polished now, as the screens made at the start were: the style sheet's min-height, set
        # when a widget is polished, would otherwise undo the sizes apply_metrics sets.
        screen.ensurePolished()
        screen.apply_metrics(self.metrics)
        return screen

    def _refresh_if_built(self, name: str) -> None:
        """A screen not built yet is brought up to date when it is built."""
        if self.screens.is_built(name):
            self.screens[name].refresh()

    def _wire_home(self, home) -> None:
        home.openLesson.connect(self.open_lesson)
        home.openQuiz.connect(self.open_quiz)
        home.openLibrary.connect(lambda: self.show_screen("library"))
        home.openSettings.connect(lambda: self.show_screen("settings"))
        home.openMyStudy.connect(lambda: self.show_screen("my_study"))
        home.switchMember.connect(self.sign_out)
        home.openLadder.connect(self.open_ladder)
        home.openReview.connect(self.open_review)

    def _wire_library(self, library) -> None:
        library.openLesson.connect(self.open_lesson)
        library.openQuiz.connect(self.open_quiz)

    def _wire_reader(self, reader) -> None:
        reader.openSettings.connect(lambda: self.show_screen("settings"))
        reader.settingsChanged.connect(self.apply_settings)
        reader.lessonFinishedAloud.connect(self._finished_aloud)
        reader.openQuiz.connect(self.open_quiz)
        reader.openFilm.connect(self.open_film)
        reader.apply_settings(self.context.settings)

    def _wire_settings(self, settings) -> None:
        settings.settingsChanged.connect(self.apply_settings)
        settings.openProblems.connect(self.door.enter)
        self.speech.readyChanged.connect(settings.refresh)

    def _wire_picker(self, picker) -> None:
        picker.memberChosen.connect(self.sign_in)
        picker.guestChosen.connect(self.sign_in_guest)
        picker.openSecretary.connect(self.door.enter)

    def _wire_quiz(self, quiz) -> None:
        quiz.finishedRun.connect(self._quiz_finished)

    def _wire_ladder(self, ladder) -> None:
        ladder.openLevel.connect(self.open_quiz)
        ladder.openChallenge.connect(self.open_challenge)
        ladder.openBoard.connect(lambda: self.show_screen("board"))

    def _wire_poster(self, poster) -> None:
        poster.say.connect(self._say)

    def _wire_pin(self, pin) -> None:
        self.door.wire_pin(pin)

    def _wire_secretary(self, secretary) -> None:
        self.door.wire_secretary(secretary)

    def _wire_kiosk_settings(self, kiosk_settings) -> None:
        kiosk_settings.modeChanged.connect(self.change_mode)
        kiosk_settings.settingsChanged.connect(lambda: self.apply_settings(self.context.settings, save=False))

    def _wire_members(self, members) -> None:
        members.membersChanged.connect(lambda: self._refresh_if_built("picker"))

    def _wire_backup(self, backup) -> None:
        backup.recordsRestored.connect(self.records_restored)

    def _wire_film(self, film) -> None:
        film.settingsChanged.connect(self.apply_settings)

    def _wire_broadcasts(self, broadcasts) -> None:
        broadcasts.openLog.connect(lambda: self.show_screen("broadcast_log"))
        self.loudspeaker.changed.connect(lambda: self._refresh_if_built("broadcast_log"))

    def _wire_packs(self, packs) -> None:
        packs.libraryChanged.connect(self.library_changed)

    # -- navigation ---------------------------------------------------------------------------
    def screen(self, name: str) -> Screen:
        return self.screens[name]

    def current(self) -> Screen:
        return self.stack.currentWidget()

    def current_screen_name(self) -> str:
        return self.current().NAME

    def show_screen(self, name: str) -> None:
        """Show a screen; 返回 and Esc come back to the one shown now."""
        current = self.current() if self.stack.count() else None
        if name in ROOTS:
            self.history.clear()
        elif current is not None and current.NAME != name:
            self.history.append(current.NAME)
        self._show(self.screens[name])

    def _show(self, screen: Screen) -> None:
        self.door.watch(screen.NAME)
        current = self.stack.currentWidget()
        if current is not None and current is not screen:
            current.leave()
        self._bring_up(screen)
        screen.refresh()
        self.stack.setCurrentWidget(screen)
        self._preload_for(screen.NAME)
        screen.focus_first()
        self.talker.screen_shown(screen, screen.prompt())

    def _preload_for(self, name: str) -> None:
        """Past the first screen: what a touch on a lesson needs (pypinyin) is loaded meanwhile,
        so the home screen starts (and stays) without it."""
        if name not in ROOTS and not self._preloaded:
            self._preloaded = True
            preload()

    def go_back(self) -> None:
        if self.current_screen_name() in ("reader", "quiz") and self._poster_due():
            return  # the poster first; its 返回 goes on back
        if self.history:
            self._show(self.screens[self.history.pop()])
        else:
            self._show(self.screens["picker" if self.context.shared else "home"])

    def _escape(self) -> None:
        if self.loudspeaker.on_air:
            return  # a member cannot stop the loudspeaker
        if self.idle.isVisible():
            self.idle.stillHere.emit()
        elif self.current().NAME not in ROOTS:
            self.current().escape()

    def open_lesson(self, lesson_id: str) -> None:
        current = self.current()
        if current.NAME != "reader":
            self.history.append(current.NAME)
            current.leave()
        self.stack.setCurrentWidget(self.reader)
        self._preload_for("reader")
        self.reader.open_lesson(lesson_id)
        self.reader.page_view.setFocus()
        self.talker.screen_shown(self.reader, self.reader.prompt())

    def open_film(self, lesson_id: str) -> None:
        """看影片: the lesson's film, where this member stopped it."""
        lesson = self.context.library.lessons[lesson_id]
        if lesson.film is None:
            return
        if self.reading.playing:
            self.reading.pause()
        self.film.open_film(lesson)
        self.show_screen("film")

    def open_quiz(self, lesson_id: str) -> None:
        """测一测: the lesson's quiz, where the member left it."""
        course = self.context.library.lessons[lesson_id].course_id  # was its last level passed before?
        self.study_state = self._study_state({course}, keep_finished=True)
        self.quiz.open_quiz(lesson_id)
        self.show_screen("quiz")

    def open_ladder(self) -> None:
        """闯关答题, on the course being studied."""
        lesson = next_lesson(self.context)
        self.ladder.show_course_of(lesson.id if lesson else self.context.progress.last_opened(self.context.member_id))
        self.show_screen("ladder")

    def open_review(self) -> None:
        """错题复习: the wrong answers due again today, at most ten."""
        if self.context.member_id is None or self.context.guest:
            return
        due = ReviewStore(self.context.db).due(self.context.member_id)
        questions = find_questions(self.context.library.lessons, due)
        if questions:
            self.quiz.open_set("review", self.tr("Review of wrong answers"), questions)
            self.show_screen("quiz")
        self.home.refresh()

    def open_challenge(self) -> None:
        """挑战赛: questions from the lessons this member finished, against the clock."""
        context = self.context
        finished = []
        if context.member_id is not None and not context.guest:
            finished = [
                lesson for lesson, p in context.progress.all(context.member_id).items() if p.state == "finished"
            ]
        questions = draw(context.library, finished)
        if not questions:
            self.ladder.say_no_challenge()
            return
        self.quiz.open_set("challenge", self.tr("Challenge"), questions)
        self.show_screen("quiz")

    def _say(self, text: str) -> None:
        """Say a text of a screen other than the reader and the quiz (the poster)."""
        if not self.quiz_reading.problem():
            self.quiz_reading.speak_once(text)

    # -- the learning poster ------------------------------------------------------------------------
    def _study_state(self, course_ids: set[str] | None = None, keep_finished: bool = False) -> StudyState:
        """The member's finished lessons (or those known before), and which of these courses have
        their last level passed."""
        context = self.context
        if context.member_id is None or context.guest:
            return StudyState()
        if keep_finished:
            finished = self.study_state.finished
        else:
            finished = frozenset(i for i, p in context.progress.all(context.member_id).items() if p.state == FINISHED)
        done = set(self.study_state.levels_done)
        if course_ids:
            scores = AnswerStore(context.db).best_scores(context.member_id)
            for course_id in course_ids:
                levels = ladder(context.library, course_id, scores, context.settings.pass_percent)
                (done.add if course_done(levels) else done.discard)(course_id)
        return StudyState(finished, frozenset(done))

    def _poster_due(self) -> bool:
        """Leaving a lesson or a quiz: a poster when a course was finished, its last level passed,
        or five more lessons finished. Shown full screen (and saved) before going on."""
        if self.current_screen_name() == "quiz":
            lesson_id = self.quiz.lesson_id
        else:
            lesson_id = self.reader.lesson.id if self.reader.lesson else ""
        lesson = self.context.library.lessons.get(lesson_id)
        courses = {lesson.course_id} if lesson else set()
        before, now = self.study_state, self._study_state(courses)
        self.study_state = now
        due = poster_due(self.context.library, before, now)
        if due is None:
            return False
        points = AnswerStore(self.context.db).points(self.context.member_id)
        self.current().leave()
        from .poster_screen import figures_for  # the reports' drawing: only when a poster is due

        self.poster.show_poster(figures_for(self.context, due[1], points))
        self._show(self.poster)
        return True

    def _quiz_finished(self, mode: str, lesson_id: str, percent: float) -> None:
        if self.context.guest and mode == "lesson":
            self.ladder.note_guest_result(lesson_id, percent)

    def _finished_aloud(self, lesson_id: str) -> None:
        """Listening like a radio: go on into the next lesson."""
        if not self.context.settings.radio:
            return
        following = lesson_after(self.context.library, lesson_id)
        if following is not None:
            self.open_lesson(following.id)
            self.reading.play(0)

    # -- who is studying ----------------------------------------------------------------------
    def sign_in(self, member_id: int) -> None:
        self.context.use_member(member_id)
        self.study_state = StudyState()
        self.study_state = self._study_state()
        self.apply_settings(self.context.settings, save=False)  # their own text size and colours
        self.idle_guard.set_active(self.context.shared)
        self.show_screen("home")

    def sign_in_guest(self) -> None:
        self.context.use_guest()
        self.study_state = StudyState()
        self.study_state = self._study_state()
        self.apply_settings(self.context.settings, save=False)
        self.idle_guard.set_active(self.context.shared)
        self.show_screen("home")

    def sign_out(self) -> None:
        """Back to the names; until someone picks theirs, nothing is recorded for anybody."""
        self.current().leave()
        self.reading.stop()
        self.idle_guard.set_active(False)  # nobody to watch over on the names screen
        self.context.use_guest()
        self.apply_settings(self.context.settings, save=False)  # the kiosk's text size again
        self.show_screen("picker")

    def library_changed(self) -> None:
        """Lessons were imported: the screens that keep what they built from the lessons read them
        again (the others do so each time they are shown)."""
        self.reading.stop()
        self.study_state = self._study_state()
        for screen in self.screens.built():
            if screen.isVisible():
                screen.refresh()

    def records_restored(self) -> None:
        """Other records in place: everybody signed out, the copy's settings; the secretary stays
        on the backup screen, the door open (the PIN may now be the copy's)."""
        self.reading.stop()
        self.quiz_reading.stop()
        if load_settings(self.context.db).shared:
            self.context.use_guest()
            self.idle_guard.set_active(True)  # the secretary's page is open: it locks when left alone
        else:
            self.context.use_home_member()
            self.idle_guard.set_active(False)
        self.study_state = StudyState()
        self.study_state = self._study_state()
        self.history = [name for name in self.history if name in SECRETARY_SCREENS]
        self.apply_settings(self.context.settings, save=False)
        self._refresh_if_built("picker")

    def change_mode(self, mode: str) -> None:
        """The secretary chose home use or the shared kiosk (and confirmed it)."""
        self.apply_settings(replace(self.context.settings, mode=mode))
        if mode == "shared":
            self.sign_out()
        else:
            self.idle_guard.set_active(False)  # home use is never interrupted
            self.context.use_home_member()
            self.study_state = StudyState()
            self.study_state = self._study_state()
            self.apply_settings(self.context.settings, save=False)
            self.show_screen("home")

    # -- the window -------------------------------------------------------------------------------
    def bring_to_front(self) -> None:
        """Another start of the program on this folder: show this window instead."""
        self.showMaximized()
        self.raise_()
        self.activateWindow()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.idle.setGeometry(self.rect())
        self.loudspeaker.resize()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.talker.attach()

    def closeEvent(self, event) -> None:
        if self.door.refuses_close():
            event.ignore()
            return
        self.idle_guard.set_active(False)
        if self.screens.is_built("reader"):
            self.reader.leave()
        self.talker.stop()
        self.talker.voice.shutdown()
        self.loudspeaker.shutdown()
        self.reading.shutdown()
        self.quiz_reading.shutdown()
        self.speech.stop()
        self.upkeep.finish()
        super().closeEvent(event)

    def apply_settings(self, settings: Settings, save: bool = True) -> None:
        if save:
            self.context.update_settings(settings)
        else:
            self.context.settings = settings
        self.metrics = metrics = Metrics.for_settings(settings)
        sheets = self._sheets
        # Restyling takes a while: the screen on view now, the others when they are shown (_show).
        on_view = [self.current()] if self.stack.count() else []
        sheets.apply(stylesheet(PALETTES[settings.theme], metrics), settings.theme, on_view, self.screens.built())
        for screen in self.screens.built():  # the others get them when built
            if screen in on_view:
                screen.apply_metrics(metrics)
            else:  # a hidden screen gets them when it is shown again (_show)
                self._metrics_due.add(screen.NAME)
        self.idle.apply_metrics(metrics)
        self.idle_guard.set_idle_seconds(settings.idle_minutes * 60)
        self.door.apply()
        self.talker.attach()  # a changed frame makes a new QWindow
        self._refresh_if_built("settings")
        self._refresh_if_built("kiosk_settings")
        if self.screens.is_built("reader"):
            self.reader.apply_settings(settings)
        self.talker.voice.set_voice(settings.voice, settings.volume)
        self.talker.follow_setting()
