"""说给我听: every screen used by ear (issue 12).

Touching a control says its name as it acts; a long press (0.8 s) says it without acting, so a
member can explore by touch; a screen says its one-line prompt when it opens; a message, a
question or an error shown on the screen is said as well. A palm (several fingers at once) does
nothing; while a lesson is read aloud only the buttons react (a touch on the lesson's text, which
would open a character and stop the reading, does nothing), and their names are not said over
the reading unless the touch stopped it; a long press then pauses the reading to say the name.

The words go through the speech service (rendered to WAV files and cached, as the read-aloud
does) and play on a player of their own. A new touch cuts off what is being said; a prompt that
follows an action waits for the control's name. The texts of a screen are rendered ahead when it
opens, so that the name of a touched control starts at once.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Q_ARG, QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from ..speech.reading import _later, make_player
from ..speech.service import SpeechService

if TYPE_CHECKING:  # loaded with the first sound (speech/reading.py)
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

log = logging.getLogger(__name__)

LONG_PRESS_MS = 800
WATCH_MS = 200  # how often the shown messages are looked at
PREFETCH_BATCH = 4  # texts turned into pinyin and asked for between two turns of the event loop


def spoken_name(widget: QWidget) -> str:
    """What is said for a control or a text: its accessible name, else its text; the arrows, ticks
    and signs drawn on buttons are not said, a line break is a pause."""
    text = widget.accessibleName()
    if not text and isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    return spoken_text(text)


def spoken_text(text: str) -> str:
    kept = "".join(" " if unicodedata.category(c) == "So" else c for c in text)
    lines = [" ".join(line.split()) for line in kept.splitlines()]
    return "，".join(line for line in lines if line)


def mark_message(*labels: QLabel) -> None:
    """These labels tell the member something (a message, a question, an error): said when shown."""
    for label in labels:
        label.setProperty("talk", "message")


class Voice(QObject):
    """Says one thing at a time on its own player; say() cuts off, then() waits its turn."""

    started = Signal(str, str)  # text, WAV path: handed to the player (tests, the benchmark)

    def __init__(self, service: SpeechService, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self._player: tuple[QMediaPlayer, QAudioOutput] | None = None
        self.volume = 1.0
        service.rendered.connect(self._rendered)
        service.failed.connect(self._failed)
        self.voice = "mandarin"
        self.waiting: tuple[str, str] | None = None  # (key, text) asked for, not yet handed
        self.following: list[str] = []  # said after the current one
        self.saying = ""  # the text in the player
        self.path = ""  # its file
        self.busy = False

    def set_voice(self, voice: str, volume: float) -> None:
        self.voice = voice
        self.volume = volume
        if self._player is not None:
            self.output.setVolume(volume)

    def say(self, text: str) -> None:
        """Now: whatever was being said stops."""
        self.following.clear()
        self._stop()
        self._ask(text)

    def then(self, text: str) -> None:
        """After what is being said (or at once when nothing is); never the same text twice in a row."""
        if not text or text in self.following or (self.busy and text == self.saying and not self.following):
            return
        if self.busy:
            self.following.append(text)
        else:
            self._ask(text)

    def prefetch(self, texts: list[str]) -> None:
        for text in dict.fromkeys(t for t in texts if t):
            self.service.request(text, self.voice)

    def _made(self) -> tuple[QMediaPlayer, QAudioOutput]:
        if self._player is None:
            player, output = make_player(self, self.volume)
            player.mediaStatusChanged.connect(self._status)
            self._player = (player, output)
        return self._player

    @property
    def player(self) -> QMediaPlayer:
        return self._made()[0]

    @property
    def output(self) -> QAudioOutput:
        return self._made()[1]

    def quiet(self) -> None:
        self.following.clear()
        self._stop()

    def _stop(self) -> None:
        self.waiting = None
        self.busy = False
        self.saying = ""
        if self._player is not None:
            _later(self.player, "stop")

    def _ask(self, text: str) -> None:
        if not text:
            return
        asked = self.service.request(text, self.voice, urgent=True)
        if asked is None:  # no engine or no voice: shown only (the settings say why)
            self.busy = False
            return
        self.waiting = (asked[0], text)
        self.busy = True

    def _rendered(self, key: str, path: str) -> None:
        if self.waiting is None or self.waiting[0] != key:
            return
        text = self.waiting[1]
        self.waiting = None
        self.saying, self.path = text, path
        _later(self.player, "setSource", Q_ARG(QUrl, QUrl.fromLocalFile(path)))
        _later(self.player, "play")
        self.started.emit(text, path)

    def _failed(self, key: str, reason: str) -> None:
        if self.waiting is not None and self.waiting[0] == key:
            log.warning("Could not say %r: %s", self.waiting[1], reason)
            self.waiting = None
            self._next()

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        ended = status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia)
        if ended and self.saying and self.player.source().toLocalFile() == self.path:  # not one cut off before
            self._next()

    def shutdown(self) -> None:
        """Before the window goes: stopped and emptied through the event loop (see ReadAloud.shutdown)."""
        self.quiet()
        if self._player is not None:
            _later(self.player, "setSource", Q_ARG(QUrl, QUrl()))

    def _next(self) -> None:
        self.busy = False
        self.saying = ""
        if self.following:
            self._ask(self.following.pop(0))


class Talker(QObject):
    """Watches the main window's touches (an event filter on its QWindow: attach())."""

    spoken = Signal(str)  # a text that is being said (tests)
    ignored = Signal(str)  # why a touch did nothing: "palm" or "reading"

    def __init__(
        self,
        window: QWidget,
        service: SpeechService,
        enabled: Callable[[], bool],
        reading: Callable[[], bool],
        pause_reading: Callable[[], None],
        parent: QObject | None = None,
    ):
        """enabled(): 说给我听 is on; reading(): a lesson is being read aloud; pause_reading()."""
        super().__init__(parent)
        self.window = window
        self.enabled = enabled
        self.reading = reading
        self.pause_reading = pause_reading
        self.pressed_while_reading = False
        self.voice = Voice(service, self)
        self.voice.started.connect(lambda text, _path: self.spoken.emit(text))
        self.pressed: QWidget | None = None
        self.long_pressed = False
        self.palm = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(LONG_PRESS_MS)
        self.timer.timeout.connect(self._long_press)
        self.handle = None  # the window's QWindow, once shown
        self.swallow_release = False
        self.screen: QWidget | None = None
        self.shown: dict[int, str] = {}  # message labels of the screen: what each said last
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self._look_at_messages)  # runs only while 说给我听 is on
        self.messages: list[QLabel] = []  # those of the screen shown and of the overlays
        self.to_render: list[str] = []
        self.rendered_ahead: set[tuple[str, str]] = set()  # (voice, text) asked for this run

    # -- what the main window tells -------------------------------------------------------------
    def screen_shown(self, screen: QWidget, prompt: str) -> None:
        """A screen opened: its prompt (after the name of the control that opened it), its texts
        rendered ahead, its messages noted as already said."""
        self.screen = screen
        self.messages = self._messages()
        self.shown = {id(label): label.text() for label in self.messages}
        if not self.enabled():
            self.watch.stop()
            return
        self.watch.start()
        if prompt and not self.reading():
            self.voice.then(spoken_text(prompt))
        QTimer.singleShot(0, self._prefetch)

    def say(self, text: str) -> None:
        """Say a text now (a touch asked for it)."""
        if self.enabled() and text:
            self.voice.say(spoken_text(text))

    def stop(self) -> None:
        """Quiet now; the messages are no longer watched (说给我听 turned off, the window closing)."""
        self.voice.quiet()
        self.watch.stop()

    # -- touches -------------------------------------------------------------------------------------
    def attach(self) -> None:
        """Watch the window's touches where they arrive, on its QWindow (made again when the
        window's frame changes, as for the locked kiosk)."""
        handle = self.window.windowHandle()
        if handle is not None and handle is not self.handle:
            if self.handle is not None:
                self.handle.removeEventFilter(self)
            handle.installEventFilter(self)
            self.handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            return self._touch(event)
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return self._press(self.window.childAt(event.position().toPoint()))
        if kind == QEvent.Type.MouseButtonRelease:
            return self._release()
        return False

    def _press(self, widget: QWidget | None) -> bool:
        if self.palm:
            return True  # what a palm's fingers would press
        target = self._control(widget)
        reading = self.reading()
        if reading and not isinstance(target, QAbstractButton):
            self.ignored.emit("reading")
            self.swallow_release = True
            return True
        if target is None:
            return False
        self.pressed, self.long_pressed, self.pressed_while_reading = target, False, reading
        self.timer.start()
        if self.enabled() and not reading:
            self.voice.say(spoken_name(target))
        return False

    def _touch(self, event) -> bool:
        """Several fingers at once (a palm, a hand leaning on the screen): nothing happens."""
        if event.type() == QEvent.Type.TouchEnd:
            was, self.palm = self.palm, False
            return was
        if len(event.points()) > 1:
            if not self.palm:
                self.ignored.emit("palm")
            self.palm = True
            self._cancel_press()
            event.accept()
            return True
        return self.palm

    def _release(self) -> bool:
        self.timer.stop()
        if self.palm or self.swallow_release:
            self.swallow_release = False
            return True
        if self.pressed is None:
            return False
        target, self.pressed = self.pressed, None
        if self.long_pressed:
            self.long_pressed = False
            # A button that is no longer down does not click; anything else never sees the release.
            return not isinstance(target, QAbstractButton)
        if self.pressed_while_reading and self.enabled():
            name = spoken_name(target)
            QTimer.singleShot(0, lambda: None if self.reading() else self.voice.say(name))  # it stopped the reading
        return False

    def _long_press(self) -> None:
        target = self.pressed
        if target is None:
            return
        self.long_pressed = True
        if isinstance(target, QAbstractButton):
            target.setDown(False)  # its release is not a click
        if self.enabled():
            if self.reading():
                self.pause_reading()  # the member asked what this is: said, not over the lesson
            self.voice.say(spoken_name(target))

    def _cancel_press(self) -> None:
        self.timer.stop()
        if isinstance(self.pressed, QAbstractButton):
            self.pressed.setDown(False)
        self.pressed = None
        self.long_pressed = False

    def _control(self, widget: QWidget) -> QWidget | None:
        """The button (or text) under a touch: the widget or the button it is part of."""
        while widget is not None and widget is not self.window:
            if isinstance(widget, QAbstractButton):
                return widget if widget.isEnabled() else None
            if isinstance(widget, QLabel) and widget.text():
                return widget
            widget = widget.parentWidget()
        return None

    # -- messages --------------------------------------------------------------------------------------
    def _messages(self) -> list[QLabel]:
        roots = [w for w in (self.screen, *self._overlays()) if w is not None]
        return [label for root in roots for label in root.findChildren(QLabel) if label.property("talk") == "message"]

    def _overlays(self) -> list[QWidget]:
        """Shown over the screens (the "still there?" warning): children of the window itself."""
        return [w for w in self.window.findChildren(QWidget, "overlay") if w.isVisible()]

    def _look_at_messages(self) -> None:
        if self.screen is None or not self.enabled() or not self.window.isVisible():
            self.watch.stop()
            return
        for label in self.messages:
            text = label.text() if label.isVisible() else ""
            if text != self.shown.get(id(label), ""):
                self.shown[id(label)] = text
                if text and self.enabled() and not self.reading():
                    self.voice.then(spoken_text(text))

    def follow_setting(self) -> None:
        """说给我听 was turned on or off."""
        if not self.enabled():
            self.stop()
        elif self.screen is not None:
            self.watch.start()

    def _prefetch(self) -> None:
        """The screen's texts rendered ahead, a few at a time (turning a text into pinyin takes a
        moment on the interface thread), each text once a run."""
        if self.screen is None or not self.enabled():
            return
        widgets = [w for w in self.screen.findChildren(QAbstractButton) if w.isVisible()]
        widgets += [w for w in self.screen.findChildren(QLabel) if w.isVisible() and w.text()]
        texts = [spoken_name(w) for w in widgets]
        voice = self.voice.voice
        self.to_render = [t for t in dict.fromkeys(texts) if t and (voice, t) not in self.rendered_ahead]
        self._render_some()

    def _render_some(self) -> None:
        batch, self.to_render = self.to_render[:PREFETCH_BATCH], self.to_render[PREFETCH_BATCH:]
        if not self.enabled():
            self.to_render = []
            return
        self.voice.prefetch(batch)
        self.rendered_ahead.update((self.voice.voice, text) for text in batch)
        if len(self.rendered_ahead) > 5000:
            self.rendered_ahead.clear()
        if self.to_render:
            QTimer.singleShot(0, self._render_some)
