"""The 送学上门 screen's long work, each in a thread of its own (QtCore and QtGui only, no widgets):
the MP3 export (its own SpeechService, made in the thread that uses it) and the handout painted on
a printer or written as a PDF. They report through signals, which arrive on the interface thread.

A running job is kept here, not only by its screen: a screen (or the window) that goes away
cancels the export, and the thread ends by itself without being destroyed while it runs."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from ..lessons import Lesson
from ..reports.handout import Handout, paint_handout, write_handout
from ..speech.audio_export import ExportProblem, Track, export_tracks
from ..speech.export import SpeechUnavailable
from ..speech.service import SpeechService

log = logging.getLogger(__name__)

DONE, STOPPED, GONE, FULL, NO_SPEECH, FAILED = "done", "stopped", "gone", "full", "no-speech", "failed"
_running: set[QThread] = set()
_hooked = False


@dataclass
class Outcome:
    kind: str  # DONE, STOPPED, GONE, FULL, NO_SPEECH or FAILED
    written: list[Path] = field(default_factory=list)  # the finished files
    pages: int = 0  # of a handout
    problem: str = ""  # NO_SPEECH: the speech service's problem code


def _keep(job: QThread) -> None:
    """Held until it has finished: never destroyed while its thread runs."""
    global _hooked
    for old in [known for known in _running if known.isFinished()]:
        _running.discard(old)
    _running.add(job)
    app = QCoreApplication.instance()
    if app is not None and not _hooked:
        app.aboutToQuit.connect(stop_all_jobs)
        _hooked = True


def stop_all_jobs() -> None:
    """The program is ending (or a test): an export is cancelled, every job waited for."""
    for job in list(_running):
        job.stop_and_wait()
    _running.clear()


def stick_there(root: Path) -> bool:
    try:
        return root.is_dir()
    except OSError:
        return False


class AudioJob(QThread):
    """The tracks exported into folder (made on the stick whose root is stick)."""

    progressed = Signal(object)  # the Track being read now
    ended = Signal(object)  # an Outcome

    def __init__(
        self,
        tracks: list[Track],
        stick: Path,
        folder: Path,
        make_service: Callable[[], SpeechService],
        voice: str,
        readings_for: Callable[[Lesson], dict],
        album: str,
    ):
        super().__init__()
        self.tracks, self.stick, self.folder = tracks, stick, folder
        self.make_service, self.voice, self.readings_for, self.album = make_service, voice, readings_for, album
        self._cancel = threading.Event()
        self.outcome: Outcome | None = None

    def start(self) -> None:
        _keep(self)
        super().start()

    def cancel(self) -> None:
        """Stop before the next lesson or between its sentences; the lesson being read is not written."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def stop_and_wait(self) -> None:
        self.cancel()
        self.wait()

    def run(self) -> None:
        service = self.make_service()
        written: list[Path] = []

        def progress(track: Track) -> None:
            self.progressed.emit(track)

        try:
            if not stick_there(self.stick):
                raise ExportProblem("the stick is gone")
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise ExportProblem(str(error)) from error
            written = export_tracks(
                self.tracks,
                self.folder,
                service,
                self.voice,
                self.readings_for,
                self.album,
                progress,
                self._cancel.is_set,
            )
            kind = DONE if len(written) == len(self.tracks) else STOPPED
            self.outcome = Outcome(kind, written)
        except SpeechUnavailable as error:
            self.outcome = Outcome(NO_SPEECH, problem=error.problem)
        except ExportProblem as problem:
            log.warning("MP3 export to %s stopped: %s", self.folder, problem)
            done = [path for path in (self.folder / t.name for t in self.tracks) if _exists(path)]
            self.outcome = Outcome(FULL if stick_there(self.stick) else GONE, done)
        except Exception:  # never a silent thread: logged, and said plainly
            log.exception("MP3 export to %s failed", self.folder)
            self.outcome = Outcome(FAILED)
        finally:
            service.stop()
            del service  # its worker process and timers go with this thread
        self.ended.emit(self.outcome)


def _exists(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


class HandoutJob(QThread):
    """The handout painted on a printer (device), or written as the PDF file out."""

    ended = Signal(object)  # an Outcome

    def __init__(self, handout: Handout, device=None, out: Path | None = None, stick: Path | None = None):
        super().__init__()
        self.handout, self.device, self.out, self.stick = handout, device, out, stick
        self.outcome: Outcome | None = None

    def start(self) -> None:
        _keep(self)
        super().start()

    def stop_and_wait(self) -> None:
        self.wait()

    def run(self) -> None:
        try:
            if self.out is None:
                pages, _ = paint_handout(self.handout, self.device)
                self.outcome = Outcome(DONE, pages=pages)
            else:
                if self.stick is not None and not stick_there(self.stick):
                    raise FileNotFoundError(self.stick)
                self.out.parent.mkdir(parents=True, exist_ok=True)
                pages = write_handout(self.handout, self.out)
                self.outcome = Outcome(DONE, [self.out], pages)
        except OSError:  # WriteFailed too: a full stick, one locked against writing, one pulled out
            log.exception("The handout could not be finished (%s)", self.out or "printer")
            gone = self.stick is not None and not stick_there(self.stick)
            self.outcome = Outcome(GONE if gone else (FULL if self.out else FAILED))
        except Exception:
            log.exception("The handout could not be finished (%s)", self.out or "printer")
            self.outcome = Outcome(FAILED)
        self.ended.emit(self.outcome)
