"""The secretary's settings of the kiosk itself, whoever is signed in: home use or the shared
kiosk (asked again in plain words before it changes), the pass mark of the quiz levels, the time
of a challenge question, the pause before "still there?", the locked full-screen kiosk, and what a
new member starts with (text size, colours, voice, speed) until they choose for themselves."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..settings import CANTONESE, DEFAULT_KEYS, Settings, load_settings
from .choices import PagedSections, choice_sections
from .mode_confirmation import ModeConfirmation
from .screen import Screen
from .theme import Metrics
from .widgets import big_button, label, show_choice

KIOSK_CHOICES = ("mode", "pass_percent", "challenge_seconds", "idle_minutes", "kiosk_lock")


class KioskSettingsScreen(Screen):
    NAME = "kiosk_settings"
    settingsChanged = Signal()  # saved: context.settings is what is in force now
    modeChanged = Signal(str)  # settings.HOME or settings.SHARED, after the secretary confirmed it

    def __init__(self, context: AppContext, parent: QWidget | None = None, has_voice=lambda voice: True):
        """has_voice(voice): this computer can speak it (Cantonese is offered only then)."""
        super().__init__(context, parent)
        self.has_voice = has_voice
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the secretary's page"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("Kiosk settings"), "title")
        self.sections, self.choice_buttons = choice_sections(KIOSK_CHOICES, self._choose)
        defaults, default_buttons = choice_sections(DEFAULT_KEYS, self._choose_default)
        titles = {
            "text_step": self.tr("New members' text size"),
            "theme": self.tr("New members' colours"),
            "voice": self.tr("New members' voice"),
            "rate_step": self.tr("New members' reading speed"),
            "talk": self.tr("Say what new members touch"),
        }
        for key, section in zip(DEFAULT_KEYS, defaults, strict=True):
            section.title.setText(titles[key])
        self.sections += defaults
        self.default_buttons = default_buttons
        self.confirmation = ModeConfirmation(self)
        self.confirmation.confirmed.connect(self.modeChanged)
        self.confirmation.confirmed.connect(lambda _: self.refresh())

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.top = top
        self.choices = PagedSections(self.sections)
        self.pager, self.middle = self.choices.pager, self.choices.middle
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self.middle, 1)
        self.refresh()

    # -- the screen contract ---------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Kiosk settings")

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def escape(self) -> None:
        if self.confirmation.isVisible():
            self.confirmation.hide()
        else:
            self.goBack.emit()

    def leave(self) -> None:
        self.confirmation.hide()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.middle, self.choices.layout)
        self.pager.apply_metrics(metrics)
        self._paginate()

    def _paginate(self) -> None:
        spacing = self.metrics.spacing_px
        self.choices.fit(spacing)
        self.confirmation.setGeometry(self.rect().adjusted(spacing, spacing, -spacing, -spacing))
        self.confirmation.apply_metrics(self.metrics)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._paginate()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._paginate()

    def refresh(self) -> None:
        settings = self.context.settings
        for (key, value), button in self.choice_buttons.items():
            show_choice(button, getattr(settings, key) == value, self.tr(", chosen"))
        kiosk = load_settings(self.context.db)  # the kiosk's own, not a signed-in member's
        for (key, value), button in self.default_buttons.items():
            show_choice(button, getattr(kiosk, key) == value, self.tr(", chosen"))
        cantonese = self.default_buttons[("voice", CANTONESE)]
        cantonese.setEnabled(self.has_voice(CANTONESE) or kiosk.voice == CANTONESE)

    # -- choosing ----------------------------------------------------------------------------------
    def _choose(self, key: str, value: object) -> None:
        self.refresh()  # the buttons show what is in force until it has changed
        if getattr(self.context.settings, key) == value:
            return
        if key == "mode":
            self._paginate()
            self.confirmation.ask(value)
            return
        self._choose_default(key, value)

    def _choose_default(self, key: str, value: object) -> None:
        """Saved as the kiosk's, never as the signed-in member's own."""
        kiosk = load_settings(self.context.db)
        if getattr(kiosk, key) != value:
            self.context.update_defaults(replace(kiosk, **{key: value}))
            self.settingsChanged.emit()
        self.refresh()

    def chosen(self, settings: Settings) -> None:
        """The settings in force now (after the main window applied them)."""
        self.refresh()
