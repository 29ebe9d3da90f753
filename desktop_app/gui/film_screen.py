"""看影片: a lesson's film (一月一课一片一实践), with huge controls and its subtitles in large print
on a band below the picture; the film goes on where the member stopped it, and watching counts as
study time."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import FONT_FAMILIES
from ..lessons.model import Lesson
from ..lessons.subtitles import Cue, SubtitleError, cue_at, read_subtitles
from ..settings import VOLUMES, Settings
from ..storage.film import FilmPositions
from .screen import Screen
from .theme import Metrics
from .widgets import big_button, label, wrap_text

log = logging.getLogger(__name__)

STEP_MS = 10_000  # 后退 / 前进: ten seconds
SAVE_EVERY_MS = 5_000  # the position is kept (and the study time counted) this often while it plays
BAND_TEXT = "#FFFFFF"  # white on black: 21:1
BAND_BACKGROUND = "#000000"
SUBTITLE_LINES = 2
LARGEST_SUBTITLE_PT = 48  # larger leaves no room for the picture
SMALLEST_SUBTITLE_PT = 20


class FilmView(QWidget):
    """The picture, as large as fits, and under it a black band with the subtitle of the moment."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.image = QImage()
        self.subtitle = ""
        self.subtitle_pt = 30  # the member's text size, at most LARGEST_SUBTITLE_PT
        self.setAccessibleName(self.tr("Film"))

    def set_frame(self, frame: QVideoFrame) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.image = image
            self.update()

    def set_subtitle(self, text: str) -> None:
        if text != self.subtitle:
            self.subtitle = text
            self.setAccessibleDescription(text)
            self.update()

    def subtitle_font(self, points: int | None = None) -> QFont:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSize(points or self.subtitle_pt)
        font.setBold(True)
        return font

    def band_height(self) -> int:
        """Room for two lines of subtitle, always kept (the picture does not jump when one comes)."""
        metrics = QFontMetrics(self.subtitle_font())
        return SUBTITLE_LINES * metrics.lineSpacing() + metrics.height() // 2

    def subtitle_layout(self) -> tuple[QFont, list[str]]:
        """The subtitle's font and lines: the member's size when it fits two lines, else smaller
        until it does; never a word cut off."""
        points = self.subtitle_pt
        while True:
            font = self.subtitle_font(points)
            metrics = QFontMetrics(font)
            lines = wrap_text(self.subtitle, metrics, max(50, self.width() - metrics.height()))
            if len(lines) <= SUBTITLE_LINES or points <= SMALLEST_SUBTITLE_PT:
                return font, lines
            points -= 2

    def picture_rect(self) -> QRectF:
        area = QRectF(0, 0, self.width(), max(1, self.height() - self.band_height()))
        if self.image.isNull():
            return area
        scale = min(area.width() / self.image.width(), area.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BAND_BACKGROUND))
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.picture_rect(), self.image)
        band = QRectF(0, self.height() - self.band_height(), self.width(), self.band_height())
        painter.fillRect(band, QColor(BAND_BACKGROUND))
        painter.setPen(QColor(BAND_TEXT))
        font, lines = self.subtitle_layout()
        painter.setFont(font)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        painter.end()


