"""The village loudspeaker in the main window: the Broadcaster (broadcast/broadcaster.py) on the
kiosk's records and the program's one speech service, with the member's two read-alouds paused
and resumed around a broadcast when the secretary allowed it; while on air the on-air view covers
the window, the screens underneath take no touch or key, nothing else speaks, and nobody is signed
out for being idle."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

START_DELAY_MS = 3000  # the broadcaster starts once the first screen is up (nothing is due sooner)


class Loudspeaker(QObject):
    changed = Signal()  # the log or the schedule changed: the secretary's screens read them again

    def __init__(self, window):
        """window: the MainWindow (its reading, quiz_reading, talker, speech, door and stack). The
        broadcaster and the on-air view are made when first wanted (the start imports neither)."""
        super().__init__(window)
        self.window = window
        self._broadcaster = None
        self._view = None
        self.problem = ""
        self._starting = QTimer(self)
        self._starting.setSingleShot(True)
        self._starting.setInterval(START_DELAY_MS)
        self._starting.timeout.connect(self.start_now)
        self._started = False

    @property
    def broadcaster(self):
        if self._broadcaster is None:
            self._broadcaster = self._make()
        return self._broadcaster

    def _make(self):
        from ..broadcast.broadcaster import Broadcaster, member_hooks
        from ..broadcast.program import chooser
        from ..settings import load_settings
        from ..storage.broadcasts import BroadcastStore
        from ..storage.plan import PlanStore

        window = self.window
        context = window.context
        reading, pause, resume = member_hooks(window.reading, window.quiz_reading)
        film_paused = []  # the member's film, paused for a broadcast

        def member_listening() -> bool:
            return reading() or self._film_playing()

        def pause_member() -> None:
            window.talker.stop()
            pause()
            if self._film_playing():
                window.film.toggle()
                film_paused.append(True)

        def resume_member() -> None:
            resume()
            if film_paused and not self._film_playing():
                window.film.toggle()
            film_paused.clear()

        choose = chooser(lambda: window.context.library, PlanStore(context.db))
        broadcaster = Broadcaster(
            BroadcastStore(context.db),  # the kiosk's records, whoever is signed in
            window.speech,
            self._choosing(choose),
            member_reading=member_listening,
            pause_member=pause_member,
            resume_member=resume_member,
            voice=load_settings(context.db).voice,
            readings=lambda lesson: window.context.readings_for(lesson),
            parent=self,
        )
        broadcaster.onAir.connect(self._on_air)
        broadcaster.unitsChanged.connect(lambda units: self.view.set_units(units))
        broadcaster.unitChanged.connect(lambda index: self.view.set_index(index))
        broadcaster.offAir.connect(self._off_air)
        broadcaster.logged.connect(self.changed)
        broadcaster.scheduleProblem.connect(self._schedule_problem)
        return broadcaster

    def _film_playing(self) -> bool:
        screens = self.window.screens
        return screens.is_built("film") and screens["film"].playing()

    @property
    def view_built(self) -> bool:
        return self._view is not None

    @property
    def view(self):
        if self._view is None:
            from .on_air_view import OnAirView

            self._view = OnAirView(self.window.context, self.window, door_open=lambda: self.window.door.open)
            self._view.stopRequested.connect(self.stop)
        return self._view

    def _choosing(self, choose):
        """The lessons to play, and the kiosk's voice of the moment (the secretary may have
        changed what new members start with since the program started)."""

        from ..settings import load_settings

        def choosing(schedule, position: int):
            self.broadcaster.reader.voice = load_settings(self.window.context.db).voice
            return choose(schedule, position)

        return choosing

    @property
    def on_air(self) -> bool:
        return self._broadcaster is not None and self._broadcaster.on_air

    def start(self) -> None:
        """At the program's start: the broadcaster starts a moment later (start_now)."""
        self._starting.start()

    def start_now(self) -> None:
        """What was due while the machine was off is logged, then the schedule is watched."""
        if not self._started:
            self._started = True
            self._starting.stop()
            self.broadcaster.start()

    def shutdown(self) -> None:
        self._starting.stop()
        if self._broadcaster is not None:
            self._broadcaster.shutdown()

    def play_now(self) -> bool:
        """试播: the secretary plays the schedule's programme now (checking the loudspeaker);
        False when one is on air already."""
        return self.broadcaster.play_now()

    def stop(self) -> None:
        """After the secretary's PIN: the broadcast on air ends, logged as stopped by the secretary."""
        log.info("The secretary stopped the loudspeaker")
        self.broadcaster.stop("secretary")

    def save_schedule(self, schedule) -> None:
        self.broadcaster.set_schedule(schedule)
        self.problem = ""
        self.changed.emit()

    def _schedule_problem(self, message: str) -> None:
        self.problem = message
        self.changed.emit()

    # -- on air and off --------------------------------------------------------------------------
    def _on_air(self, _key: str, title: str) -> None:
        window = self.window
        window.talker.stop()
        if window.idle_guard.warning_shown():
            window.idle_guard.go_on()  # the broadcast counts as someone still here
        window.stack.setEnabled(False)  # nothing underneath takes a touch, a key or the focus
        self.apply_metrics()
        self.view.show_broadcast(title)

    def _off_air(self, _outcome: str) -> None:
        window = self.window
        self.view.end()  # one queued behind it comes on air next, and shows the view again
        window.stack.setEnabled(True)
        if window.stack.count():
            window.current().focus_first()

    def apply_metrics(self) -> None:
        window = self.window
        self.view.apply_metrics(window.metrics, window.context.settings.theme)

    def resize(self) -> None:
        if self._view is not None:
            self._view.resize_to_window()
