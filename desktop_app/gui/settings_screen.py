"""Settings: text size in fixed steps, colours, script; the secretary's problem list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import ui_font
from ..settings import TEXT_SIZES, Settings
from ..text.script import SIMPLIFIED, TRADITIONAL_HK, TRADITIONAL_TW
from .theme import Metrics
from .widgets import big_button, label, show_choice


class SettingsScreen(QWidget):
    goBack = Signal()
    settingsChanged = Signal(object)  # Settings
    openProblems = Signal()

    def __init__(self, context: AppContext, has_voice=lambda voice: True, parent: QWidget | None = None):
        """has_voice(name) says whether the speech engine offers that voice (Cantonese often missing)."""
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.has_voice = has_voice

        self.back_button = big_button(self.tr("Back"), self.tr("Back to where you were"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("Text size and colours"), "title")

        self.smaller_button = big_button(self.tr("Smaller text"), self.tr("Make the text smaller"))
        self.smaller_button.clicked.connect(lambda: self._emit(self.context.settings.smaller()))
        self.sample = label(self.tr("Study"))
        self.sample.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sample.setWordWrap(False)
        self.size_label = label("", "muted")
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bigger_button = big_button(self.tr("Bigger text"), self.tr("Make the text bigger"))
        self.bigger_button.clicked.connect(lambda: self._emit(self.context.settings.bigger()))

        self.theme_group = QButtonGroup(self)
        self.paper_button = self._choice(self.tr("Warm paper"), self.theme_group)
        self.contrast_button = self._choice(self.tr("Light text on black"), self.theme_group)
        self.paper_button.clicked.connect(lambda: self._emit(self._with(theme="paper")))
        self.contrast_button.clicked.connect(lambda: self._emit(self._with(theme="contrast")))

        self.script_group = QButtonGroup(self)
        self.simplified_button = self._choice(self.tr("Simplified characters"), self.script_group)
        self.tw_button = self._choice(self.tr("Traditional (Taiwan)"), self.script_group)
        self.hk_button = self._choice(self.tr("Traditional (Hong Kong)"), self.script_group)
        self.simplified_button.clicked.connect(lambda: self._emit(self._with(script=SIMPLIFIED)))
        self.tw_button.clicked.connect(lambda: self._emit(self._with(script=TRADITIONAL_TW)))
        self.hk_button.clicked.connect(lambda: self._emit(self._with(script=TRADITIONAL_HK)))

        self.voice_group = QButtonGroup(self)
        self.mandarin_button = self._choice(self.tr("Mandarin"), self.voice_group)
        self.cantonese_button = self._choice(self.tr("Cantonese"), self.voice_group)
        self.mandarin_button.clicked.connect(lambda: self._emit(self._with(voice="mandarin")))
        self.cantonese_button.clicked.connect(lambda: self._emit(self._with(voice="cantonese")))
        self.radio_group = QButtonGroup(self)
        self.one_lesson_button = self._choice(self.tr("Stop after the lesson"), self.radio_group)
        self.radio_button = self._choice(self.tr("Go on to the next lesson"), self.radio_group)
        self.one_lesson_button.clicked.connect(lambda: self._emit(self._with(radio=False)))
        self.radio_button.clicked.connect(lambda: self._emit(self._with(radio=True)))

        self.problems_button = big_button("")
        self.problems_button.clicked.connect(self.openProblems)

        self._rows: list[QHBoxLayout] = []
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.problems_button)  # for the secretary: out of the members' way, top right
        grid = QGridLayout()
        self.grid = grid
        self._add_row(
            self.tr("Text size"),
            [(self.smaller_button, 2), (self.sample, 2), (self.size_label, 2), (self.bigger_button, 2)],
        )
        self._add_row(self.tr("Colours"), [(self.paper_button, 1), (self.contrast_button, 1)])
        self._add_row(self.tr("Characters"), [(self.simplified_button, 1), (self.tw_button, 1), (self.hk_button, 1)])
        self._add_row(self.tr("Voice"), [(self.mandarin_button, 1), (self.cantonese_button, 1)])
        self._add_row(self.tr("Reading aloud"), [(self.one_lesson_button, 1), (self.radio_button, 1)])
        grid.setColumnStretch(1, 1)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)
        self.refresh()

    def _add_row(self, title: str, widgets: list[tuple[QWidget, int]]) -> None:
        """A titled row of the grid: the title on the left, the widgets side by side on the right."""
        number = self.grid.rowCount() if self.grid.count() else 0
        self.grid.addWidget(label(title, "section"), number, 0)
        row = QHBoxLayout()
        for widget, stretch in widgets:
            row.addWidget(widget, stretch)
        self.grid.addLayout(row, number, 1)
        self._rows.append(row)

    def _choice(self, text: str, group: QButtonGroup):
        button = big_button(text)
        button.setCheckable(True)
        group.addButton(button)
        return button

    def _with(self, **changes) -> Settings:
        return replace(self.context.settings, **changes)

    def _emit(self, settings: Settings) -> None:
        self.settingsChanged.emit(settings)

    def focus_first(self) -> None:
        (self.back_button).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self.grid.setHorizontalSpacing(metrics.spacing_px)
        self.grid.setVerticalSpacing(max(8, metrics.spacing_px // 2))
        for row in self._rows:  # a clear gap between choices, so a shaky finger hits the one it meant
            row.setSpacing(metrics.spacing_px)
        self.sample.setStyleSheet(f"font-size: {metrics.body_pt}pt;")
        self.sample.setFont(ui_font(metrics.body_pt))

    def refresh(self) -> None:
        settings = self.context.settings
        self.size_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(settings.text_step + 1)).replace("%2", str(len(TEXT_SIZES)))
        )
        self.size_label.setAccessibleName(self.size_label.text())
        self.smaller_button.setEnabled(settings.text_step > 0)
        self.bigger_button.setEnabled(settings.text_step < len(TEXT_SIZES) - 1)
        choices = {
            self.paper_button: settings.theme == "paper",
            self.contrast_button: settings.theme == "contrast",
            self.simplified_button: settings.script == SIMPLIFIED,
            self.tw_button: settings.script == TRADITIONAL_TW,
            self.hk_button: settings.script == TRADITIONAL_HK,
            self.mandarin_button: settings.voice == "mandarin",
            self.cantonese_button: settings.voice == "cantonese",
            self.one_lesson_button: not settings.radio,
            self.radio_button: settings.radio,
        }
        for button, chosen in choices.items():
            show_choice(button, chosen, self.tr(", chosen"))
        cantonese = self.has_voice("cantonese")
        self.cantonese_button.setEnabled(cantonese or settings.voice == "cantonese")
        if not cantonese:
            self.cantonese_button.setText(self.tr("Cantonese (not on this computer)"))
            self.cantonese_button.setAccessibleName(self.cantonese_button.text())
        count = len(self.context.library.problems) + len(self.context.notices)
        self.problems_button.setText(self.tr("For the secretary (%1 problems)").replace("%1", str(count)))
        self.problems_button.setAccessibleName(self.problems_button.text())