class FilmScreen(Screen):
    NAME = "film"
    settingsChanged = Signal(object)  # the member made it louder or quieter: kept as their volume

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.lesson: Lesson | None = None
        self.cues: list[Cue] = []
        self.positions = FilmPositions(context.db)
        self.view = FilmView()
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.sink = QVideoSink(self)
        self.player.setAudioOutput(self.output)
        self.player.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self.view.set_frame)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(lambda _state: self._update_buttons())
        self.player.mediaStatusChanged.connect(self._status)
        self.player.errorOccurred.connect(self._error)
        self._resume_at = 0
        self._saved_at = 0

        self.back_button = big_button(self.tr("Back"), self.tr("Back to the lesson"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label("", "title")
        self.title.setWordWrap(True)
        self.where = label("", "hint")
        self.back10 = big_button(self.tr("◀◀ Back"), self.tr("Back ten seconds"))
        self.play_button = big_button(self.tr("▶ Play"), role="play")
        self.forward10 = big_button(self.tr("Forward ▶▶"), self.tr("Forward ten seconds"))
        self.quieter = big_button(self.tr("Quieter"))
        self.louder = big_button(self.tr("Louder"))
        self.back10.clicked.connect(lambda: self.seek_by(-STEP_MS))
        self.forward10.clicked.connect(lambda: self.seek_by(STEP_MS))
        self.play_button.clicked.connect(self.toggle)
        self.quieter.clicked.connect(lambda: self._volume_step(-1))
        self.louder.clicked.connect(lambda: self._volume_step(1))

        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # As in the reader: the picture takes the whole left, the buttons a column on the right.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.where)
        left = QVBoxLayout()
        left.addLayout(heading)
        left.addWidget(self.view, 1)
        column = QVBoxLayout()
        column.addWidget(self.back_button)
        column.addWidget(self.play_button, 3)
        column.addWidget(self.back10, 1)
        column.addWidget(self.forward10, 1)
        column.addWidget(self.quieter)
        column.addWidget(self.louder)
        for button in (self.back_button, self.play_button, self.back10, self.forward10, self.quieter, self.louder):
            button.setProperty("compact", True)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.heading, self.left, self.column = heading, left, column
        self.layout_ = QHBoxLayout(self)
        self.layout_.addLayout(left, 1)
        self.layout_.addLayout(column)
        self.save_timer = QTimer(self)
        self.save_timer.setInterval(SAVE_EVERY_MS)
        self.save_timer.timeout.connect(self._tick)

    # -- the screen contract ---------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Film")

    def prompt(self) -> str:
        return self.tr("Film: touch Play to watch; the subtitles are at the bottom")

    def focus_first(self) -> None:
        self.play_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.heading, self.left, self.column)
        self.view.subtitle_pt = min(LARGEST_SUBTITLE_PT, max(24, metrics.body_pt))
        self.view.update()

    def leave(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            self._touch()  # the seconds watched since the last tick count too
        self._save()
        self.save_timer.stop()

    # -- the film ---------------------------------------------------------------------------
    def open_film(self, lesson: Lesson) -> None:
        """Ready to play where this member stopped it last time."""
        self.lesson = lesson
        self.title.setText(lesson.title)
        self.cues = self._load_cues(lesson)
        self.view.set_subtitle("")
        self.view.image = QImage()
        self._resume_at = self.positions.get(self._member(), lesson.id)
        self.output.setVolume(self.context.settings.volume)
        self.player.setSource(QUrl.fromLocalFile(str(lesson.film)))
        self._update_buttons()
        self._show_where(self._resume_at)

    def _load_cues(self, lesson: Lesson) -> list[Cue]:
        if lesson.subtitles is None:
            return []
        try:
            return read_subtitles(Path(lesson.subtitles).read_bytes(), lesson.subtitles)
        except (OSError, SubtitleError) as error:  # the lesson check says what; the film still plays
            log.warning("Subtitles of %s not read: %r", lesson.id, error)
            return []

    def _member(self) -> int | None:
        return None if self.context.guest else self.context.member_id

    def playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            self._save()
            self.save_timer.stop()
        else:
            self.player.play()
            self.save_timer.start()
            self._touch()

    def _tick(self) -> None:
        """Every few seconds while it plays: the place kept, the time counted."""
        self._save()
        self._touch()

    def _touch(self) -> None:
        if self.lesson is not None and self.context.clock is not None:
            self.context.clock.touch(self.lesson.id)  # watching is studying

    def seek_by(self, ms: int) -> None:
        duration = self.player.duration()
        target = max(0, self.player.position() + ms)
        if duration > 0:
            target = min(target, duration - 1)
        self.player.setPosition(target)
        self._position(target)

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._resume_at:
            self.player.setPosition(self._resume_at)
            self._resume_at = 0
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.save_timer.stop()
            self._save()

    def _error(self, error, text: str) -> None:
        log.warning("Film %s: %s %s", self.lesson.id if self.lesson else "", error, text)
        self.where.setText(self.tr("This film cannot be played. Please tell the secretary"))

    def _position(self, ms: int) -> None:
        cue = cue_at(self.cues, ms / 1000)
        self.view.set_subtitle(cue.text if cue else "")
        self._show_where(ms)

    def _show_where(self, ms: int) -> None:
        duration = self.player.duration()
        if duration <= 0:
            self.where.setText("")
            return
        self.where.setText(
            self.tr("Minute %1 of %2").replace("%1", str(ms // 60000 + 1)).replace("%2", str(-(-duration // 60000)))
        )

    def _save(self) -> None:
        if self.lesson is not None and self.player.duration() > 0:
            self.positions.save(self._member(), self.lesson.id, self.player.position(), self.player.duration())

    def _update_buttons(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        text = self.tr("❚❚ Pause") if playing else self.tr("▶ Play")
        self.play_button.setText(text)
        self.play_button.setAccessibleName(text)
        step = self.context.settings.volume_step
        self.quieter.setEnabled(step > 0)
        self.louder.setEnabled(step < len(VOLUMES) - 1)

    def _volume_step(self, change: int) -> None:
        settings: Settings = self.context.settings
        step = max(0, min(len(VOLUMES) - 1, settings.volume_step + change))
        if step != settings.volume_step:
            self.settingsChanged.emit(replace(settings, volume_step=step))
            self.output.setVolume(VOLUMES[step])
        self._update_buttons()
