"""The loudspeaker's broadcaster (QtCore and the speech layer; no widgets).

A QTimer ticks (every TICK_MS); each tick asks schedule.decide() what is due (the wall clock and
a monotonic clock are injectable functions, for tests), logs what was missed, and queues what is
to play. A broadcast is: the chime (resources/chime.wav), the spoken opening
("现在播放党员学习：<title>") and each lesson's read-aloud units, one after another through its own
ReadAloud on the program's SpeechService. Two broadcasts due together play one after the other.

A member reading aloud: unless the schedule says during_reading, the broadcast waits (re-checked
each tick) for at most MAX_WAIT_SECONDS, then is logged "skipped"; with during_reading, the
member's reading is paused (pause_member) before and resumed (resume_member) after. Every
broadcast is logged through storage/broadcasts.py: finished, stopped (by the secretary), missed
or skipped; one on air is logged as it starts (stopped, no end yet: what a kill leaves) and
finished or stopped when it ends. No speech engine: skipped; the engine lost mid-broadcast: the
next tick logs it stopped (by nobody). A course continues with its next lesson after a broadcast that played to the end.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..lessons import Lesson
from ..lessons.units import lesson_units
from ..paths import resources_dir
from ..speech.reading import ReadAloud
from ..speech.service import SpeechService
from ..storage.broadcasts import FINISHED, MEMBER, MISSED, SKIPPED, STOPPED, BroadcastStore
from ..text.sentences import Unit
from .schedule import LOOK_BACK_DAYS, Occurrence, Schedule, Slot, Trial, decide

log = logging.getLogger(__name__)

TICK_MS = 15_000
MAX_WAIT_SECONDS = 30 * 60  # a broadcast waits this long for a member's reading to end
SAVE_CHECK_SECONDS = 60  # the last check is written at most this often (and on every event)
OPENING = "现在播放党员学习：{title}"

# (schedule, course position) -> (lessons to play, the course position after them)
Chooser = Callable[[Schedule, int], tuple[list[Lesson], int]]


def chime_path() -> Path:
    return resources_dir() / "chime.wav"


class Broadcaster(QObject):
    onAir = Signal(str, str)  # occurrence key, title: show the on-air screen
    unitsChanged = Signal(list)  # the units now being read (the chime, the opening, each lesson)
    unitChanged = Signal(int)  # the unit now being read: highlight it
    offAir = Signal(str)  # outcome: finished or stopped (close the on-air screen)
    logged = Signal()  # the log changed (the secretary's list)
    scheduleProblem = Signal(str)  # a bad stored schedule: a plain Chinese message; it is off

    def __init__(
        self,
        store: BroadcastStore,
        service: SpeechService,
        choose: Chooser,
        member_reading: Callable[[], bool] = lambda: False,
        pause_member: Callable[[], None] = lambda: None,
        resume_member: Callable[[], None] = lambda: None,
        wall: Callable[[], datetime] = datetime.now,
        monotonic: Callable[[], float] = time.monotonic,
        chime: Path | None = None,
        voice: str = "mandarin",
        readings: Callable[[Lesson], Mapping[str, tuple[str, ...]]] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store, self.choose = store, choose
        self.member_reading, self.pause_member, self.resume_member = member_reading, pause_member, resume_member
        self.wall, self.monotonic = wall, monotonic
        self.chime = chime_path() if chime is None else chime
        self.reader = ReadAloud(service, self)
        self.reader.voice = voice
        self.readings = readings or (lambda lesson: lesson.readings)  # the program's: context.readings_for
        self.reader.finished.connect(self._next_phase)
        self.reader.unitChanged.connect(self._unit_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.queue: deque[Occurrence] = deque()
        self.current: Occurrence | None = None
        self.title = ""
        self.units: list[Unit] = []
        self._lessons: list[Lesson] = []
        self._phases: list[tuple[list[Unit], Path | None, tuple[float, ...], dict]] = []
        self._position_after = 0
        self._started: datetime | None = None
        self._paused_member = False
        self._waiting_since: float | None = None
        self._last_check: datetime | None = None
        self._last_mono: float | None = None
        self._saved_check: datetime | None = None
        self._told = ""
        self.schedule: Schedule = store.schedule()[0]

    # -- the clock -------------------------------------------------------------------------------
    def start(self) -> None:
        """At program start: what was due while the machine was off is logged as missed (or the
        latest of today played, if asked), then ticking every TICK_MS."""
        self._last_check = self.store.last_check()
        self._last_mono = None
        self.tick()
        self.timer.start()

    def tick(self) -> None:
        schedule, problem = self.store.schedule()
        if problem and problem != self._told:
            log.warning("Loudspeaker schedule unusable: %s", problem)
            self.scheduleProblem.emit(problem)
        self._told = problem
        self.schedule = schedule
        if self.current is not None and not self.reader.playing:
            log.warning("Loudspeaker %s: the reading gave up (the speech engine stopped)", self.current.key)
            self._end(STOPPED)  # by nobody: the engine went away mid-broadcast
        now, mono = self.wall(), self.monotonic()
        elapsed = None if self._last_mono is None else mono - self._last_mono
        taken = self.store.fired_keys(since=now - timedelta(days=LOOK_BACK_DAYS + 1)) | {o.key for o in self.queue}
        if self.current is not None:
            taken.add(self.current.key)
        decision = decide(schedule, self._last_check, now, elapsed, taken)
        for occurrence in decision.missed:
            self._log(occurrence, MISSED)
        self.queue.extend(o for o in dict((o.key, o) for o in decision.fire).values() if o.key not in taken)
        if schedule.enabled:  # off, nothing is due and nothing need be written (set_schedule writes)
            self._save_check(now, force=bool(decision.fire or decision.missed) or elapsed is None)
        self._last_check, self._last_mono = now, mono
        self._try_start()

    def _save_check(self, now: datetime, force: bool) -> None:
        saved = self._saved_check
        if force or saved is None or abs((now - saved).total_seconds()) >= SAVE_CHECK_SECONDS or now < saved:
            self.store.set_last_check(now)
            self._saved_check = now

    def set_schedule(self, schedule: Schedule) -> None:
        """The secretary saved a schedule: in force from now (what was due before it is not due)."""
        self.store.save_schedule(schedule)
        self.schedule = schedule
        now = self.wall()
        self.store.set_last_check(now)
        self._saved_check = now
        if self._last_check is None or self._last_check < now:
            self._last_check, self._last_mono = now, self.monotonic()

    def play_now(self) -> bool:
        """试播: the schedule's programme now, whatever its times and even when it is off (the
        secretary checks the loudspeaker), logged as a trial; ahead of anything queued. False when
        a broadcast is on air already."""
        if self.current is not None:
            return False
        now = self.wall()
        self.schedule = self.store.schedule()[0]
        self.queue.appendleft(Trial(now, Slot(now.strftime("%H:%M"))))
        self._try_start()
        return True

    # -- starting ---------------------------------------------------------------------------------
    def _try_start(self) -> None:
        while self.current is None and self.queue:
            if self.member_reading() and not self._paused_member:
                if not self.schedule.during_reading:
                    mono = self.monotonic()
                    if self._waiting_since is None:
                        self._waiting_since = mono
                    if mono - self._waiting_since < MAX_WAIT_SECONDS:
                        return  # tried again next tick
                    self._waiting_since = None
                    self._log(self.queue.popleft(), SKIPPED, MEMBER)
                    continue
                self.pause_member()
                self._paused_member = True
            self._waiting_since = None
            self._begin(self.queue.popleft())
        if self.current is None and self._paused_member:
            self._paused_member = False
            self.resume_member()

    def _begin(self, occurrence: Occurrence) -> None:
        lessons, self._position_after = self.choose(self.schedule, self.store.course_position())
        if not lessons or (self.reader.service.available is False and not all(x.narration for x in lessons)):
            log.warning("Loudspeaker %s: nothing to play, or no speech engine to say it", occurrence.key)
            self._log(occurrence, SKIPPED)
            return
        self.current, self._lessons, self._started = occurrence, lessons, self.wall()
        self.title = "、".join(lesson.title for lesson in lessons)
        self.reader.set_volume(self.schedule.volume)
        self._phases = []
        if self.schedule.chime and self.chime.exists():
            self._phases.append(([Unit("chime", "", -1, 0, 0)], self.chime, (0.0,), {}))
        if self.schedule.opening:
            self._phases.append(([Unit("title", OPENING.format(title=self.title), -1, 0, 0)], None, (), {}))
        for lesson in lessons:
            self._phases.append((lesson_units(lesson), lesson.narration, lesson.narration_times, self.readings(lesson)))
        self.store.begin(occurrence, tuple(x.id for x in lessons), tuple(x.title for x in lessons), self._started)
        self.logged.emit()
        log.info("Loudspeaker on air: %s %s", occurrence.key, self.title)
        self.onAir.emit(occurrence.key, self.title)
        self._next_phase()

    def _next_phase(self) -> None:
        if self.current is None:
            return
        if not self._phases:
            self._end(FINISHED)
            return
        units, narration, times, readings = self._phases.pop(0)
        self.units = units
        self.reader.set_units(units, readings, 0, narration, times)
        self.unitsChanged.emit(units)
        self.reader.play()

    def _unit_changed(self, index: int) -> None:
        if self.current is not None:
            self.unitChanged.emit(index)

    # -- ending -----------------------------------------------------------------------------------
    def stop(self, by: str = "secretary") -> None:
        """The secretary stops the broadcast on air (after the PIN); logged "stopped"."""
        if self.current is not None:
            self.reader.stop()
            self._end(STOPPED, by)

    def _end(self, outcome: str, by: str = "") -> None:
        occurrence, self.current = self.current, None
        self._phases = []
        if outcome == FINISHED and self.schedule.what == "course":
            self.store.set_course_position(self._position_after)
        self.store.end(occurrence, outcome, self.wall(), by)
        self.logged.emit()
        log.info("Loudspeaker off air: %s %s", occurrence.key, outcome)
        self.offAir.emit(outcome)
        self._try_start()  # the next one queued, or the member's reading resumed

    def _log(self, occurrence: Occurrence, outcome: str, by: str = "") -> None:
        """One that never went on air: missed or skipped (by MEMBER: a member was reading)."""
        self.store.log(occurrence, outcome, stopped_by=by)
        self.logged.emit()

    @property
    def on_air(self) -> bool:
        return self.current is not None

    def shutdown(self) -> None:
        """Before the program closes: a broadcast on air is logged as stopped by nobody."""
        self.timer.stop()
        self.queue.clear()
        if self.current is not None:
            self.reader.stop()
            self._end(STOPPED, "")
        self.reader.shutdown()


def member_hooks(*readers: ReadAloud) -> tuple[Callable[[], bool], Callable[[], None], Callable[[], None]]:
    """(member_reading, pause_member, resume_member) over the member's readers (the reader's and
    the quiz's ReadAloud): only the ones that were playing are resumed."""
    paused: list[ReadAloud] = []

    def reading() -> bool:
        return any(reader.playing for reader in readers)

    def pause() -> None:
        paused[:] = [reader for reader in readers if reader.playing]
        for reader in paused:
            reader.pause()

    def resume() -> None:
        for reader in paused:
            reader.play()
        paused.clear()

    return reading, pause, resume
