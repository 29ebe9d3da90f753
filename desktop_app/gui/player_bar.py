"""Read-aloud controls: the big play button (in the reader's column) and, one touch away, the
panel of the other controls over the page: sentence and paragraph, speed, volume, text size."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ..settings import RATES, TEXT_SIZES, VOLUMES, Settings
from ..speech.reading import NO_AUDIO, ReadAloud
from ..speech.service import BROKEN, NO_ENGINE, NO_VOICE
from .choices import ButtonRow
from .theme import Metrics
from .widgets import big_button, label


class PlayerBar(QFrame):
    """The panel of reading tools, shown over the page by the reader's 更多 button. It also owns
    the play button, which the reader puts in its column of main controls."""

    settingsChanged = Signal(object)  # Settings: speed, volume or text size changed
    openSettings = Signal()
    closed = Signal()
    openFilm = Signal()  # 看影片

    def __init__(self, reading: ReadAloud, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.reading = reading
        self.settings = settings
        self.metrics = Metrics.for_settings(settings)
        self.no_speaker = False
        self.play_button = big_button(self.tr("▶ Read aloud"), role="play")
        self.previous_paragraph = big_button(self.tr("Previous paragraph"), role="tool")
        self.previous_sentence = big_button(self.tr("Previous sentence"), role="tool")
        self.next_sentence = big_button(self.tr("Next sentence"), role="tool")
        self.next_paragraph = big_button(self.tr("Next paragraph"), role="tool")
        self.slower = big_button(self.tr("Slower"), role="tool")
        self.speed_label = label("")
        self.faster = big_button(self.tr("Faster"), role="tool")
        self.quieter = big_button(self.tr("Quieter"), role="tool")
        self.volume_label = label("")
        self.louder = big_button(self.tr("Louder"), role="tool")
        self.smaller_text = big_button(self.tr("Smaller text"), self.tr("Make the text smaller"), role="tool")
        self.bigger_text = big_button(self.tr("Bigger text"), self.tr("Make the text bigger"), role="tool")
        self.settings_button = big_button(self.tr("Settings"), self.tr("Text size, colours and script"), role="tool")
        self.close_button = big_button(self.tr("✕ Close"), self.tr("Close these buttons"), role="tool")
        self.film_button = big_button(self.tr("▶ Film"), self.tr("Watch this lesson's film"), role="play")
        self.film_button.clicked.connect(self.openFilm)
        for widget in (self.speed_label, self.volume_label):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.previous_paragraph.clicked.connect(reading.previous_paragraph)
        self.previous_sentence.clicked.connect(reading.previous_sentence)
        self.play_button.clicked.connect(reading.toggle)
        self.next_sentence.clicked.connect(reading.next_sentence)
        self.next_paragraph.clicked.connect(reading.next_paragraph)
        self.slower.clicked.connect(lambda: self._step("rate_step", -1, len(RATES)))
        self.faster.clicked.connect(lambda: self._step("rate_step", +1, len(RATES)))
        self.quieter.clicked.connect(lambda: self._step("volume_step", -1, len(VOLUMES)))
        self.louder.clicked.connect(lambda: self._step("volume_step", +1, len(VOLUMES)))
        self.smaller_text.clicked.connect(lambda: self._step("text_step", -1, len(TEXT_SIZES)))
        self.bigger_text.clicked.connect(lambda: self._step("text_step", +1, len(TEXT_SIZES)))
        self.settings_button.clicked.connect(self.openSettings)
        self.close_button.clicked.connect(self.close_panel)
        reading.stateChanged.connect(self.refresh)
        reading.unitChanged.connect(lambda _: self.refresh())

        self.rows = [
            ButtonRow([self.previous_paragraph, self.previous_sentence, self.next_sentence, self.next_paragraph]),
            ButtonRow([self.slower, self.speed_label, self.faster]),
            ButtonRow([self.quieter, self.volume_label, self.louder]),
            ButtonRow([self.smaller_text, self.bigger_text, self.settings_button]),
            ButtonRow([self.film_button, self.close_button]),  # 看影片: a lesson with a film (一月一课一片一实践)
        ]
        self.column = QVBoxLayout(self)
        for row in self.rows:
            self.column.addWidget(row)
        self.hide()
        self.apply_settings(settings)

    def set_film(self, has_film: bool) -> None:
        self.film_button.setVisible(has_film)

    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        spacing = max(8, metrics.spacing_px // 2)
        self.column.setSpacing(spacing)
        self.column.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)

    def fit(self, width: int) -> int:
        """Lay the rows out for a width (they wrap when the text is large); returns the height needed."""
        metrics = self.metrics
        spacing = max(8, metrics.spacing_px // 2)
        room = width - 4 * spacing - 10
        for row in self.rows:
            row.fit(room, spacing, metrics.spacing_px)
        return self.column.totalHeightForWidth(width) if self.column.hasHeightForWidth() else self.sizeHint().height()

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.reading.set_rate(settings.rate)
        self.reading.set_volume(settings.volume)
        self.reading.set_voice(settings.voice)
        self.slower.setEnabled(settings.rate_step > 0)
        self.faster.setEnabled(settings.rate_step < len(RATES) - 1)
        self.quieter.setEnabled(settings.volume_step > 0)
        self.louder.setEnabled(settings.volume_step < len(VOLUMES) - 1)
        self.smaller_text.setEnabled(settings.text_step > 0)
        self.bigger_text.setEnabled(settings.text_step < len(TEXT_SIZES) - 1)
        speed = self.tr("Speed %1x").replace("%1", f"{settings.rate:g}")
        volume = self.tr("Volume %1").replace("%1", f"{settings.volume_step + 1}/{len(VOLUMES)}")
        self.speed_label.setText(speed)
        self.volume_label.setText(volume)
        for widget in (self.speed_label, self.volume_label):
            widget.setAccessibleName(widget.text())
        self.slower.setAccessibleName(self.tr("Read slower") + "，" + speed)
        self.faster.setAccessibleName(self.tr("Read faster") + "，" + speed)
        self.quieter.setAccessibleName(self.tr("Quieter") + "，" + volume)
        self.louder.setAccessibleName(self.tr("Louder") + "，" + volume)
        self.refresh()

    def _step(self, field: str, direction: int, count: int) -> None:
        value = max(0, min(count - 1, getattr(self.settings, field) + direction))
        self.settingsChanged.emit(replace(self.settings, **{field: value}))

    def problem_text(self, problem: str) -> str:
        return {
            NO_ENGINE: self.tr("this computer has no reading software; please ask the branch secretary"),
            NO_VOICE: self.tr("this computer has no Chinese voice; please ask the branch secretary"),
            BROKEN: self.tr("the reading software is broken; please ask the branch secretary"),
            NO_AUDIO: self.tr("No speaker found"),
        }.get(problem, "")

    def blocked(self) -> bool:
        """Reading aloud cannot work on this computer (no engine, no voice, broken)."""
        problem = self.reading.problem()
        return bool(problem) and problem != NO_AUDIO

    def refresh(self) -> None:
        reading = self.reading
        problem = reading.problem()
        has_units = bool(reading.units)
        blocked = self.blocked()
        if blocked:
            text = self.tr("Cannot read aloud")
            spoken = self.tr("Cannot read aloud: %1").replace("%1", self.problem_text(problem))
        elif reading.playing and reading.waiting:
            text = spoken = self.tr("Getting ready…")
        elif reading.playing:
            text = spoken = self.tr("❚❚ Pause")
        else:
            text = spoken = self.tr("▶ Read aloud")
        if problem == NO_AUDIO:
            spoken += "，" + self.tr("No speaker: follow the highlight")
        self.play_button.setText(text)
        self.play_button.setAccessibleName(spoken)
        self.play_button.setToolTip(spoken)
        self.play_button.setEnabled(has_units and not blocked)
        self.no_speaker = problem == NO_AUDIO
        for button in (self.previous_paragraph, self.next_paragraph):
            button.setEnabled(has_units and not blocked)
        self.previous_sentence.setEnabled(has_units and not blocked and reading.index > 0)
        self.next_sentence.setEnabled(has_units and not blocked and reading.index < len(reading.units) - 1)

    def reading_buttons(self):
        return (
            self.previous_paragraph,
            self.previous_sentence,
            self.next_sentence,
            self.next_paragraph,
            self.slower,
            self.faster,
            self.quieter,
            self.louder,
        )

    def open_panel(self) -> None:
        self.refresh()
        self.raise_()
        self.show()
        self.close_button.setFocus()

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()
