"""The read-aloud controls under the page: play/pause, sentence and paragraph, speed, volume."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ..settings import RATES, VOLUMES, Settings
from ..speech.reading import NO_AUDIO, ReadAloud
from ..speech.service import BROKEN, NO_ENGINE
from .theme import Metrics
from .widgets import big_button


class PlayerBar(QWidget):
    settingsChanged = Signal(object)  # Settings: speed or volume changed

    def __init__(self, reading: ReadAloud, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.reading = reading
        self.settings = settings
        self.no_speaker = False
        self.previous_paragraph = big_button(self.tr("Previous paragraph"), role="player")
        self.previous_sentence = big_button(self.tr("Previous sentence"), role="player")
        self.play_button = big_button(self.tr("Read aloud"), role="play")
        self.next_sentence = big_button(self.tr("Next sentence"), role="player")
        self.next_paragraph = big_button(self.tr("Next paragraph"), role="player")
        self.slower = big_button(self.tr("Slower"), role="player")
        self.faster = big_button(self.tr("Faster"), role="player")
        self.quieter = big_button(self.tr("Quieter"), role="player")
        self.louder = big_button(self.tr("Louder"), role="player")

        self.previous_paragraph.clicked.connect(reading.previous_paragraph)
        self.previous_sentence.clicked.connect(reading.previous_sentence)
        self.play_button.clicked.connect(reading.toggle)
        self.next_sentence.clicked.connect(reading.next_sentence)
        self.next_paragraph.clicked.connect(reading.next_paragraph)
        self.slower.clicked.connect(lambda: self._step("rate_step", -1, len(RATES)))
        self.faster.clicked.connect(lambda: self._step("rate_step", +1, len(RATES)))
        self.quieter.clicked.connect(lambda: self._step("volume_step", -1, len(VOLUMES)))
        self.louder.clicked.connect(lambda: self._step("volume_step", +1, len(VOLUMES)))
        reading.stateChanged.connect(self.refresh)
        reading.unitChanged.connect(lambda _: self.refresh())

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.previous_paragraph,
            self.previous_sentence,
            self.play_button,
            self.next_sentence,
            self.next_paragraph,
            self.slower,
            self.faster,
            self.quieter,
            self.louder,
        ):
            row.addWidget(button, 2 if button is self.play_button else 1)
        self.row = row
        self.apply_settings(settings)

    def apply_metrics(self, metrics: Metrics) -> None:
        self.row.setSpacing(max(6, metrics.spacing_px // 3))

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.reading.set_rate(settings.rate)
        self.reading.set_volume(settings.volume)
        self.reading.set_voice(settings.voice)
        self.slower.setEnabled(settings.rate_step > 0)
        self.faster.setEnabled(settings.rate_step < len(RATES) - 1)
        self.quieter.setEnabled(settings.volume_step > 0)
        self.louder.setEnabled(settings.volume_step < len(VOLUMES) - 1)
        speed = self.tr("speed %1 times").replace("%1", f"{settings.rate:g}")
        volume = (
            self.tr("volume %1 of %2").replace("%1", str(settings.volume_step + 1)).replace("%2", str(len(VOLUMES)))
        )
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
            "no-voice": self.tr("this computer has no Chinese voice; please ask the branch secretary"),
            BROKEN: self.tr("the reading software is broken; please ask the branch secretary"),
            NO_AUDIO: self.tr("No speaker found"),
        }.get(problem, "")

    def refresh(self) -> None:
        reading = self.reading
        problem = reading.problem()
        has_units = bool(reading.units)
        blocked = bool(problem) and problem != NO_AUDIO
        # When reading aloud cannot work, the other controls are of no use: the play button alone
        # stays, across the whole row, saying why in plain words.
        for button in self.side_buttons():
            button.setVisible(not blocked)
        if blocked:
            text = self.tr("Cannot read aloud: %1").replace("%1", self.problem_text(problem))
        elif reading.playing and reading.waiting:
            text = self.tr("Getting ready…")
        elif reading.playing:
            text = self.tr("Pause")
        else:
            text = self.tr("Read aloud")
        spoken = text
        if problem == NO_AUDIO:
            spoken += "，" + self.tr("No speaker: follow the highlight")
        self.play_button.setText(text)
        self.play_button.setAccessibleName(spoken)
        self.play_button.setEnabled(has_units and not blocked)
        self.no_speaker = problem == NO_AUDIO
        for button in (self.previous_paragraph, self.next_paragraph):
            button.setEnabled(has_units)
        self.previous_sentence.setEnabled(has_units and reading.index > 0)
        self.next_sentence.setEnabled(has_units and reading.index < len(reading.units) - 1)

    def side_buttons(self):
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
