"""The village loudspeaker in the main window: the Broadcaster (broadcast/broadcaster.py) on the
kiosk's records and the program's one speech service, with the member's two read-alouds paused
and resumed around a broadcast when the secretary allowed it; while on air the on-air view covers
the window, the screens underneath take no touch or key, nothing else speaks, and nobody is signed
out for being idle."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ..broadcast.broadcaster import Broadcaster, member_hooks
from ..broadcast.program import chooser
from ..broadcast.schedule import Schedule
from ..settings import load_settings
from ..storage.broadcasts import BroadcastStore
from ..storage.plan import PlanStore
from .on_air_view import OnAirView

log = logging.getLogger(__name__)


class Loudspeaker(QObject):
    changed = Signal()  # the log or the schedule changed: the secretary's screens read them again

    def __init__(self, window, broadcaster: Broadcaster | None = None):
        """window: the MainWindow (its reading, quiz_reading, talker, speech, door and stack);
        broadcaster: one made by a test (with its clocks), else the program's own."""
        super().__init__(window)
        self.window = window
        context = window.context
        self.store = BroadcastStore(context.db)  # the kiosk's records, whoever is signed in
        if broadcaster is None:
            reading, pause, resume = member_hooks(window.reading, window.quiz_reading)
            choose = chooser(lambda: window.context.library, PlanStore(context.db))
            broadcaster = Broadcaster(
                self.store,
                window.speech,
                self._choosing(choose),
                member_reading=reading,
                pause_member=lambda: (window.talker.stop(), pause()),
                resume_member=resume,
                voice=load_settings(context.db).voice,
                readings=lambda lesson: window.context.readings_for(lesson),
                parent=self,
            )
        self.broadcaster = broadcaster
        self.view = OnAirView(context, window, door_open=lambda: window.door.open)
        self.view.stopRequested.connect(self.stop)
        broadcaster.onAir.connect(self._on_air)
        broadcaster.unitsChanged.connect(self.view.set_units)
        broadcaster.unitChanged.connect(self.view.set_index)
        broadcaster.offAir.connect(self._off_air)
        broadcaster.logged.connect(self.changed)
        broadcaster.scheduleProblem.connect(self._schedule_problem)
        self.problem = ""

    def _choosing(self, choose):
        """The lessons to play, and the kiosk's voice of the moment (the secretary may have
        changed what new members start with since the program started)."""

        def choosing(schedule: Schedule, position: int):
            self.broadcaster.reader.voice = load_settings(self.window.context.db).voice
            return choose(schedule, position)

        return choosing

    @property
    def on_air(self) -> bool:
        return self.broadcaster.on_air

    def start(self) -> None:
        self.broadcaster.start()

    def shutdown(self) -> None:
        self.broadcaster.shutdown()

    def play_now(self) -> bool:
        """试播: the secretary plays the schedule's programme now (checking the loudspeaker);
        False when one is on air already."""
        return self.broadcaster.play_now()

    def stop(self) -> None:
        """After the secretary's PIN: the broadcast on air ends, logged as stopped by the secretary."""
        log.info("The secretary stopped the loudspeaker")
        self.broadcaster.stop("secretary")

    def save_schedule(self, schedule: Schedule) -> None:
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
        self.view.resize_to_window()
