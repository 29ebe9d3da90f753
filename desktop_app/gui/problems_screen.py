"""The secretary's page: home use or shared kiosk, the registered members, and the list of
lesson and record problems (file:line: message), with where the log is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ..context import AppContext
from .theme import Metrics
from .widgets import big_button, label, show_choice


class ProblemsScreen(QWidget):
    goBack = Signal()
    modeChanged = Signal(str)  # "home" or "shared"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the settings"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("For the secretary"), "title")
        self.mode_group = QButtonGroup(self)
        self.home_button = big_button(self.tr("One member at home"))
        self.shared_button = big_button(self.tr("Shared: members touch their name"))
        for button, mode in ((self.home_button, "home"), (self.shared_button, "shared")):
            button.setCheckable(True)
            self.mode_group.addButton(button)
            button.clicked.connect(lambda _=False, chosen=mode: self._choose(chosen))
        self.members_label = label("", "muted")
        self.summary = label("", "muted")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("List of lesson problems"))
        self.text.verticalScrollBar().setAccessibleName(self.tr("Scroll the list of problems"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.layout_ = QVBoxLayout(self)
        modes = QHBoxLayout()
        self.modes_row = modes
        modes.addWidget(label(self.tr("Use"), "section"))
        modes.addWidget(self.home_button, 1)
        modes.addWidget(self.shared_button, 1)
        self.layout_.addLayout(top)
        self.layout_.addLayout(modes)
        self.layout_.addWidget(self.members_label)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.text, 1)
        self.refresh()

    def focus_first(self) -> None:
        (self.back_button).setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self.modes_row.setSpacing(metrics.spacing_px)

    def _choose(self, mode: str) -> None:
        if mode != self.context.settings.mode:
            self.modeChanged.emit(mode)
        self.refresh()

    def refresh(self) -> None:
        shared = self.context.shared
        for button, chosen in ((self.home_button, not shared), (self.shared_button, shared)):
            show_choice(button, chosen, self.tr(", chosen"))
        count = len(self.context.members.all())
        self.members_label.setText(
            self.tr('%1 members registered. How to register members: see "Registering members" in the manual.').replace(
                "%1", str(count)
            )
        )
        self.members_label.setAccessibleName(self.members_label.text())
        problems = self.context.library.problems
        notices = self.context.notices
        log_file = self.context.data_dir / "logs" / "desktop-app.log"
        if notices:
            self.summary.setText("\n".join(notices))
        elif problems:
            self.summary.setText(
                self.tr("%1 problems. Lessons with errors are not shown to members; the others work normally. Log: %2")
                .replace("%1", str(len(problems)))
                .replace("%2", str(log_file))
            )
        else:
            self.summary.setText(self.tr("All lessons are in order."))
        self.summary.setAccessibleName(self.summary.text())
        self.text.setPlainText("\n".join(notices + [str(problem) for problem in problems]))
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
