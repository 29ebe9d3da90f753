"""Reading a lesson aloud, sentence by sentence, through QMediaPlayer (QtCore and QtMultimedia only).

Pause, resume mid-sentence, speed with the pitch kept, volume and the position all come from the
player; the engine only renders each sentence to a WAV file (see service.py). A lesson with a
recorded narration plays that one file instead, moving from sentence to sentence by its times.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QUrl,
    Signal,
)

if TYPE_CHECKING:  # QtMultimedia and its FFmpeg backend (60 ms) load with the first sound, not at start
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from ..text.sentences import Unit
from .service import NO_VOICE, SpeechService

log = logging.getLogger(__name__)

PREFETCH = 3
NO_AUDIO = "no-audio"


def _later(player: QMediaPlayer, slot: str, *args) -> None:
    """Call a player slot from the event loop, not from Python.

    Qt's FFmpeg backend tears down the previous sentence's audio renderer in its own thread; that
    teardown tells our (Python-made) QAudioOutput that a connection went away, which needs the GIL,
    while holding the lock that play() and setSource() take. Called straight from Python, those
    hold the GIL while they wait for the lock: a deadlock (seen here as a frozen window). Queued,
    they run from the event loop, which has let go of the GIL."""
    QMetaObject.invokeMethod(player, slot, Qt.ConnectionType.QueuedConnection, *args)


def make_player(parent: QObject, volume: float) -> tuple[QMediaPlayer, QAudioOutput]:
    """A player with its own audio output at this volume; QtMultimedia (and its FFmpeg backend)
    load with the first one made, not at start."""
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    player, output = QMediaPlayer(parent), QAudioOutput(parent)
    player.setAudioOutput(output)
    output.setVolume(volume)
    return player, output


class ReadAloud(QObject):
    unitChanged = Signal(int)  # the unit now being read: highlight it
    stateChanged = Signal()  # see .playing and .waiting
    finished = Signal()  # read to the end
    audioHanded = Signal(int)  # a unit's audio was handed to the player (for the benchmark)

    def __init__(self, service: SpeechService, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self._players: tuple[QMediaPlayer, QAudioOutput, QMediaPlayer, QAudioOutput] | None = None
        self._once_key = ""
        service.rendered.connect(self._rendered)
        service.failed.connect(self._failed)
        service.readyChanged.connect(self._service_ready)
        self.units: list[Unit] = []
        self.readings: Mapping[str, tuple[str, ...]] = {}
        self.voice = "mandarin"
        self.index = 0
        self.playing = False  # the member asked to hear it (also while the sentence is being rendered)
        self._loaded_index = -1  # the unit whose audio is in the player
        self._keys: dict[int, tuple[str, Path]] = {}
        self.narration: Path | None = None
        self.narration_times: tuple[float, ...] = ()
        self.rate = 1.0
        self.volume = 1.0
        self._seek_when_loaded: int | None = None

    # -- the players, made with the first sound ---------------------------------------------------
    def _made(self) -> tuple[QMediaPlayer, QAudioOutput, QMediaPlayer, QAudioOutput]:
        if self._players is None:
            player, output = make_player(self, self.volume)
            player.setPitchCompensation(True)
            player.setPlaybackRate(self.rate)
            player.mediaStatusChanged.connect(self._media_status)
            player.playbackStateChanged.connect(lambda _state: self.stateChanged.emit())
            player.positionChanged.connect(self._position)
            player.errorOccurred.connect(lambda error, text: log.warning("Player error %s: %s", error, text))
            once_player, once_output = make_player(self, self.volume)  # the character panel's word
            self._players = (player, output, once_player, once_output)
        return self._players

    @property
    def player(self) -> QMediaPlayer:
        return self._made()[0]

    @property
    def output(self) -> QAudioOutput:
        return self._made()[1]

    @property
    def once_player(self) -> QMediaPlayer:
        return self._made()[2]

    @property
    def once_output(self) -> QAudioOutput:
        return self._made()[3]

    def _state(self) -> str:
        """The player's state by name ("stopped" before the first sound)."""
        if self._players is None:
            return "stopped"
        return {0: "stopped", 1: "playing", 2: "paused"}[self.player.playbackState().value]

    # -- what to read -----------------------------------------------------------------------
    def set_units(
        self,
        units: list[Unit],
        readings: Mapping[str, tuple[str, ...]] | None = None,
        start: int = 0,
        narration: Path | None = None,
        narration_times: tuple[float, ...] = (),
    ) -> None:
        self.stop()
        self.units = units
        self.readings = readings or {}
        self._keys.clear()
        self.narration = narration if narration and len(narration_times) == len(units) else None
        self.narration_times = narration_times if self.narration else ()
        self.index = max(0, min(start, len(units) - 1)) if units else 0
        self.unitChanged.emit(self.index)

    def set_voice(self, voice: str) -> None:
        if voice != self.voice:
            was_playing = self.playing
            self.stop()
            self.voice = voice
            self._keys.clear()
            if was_playing:
                self.play()

    # -- can it be heard? ------------------------------------------------------------------------
    def problem(self) -> str:
        """ "" when reading aloud works; otherwise why not: no-engine, no-voice, broken, or no-audio
        (no speaker: the sentences are still highlighted in turn, silently)."""
        if self.narration is None:
            if self.service.available is False:
                return self.service.problem
            if self.service.available and not self.service.has_voice(self.voice):
                return NO_VOICE
        from PySide6.QtMultimedia import QMediaDevices

        if not QMediaDevices.audioOutputs():
            return NO_AUDIO
        return ""

    @property
    def waiting(self) -> bool:
        """Asked to play, but the sentence's sound is not ready yet."""
        return self.playing and self._state() != "playing"

    # -- controls ----------------------------------------------------------------------------------
    def play(self, index: int | None = None) -> None:
        if not self.units:
            return
        if index is not None and index != self.index:
            self._go(index)
        self.playing = True
        if self._loaded_index == self.index and self._state() != "stopped":
            _later(self.player, "play")  # resume mid-sentence (after a pause, queued or done)
        else:
            self._play_current()
        self.stateChanged.emit()

    def pause(self) -> None:
        self.playing = False
        if self._state() == "playing":
            _later(self.player, "pause")
        self.stateChanged.emit()

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def stop(self) -> None:
        self.playing = False
        if self._players is not None:
            _later(self.player, "stop")
        self._loaded_index = -1
        self.service.clear_queue()
        self.stateChanged.emit()

    def shutdown(self, timeout_ms: int = 2000) -> None:
        """Before the window goes: both players stopped and emptied, through the event loop, so
        that no FFmpeg thread is still at work on them when they are destroyed (a crash at
        close otherwise, now and then)."""
        self.playing = False
        self.service.clear_queue()
        if self._players is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        players = (self.player, self.once_player)
        for player in players:
            _later(player, "stop")
            _later(player, "setSource", Q_ARG(QUrl, QUrl()))
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < timeout_ms and not all(
            player.mediaStatus() == QMediaPlayer.MediaStatus.NoMedia and player.source().isEmpty() for player in players
        ):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(2)

    def go_to(self, index: int) -> None:
        """Move to a unit; keeps playing if it was."""
        if not self.units:
            return
        self._go(max(0, min(index, len(self.units) - 1)))
        if self.playing:
            self._play_current()

    def next_sentence(self) -> None:
        self.go_to(self.index + 1)

    def previous_sentence(self) -> None:
        self.go_to(self.index - 1)

    def next_paragraph(self) -> None:
        block = self.units[self.index].block if self.units else 0
        following = next((i for i, u in enumerate(self.units) if u.block > block), None)
        if following is not None:
            self.go_to(following)

    def previous_paragraph(self) -> None:
        if not self.units:
            return
        block = self.units[self.index].block
        start = next(i for i, u in enumerate(self.units) if u.block == block)
        if start < self.index:
            self.go_to(start)  # back to the start of this paragraph first, as a tape player does
            return
        earlier = [u.block for u in self.units[:start]]
        if earlier:
            self.go_to(next(i for i, u in enumerate(self.units) if u.block == earlier[-1]))

    def set_rate(self, rate: float) -> None:
        self.rate = rate
        if self._players is not None:
            self.player.setPlaybackRate(rate)

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        if self._players is not None:
            self.output.setVolume(volume)
            self.once_output.setVolume(volume)

    def speak_once(self, text: str) -> None:
        """Say a word (the character panel); the lesson reading pauses."""
        if self.playing:
            self.pause()
        asked = self.service.request(text, self.voice, self.readings, urgent=True)
        if asked is not None:
            self._once_key = asked[0]

    # -- inside ----------------------------------------------------------------------------------
    def _service_ready(self) -> None:
        if self.service.available and self.playing and self._loaded_index != self.index:
            self._keys.clear()
            self._play_current()
        elif self.service.available is False and self.narration is None:
            self.playing = False
        self.stateChanged.emit()

    def _go(self, index: int) -> None:
        if index == self.index:
            return
        if self._players is not None:
            _later(self.player, "stop")
        self._loaded_index = -1
        self.index = index
        self.service.clear_queue()
        self.unitChanged.emit(index)

    def _key(self, index: int) -> tuple[str, Path] | None:
        if index not in self._keys:
            asked = self.service.request(self.units[index].text, self.voice, self.readings, urgent=index == self.index)
            if asked is None:
                return None
            self._keys[index] = asked
        return self._keys[index]

    def _play_current(self) -> None:
        if self.narration is not None:
            self._play_narration()
            return
        asked = self._key(self.index)
        if asked is not None and self.service.cached(asked[1]):
            self._hand(self.index, asked[1])
        elif asked is not None:
            self.service.request(self.units[self.index].text, self.voice, self.readings, urgent=True)
        for ahead in range(self.index + 1, min(len(self.units), self.index + 1 + PREFETCH)):
            self._key(ahead)

    def _hand(self, index: int, path: Path) -> None:
        _later(self.player, "setSource", Q_ARG(QUrl, QUrl.fromLocalFile(str(path))))
        self.player.setPlaybackRate(self.rate)
        _later(self.player, "play")
        self._loaded_index = index
        self.audioHanded.emit(index)
        self.stateChanged.emit()

    def _rendered(self, key: str, path: str) -> None:
        if key == self._once_key:
            self._once_key = ""
            _later(self.once_player, "setSource", Q_ARG(QUrl, QUrl.fromLocalFile(path)))
            _later(self.once_player, "play")
            return
        current = self._keys.get(self.index)
        if self.playing and current is not None and current[0] == key and self._loaded_index != self.index:
            self._hand(self.index, Path(path))

    def _failed(self, key: str, reason: str) -> None:
        current = self._keys.get(self.index)
        if current is not None and current[0] == key:
            self._keys.pop(self.index, None)
            if self.service.available and self.playing:
                log.warning("Skipping a sentence the engine could not say: %s", reason)
                self._advance()
            else:
                self.playing = False
        self.stateChanged.emit()

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self._seek_when_loaded is not None and status in (
            QMediaPlayer.MediaStatus.LoadedMedia,
            QMediaPlayer.MediaStatus.BufferedMedia,
        ):
            position, self._seek_when_loaded = self._seek_when_loaded, None
            if position:
                _later(self.player, "setPosition", Q_ARG("qint64", position))
        if status != QMediaPlayer.MediaStatus.EndOfMedia or not self.playing or self._loaded_index != self.index:
            return  # (the end of a sentence already left, before its queued stop ran)
        if self.narration is not None:
            self.playing = False
            self.stateChanged.emit()
            self.finished.emit()
            return
        self._advance()

    def _advance(self) -> None:
        if self.index + 1 >= len(self.units):
            self.playing = False
            self._loaded_index = -1
            self.stateChanged.emit()
            self.finished.emit()
            return
        self.index += 1
        self._loaded_index = -1
        self.unitChanged.emit(self.index)
        self._play_current()

    # -- a recorded narration -------------------------------------------------------------------
    def _play_narration(self) -> None:
        source = QUrl.fromLocalFile(str(self.narration))
        position = int(self.narration_times[self.index] * 1000)
        if self.player.source() != source:
            _later(self.player, "setSource", Q_ARG(QUrl, source))
            self._seek_when_loaded = position  # a seek before the file is open is lost
        else:
            _later(self.player, "setPosition", Q_ARG("qint64", position))
        self.player.setPlaybackRate(self.rate)
        _later(self.player, "play")
        self._loaded_index = self.index
        self.audioHanded.emit(self.index)

    def _position(self, milliseconds: int) -> None:
        if self.narration is None or not self.playing:
            return
        index = max(0, bisect_right(self.narration_times, milliseconds / 1000 + 0.01) - 1)
        if index != self.index:
            self.index = index
            self._loaded_index = index
            self.unitChanged.emit(index)
