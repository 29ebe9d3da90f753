"""Settings: text size in fixed steps, colours, characters, voice, reading on; a page at a time
when the text is large. The choices come from the settings' declarations (settings.OPTIONS)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import ui_font
from ..settings import CANTONESE, OPTION, TEXT_SIZES, Settings
from .choices import PagedSections, Section, choice_sections, setting_text
from .screen import Screen
from .theme import Metrics
from .widgets import big_button, label, show_choice

CHOICES = ("theme", "script", "voice", "radio", "quiz_aloud")


class SettingsScreen(Screen):
    NAME = "settings"
    settingsChanged = Signal(object)  # Settings
    openProblems = Signal()

    def __init__(self, context: AppContext, has_voice=lambda voice: True, parent: QWidget | None = None):
        """has_voice(name) says whether the speech engine offers that voice (Cantonese often missing)."""
        super().__init__(context, parent)
        self.has_voice = has_voice

        self.back_button = big_button(self.tr("Back"), self.tr("Back to where you were"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("Text size and colours"), "title")
        self.title.setWordWrap(False)
        self.problems_button = big_button(self.tr("For the secretary"))
        self.problems_button.clicked.connect(self.openProblems)

        self.smaller_button = big_button(self.tr("Smaller text"), self.tr("Make the text smaller"))
        self.smaller_button.clicked.connect(lambda: self._emit(self.context.settings.smaller()))
        self.sample = label(self.tr("Study"))
        self.sample.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sample.setWordWrap(False)
        self.size_label = label("", "muted")
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.size_label.setWordWrap(False)
        self.bigger_button = big_button(self.tr("Bigger text"), self.tr("Make the text bigger"))
        self.bigger_button.clicked.connect(lambda: self._emit(self.context.settings.bigger()))

        sections, self.choice_buttons = choice_sections(
            CHOICES, lambda key, value: self._emit(replace(self.context.settings, **{key: value}))
        )
        size = Section(
            setting_text(OPTION["text_step"].title),
            [self.smaller_button, self.sample, self.size_label, self.bigger_button],
        )
        self.talk_buttons = {}
        for value in ("on", "off"):  # not "auto": what a member hears now is on or off
            button = big_button(setting_text(OPTION["talk"].name_of(value)))
            button.setCheckable(True)
            button.setAutoExclusive(False)
            button.clicked.connect(lambda _=False, v=value: self._emit(replace(self.context.settings, talk=v)))
            self.talk_buttons[value] = button
        talk = Section(setting_text(OPTION["talk"].title), list(self.talk_buttons.values()))
        self.sections = [size, talk, *sections]
        self.cantonese_button = self.choice_buttons[("voice", CANTONESE)]

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.problems_button)  # for the secretary: out of the members' way, top right
        self.top = top
        self.choices = PagedSections(self.sections)
        self.pager, self.middle = self.choices.pager, self.choices.middle
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self.middle, 1)
        self.refresh()

    def title_text(self) -> str:
        return self.tr("Text size and colours")

    def _emit(self, settings: Settings) -> None:
        self.settingsChanged.emit(settings)

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.middle, self.choices.layout)
        self.pager.apply_metrics(metrics)
        self.sample.setFont(ui_font(metrics.body_pt))
        self.sample.setStyleSheet(f"font-size: {metrics.body_pt}pt;")
        self.sample.setMinimumHeight(QFontMetrics(ui_font(metrics.body_pt)).height() + 4)
        self._paginate()

    def _paginate(self) -> None:
        self.choices.fit(self.metrics.spacing_px)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._paginate()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._paginate()

    def refresh(self) -> None:
        settings = self.context.settings
        self.size_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(settings.text_step + 1)).replace("%2", str(len(TEXT_SIZES)))
        )
        self.size_label.setAccessibleName(self.size_label.text())
        self.smaller_button.setEnabled(settings.text_step > 0)
        self.bigger_button.setEnabled(settings.text_step < len(TEXT_SIZES) - 1)
        for (key, value), button in self.choice_buttons.items():
            show_choice(button, getattr(settings, key) == value, self.tr(", chosen"))
        for value, button in self.talk_buttons.items():
            show_choice(button, settings.speaks == (value == "on"), self.tr(", chosen"))
        cantonese = self.has_voice(CANTONESE)
        self.cantonese_button.setEnabled(cantonese or settings.voice == CANTONESE)
        if not cantonese:
            self.cantonese_button.setText(self.tr("Cantonese (not on this computer)"))
            self.cantonese_button.setAccessibleName(self.cantonese_button.text())
        count = len(self.context.library.problems) + len(self.context.notices)
        text = self.tr("For the secretary") + (" ⚠" if count else "")
        self.problems_button.setText(text)
        self.problems_button.setAccessibleName(self.tr("For the secretary (%1 problems)").replace("%1", str(count)))
