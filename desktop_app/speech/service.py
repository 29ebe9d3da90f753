"""Rendering sentences to cached WAV files through the worker process (QtCore only, no widgets).

The worker is a QProcess: the interface never waits for it. A request that takes too long, or a
worker that dies, gets the worker killed and restarted and the request sent again; nothing the
member did is lost.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
import weakref
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from .speech_text import to_pinyin, to_spoken_chinese

log = logging.getLogger(__name__)

RENDER_RATE = 175  # words (syllables) per minute given to the engine; speed changes come from the player
MAX_ATTEMPTS = 2  # a sentence that hangs or kills the worker twice is given up (and skipped)
MAX_QUICK_RESTARTS = 4

# Why reading aloud is not possible, for the interface to put in plain words.
NO_ENGINE = "no-engine"
NO_VOICE = "no-voice"
BROKEN = "broken"


@dataclass
class _Job:
    key: str
    text: str  # what the engine is given (pinyin or Chinese)
    voice_id: str
    path: Path
    attempts: int = 0
    id: int = 0


def worker_command(driver: str | None) -> list[str]:
    if getattr(sys, "frozen", False):
        command = [sys.executable, "--speech-worker"]
    else:
        command = [sys.executable, "-m", "desktop_app.speech.worker"]
    return command + (["--driver", driver] if driver else [])


_running: weakref.WeakSet[SpeechService] = weakref.WeakSet()


def stop_all() -> None:
    """Stop every worker still running (tests, and the end of the program)."""
    from shiboken6 import isValid

    for service in list(_running):
        if isValid(service):
            service.stop()


class SpeechService(QObject):
    readyChanged = Signal()  # availability known or changed: see .available and .problem
    rendered = Signal(str, str)  # key, path of the WAV file
    failed = Signal(str, str)  # key, technical reason

    def __init__(
        self,
        cache_dir: Path,
        driver: str | None = None,
        command: list[str] | None = None,
        timeout_ms: int = 8000,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.command = command or worker_command(driver)
        self.timeout_ms = timeout_ms
        self.available: bool | None = None  # None while the worker starts
        self.problem = ""
        self.engine = ""
        self.voices: dict[str, dict[str, str]] = {}
        self._queue: deque[_Job] = deque()
        self._queued: dict[str, _Job] = {}
        self._current: _Job | None = None
        self._next_id = 0
        self._buffer = b""
        self._restarts = 0
        self._stopping = False
        self._process: QProcess | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._hung)
        self.restart_count = 0  # for tests and the log

    # -- the worker process -----------------------------------------------------------
    def start(self) -> None:
        if self._process is not None:
            return
        self._stopping = False
        self._buffer = b""
        process = QProcess(self)
        process.setProgram(self.command[0])
        process.setArguments(self.command[1:])
        process.readyReadStandardOutput.connect(self._read)
        process.readyReadStandardError.connect(
            lambda: log.debug("speech worker: %s", bytes(process.readAllStandardError()).decode("utf-8", "replace"))
        )
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        _running.add(self)
        process.start()

    def worker_pid(self) -> int:
        return int(self._process.processId()) if self._process is not None else 0

    def stop(self) -> None:
        self._stopping = True
        self._watchdog.stop()
        if self._process is not None:
            process, self._process = self._process, None
            process.kill()
            process.waitForFinished(2000)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.error("Speech worker failed to start: %s", self.command)
            self._process = None
            self._set_unavailable(NO_ENGINE)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._stopping or self.sender() is not self._process:
            return
        self._process = None
        self._watchdog.stop()
        if self.available is None or (self.available is False):
            if not self.problem:
                self._set_unavailable(NO_ENGINE)
            return
        log.warning("Speech worker ended (code %s, %s); restarting", code, status)
        self._restart()

    def _hung(self) -> None:
        log.warning("Speech worker did not answer in %d ms; killing it", self.timeout_ms)
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.waitForFinished(2000)
        self._restart()

    def _restart(self) -> None:
        self.restart_count += 1
        self._restarts += 1
        job, self._current = self._current, None
        if job is not None:
            job.attempts += 1
            if job.attempts >= MAX_ATTEMPTS:
                self.failed.emit(job.key, "the engine hung or crashed on this text")
            else:
                self._queue.appendleft(job)
                self._queued[job.key] = job
        if self._restarts > MAX_QUICK_RESTARTS:
            self._set_unavailable(BROKEN)
            return
        self.available = None
        self.start()

    def _set_unavailable(self, problem: str) -> None:
        self.available = False
        self.problem = problem
        for job in list(self._queue) + ([self._current] if self._current else []):
            self.failed.emit(job.key, problem)
        self._queue.clear()
        self._queued.clear()
        self._current = None
        self.readyChanged.emit()

    # -- messages from the worker ------------------------------------------------------
    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput())
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            try:
                message = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                log.warning("Speech worker said something unreadable: %r", line[:200])
                continue
            self._handle(message)

    def _handle(self, message: dict) -> None:
        if "ready" in message:
            if not message["ready"]:
                log.error("No speech engine: %s", message.get("detail"))
                self._set_unavailable(NO_ENGINE)
                return
            self.engine = message.get("engine", "")
            self.voices = message.get("voices", {})
            self.available = True
            self.problem = ""
            self.readyChanged.emit()
            self._pump()
            return
        job = self._current
        if job is None or message.get("id") != job.id:
            return
        self._watchdog.stop()
        self._current = None
        self._restarts = 0
        if message.get("ok"):
            self.rendered.emit(job.key, str(job.path))
        else:
            log.warning("Speech engine failed on %r: %s", job.text[:60], message.get("error"))
            self.failed.emit(job.key, message.get("error", ""))
        self._pump()

    # -- requests --------------------------------------------------------------------------
    def has_voice(self, voice: str) -> bool:
        return voice in self.voices

    def speech_text(self, text: str, voice: str, readings: Mapping[str, tuple[str, ...]] | None = None) -> str:
        mode = self.voices.get(voice, {}).get("mode", "chinese")
        return to_pinyin(text, readings) if mode == "pinyin" else to_spoken_chinese(text)

    def key_for(
        self, text: str, voice: str, readings: Mapping[str, tuple[str, ...]] | None = None
    ) -> tuple[str, str, Path]:
        """(cache key, text for the engine, WAV path) of a sentence in a voice."""
        info = self.voices[voice]
        spoken = self.speech_text(text, voice, readings)
        digest = hashlib.sha1(f"{self.engine}|{info['id']}|{info['mode']}|{RENDER_RATE}|{spoken}".encode()).hexdigest()
        return digest, spoken, self.cache_dir / self.engine / digest[:2] / f"{digest}.wav"

    def cached(self, path: Path) -> bool:
        return path.is_file() and path.stat().st_size > 44

    def request(
        self, text: str, voice: str, readings: Mapping[str, tuple[str, ...]] | None = None, urgent: bool = False
    ) -> tuple[str, Path] | None:
        """Ask for a sentence; rendered(key, path) follows (at once when cached). None when impossible."""
        if not self.available or voice not in self.voices:
            return None
        key, spoken, path = self.key_for(text, voice, readings)
        if self.cached(path):
            QTimer.singleShot(0, lambda: self.rendered.emit(key, str(path)))
            return key, path
        if key in self._queued or (self._current is not None and self._current.key == key):
            if urgent and key in self._queued:
                job = self._queued[key]
                self._queue.remove(job)
                self._queue.appendleft(job)
            return key, path
        path.parent.mkdir(parents=True, exist_ok=True)
        job = _Job(key, spoken, self.voices[voice]["id"], path)
        self._queued[key] = job
        (self._queue.appendleft if urgent else self._queue.append)(job)
        self._pump()
        return key, path

    def clear_queue(self) -> None:
        """Forget sentences asked for ahead (the member jumped elsewhere); the one in hand finishes."""
        for job in self._queue:
            self._queued.pop(job.key, None)
        self._queue.clear()

    def _pump(self) -> None:
        if self._current is not None or not self._queue or not self.available or self._process is None:
            return
        job = self._queue.popleft()
        self._queued.pop(job.key, None)
        self._next_id += 1
        job.id = self._next_id
        self._current = job
        request = {"id": job.id, "text": job.text, "voice": job.voice_id, "rate": RENDER_RATE, "out": str(job.path)}
        self._process.write((json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8"))
        self._watchdog.start(self.timeout_ms)
